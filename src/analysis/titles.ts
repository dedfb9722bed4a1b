/**
 * Words that make a name a person's: role nouns (minister, hydrologist), titles written before a
 * name (President, Gov.), courtesy titles, and the given names and places the rest of the stage
 * checks against.
 */

import {
  FEMALE_GIVEN_NAMES,
  HONORIFICS,
  HONORIFICS_BEFORE_FULL_NAMES,
  HONOUR_GRADES,
  HONOUR_OPENERS,
  KNOWN_PLACES,
  MALE_GIVEN_NAMES,
  RELATIONAL_NOUNS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import { memoiseBounded } from './memo.js';

/** A word that on its own makes the next name a person's: "Minister", "President", "Mr", "Dr". */
export function isPersonTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    (isRoleNoun(lower) &&
      !GENERIC_ROLE_NOUNS.has(lower) &&
      (!MORE_ROLE_NOUNS.has(lower) || MORE_TITLES.has(lower))) ||
    HONORIFICS.has(lower) ||
    isRankCompound(lower)
  );
}

/**
 * A courtesy title or honour, as opposed to an office: "Haji", "Daw", "Seri", "Yang Berhormat".
 * It belongs with the name it precedes, never with the job before it.
 */
export function isCourtesyTitle(word: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return (
    HONORIFICS.has(bare) ||
    HONORIFICS_BEFORE_FULL_NAMES.has(bare) ||
    HONOUR_GRADES.has(word) ||
    HONOUR_OPENERS.has(word) ||
    HONOUR_CONTINUATIONS.has(word)
  );
}

/** The words after an honour's first: "Berhormat", "Amat", "Mulia". */
export const HONOUR_CONTINUATIONS: ReadonlySet<string> = new Set(
  [...HONOUR_OPENERS.values()].flatMap((rest) => [...rest]),
);

/** Military and police ranks written with a hyphen: "Maj-Gen", "Lt-Col", "Vice-Adm", "Det-Supt". */
export function isRankCompound(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.toLowerCase().split('-');
  return (
    parts.length > 1 &&
    parts.every(
      (part) => ABBREVIATED_TITLES.has(part) || ['vice', 'rear', 'brig', 'major', 'chief'].includes(part),
    ) &&
    ABBREVIATED_TITLES.has(parts.at(-1) ?? '')
  );
}

/** Role words that describe people but are not titles written before a name ("Media Player"). */
const GENERIC_ROLE_NOUNS = new Set(
  `player fan host supporter owner partner trader investor fellow worker resident student victim
   witness survivor mother father son daughter brother sister widow husband wife dad mum passenger
   commuter runner champion volunteer tenant landlord farmer fisherman head chief founder member
   driver rider courier motorist cyclist labourer laborer miner mechanic plumber electrician
   carpenter cleaner cashier waiter waitress hairdresser midwife carer caregiver herder herdsman
   rancher grower smallholder villager tutor referee umpire translator interpreter dancer blogger
   homeowner householder landowner breeder beekeeper winemaker dealer broker seller granddaughter grandson
   niece nephew cousin aunt stepson stepdaughter stepfather stepmother fiance fiancee fiancé fiancée
   girlfriend boyfriend guard performer talisman millwright hurler veteran`.split(/\s+/),
);

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    ROLE_NOUNS.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    HONORIFICS.has(lower.replace(/\.$/, '')) ||
    isRankCompound(lower)
  );
}

export function isPlaceWord(word: string): boolean {
  return KNOWN_PLACES.has(word);
}

const ABBREVIATED_TITLES = new Set([
  'gov',
  'sen',
  'rep',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'supt',
  'insp',
  'det',
  'st',
  'rev',
  'hon',
  'fr',
  'maj',
  'cpl',
  'cllr',
  'brig',
  'cr',
  'ald',
  // Canadian papers shorten councillor so: "Coun. Janice Lukes".
  'coun',
  'engr',
  'atty',
  // Philippine government shorthand for an undersecretary: "DepEd Usec. Atty. Ramon Villareal".
  'usec',
  // Indonesian engineers' degree before a name: "Prof. Dr. Ir. Slamet Widodo".
  'ir',
  // Indian and Catholic courtesy titles written short: "Smt. Lakshmi Devi", "Msgr. Peter Walsh".
  'smt',
  'mgr',
  'msgr',
  'eng',
  'arc',
  'barr',
  'adv',
  'ven',
]);

/** "Gov.", "Sen.", "Dr.": American style puts a full stop after a shortened title. */
export function isAbbreviatedTitle(word: string): boolean {
  return ABBREVIATED_TITLES.has(word.toLowerCase());
}

/** Words ending like a profession that are verbs or things: "insist", "persist". */
const NOT_PROFESSIONS = new Set(
  `insist persist consist resist assist exist checklist playlist shortlist wishlist blacklist whitelist
   different recent current significant important relevant independent urgent silent frequent
   consistent permanent efficient sufficient apparent evident excellent decent innocent violent
   prominent dominant pleasant constant distant instant giant vibrant elegant brilliant abundant
   reluctant arrogant ignorant tolerant vacant radiant percent content intent extent event talent
   accent ancient transparent adjacent subsequent competent confident convenient equivalent
   magnificent patent prevalent proficient resilient transient covenant restaurant`.split(/\s+/),
);

/**
 * Jobs and offices only people hold, beyond the shared lexicon's ROLE_NOUNS (where "coroner",
 * "registrar" and "trustee" already stand): local offices ("harbourmaster", "headman"), trades
 * and sports, and the jobs English builds with -man, -woman or -person ("ruckman", "cameraman",
 * "chairperson"; the ending alone would make roles of Rahman, Salman and Newman). Words that are
 * as often surnames (Baker, Cook, Porter, Shepherd, Foreman) or bodies (guard, operator) are left
 * out.
 */
const MORE_ROLE_NOUNS = new Set(
  `harbourmaster harbormaster ombudsman vet supervisor grocer gamekeeper
   curator restorer librarian provost headman headwoman coordinator co-ordinator fundraiser proprietor
   hotelier restaurateur programmer sculptor playwright screenwriter sprinter swimmer rower skier
   physio caretaker janitor bartender drummer lifeguard boatbuilder shipowner apprentice
   investigator undersheriff collector regent spinner seamer pacer paceman painter surfer golfer skater
   snowboarder climber mountaineer diver gymnast wrestler fencer cricketer sailor calypsonian
   holder forecaster
   backbencher newscaster newsreader racer tycoon magnate mogul financier dissident whistleblower
   ruckman linesman lineswoman lineman cameraman camerawoman cameraperson craftsman craftswoman
   policeman policewoman patrolman patrolwoman postman postwoman mailman doorman frontman frontwoman
   sportsman sportswoman sportsperson tradesman tradeswoman marksman markswoman yachtsman yachtswoman
   oarsman oarswoman helmsman horseman horsewoman huntsman guardsman anchorman anchorwoman newsman
   chairperson spokesperson salesperson councilperson congressperson businessperson clergyman
   clergywoman churchman journeyman ferryman serviceman servicewoman militiaman stuntman stuntwoman
   handyman repairman deliveryman committeeman committeewoman draughtsman draftsman weatherman
   crewman tribesman tribeswoman statesman stateswoman bandsman ombudsperson
   jumper thrower vaulter hurdler putter steeplechaser marathoner heptathlete decathlete pentathlete
   triathlete biathlete olympian paralympian seed qualifier wildcard wild-card titleholder
   film-maker filmmaker documentary-maker dj deejay newsreader ballerina soprano mezzo-soprano
   contralto baritone conductor`.split(/\s+/),
);

/** Of those, the ones a story writes as a title straight before a name: "Coroner Andrew Walker". */
const MORE_TITLES = new Set([
  'harbourmaster',
  'harbormaster',
  'ombudsman',
  'provost',
  'headman',
  'curator',
  // Indian districts are run by a collector: "District Collector Arun Prasad"; Indonesian regencies
  // by a regent (bupati): "Indramayu Regent Nina Agustina".
  'collector',
  'regent',
  // American counties are run by elected supervisors: "Sutter County Supervisor Amrit Sandhu".
  'supervisor',
]);

const PROFESSION_ENDINGS =
  /(?:ologist|ician|ographer|[a-z]{4}ist|[a-z]{3}keeper|[a-z]{3}(?:teacher|worker|fighter|grower))$/;

export function isRoleNoun(word: string): boolean {
  // Asked of every word around every name; the answer for a word never changes.
  return roleNounReading(word);
}

const roleNounReading = memoiseBounded(readsAsRoleNoun, 4000);

function readsAsRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (ROLE_NOUNS.has(lower) || MORE_ROLE_NOUNS.has(lower)) return true;
  // "vice-chairman", "co-founder", "ex-minister", "deputy-governor": a role with its rank prefixed;
  // so are the lower grades of a rank: "sub-inspector", "lance-corporal", "staff-sergeant".
  const ranked = /^(?:vice|co|ex|deputy|assistant|acting|joint|sub|lance|staff)-(\p{L}+)$/u.exec(lower);
  if (ranked && ROLE_NOUNS.has(ranked[1] ?? '')) return true;
  // "attorney-at-law", "editor-in-chief", "member-at-large", "mother-in-law": a job or a relation
  // with its standing joined on ("father-of-two" tells a family, not a job).
  const standing = /^(\p{L}+)-(?:at|in)-(?:law|large|chief|charge|residence|waiting|training)$/u.exec(lower);
  if (standing && ROLE_NOUNS.has(standing[1] ?? '')) return true;
  // "singer-songwriter", "writer-director", "player-manager": two jobs held at once.
  const joined = /^(\p{L}+)-(\p{L}+)$/u.exec(lower);
  if (joined && ROLE_NOUNS.has(joined[1] ?? '') && ROLE_NOUNS.has(joined[2] ?? '')) return true;
  // Professions by their endings: hydrologist, physician, photographer, economist, and those who
  // keep something: riverkeeper, gatekeeper, zookeeper; trades written as one word with what they
  // work on: schoolteacher, steelworker, firefighter, winegrower (not -maker or -builder, which
  // name firms as often: carmaker, housebuilder).
  return PROFESSION_ENDINGS.test(lower) && !NOT_PROFESSIONS.has(lower) && !SWEDISH_SURNAME_ENDING.test(lower);
}

/**
 * "Lindqvist", "Bergkvist", "Lindquist", "Almquist": Swedish surnames, and their American spellings,
 * end like a profession ("activist") but are none.
 */
const SWEDISH_SURNAME_ENDING = /(?:[kq]v|qu)ist$/;

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isRoleNoun(lower) || TITLE_MODIFIERS.has(lower) || RELATIONAL_NOUNS.has(lower);
}

export function isGivenName(word: string): boolean {
  if (MALE_GIVEN_NAMES.has(word) || FEMALE_GIVEN_NAMES.has(word)) return true;
  // "Martín", "José", "Zoë": the given name is the same written with its accents.
  if (/^[A-Za-z'’-]*$/.test(word)) return false;
  const plain = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain !== word && (MALE_GIVEN_NAMES.has(plain) || FEMALE_GIVEN_NAMES.has(plain));
}
