/** Speech and reporting verbs in their forms as news prose writes them ("said", "saying", "expressed"). */
import { words } from './words';

export const PERCEPTION_CUES = words('PERCEPTION_CUES', 'seems seemed appears appeared expected');

export const PARTICIPLES = words('PARTICIPLES', 'saying adding noting warning stressing insisting arguing claiming explaining suggesting telling declaring acknowledging admitting asserting emphasizing emphasising predicting promising vowing writing announcing maintaining contending calling citing referring describing accusing urging criticizing praising pointing asking questioning recalling blaming touting dismissing defending pledging');

export const QUESTION_CUES = words('QUESTION_CUES', 'ask asks asked wonder wonders wondered question questions questioned inquired asking wondering questioning');

export const EXPRESS_CUES = words('EXPRESS_CUES', 'expressed expresses express expressing voiced voices voice');

export const IRREGULAR_PAST_CUES = words('IRREGULAR_PAST_CUES', 'said told wrote thought found sought spoke shown written');

export const STANCE_CUES = words('STANCE_CUES', 'endorsed endorses endorse supported supports support backed backs opposed opposes oppose');

/** Finite speech verbs whose content is plain even when their subject is not: "…, and said that …". */
export const PLAIN_SPEECH_CUES = words('PLAIN_SPEECH_CUES', 'said says say added adds argued argues noted notes insisted insists claimed claims warned warns wrote writes stressed explained acknowledged conceded predicted suggested suggests announced declared admitted maintained contended asserted confirmed denied reported revealed stated testified indicated emphasized reiterated recalled complained charged alleged believes believed thinks thought hopes feared fears agreed promised vowed pledged replied responded countered observed concluded');
