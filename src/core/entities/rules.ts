/**
 * Rules over the tagger's entities within one block of text: what news prose needs and the training data lacks.
 * Datelines, Title Case headlines, titles and companies around names, places inside organization names ("Iran Press
 * TV"), island groups and seas, "the Russian city of X", gazetteer places the tagger missed, nicknames and initials.
 * Each rule (rules/*.ts) is a named linear pass; spans are edited through an owner index so that no rule is quadratic.
 */
import type { Prepared } from './features';
import { DATE_WORDS, NOT_TITLE_WORDS, TITLES } from '../lexicon/entityWords';
import { Entities, type Entity, type EntityRule, type RuleContext } from './rules/context';
import { bareDatelines, datelines, headlineKickers, titleCaseHeadlines } from './rules/headlines';
import {
  creditLines,
  hyphenatedGivenNames,
  hyphenatedGivenNamesFirst,
  middleInitials,
  nicknames,
  particleNames,
  particleSurnames,
  partyOrTitlePerson,
  titledUnknownName,
  speakingUnknownName,
  pronounedUnknownName,
  sitesNotPeople,
  personSpans,
  kinEpithetBeforeName,
  splitNames,
  titledPersonInOrganization,
  peopleJoinedByAnd,
  personOfPlaceAfterAnd,
  countrysPerson,
  unknownGivenName,
  burmeseHonorifics,
  sentenceOpeningNoun,
  clubsNotPeople,
  newspapersNotPeople,
  brandsNotPeople,
  productsNamedLikePeople,
} from './rules/people';
import {
  companiesInList,
  companyByBusinessNoun,
  employerAfterStaff,
  companyShortNames,
  groupByNounAfter,
  knownCompanies,
  organizationOfPlace,
  organizationsJoinedByAnd,
  organizationWordAlone,
  placeOpeningOrganization,
  placeWithOrganizationWords,
  companiesNamedLikePeople,
} from './rules/organizations';
import {
  abbreviatedPlaces,
  bareCountries,
  jurisdictionBeforeTitle,
  portfolioListNotPerson,
  countryNotPerson,
  geographicNameNotOrganization,
  geographicNames,
  knownGeographicNames,
  placeOwningOrganization,
  portfolioBeforeTitle,
  speakingPlaceIsPerson,
  trimNameEdges,
  unambiguousPlaces,
  streetNames,
  unknownPlaceNamedLikePerson,
  diseasesNotPlaces,
  areaByNounAfter,
} from './rules/places';
import { institutionsNamedForPeople } from './rules/institutionNames';
import { bodyNamesAfterThe } from './rules/bodyNamesAfterThe';
import { clubNamesAfterTowns } from './rules/clubNames';
import { unionLocals } from './rules/unionLocals';
import { purposeBodies } from './rules/purposeBodies';
import { companiesByLegalForm } from './rules/legalForms';
import { portfolioLists } from './rules/portfolioLists';
import {
  ampersandNames,
  brandShapedNames,
  companyInApposition,
  companyAfterItsNoun,
  productsOfMakers,
  companyNamedForARegion,
  companysPerson,
  companiesNamedForPeople,
  heldOrEmployingCompanies,
  makersOfProducts,
  namesEndingInACompany,
  namesWhoseSharesMoved,
  namesWithTheirS,
  organizationBeforeItsRole,
  tradedCompanies,
} from './rules/companyEvidence';
import {
  honorificNames,
  personAfterMeetingVerb,
  relativeInApposition,
  personOwningAnOffice,
  personTakingAnOffice,
  transcriptLabels,
  titleAsGivenName,
  leadingNameWords,
} from './rules/personObjects';
import { placesListedWithPlaces } from './rules/placeLists';
import {
  bodiesNamedNounPlace,
  coordinatedBodyNames,
  namesRunningIntoPlaces,
  placeAndNounSpeaking,
  shopsNamedForOwners,
} from './rules/placeNamedBodies';
import { unknownGivenNameAlone, unknownGivenNameBeforeSurname } from './rules/unknownGivenNames';
import { personAfterOfficeDomain } from './rules/officeDomains';
import { nonPersonOpeners } from './rules/nonPersonOpeners';
import { titledUntaggedName } from './rules/titledUntaggedNames';
import { universityCampuses } from './rules/campuses';
import { articleSurnames } from './rules/articleSurnames';
import { teamsAndFirmsNamedForTowns } from './rules/sportsTeams';
import { pluralTeamNames } from './rules/pluralTeamNames';
import { placesByTheirVerbs } from './rules/placesByTheirVerbs';
import { titlesEndingNames } from './rules/titlesEndingNames';
import { stormNames } from './rules/stormNames';
import { areaBeforeTitle } from './rules/areaBeforeTitle';
import { worksAndCraft } from './rules/worksAndCraft';
import { broadcastTitles } from './rules/broadcastTitles';
import { functionWordNames } from './rules/functionWordNames';
import { partyTags, photoAgencies } from './rules/creditsAndTags';
import { unknownNamesOfPlaces } from './rules/unknownNamesOfPlaces';
import { holdsList } from './rules/triggerWords';
import { honorificOnlyPeople } from './rules/honorificOnlyPeople';
import { companiesJoinedByAnd, companiesOfAKind } from './rules/companiesOfAKind';
import { areaWordsClosingPlaces } from './rules/areaWordsClosingPlaces';
import { agedNames, unknownWordAfterIn } from './rules/ageAndInEvidence';
import { datelinePlacesAgain } from './rules/datelinePlacesAgain';
import { namesGivenARole } from './rules/namesGivenARole';
import { areaListsBeforePlurals } from './rules/areaListsBeforePlurals';
import { compassRegions } from './rules/compassRegions';
import { linkedPlaceNames } from './rules/linkedPlaceNames';
import { politicalLabels } from './rules/politicalLabels';
import { patronymicNames } from './rules/patronymicNames';
import { relativesOfPeople } from './rules/relativesOfPeople';
import { knownPlacesAfterIn } from './rules/knownPlacesAfterIn';
import { placeKindAppositions } from './rules/placeKindAppositions';
import { countiesAfterPrepositions } from './rules/countiesAfterPrepositions';
import { abbreviatedGivenNames } from './rules/abbreviatedGivenNames';
import { hyphenatedPlaceNames } from './rules/hyphenatedPlaceNames';
import {
  demonymOpenedNames,
  malayTitlesInNames,
  nameOfAPerson,
  personNounAndWho,
  personNounBeforeName,
  wordAloneInQuotes,
} from './rules/nonPersonNames';
import {
  brandShapedLastWords,
  compoundBankNames,
  namesWithPluralVerbs,
  namesSayingIts,
  ownedNames,
  placesStruckByWeather,
  companiesListedBeforeShares,
  namedThingHeads,
  namesAfterIts,
  namesBeforeOwnerNoun,
  namesEndingInAnOcean,
  namesListedIntoAFirm,
  oneWordNameBeforeWhich,
  pluralTeamsInResults,
} from './rules/thingsNamedLikePeople';

export { adjacent, isNameWord, type Entity, type EntityType } from './rules/context';

/** The rules in the order they run: later rules read the spans earlier ones drew. */
export const ENTITY_RULES: readonly EntityRule[] = [
  datelines,
  bareDatelines,
  titleCaseHeadlines,
  namesRunningIntoPlaces,
  kinEpithetBeforeName,
  personSpans,
  sentenceOpeningNoun,
  burmeseHonorifics,
  knownCompanies,
  companiesJoinedByAnd,
  companyShortNames,
  placeWithOrganizationWords,
  companiesInList,
  companiesOfAKind,
  companyByBusinessNoun,
  employerAfterStaff,
  titledPersonInOrganization,
  personAfterOfficeDomain,
  partyOrTitlePerson,
  titledUnknownName,
  titledUntaggedName,
  middleInitials,
  nonPersonOpeners,
  splitNames,
  peopleJoinedByAnd,
  personOfPlaceAfterAnd,
  particleNames,
  particleSurnames,
  articleSurnames,
  titleAsGivenName,
  hyphenatedGivenNames,
  hyphenatedGivenNamesFirst,
  speakingUnknownName,
  personAfterMeetingVerb,
  relativeInApposition,
  personOwningAnOffice,
  personTakingAnOffice,
  honorificNames,
  pronounedUnknownName,
  countrysPerson,
  unknownGivenNameBeforeSurname,
  unknownGivenName,
  unknownGivenNameAlone,
  leadingNameWords,
  sitesNotPeople,
  clubsNotPeople,
  newspapersNotPeople,
  clubNamesAfterTowns,
  brandsNotPeople,
  productsNamedLikePeople,
  worksAndCraft,
  broadcastTitles,
  functionWordNames,
  photoAgencies,
  partyTags,
  companiesNamedLikePeople,
  companiesNamedForPeople,
  ampersandNames,
  namesWithTheirS,
  organizationBeforeItsRole,
  brandShapedNames,
  tradedCompanies,
  namesWhoseSharesMoved,
  companiesListedBeforeShares,
  namesAfterIts,
  namedThingHeads,
  namesBeforeOwnerNoun,
  oneWordNameBeforeWhich,
  namesEndingInAnOcean,
  pluralTeamsInResults,
  brandShapedLastWords,
  compoundBankNames,
  namesWithPluralVerbs,
  namesSayingIts,
  ownedNames,
  placesStruckByWeather,
  companyInApposition,
  companyAfterItsNoun,
  productsOfMakers,
  namesEndingInACompany,
  companiesByLegalForm,
  makersOfProducts,
  companysPerson,
  companyNamedForARegion,
  heldOrEmployingCompanies,
  nicknames,
  creditLines,
  placeOpeningOrganization,
  institutionsNamedForPeople,
  geographicNames,
  knownGeographicNames,
  unambiguousPlaces,
  bareCountries,
  placesListedWithPlaces,
  streetNames,
  areaByNounAfter,
  areaListsBeforePlurals,
  compassRegions,
  linkedPlaceNames,
  geographicNameNotOrganization,
  trimNameEdges,
  namesListedIntoAFirm,
  organizationsJoinedByAnd,
  unknownPlaceNamedLikePerson,
  pluralTeamNames,
  teamsAndFirmsNamedForTowns,
  placesByTheirVerbs,
  unknownNamesOfPlaces,
  speakingPlaceIsPerson,
  portfolioBeforeTitle,
  portfolioListNotPerson,
  organizationWordAlone,
  bodyNamesAfterThe,
  organizationOfPlace,
  abbreviatedPlaces,
  countryNotPerson,
  titlesEndingNames,
  jurisdictionBeforeTitle,
  areaBeforeTitle,
  placeOwningOrganization,
  stormNames,
  groupByNounAfter,
  diseasesNotPlaces,
  bodiesNamedNounPlace,
  placeAndNounSpeaking,
  coordinatedBodyNames,
  portfolioLists,
  purposeBodies,
  universityCampuses,
  shopsNamedForOwners,
  transcriptLabels,
  headlineKickers,
  unionLocals,
  malayTitlesInNames,
  honorificOnlyPeople,
  areaWordsClosingPlaces,
  nameOfAPerson,
  demonymOpenedNames,
  personNounAndWho,
  personNounBeforeName,
  wordAloneInQuotes,
  agedNames,
  namesGivenARole,
  unknownWordAfterIn,
  datelinePlacesAgain,
  hyphenatedPlaceNames,
  politicalLabels,
  patronymicNames,
  relativesOfPeople,
  knownPlacesAfterIn,
  placeKindAppositions,
  countiesAfterPrepositions,
  abbreviatedGivenNames,
];

/** Rules that correct and complete the tagger's entities within a block. */
export function applyRules(text: string, p: Prepared, found: Entity[]): Entity[] {
  const { tokens, lower } = p;
  const n = tokens.length;
  const ents = new Entities(p.arrays.int32());
  for (const e of found) if (worthKeeping(p, e)) ents.add(e);
  const ctx: RuleContext = {
    text,
    p,
    tokens,
    lower,
    n,
    ents,
    free: (i) => i >= 0 && i < n && ents.at(i) === null,
    holds: (list) => holdsList(p.triggers, list),
  };
  for (const rule of ENTITY_RULES) rule.apply(ctx);
  // checked again after the rules: trimming "A: Because" (an interview's answer) leaves the lone "Because"
  return ents.sorted().filter((e) => worthKeeping(p, e));
}

/**
 * A tagger entity with letters that is not only a date ("March 14"), one function word or title ("The", "President",
 * "Because" after an interview's "A:"), nor a person or place of one letter: "Q" and "A" label interview turns, a
 * lone initial names nobody, and "Gen Z" no place.
 */
function worthKeeping(p: Prepared, e: Entity): boolean {
  // nor a place: "Gen Z voters"
  if ((e.type === 'PER' || e.type === 'LOC') && e.to - e.from === 1 && p.tokens[e.from].text.length === 1) return false;
  if (e.type === 'PER' && isHeadlineRun(p, e)) return false;
  const { lower } = p;
  let letters = false;
  let dates = true;
  for (let k = e.from; k < e.to; k++) {
    if (p.hasLetter[k]) letters = true;
    if (p.hasLetter[k] && !DATE_WORDS.has(withoutFinalDot(lower[k]))) dates = false;
  }
  const functionWord = e.to - e.from === 1 && (NOT_TITLE_WORDS.has(lower[e.from]) || TITLES.has(lower[e.from]));
  return letters && !dates && !functionWord;
}

/** "sept." → "sept": a word without its abbreviation dot (no regex per token). */
function withoutFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Names this long are rare; one holding a function word is a Title Case headline ("Raptors Suspend Guard Two Games
 * After Locker-Room Altercation"), not a person. */
const LONG_NAME = 5;

function isHeadlineRun(p: Prepared, e: Entity): boolean {
  if (e.to - e.from < LONG_NAME) return false;
  for (let k = e.from; k < e.to; k++) if (p.lower[k] !== 'and' && NOT_TITLE_WORDS.has(p.lower[k])) return true;
  return false;
}
