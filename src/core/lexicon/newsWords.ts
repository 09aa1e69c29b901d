/** Words of the news trade: where and how something was said ("in a statement", "at a rally"), headline labels. */
import { words } from './words';

export const ADVERBIAL_WORDS = words('ADVERBIAL_WORDS', 'a an the his her their statement interview conference news press briefing speech letter email also repeatedly previously later again recently publicly privately via rally event campaign stop hearing radio television tv show appearance post tweet message written joint separate phone telephone call friday evening its website blog facebook twitter page column op-ed book memoir filing court documents remarks week month year morning night afternoon last earlier hours days weeks months years ago past same several first time');

/** Labels of a title that name no source: "Update: …", "Watch: …". */
export const TITLE_LABELS = words('TITLE_LABELS', 'update updated watch video photos photo related note editor breaking exclusive read listen live opinion transcript full abstract correction quiz analysis review recap explainer timeline factbox q&a');
