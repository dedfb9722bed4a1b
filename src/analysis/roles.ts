/**
 * Roles as the article states them: titles before a name (with every capital of the title and the
 * name of where the job is done: "City Mobility Secretary", "Wrexham manager"), descriptions and
 * appositives before or after it (a portfolio after "for" or "on" included), "who heads…" or "who
 * grows cocoa…" clauses, a job as the predicate with where it is done ("is a nurse at…"), and the
 * key (country, job) that lets "Syria's foreign minister" find the person. A title followed by a
 * name belongs to that name, not to the one before the comma.
 */

import type { EntityDraft } from './entities.js';
import {
  BUSINESS_AGENT_NOUNS,
  CALENDAR_WORDS,
  COUNSEL_LETTERS,
  COUNSEL_OF_SIDE,
  DEMONYM_TO_PLACE,
  DESCRIPTIONS_ONLY_BEFORE_A_NAME,
  FIELDS_TAKING_A_MODIFIER,
  HONORIFICS,
  isGroupWord,
  isNameParticle,
  KIN_NOUNS,
  KNOWN_ORGANISATIONS,
  NEVER_NAME_WORDS,
  ORGANISATION_HEADS,
  OUTLET_WORDS,
  PEOPLE_BY_HOME_OR_USE,
  PLAYING_POSITIONS,
  PLURAL_JOBS_ALSO_VERBS,
  POLICE_RANKS_BY_INITIALS,
  RANKS_OF_ADDRESS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  STANDING_IN_A_DRAW,
  THINGS_ENDING_LIKE_DOERS,
  TITLE_MODIFIERS,
  TITLES_WON_AT_EVENTS,
  TWO_WORD_POSITIONS,
  WORDS_OF_A_TITLE_WON,
  WORKMATE_NOUNS,
  WORKPLACE_NOUNS,
} from './lexicon.js';
import {
  isAcronym,
  lowerWord,
  type NameRun,
  singularOfTitle,
  speechVerbAfterSetOff,
  titleBeforeComplement,
} from './names.js';
import {
  isAbbreviatedTitle,
  isCourtesyTitle,
  isGivenName,
  isPersonTitle,
  isPlaceWord,
  isRankCompound,
  isRoleNoun,
  isRoleWord,
  isTitleWord,
} from './titles.js';
import { isCapitalised, type Token } from './tokens.js';

/** Where a role sits: which country it belongs to and what the job is ("foreign minister"). */
export interface RoleKey {
  place: string | null;
  head: string;
}

/** Role modifiers that describe the holder, not the job: a "new" foreign minister is still one. */
const TRANSIENT_MODIFIERS = new Set([
  'new',
  'former',
  'longtime',
  'long-time',
  'outgoing',
  'incoming',
  'late',
  'acting',
  'interim',
  'then-',
]);

/** Kin a story may name someone by before their job: "Her brother, Erik Lindqvist, an infection control nurse". */
const KIN_WORDS = [
  ...KIN_NOUNS.keys(),
  // Relatives a story seldom names by a given name alone, so the lexicon's list leaves them out.
  ...'cousin stepson stepdaughter twin fiance fiancee fiancé fiancée girlfriend boyfriend'.split(' '),
];
const KIN = new Set(KIN_WORDS);

const ROLE_STOP_WORDS = new Set(
  `the a an his her its their our my your this that these those of for to in on at by with from and or
   but as was were is are be been has have had said says told who which whose when where while after
   he she we they you him them
   before during since than then also not no
   met asked thanked called joined visited urged blamed accused praised named replaced
   succeeded criticised criticized welcomed backed defeated beat faced hired fired including
   includes include like without against between among into onto over under about through via
   either neither both lost brought took gave left kept won sent put let saw got set joins signs
   behind beside alongside ahead beyond past towards toward around near despite unlike amid upon
   within throughout plus opposite versus`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns that name a business as often as a person ("the rail operator said") and a person's job
 * only when a name follows them: "Tour operator Ricardo de Souza", "building contractor Ama Boateng".
 */
const JOBS_ONLY_BEFORE_A_NAME = new Set([
  'operator',
  'contractor',
  'builder',
  'developer',
  'publican',
  'boatman',
  ...DESCRIPTIONS_ONLY_BEFORE_A_NAME,
]);

/**
 * "Avalanche center Nikolai Varga", "Gloucester centre Henry Paul", "Canterbury wing Jordan
 * Pēwhairangi": a position on a team only after the team's name; "the community centre Mary Doyle
 * opened" is a building, "the party's youth wing" a branch of it.
 */
const POSITIONS_AFTER_A_TEAM = new Set(['center', 'centre', 'wing']);

/** "Gloucester centre X", "saw centre X", "or centre X": not "the community centre X". */
function teamOrClauseBefore(token: Token | undefined): boolean {
  if (token === undefined || isOwnerWord(token)) return true;
  const lower = lowerWord(token);
  return (
    ROLE_STOP_WORDS.has(lower) &&
    !CLAUSE_OPENERS.has(lower) &&
    !['this', 'that', 'these', 'those'].includes(lower)
  );
}

/**
 * Fields of work written as an "-ing" or "-ed" word before a job ("sporting director", "marketing
 * manager", "registered nurse"): elsewhere such a word is a verb ("after beating champion X"), so
 * only these qualify a job.
 */
const FIELD_OF_WORK_BEFORE_JOB = new Set(
  `sporting marketing nursing training founding presiding visiting reigning consulting teaching
   engineering accounting commanding ranking recruiting scouting publishing broadcasting coaching
   fundraising purchasing lending banking catering farming shipping trading manufacturing policing
   polling casting licensing racing sailing cycling rowing swimming bowling batting fielding
   programming operating organising organizing editing registered licensed qualified
   chartered certified retired unemployed self-employed`.split(/\s+/),
);

/** A job noun, counting those that are a job only straight before a name. */
function isJobBeforeName(word: string): boolean {
  return isRoleNoun(word) || JOBS_ONLY_BEFORE_A_NAME.has(word);
}

/**
 * "veteran newscasters Tom Brokaw and Barbara Walters", "British actresses A and B": a job in the
 * plural straight before a list of names is each one's job.
 */
function isPluralJob(word: string): boolean {
  if (isCapitalised(word) || !/(?:s|men)$/.test(word)) return false;
  const singulars = word.endsWith('men')
    ? [`${word.slice(0, -3)}man`]
    : word.endsWith('ies')
      ? [`${word.slice(0, -3)}y`]
      : [word.slice(0, -1), word.slice(0, -2)];
  return singulars.some((singular) => singular.length > 2 && isJobBeforeName(singular));
}

/** The name is the first of a list: "A and B", "A, B and C". */
const LIST_GOES_ON = /^(?:,? and|,) \p{Lu}/u;

function leadsAList(run: NameRun): boolean {
  const last = run.core.at(-1);
  return last !== undefined && LIST_GOES_ON.test(run.text.slice(last.end, last.end + 8));
}

/**
 * A plural job at `index` that heads a list of names: one that is also a verb ("which also stars
 * X and Y") must follow a word that describes the holders ("Hollywood stars", "veteran hosts").
 */
function pluralJobAt(run: NameRun, index: number): boolean {
  const tokens = run.paragraphTokens;
  const word = (tokens[index] as Token).word;
  if (!isPluralJob(word)) return false;
  if (!PLURAL_JOBS_ALSO_VERBS.has(word)) return true;
  const before = tokens[index - 1];
  if (before === undefined || run.text.slice(before.end, (tokens[index] as Token).start) !== ' ')
    return false;
  return isCapitalised(before.word)
    ? isDescriptorWord(before.word, word) || before.possessive
    : !ROLE_STOP_WORDS.has(before.word) && !/(?:ly|ed|ing|s)$/.test(before.word);
}

/** A job straight before a name, in the singular or in the plural before a list of names. */
function isJobStraightBefore(word: string, run: NameRun): boolean {
  return isJobBeforeName(word) || (isPluralJob(word) && run.core.length > 1 && leadsAList(run));
}

/** How many words may qualify a plural job over a list: "veteran US newscasters". */
const PLURAL_JOB_QUALIFIERS = 3;

/**
 * The plural job a list opens on, with the words that qualify it, read back from the job:
 * "British actors", "veteran newscasters", "US serial killers".
 */
function pluralJobPhrase(run: NameRun, jobAt: number): string {
  const tokens = run.paragraphTokens;
  let begin = jobAt;
  while (begin > 0 && jobAt - begin < PLURAL_JOB_QUALIFIERS) {
    const token = tokens[begin - 1] as Token;
    if (run.text.slice(token.end, (tokens[begin] as Token).start) !== ' ') break;
    const lower = token.word.toLowerCase();
    const qualifies = isCapitalised(token.word)
      ? isDescriptorWord(token.word, (tokens[begin] as Token).word) && !token.possessive
      : // "The film stars Irish actresses A and B": a lower-case word before a capital, or one that
        // reads as a verb in the third person, belongs to the clause.
        !isCapitalised((tokens[begin] as Token).word) &&
        !isPluralJob(lower) &&
        !ROLE_STOP_WORDS.has(lower) &&
        !/(?:ly|ed|ing)$/.test(lower) &&
        lower.length > 2;
    if (!qualifies) break;
    begin--;
  }
  return run.text.slice((tokens[begin] as Token).start, (tokens[jobAt] as Token).end);
}

/** A given name and a surname: "US operator Cingular Wireless" is a firm, "Tour operator Ricardo de Souza" a man. */
function looksLikeFullName(run: NameRun): boolean {
  return (
    (run.core.length > 1 && isGivenName((run.core[0] as Token).word)) ||
    // "Tory peer Lord Tebbit", "soul legend Sir Tom Jones": a title of address shows a person as a
    // given name does.
    (run.prefix.length > 0 && run.prefix.every((token) => isCourtesyTitle(token.word)))
  );
}

function roleText(run: NameRun, from: number, to: number, reach = 8): string | null {
  const tokens = run.paragraphTokens;
  let begin = from;
  while (begin < to && ROLE_STOP_WORDS.has(lowerWord(tokens[begin]))) begin++;
  // "Metropolitan Police Commissioner Sir John Stevens": the courtesy title belongs to the name.
  let end = to;
  while (end > begin && isCourtesyTitle(tokens[end - 1]?.word ?? '')) end--;
  const phrase = tokens.slice(begin, end);
  if (phrase.length === 0 || phrase.length > reach) return null;
  const jobBeforeName =
    end === run.firstIndex &&
    (isJobStraightBefore(lowerWord(tokens[end - 1]), run) ||
      POSITIONS_AFTER_A_TEAM.has(lowerWord(tokens[end - 1]))) &&
    looksLikeFullName(run);
  if (!jobBeforeName && !phrase.some((token) => isRoleNoun(token.word))) return null;
  if (phrase.every((token) => HONORIFICS.has(token.word.toLowerCase()))) return null;
  const last = phrase[phrase.length - 1] as Token;
  return run.text.slice((phrase[0] as Token).start, last.end);
}

/**
 * "Deputy director of the department Le Thanh Nam", "head of the agency Maria Rossi", "Opposition
 * spokesman on education Dr Angela Brown Burke": a role whose complement is a body or a portfolio
 * named by a common noun runs straight into the holder's name. The index of the role noun, or -1.
 */
export function roleComplementBefore(tokens: readonly Token[], nameStart: number, text: string): number {
  const noun = tokens[nameStart - 1];
  if (noun && isCapitalised(noun.word)) return roleOfBodyNamedBefore(tokens, nameStart, text);
  if (!noun || ROLE_STOP_WORDS.has(noun.word) || isRoleNoun(noun.word)) return -1;
  let at = nameStart - 2;
  if (SEAT_KINDS.has(noun.word)) {
    // "councillor for Samora Machel constituency Ndeshihafela Nghipandulwa": a seat named by its
    // place and its kind, after the job it is the seat of.
    let placeStart = at;
    while (placeStart > at - 4 && isCapitalised(tokens[placeStart]?.word ?? '')) placeStart--;
    const link = tokens[placeStart];
    const role = tokens[placeStart - 1];
    if (
      placeStart < at &&
      link !== undefined &&
      role !== undefined &&
      (link.word === 'for' || link.word === 'of') &&
      isRoleNoun(role.word) &&
      tokens
        .slice(placeStart - 1, nameStart)
        .every(
          (token, index, all) =>
            index === 0 || text.slice((all[index - 1] as Token).end, token.start) === ' ',
        )
    )
      return placeStart - 1;
  }
  // "of the department", "at the agency": a body, not a description ("a fan of the underfed Los
  // Angeles actor"); "spokesman on education", "minister for housing": a portfolio, without an article.
  // "Convenor of the selection committee Binod Das": the body's kind may carry a word of its own.
  // "head of road policy Claire Dobson": so may a portfolio.
  const qualified =
    /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[at]?.word ?? '') &&
    !ROLE_STOP_WORDS.has(tokens[at]?.word ?? '') &&
    !isRoleNoun(tokens[at]?.word ?? '') &&
    ((ORGANISATION_HEADS.has(noun.word) && lowerWord(tokens[at - 1]) === 'the') ||
      // "spokesman for anti-virus firm Trend Micro": without an article, only before a given name.
      // "professor of civil engineering Dr Meenakshi Iyer": so may a courtesy title show a person.
      (['of', 'for', 'on', 'in'].includes(lowerWord(tokens[at - 1])) &&
        (isGivenName(tokens[nameStart]?.word ?? '') || isCourtesyTitle(tokens[nameStart]?.word ?? ''))));
  if (qualified) at--;
  const body = lowerWord(tokens[at]) === 'the';
  if (body) at--;
  const link = tokens[at];
  const role = tokens[at - 1];
  // "general manager of safety Sophie Nguyen-Marsh", "head of state Xi Jinping": a portfolio
  // without an article may follow "of" too.
  // "lecturer in public health Dr Ngozi Eze": an academic's field follows "in".
  const links = body ? ['of', 'at'] : ['on', 'for', 'of', 'in'];
  if (!link || !role || !links.includes(link.word) || !isRoleNoun(role.word)) return -1;
  // "son-in-law of former-President Leonid Kuchma": kin "of" someone is that someone's relation.
  if (link.word === 'of' && !body && (!/^\p{Ll}+$/u.test(noun.word) || namesKinOnly(role.word))) return -1;
  if (body && !ORGANISATION_HEADS.has(noun.word) && !WORKPLACE_NOUNS.has(noun.word)) return -1;
  for (let index = at - 1; index < nameStart; index++)
    if (text.slice((tokens[index] as Token).end, (tokens[index + 1] as Token).start) !== ' ') return -1;
  return at - 1;
}

/**
 * "Deputy director of the provincial Department of Agriculture and Environment Le Minh Tuan",
 * "head of the National Water Authority Grace Banda": a job of a body named in full, capitals and
 * the small words between them, runs into the holder's name. The index of the job, or -1.
 */
function roleOfBodyNamedBefore(tokens: readonly Token[], nameStart: number, text: string): number {
  let at = nameStart - 1;
  let namesKind = false;
  while (at >= 0 && nameStart - at <= 8) {
    const word = (tokens[at] as Token).word;
    if (isCapitalised(word)) namesKind ||= ORGANISATION_HEADS.has(word.toLowerCase());
    else if (!['of', 'and', 'for', '&'].includes(word)) break;
    if (text.slice((tokens[at] as Token).end, (tokens[at + 1] as Token).start) !== ' ') return -1;
    at--;
  }
  // The body's name opens on a capital, not on a small word.
  while (at < nameStart - 1 && !isCapitalised(tokens[at + 1]?.word ?? '')) at++;
  if (!namesKind || at === nameStart - 1) return -1;
  // "of the provincial Department…": a word or two for the body's reach.
  let link = at;
  while (link > at - 2 && /^\p{Ll}+al$/u.test(tokens[link]?.word ?? '')) link--;
  if (tokens[link]?.word === 'the') link--;
  const role = tokens[link - 1];
  if (!['of', 'at'].includes(tokens[link]?.word ?? '') || !role || !isRoleNoun(role.word)) return -1;
  for (let index = link - 1; index <= at; index++)
    if (text.slice((tokens[index] as Token).end, (tokens[index + 1] as Token).start) !== ' ') return -1;
  return link - 1;
}

/** Kinds of seat a representative holds: "councillor for Samora Machel constituency". */
const SEAT_KINDS = new Set(['constituency', 'ward', 'electorate', 'riding', 'division', 'district']);

/**
 * The role written ahead of a name: a title ("Russian Foreign Minister Sergei Lavrov"), a
 * description ("Syria’s longtime ruler Bashar al-Assad", "Conservative housing spokesman Tom
 * Whitcombe"), or an appositive before it ("Syria’s new foreign minister, Asaad al-Shaibani").
 */
/** Roles are asked of a run several times (as evidence, then as its role): read each once. */
const rolesBefore = new WeakMap<NameRun, string | null>();
const rolesAfter = new WeakMap<NameRun, string | null>();

export function roleBefore(run: NameRun): string | null {
  const known = rolesBefore.get(run);
  if (known !== undefined) return known;
  const role = withRankBeforeOwner(run, readRoleBefore(run));
  rolesBefore.set(run, role);
  return role;
}

const RANKS_BEFORE_AN_OWNED_TITLE = new Set([
  'Assistant',
  'Deputy',
  'Associate',
  'Acting',
  'Interim',
  'Senior',
]);
const LAST_WORD = /(\p{L}+) ?$/u;
const OWNED_TITLE = /^(?:\p{Lu}[\p{L}-]*|\d+)['’]s /u;

/**
 * "Assistant Commonwealth's Attorney Marcus Oyelaran", "Deputy Children's Commissioner": an office
 * owned by a body ends the name before the rank, yet the rank is part of the post held.
 */
function withRankBeforeOwner(run: NameRun, role: string | null): string | null {
  if (role === null || !OWNED_TITLE.test(role)) return role;
  const nameStart = run.paragraphTokens[run.firstIndex + run.prefix.length]?.start ?? 0;
  const before = run.text.slice(Math.max(0, nameStart - role.length - 16), nameStart).replace(/[\s,]+$/, '');
  if (!before.endsWith(role)) return role;
  const rank = LAST_WORD.exec(before.slice(0, before.length - role.length))?.[1];
  // "Radio 1's controller", "Channel 4's head of news": an owner whose name ends on a number is
  // cut at the number; the word before it is the owner's too.
  if (rank !== undefined && /^\d/.test(role) && isCapitalised(rank)) return `${rank} ${role}`;
  return rank !== undefined && RANKS_BEFORE_AN_OWNED_TITLE.has(rank) ? `${rank} ${role}` : role;
}

export function roleAfter(run: NameRun): string | null {
  const known = rolesAfter.get(run);
  if (known !== undefined) return known;
  const role = readRoleAfter(run);
  rolesAfter.set(run, role);
  return role;
}

function readRoleBefore(run: NameRun): string | null {
  const tokens = run.paragraphTokens;
  // Courtesy titles are not roles: read past "Dr" in "chief executive, Dr Alan Price".
  const courtesyOnly = run.prefix.every(
    (token) => isCourtesyTitle(token.word) || (NEVER_NAME_WORDS.has(token.word) && !isTitleWord(token.word)),
  );
  const nameStart = run.firstIndex + (courtesyOnly ? 0 : run.prefix.length);
  // "the city's Mayor, Councillor Thabani Mathe": the office set off before a titled name is the
  // one held; the title is how the holder is addressed.
  const titleStart = tokens[run.firstIndex];
  const beforeTitle = tokens[run.firstIndex - 1];
  if (
    !courtesyOnly &&
    titleStart &&
    beforeTitle &&
    run.text.slice(beforeTitle.end, titleStart.start) === ', '
  ) {
    const office = appositiveRoleBefore(run, run.firstIndex);
    // "The officer, Assistant Chief Fire Officer X": an office the title already names says less.
    const titleWords = run.prefix.map((token) => token.word.toLowerCase());
    const officeHead =
      office
        ?.split(/\s+/)
        .findLast((word) => isRoleNoun(word))
        ?.toLowerCase() ?? '';
    // "Counsel for the LCMA, Deputy Advocate General X": the side argued for in a case is the part
    // played there; the title is the post held.
    const sideArgued = office !== null && COUNSEL_FOR_SIDE.test(office);
    if (
      office !== null &&
      namesAJob(office) &&
      !KIN.has(officeHead) &&
      !titleWords.includes(officeHead) &&
      !sideArgued
    )
      return office;
  }
  // "Labour TD for Dublin Bay North Sinéad Kearney": the role is the title with its constituency.
  const titleAt = run.prefix.length > 0 ? titleBeforeComplement(tokens, run.firstIndex) : -1;
  const titleToken = tokens[titleAt];
  const lastPrefix = run.prefix.at(-1);
  if (titleToken && lastPrefix) {
    // "the Bishop of Durham, the Rt Rev Dr Tom Wright": the courtesy titles are the name's.
    let end = run.firstIndex + run.prefix.length - 1;
    while (
      end > titleAt &&
      (['the', 'most', 'and'].includes(lowerWord(tokens[end])) || isCourtesyTitle(tokens[end]?.word ?? ''))
    )
      end--;
    return run.text.slice(titleToken.start, (tokens[end] as Token).end);
  }
  const first = tokens[nameStart];
  const before = tokens[nameStart - 1];
  if (!first || !before) return null;
  const gapToName = run.text.slice(before.end, first.start);
  if (gapToName === ') ' && RETIRED_MARK.test(before.word)) return officeBeforeRetiredRank(run, nameStart);
  // "Petrobangla's director (finance), Shirin Akhter, told": set off by a comma after its branch.
  if (gapToName === ') ') return bracketedRoleBefore(run, nameStart);
  if (gapToName === '), ') return bracketedRoleBefore(run, nameStart) ?? roleBeforeShortForm(run, nameStart);
  const appositive = gapToName === ', ';
  if (appositive)
    return appositiveRoleBefore(run, nameStart) ?? countedPartBefore(run.text.slice(0, before.end));
  if (before.word === 'as' && gapToName === ' ') return partIdentifiedAs(run.text.slice(0, before.end));
  if (!appositive && gapToName !== ' ' && !(gapToName === '. ' && isAbbreviatedTitle(before.word)))
    return null;
  const standing = STANDING_BEFORE_A_NAME.exec(run.text.slice(Math.max(0, first.start - 32), first.start));
  if (standing?.[1] !== undefined) return standing[1];
  const complementedRole = roleComplementBefore(tokens, nameStart, run.text);
  let begin = complementedRole === -1 ? nameStart : complementedRole;
  // Where the words of the title won run from: "and former French Open champion X" stops at "and".
  let eventWordsFrom = TITLES_WON_AT_EVENTS.has(lowerWord(tokens[nameStart - 1])) ? nameStart - 1 : -1;
  for (let index = begin - 1; index >= 0; index--) {
    const token = tokens[index] as Token;
    const following = tokens[index + 1] as Token;
    const gap = run.text.slice(token.end, following.start);
    const separated = index === nameStart - 1 ? !appositive && gap !== ' ' : gap !== ' ';
    if (separated && !(gap === '. ' && isAbbreviatedTitle(token.word))) break;
    const word = token.word;
    const lower = word.toLowerCase();
    const joiner = ['and', 'of', 'for'].includes(lower) && begin < nameStart && index > 0;
    if (ROLE_STOP_WORDS.has(lower) && !joiner) break;
    // "City Mobility Secretary Gonzalo Irazábal": capitals the run itself peeled as its title are
    // the title's own words.
    const ownTitle =
      index >= run.firstIndex &&
      isCapitalised(word) &&
      !(NEVER_NAME_WORDS.has(word) && !isTitleWord(word)) &&
      !CALENDAR_WORDS.has(word);
    // "Wrexham manager Phil Parkinson", "William Hill spokesman Rupert Adams": the name of where the
    // job is, all of it, just before a lower-case job that runs into the name.
    const job = tokens[index + 1];
    const ownerBeforeJob =
      index + 2 === nameStart &&
      begin === nameStart - 1 &&
      job !== undefined &&
      !isCapitalised(job.word) &&
      (isRoleNoun(job.word) ||
        ((JOBS_ONLY_BEFORE_A_NAME.has(job.word) || POSITIONS_AFTER_A_TEAM.has(job.word)) &&
          looksLikeFullName(run))) &&
      isOwnerWord(token);
    if (ownerBeforeJob) {
      begin = index;
      while (
        begin > 0 &&
        isOwnerWordBefore(tokens[begin - 1], tokens[begin] as Token) &&
        run.text.slice((tokens[begin - 1] as Token).end, (tokens[begin] as Token).start) === ' '
      )
        begin--;
      break;
    }
    const describes =
      isRoleWord(word) ||
      (eventWordsFrom === index + 1 && namesEventOrStanding(token, tokens[index - 1])) ||
      (index === nameStart - 1 && JOBS_ONLY_BEFORE_A_NAME.has(word) && looksLikeFullName(run)) ||
      (index === nameStart - 1 && pluralJobAt(run, index) && run.core.length > 1 && leadsAList(run)) ||
      (index === nameStart - 1 &&
        POSITIONS_AFTER_A_TEAM.has(word) &&
        looksLikeFullName(run) &&
        teamOrClauseBefore(tokens[index - 1])) ||
      ownTitle ||
      joiner ||
      (isCapitalised(word) && isDescriptorWord(word, following.word)) ||
      (token.possessive && isCapitalised(word)) ||
      // "Selection committee member Sunil Raut": the capital of a sentence's first word is the
      // sentence's, and the word qualifies the job as it would lower down.
      (begin === index + 1 &&
        begin < nameStart &&
        isCapitalised(word) &&
        !isCapitalised(following.word) &&
        !AUXILIARIES.has(following.word) &&
        !NEVER_NAME_WORDS.has(word) &&
        !CALENDAR_WORDS.has(word) &&
        !/(?:ly|ing)$/.test(word) &&
        !isGivenName(word) &&
        SENTENCE_OPENING.test(run.text.slice(Math.max(0, token.start - 3), token.start))) ||
      // A lowercase noun qualifying a lowercase role: "housing spokesman", "agriculture and fisheries minister".
      (!isCapitalised(word) &&
        (!/(?:ed|ly|ing)$/.test(word) || FIELD_OF_WORK_BEFORE_JOB.has(word)) &&
        begin < nameStart &&
        word.length > 2 &&
        !isCapitalised(following.word) &&
        (isRoleWord(following.word) ||
          // "agriculture and fisheries minister X" joins two fields of one job; in "six weeks and
          // heavyweight X" the job after "and" opens a new clause.
          (following.word === 'and' && index + 3 < nameStart) ||
          (index + 2 === nameStart && isJobStraightBefore(following.word, run)))) ||
      // "Lusaka City Council public relations manager X": a field of two words stays whole.
      (!isCapitalised(word) &&
        !/(?:ed|ly|ing)$/.test(word) &&
        begin === index + 1 &&
        begin < nameStart - 1 &&
        FIELDS_TAKING_A_MODIFIER.has(following.word) &&
        isRoleWord(tokens[index + 2]?.word ?? ''));
    // "to play qualifier X", "beat champion X": a verb before a title won is not part of it.
    const wordOfTitleWon =
      isCapitalised(word) ||
      STANDING_IN_A_DRAW.has(lower) ||
      WORDS_OF_A_TITLE_WON.has(lower) ||
      /^\d+(?:st|nd|rd|th|m|km|k)?$/.test(lower);
    if (!describes || (eventWordsFrom === index + 1 && !wordOfTitleWon)) break;
    if (eventWordsFrom === index + 1 && !WORDS_JOINING_AN_EVENT.has(lower)) eventWordsFrom = index;
    begin = index;
    if (token.possessive) break;
  }
  while (begin < nameStart && ['and', 'of', 'for'].includes(lowerWord(tokens[begin]))) begin++;
  if (begin >= nameStart) return null;
  // '"It is over," Acme Foods chief executive Maria Kowalski said': the whole name of where the job
  // is, not only the word of it that names a kind of body.
  // "Manics bassist Nicky Wire and drummer Sean Moore": a name joined by "and" is another person.
  if (
    isCapitalised((tokens[begin] as Token).word) &&
    !isRoleWord((tokens[begin] as Token).word) &&
    lowerWord(tokens[begin + 1]) === 'and' &&
    !isCapitalised(tokens[begin + 2]?.word ?? '') &&
    begin + 2 < nameStart
  )
    begin += 2;
  const owner = tokens[begin] as Token;
  if (isCapitalised(owner.word) && !isTitleWord(owner.word) && !owner.possessive)
    while (
      begin > 0 &&
      isOwnerWordBefore(tokens[begin - 1], tokens[begin] as Token) &&
      !isTitleWord((tokens[begin - 1] as Token).word) &&
      !(tokens[begin - 1] as Token).possessive &&
      run.text.slice((tokens[begin - 1] as Token).end, (tokens[begin] as Token).start) === ' '
    )
      begin--;
  // "Former Oman captain Khawar Siddiqui": a past job is told as one, before the place it was held for.
  const formerly = tokens[begin - 1];
  if (
    formerly?.word.toLowerCase() === 'former' &&
    isCapitalised(owner.word) &&
    begin < nameStart - 1 &&
    run.text.slice(formerly.end, (tokens[begin] as Token).start) === ' '
  )
    begin--;
  // "Deputy director of the provincial Department of Agriculture and Environment X": a body named
  // in full makes a long title.
  return roleText(run, begin, nameStart, complementedRole === -1 ? 8 : 14);
}

/**
 * "two directors of Kagera Civil Works Limited, Moses Byaruhanga and his wife", "the three
 * surgeons, Ana Ruiz, Li Wei and…": a counted job in the plural, set off before the list of its
 * holders, is the job of the first of them. The body it is of may follow in capitals.
 */
const COUNTED_PART =
  /(?:^|[\s,(])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|[Tt]he (?:two|three|four)|[Ii]ts (?:two|three)) ((?:[\p{Ll}-]+ )?[\p{Ll}-]+s)(?: (?:of|at|for) (?:the )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|and|for|the|&))?(?: \p{Lu}[\p{L}'’&.-]*(?: (?:of|and|for|the|&))?){0,7})?$/u;

function countedPartBefore(textUpToComma: string): string | null {
  const counted = COUNTED_PART.exec(textUpToComma.slice(-160))?.[1];
  if (counted === undefined) return null;
  const words = counted.split(' ');
  const plural = words.at(-1) ?? '';
  const singular = [plural.replace(/ies$/, 'y'), plural.replace(/es$/, ''), plural.replace(/s$/, '')].find(
    (word) => word !== plural && isRoleNoun(word),
  );
  // "two sons, Ali and Omar": kin say how the holders stand to someone, not a part they play.
  if (singular === undefined || KIN.has(singular)) return null;
  // "three other ex-managers": "other" counts them apart from someone; it is no part of the job.
  const qualifiers = words.slice(0, -1).filter((word) => !/^(?:other|more|further|remaining)$/.test(word));
  return [...qualifiers, singular].join(' ');
}

/**
 * "The alleged ringleader, a 44-year-old identified in court as Dragan M.", "the second defendant,
 * named by prosecutors as Kevin Moyo": court reports tell the part someone played, then name them
 * as the court or the police did. The part opens its sentence or clause, with a determiner.
 */
const PART_IDENTIFIED_AS =
  /(?:^|[.!?;:] |[“"])(?:The|the|An?|an?) ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+), (?:[^,.;:“”"()]{0,80}? )?(?:identified|named|referred to|known)(?: only)?(?: (?:in court|in court papers|in court documents|by (?:police|prosecutors|the court|the prosecution|investigators|the police)))? as$/u;

function partIdentifiedAs(textUpToAs: string): string | null {
  const part = PART_IDENTIFIED_AS.exec(textUpToAs.slice(-200))?.[1];
  if (part === undefined) return null;
  const words = part.split(' ');
  // "The man, named locally as…": a person's kind is no part played.
  if (!isRoleNoun(words.at(-1) ?? '') || namesKinOnly(part)) return null;
  return part;
}

/** "(retd)", "(rtd)", "(Retd.)": Pakistani, Nigerian and Ghanaian papers mark a rank kept in retirement so. */
const RETIRED_MARK = /^(?:retd|rtd|retired)\.?$/i;

/**
 * "the CDA chairman, Captain (retd) Naveed Sheikh": a rank kept in retirement is how the holder is
 * addressed, and the office set off before it is the post the story is about; with no office, the
 * rank and its mark are the role.
 */
function officeBeforeRetiredRank(run: NameRun, nameStart: number): string | null {
  const tokens = run.paragraphTokens;
  const mark = tokens[nameStart - 1] as Token;
  let rankStart = nameStart - 1;
  while (rankStart > 0 && RANKS_OF_ADDRESS.has(lowerWord(tokens[rankStart - 1]).replace(/\.$/, '')))
    rankStart--;
  const rank = tokens[rankStart];
  if (rankStart === nameStart - 1 || !rank) return null;
  const beforeRank = tokens[rankStart - 1];
  if (beforeRank && run.text.slice(beforeRank.end, rank.start) === ', ') {
    const office = appositiveRoleBefore(run, rankStart);
    if (office !== null && namesAJob(office) && !namesKinOnly(office)) return office;
  }
  // "Major (retd) Kwame Mensah, a former minister": a job told after the name says more than the rank.
  const after = roleAfter(run);
  if (after !== null && namesAJob(after) && !namesKinOnly(after)) return after;
  return run.text.slice(rank.start, mark.end + 1);
}

/** "Counsel for the LCMA", "lawyers for the family": who argues for a side in a case. */
const COUNSEL_FOR_SIDE = /^(?:counsel|lawyers?|advocates?|attorneys?|solicitors?|barristers?) for\b/i;

/** What comes before a sentence's first word: nothing, or the end of the sentence before. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+)$/;

const AUXILIARIES = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'did',
  'does',
  'do',
]);

/**
 * "Chief engineer (roads) Peter Mwangi", "the department's chief engineer (canals) Harjinder
 * Dhillon": a job with its specialism in brackets, written straight before the name.
 */
function bracketedRoleBefore(run: NameRun, nameStart: number): string | null {
  const tokens = run.paragraphTokens;
  const specialism = tokens[nameStart - 1] as Token;
  // "Director (Disease Control)": a branch of up to three words.
  let open = nameStart - 1;
  while (
    open > nameStart - 3 &&
    tokens[open - 1] !== undefined &&
    run.text.slice((tokens[open - 1] as Token).end, (tokens[open] as Token).start) === ' '
  )
    open--;
  const opening = tokens[open] as Token;
  const job = tokens[open - 1];
  // "Chief Engineer (Buildings) DS Marak": a formal title writes its branch capitalised too.
  const branch =
    /^\p{Ll}/u.test(opening.word) ||
    (isCapitalised(job?.word ?? '') && isCapitalised(opening.word) && run.text[specialism.end] === ')');
  if (!job || !branch || run.text.slice(job.end, opening.start) !== ' (') return null;
  // "Additional Commissioner of Police (Traffic) M Ravinder Goud", "Additional Director of Public
  // Health (Vector Borne Diseases) Dr S K Mohapatra": the office may name its service in up to
  // three capitalised words.
  let serviceAt = open - 1;
  while (serviceAt > open - 3 && isCapitalised(tokens[serviceAt - 1]?.word ?? '')) serviceAt--;
  const serviceOf =
    isCapitalised(tokens[serviceAt]?.word ?? '') &&
    tokens[serviceAt - 1]?.word === 'of' &&
    isRoleNoun(tokens[serviceAt - 2]?.word ?? '');
  if (!isRoleNoun(job.word) && !serviceOf) return null;
  let begin = isRoleNoun(job.word) ? open - 1 : serviceAt - 2;
  while (begin > 0) {
    const previous = tokens[begin - 1] as Token;
    if (run.text.slice(previous.end, (tokens[begin] as Token).start) !== ' ') break;
    if (!isRoleWord(previous.word) || ROLE_STOP_WORDS.has(previous.word)) break;
    begin--;
  }
  return run.text.slice((tokens[begin] as Token).start, specialism.end + 1);
}

/**
 * "The regional chairperson of the Congress of Democratic Taxi Associations (Codeta), Mzukisi
 * Ndlovu,": a body's short form given in brackets after its full name leaves the job set off
 * before the holder as it would be without it.
 */
function roleBeforeShortForm(run: NameRun, nameStart: number): string | null {
  const tokens = run.paragraphTokens;
  const shortForm = tokens[nameStart - 1];
  const bodyEnd = tokens[nameStart - 2];
  if (!shortForm || !bodyEnd || !isCapitalised(shortForm.word) || !isCapitalised(bodyEnd.word)) return null;
  if (run.text.slice(bodyEnd.end, shortForm.start) !== ' (' || isPlaceWord(shortForm.word)) return null;
  // "A Lo Cicero (Italy), P de Villiers (France)": a team sheet's names with their sides hold no job.
  const office = appositiveRoleBefore(run, nameStart - 1, ' (');
  return office?.split(' ').some((word) => isRoleNoun(word)) ? office : null;
}

const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/** Prepositions whose object may close just before a sentence's subject: "Under questioning from X, Y said". */
const FRONTED_PREPOSITIONS = new Set(
  'from by with under to after before against about than like among between into onto upon via despite without'.split(
    ' ',
  ),
);

/**
 * "Syria’s new foreign minister, Asaad al-Shaibani", "the first minister of Wales, Eluned Price",
 * "the state’s mediator, Robert Feld": a noun phrase set off by a comma before the name. It names
 * the role when it ends on a role word (or a role "of"/"for" something), or when it is a short
 * determined phrase that stands alone as its clause.
 */
function appositiveRoleBefore(run: NameRun, nameStart: number, setOffBy = ', '): string | null {
  const tokens = run.paragraphTokens;
  const ofGroup = memberOfGroupBefore(
    run.text.slice(Math.max(0, (tokens[nameStart] as Token).start - 80), (tokens[nameStart] as Token).start),
  );
  if (ofGroup !== null) return ofGroup;
  const withheld = JOB_BEFORE_NAME_WITHHELD.exec(
    run.text.slice(Math.max(0, (tokens[nameStart] as Token).start - 120), (tokens[nameStart] as Token).start),
  );
  if (withheld && isJobBeforeName(withheld[1]?.split(' ').at(-1) ?? '')) return withheld[1] ?? null;
  let begin = nameStart;
  const personByName = run.prefix.length > 0 || isGivenName((run.core[0] as Token | undefined)?.word ?? '');
  for (let index = nameStart - 1; index >= 0 && nameStart - index <= APPOSITIVE_REACH; index--) {
    const token = tokens[index] as Token;
    const gap = run.text.slice(token.end, (tokens[index + 1] as Token).start);
    // "the Igbo traders' union": a plural owner's apostrophe stands where a space would.
    const pluralOwner = /^['’] $/.test(gap) && /s$/.test(token.word);
    // "Secretary of Culture, Recreation and Sport, Santiago Urrego": a portfolio lists its fields
    // with commas.
    const listedField =
      gap === ', ' && isCapitalised(token.word) && fieldsListedUpTo(run, index + 1, nameStart);
    if (index === nameStart - 1 ? gap !== setOffBy : gap !== ' ' && !pluralOwner && !listedField) break;
    const lower = token.word.toLowerCase();
    // "spokesperson in the Gauteng legislature": "in" ties a job to its place, as "of" and "at" do;
    // "Minister for Fisheries and the Blue Economy": a portfolio of two fields.
    const linkWord = lowerWord(tokens[index - 1]);
    // "the mayor and the Palestinian leader, X": "and" before a job of its own joins two people.
    // "An energy analyst with the Lagos-based consultancy X, Y": "with" ties a job to its employer.
    const afterLink =
      ['of', 'for', 'at', 'to', 'in'].includes(linkWord) ||
      (linkWord === 'with' && isRoleNoun(tokens[index - 2]?.word ?? '')) ||
      ((linkWord === 'on' || linkWord === 'from') && isRoleNoun(tokens[index - 2]?.word ?? '')) ||
      (linkWord === 'and' && !tokens.slice(index, nameStart).some((token) => isRoleNoun(token.word)));
    if (CLAUSE_OPENERS.has(lower) && !afterLink) {
      begin = index;
      break;
    }
    // "American Davenport will now face fellow former Wimbledon champion, X": a verb's auxiliary
    // ends the noun phrase.
    if (AUXILIARIES.has(lower)) break;
    // "Minister with responsibility for water": "with" goes on a title only straight after it.
    const withAfterRole = lower === 'with' && isRoleNoun(tokens[index - 1]?.word ?? '');
    // "Its leader on the council", "the party's spokeswoman on transport": "on" ties a job to the
    // body it sits on or the brief it speaks to, again only straight after the job.
    // "A farmer from Chake Chake, Mr X": "from" ties a job to the place it is told with (never to
    // "an entrepreneur from an early age").
    const onAfterRole =
      (lower === 'on' || (lower === 'from' && isCapitalised(tokens[index + 1]?.word ?? ''))) &&
      isRoleNoun(tokens[index - 1]?.word ?? '') &&
      !CALENDAR_WORDS.has(tokens[index + 1]?.word ?? '') &&
      !/^\d/.test(tokens[index + 1]?.word ?? '');
    if (
      ROLE_STOP_WORDS.has(lower) &&
      // "A trader in second-hand clothing, Abena Konadu": a trade and what it deals in.
      !['of', 'for', 'at', 'and', 'to', 'in'].includes(lower) &&
      !CLAUSE_OPENERS.has(lower) &&
      !withAfterRole &&
      !onAfterRole
    )
      break;
    begin = index;
    // "the chairman of Spain's most powerful bank, Santander Central Hispano": a name no given
    // name or title shows to be a person's may be the body's own.
    if ((token.possessive || pluralOwner) && !(personByName && ownerInComplement(tokens, index))) break;
  }
  const clause = tokens.slice(begin, nameStart);
  if (clause.length === 0) return null;
  // "Under questioning from coroner's counsel, Desmond Achterberg described…": a phrase closing a
  // preposition's object before the sentence's subject is someone else.
  const beforeClause = CLAUSE_OPENERS.has(lowerWord(tokens[begin - 1]))
    ? tokens[begin - 2]
    : tokens[begin - 1];
  if (
    FRONTED_PREPOSITIONS.has(lowerWord(beforeClause)) &&
    /^ \p{Ll}/u.test(run.text.slice(run.tokens.at(-1)?.end ?? 0, (run.tokens.at(-1)?.end ?? 0) + 2))
  )
    return null;
  const first = clause[0] as Token;
  const opensOnDeterminer = CLAUSE_OPENERS.has(first.word.toLowerCase()) || first.possessive;
  const roleAt = clause.findLastIndex(
    (token) => isRoleNoun(token.word) || POLICE_RANKS_BY_INITIALS.has(token.word),
  );
  const tail = roleAt === -1 ? [] : clause.slice(roleAt + 1).map((token) => token.word.toLowerCase());
  // "Member of Parliament for St James Central, Heroy Clarke-Walters, said": a sentence opening on
  // a job set off before the name, the name then closed off by a speech verb, is the Jamaican and
  // Caribbean papers' way of giving a title.
  // "…for Kabwata, Chanda Mulenga, described the plan as": any verb of speech closes the name.
  const afterName = run.text.slice(run.tokens.at(-1)?.end ?? 0);
  const nameThenSpeaks =
    /^,\s+(?:\w+\s+)?(?:said|says|told|tells|added|warned)\b/.test(afterName) ||
    speechVerbAfterSetOff(afterName);
  const startsClause = /(?:^|[.!?,;:])\s*$/.test(run.text.slice(0, first.start));
  // "The chairman of the Igbo traders' union in the market, Chief X": a subject phrase of its own
  // sentence may name its body at more length than a phrase inside a clause.
  const complementReach = opensOnDeterminer && SENTENCE_OPENING.test(run.text.slice(0, first.start)) ? 9 : 6;
  const endsOnRole =
    roleAt !== -1 &&
    // "minister of state for foreign affairs", "chief secretary to the Treasury", "Minister with
    // responsibility for water".
    (tail.length === 0 ||
      (['of', 'for', 'at', 'to', 'with', 'in', 'on', 'from'].includes(tail[0] ?? '') &&
        (tail.length <= complementReach || namesBodyInFull(clause.slice(roleAt + 2)))) ||
      // "Warsaw's deputy mayor responsible for transport", "the minister in charge of ports".
      (/^(?:responsible for|in charge of) /.test(tail.join(' ')) && tail.length <= 7) ||
      // "Director Tourism Kashmir, X": South Asian papers write an office's department and place
      // in capitals straight after it.
      (isCapitalised((clause[roleAt] as Token).word) &&
        tail.length <= 4 &&
        namesBodyInFull(clause.slice(roleAt + 1)))) &&
    // "Media Player, Windows Messenger": a generic noun is a role only after a determiner ("her husband").
    (isPersonTitle((clause[roleAt] as Token).word) ||
      opensOnDeterminer ||
      // "Mayoral committee member for water and sanitation, Siyabonga Dlamini,": a lower-case job
      // opening the sentence, as a title would.
      (SENTENCE_OPENING.test(run.text.slice(0, first.start)) &&
        (!isCapitalised((clause[roleAt] as Token).word) || nameThenSpeaks)));
  // "in" ties a job to its trade or place ("correspondent in Jakarta"), never a thing to a job:
  // "a hole in Media Player, Windows Messenger" names no one's role.
  const jobStart = ownDeterminerOfJob(clause, roleAt, tail.length === 0);
  const inAt = clause.findIndex((token, at) => at >= jobStart && token.word === 'in');
  if (inAt !== -1 && !(roleAt !== -1 && roleAt < inAt)) return null;
  if (!endsOnRole && !(opensOnDeterminer && startsClause && clause.length <= 4)) return null;
  let from = jobStart;
  while (from < clause.length && CLAUSE_OPENERS.has((clause[from] as Token).word.toLowerCase())) from++;
  const phrase = clause.slice(from);
  if (
    phrase.length === 0 ||
    phrase.every((token) => !isCapitalised(token.word) && ROLE_STOP_WORDS.has(token.word))
  )
    return null;
  // "The South African, Peter Hendricks, took charge": a nationality says where from, not what.
  if (roleAt === -1 && DEMONYM_TO_PLACE.has(lowerWord(phrase.at(-1)))) return null;
  return run.text.slice((phrase[0] as Token).start, (phrase[phrase.length - 1] as Token).end);
}

/**
 * "Culture, Recreation and Sport": capitalised fields, the last joined by "and", running up to
 * the comma before a name.
 */
function fieldsListedUpTo(run: NameRun, from: number, nameStart: number): boolean {
  const tokens = run.paragraphTokens;
  if (nameStart - from > 6 || nameStart - from < 3) return false;
  let joined = false;
  for (let at = from; at < nameStart; at++) {
    const word = (tokens[at] as Token).word;
    if (word === 'and' || word === '&') joined = at > from && at < nameStart - 1;
    else if (!isCapitalised(word)) return false;
  }
  return joined;
}

/**
 * "The chairman of the Igbo traders' union, X": an owner inside the body a job is "of" belongs to
 * the body's name; the job before it is still the phrase's head.
 */
function ownerInComplement(tokens: readonly Token[], ownerAt: number): boolean {
  let at = ownerAt - 1;
  // "of the local traders' association": capitals, "the" and words for the body's reach.
  while (
    at > ownerAt - 5 &&
    (isCapitalised(tokens[at]?.word ?? '') ||
      tokens[at]?.word === 'the' ||
      /^\p{Ll}+al$/u.test(tokens[at]?.word ?? ''))
  )
    at--;
  return ['of', 'for'].includes(tokens[at]?.word ?? '') && isRoleNoun(tokens[at - 1]?.word ?? '');
}

/**
 * "One crane operator, who gave only his first name, Tomas, said": a job, then the clause that
 * says why the name is short, then the name.
 */
const JOB_BEFORE_NAME_WITHHELD =
  /\b(?:[Oo]ne|[Aa]n?|[Tt]he) ((?:\p{Ll}[\p{L}-]* ){0,2}\p{Ll}[\p{L}-]*), who (?:gave|would give|gave us|offered) only (?:his|her|their) (?:first |given |last )?name, $/u;

/**
 * "One of the organisers, Jeroen de Wit,", "Two of those victims, Gloria Fuentes and her son,":
 * a name picked out of a group of people by their job or lot. One is "one of the organisers"; of
 * several, each is what the group is ("victim").
 */
const MEMBER_OF_GROUP =
  /(?<!\b(?:with|to|for|by|from|among|at|in|on|of|about|like|than) )\b(one|two|three|four|five|both|several|some|many|most) of (?:the|those|these|its|their|his|her|our|\p{Lu}?\p{Ll}+['’]s) ((?:\p{Ll}[\p{L}-]* ){0,2}\p{Ll}[\p{L}-]*?)(ies|es|s), $/iu;

function memberOfGroupBefore(before: string): string | null {
  const match = MEMBER_OF_GROUP.exec(before);
  if (!match) return null;
  const [, count = '', stem = '', ending = ''] = match;
  const singulars = ending === 'ies' ? [`${stem}y`] : ending === 'es' ? [`${stem}e`, stem] : [stem];
  const singular = singulars.find((phrase) => isRoleNoun(phrase.split(' ').at(-1) ?? ''));
  if (singular === undefined) return null;
  if (count.toLowerCase() !== 'one') return singular;
  return before.slice(match.index + match[0].indexOf(match[1] ?? ''), -2);
}

/**
 * "a politically-motivated response to the political ambitions of its former chief executive,
 * Mikhail Khodorkovsky": a job ending the clause starts at its own determiner, unless that
 * determiner opens the complement of a person's noun ("a close ally of the ex-Yukos boss").
 * The index in the clause where the role starts.
 */
function ownDeterminerOfJob(clause: readonly Token[], roleAt: number, endsOnJob: boolean): number {
  if (!endsOnJob || roleAt <= 0) return 0;
  let own = roleAt - 1;
  while (
    own > 0 &&
    !CLAUSE_OPENERS.has((clause[own] as Token).word.toLowerCase()) &&
    !clause[own]?.possessive
  )
    own--;
  if (own === 0 || clause.slice(own + 1, roleAt).some((token) => ROLE_STOP_WORDS.has(token.word))) return 0;
  const link = clause[own - 1];
  const head = clause[own - 2];
  if (link && head && ['of', 'to', 'for'].includes(link.word) && isRoleWord(head.word)) return 0;
  return clause[own]?.possessive ? own : own + 1;
}

/** How many words back an appositive before a name may reach: "The chairman of the Kampala Metropolitan Boda Boda Association, X". */
const APPOSITIVE_REACH = 12;

/**
 * "the Kampala Metropolitan Boda Boda Association", "Kampala Capital City and Metropolitan
 * Affairs": a body or portfolio named in full, capitals joined by small words, however long.
 */
function namesBodyInFull(words: readonly Token[]): boolean {
  const content = words.filter((token) => !['the', 'and', 'of', 'for', '&'].includes(token.word));
  return content.length > 0 && content.every((token) => isCapitalised(token.word));
}

/** The same over words: "Tunisian Union of Agriculture and Fisheries". */
function namesBodyInFullWords(words: readonly string[]): boolean {
  const content = words.filter((word) => !['the', 'and', 'of', 'for', '&'].includes(word));
  return content.length > 0 && content.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * "New York Times reporter", "New Zealand Nurses Organisation delegate": "New" before another capital
 * may open a place's name, though alone it is never a name word.
 */
function isOwnerWordBefore(token: Token | undefined, next: Token): boolean {
  // "New Southampton manager Harry Redknapp": a "New" that opens no known place is the adjective.
  return isOwnerWord(token) || (token?.word === 'New' && isPlaceWord(`New ${next.word}`));
}

/** A capitalised word that can name where a job is done: not a sentence opener or a date. */
function isOwnerWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    isCapitalised(token.word) &&
    !NEVER_NAME_WORDS.has(token.word) &&
    !CALENDAR_WORDS.has(token.word)
  );
}

/** Capitalised words that can sit in a role ahead of a name without being a name themselves. */
function isDescriptorWord(word: string, following: string): boolean {
  return (
    isTitleWord(word) ||
    isGroupWord(word) ||
    isPlaceWord(word) ||
    KNOWN_ORGANISATIONS.has(word) ||
    ORGANISATION_HEADS.has(word.toLowerCase()) ||
    OUTLET_WORDS.has(word) ||
    isAcronym(word) ||
    (CALENDAR_WORDS.has(word) && OUTLET_WORDS.has(following))
  );
}

/**
 * A word of the event a title was won at ("French Open", "Tour de France", "Grand Slam") or of the
 * standing a draw gives ("Top seed"): words like "Open" and "Grand" never open a name alone, so
 * they count only after another capital.
 */
function namesEventOrStanding(token: Token, previous: Token | undefined): boolean {
  const word = token.word;
  if (STANDING_IN_A_DRAW.has(word.toLowerCase())) return true;
  if (!isCapitalised(word) || CALENDAR_WORDS.has(word) || token.possessive) return false;
  return !NEVER_NAME_WORDS.has(word) || isOwnerWord(previous);
}

/** Verbs in the past tense, regular and common irregular, that open a predicate rather than a role. */
const PAST_TENSE_OPENERS =
  /^(?:\p{Ll}+ed|lost|won|made|took|gave|left|became|began|ran|went|came|had|was|were|is|has|got|fell|found|kept|held|met|paid|sent|spent|told|said|saw|led|fled|died|drove|wrote|spoke|broke|chose|stood|sat|felt|read|put|set|cut|hit|let|quit|shut|brought|bought|thought|taught|caught|sought|heard|built|lent|meant|knew|grew|threw|drew|flew|wore|swore|rode|rose|shook|struck|hung|sang|rang|sold|understood|withdrew|oversaw)$/u;

const VERB_OBJECT_STARTS = new Set(
  'the a an her his their its my our this that these those to in on at for with by from up out off'.split(
    ' ',
  ),
);

/**
 * Verbs that state a job in a relative clause ("who chairs the planning committee"), with the
 * participle that "who has chaired it since 2020" takes.
 */
const JOB_VERB_FORMS: readonly (readonly [string, string])[] = [
  ['heads', 'headed'],
  ['runs', 'run'],
  ['chairs', 'chaired'],
  ['leads', 'led'],
  ['manages', 'managed'],
  ['directs', 'directed'],
  ['owns', 'owned'],
  ['represents', 'represented'],
  ['coordinates', 'coordinated'],
  ['oversees', 'overseen'],
  ['edits', 'edited'],
  ['coaches', 'coached'],
  ['captains', 'captained'],
  ['presents', 'presented'],
  ['hosts', 'hosted'],
  ['advises', 'advised'],
  ['teaches', 'taught'],
  ['studies', 'studied'],
  ['researches', 'researched'],
  ['sells', 'sold'],
  ['grows', 'grown'],
  ['farms', 'farmed'],
  ['breeds', 'bred'],
  ['fishes', 'fished'],
  ['drives', 'driven'],
  ['delivers', 'delivered'],
  ['operates', 'operated'],
  ['trades', 'traded'],
  ['works as', 'worked as'],
  ['works for', 'worked for'],
  ['works at', 'worked at'],
  ['works from', 'worked from'],
  // "who sews school uniforms at a factory", "who repairs boats": crafts told by their verb.
  ['sews', 'sewn'],
  ['weaves', 'woven'],
  ['bakes', 'baked'],
  ['repairs', 'repaired'],
  ['mends', 'mended'],
  ['herds', 'herded'],
  ['rears', 'reared'],
  ['tends', 'tended'],
  ['guards', 'guarded'],
  ['tailors', 'tailored'],
];

const PAST_TRADE_VERBS = 'sold|taught|farmed|fished|drove|traded|coached|managed|edited|worked';

/** "who had advised Dallas to award a penalty" tells of one act; "who has advised ministers since 2010" of a job. */
const JOB_VERBS = [
  ...JOB_VERB_FORMS.flatMap(([present, participle]) => [present, `has ${participle}`]),
  'founded',
  'co-founded',
  'worked as',
  // "who works in the emergency department": a place of work, not a town ("works in London").
  '(?:works|has worked) in(?= (?:the|a|an) )',
  // "who has worked on the assembly line since 2012", "who works on a cattle station": a post on
  // a line, a station or a rig is where the work is done, not what was worked on.
  '(?:works|has worked) on(?= (?:the|a|an) (?:[a-z-]+ )?(?:line|station|desk|floor|rig|farm|ward|site)s?\\b)',
  // "who ran a linen business", "who owned the bakery": histories tell a past owner's trade so,
  // never "who ran for mayor".
  'ran(?= (?:a|an|the|his|her|their) )',
  'owned(?= (?:a|an|the|his|her|their) )',
  // "directed the film": a film's or a show's director.
  'directed(?= (?:a|an|the|his|her|their) )',
  // "who headed the agency's procurement department", "who chaired Barclays until 2019": an office
  // held over a body, told in the past as a court report or an obituary tells it.
  '(?:headed|chaired|managed)(?= (?:a|an|the|his|her|their|its) | (?!(?:North|South|East|West)\\b)[A-Z])',
  // "who sold foodstuff there for 19 years", "who taught at the school for three decades": a past
  // verb of trade with how long it lasted is a working life, not one sale.
  `(?:${PAST_TRADE_VERBS})(?= [^,;.:“”"()]{1,40}? for (?:\\d+|[a-z]+) (?:years|decades)\\b)`,
].join('|');

const JOB_CLAUSE = new RegExp(`^(?:${JOB_VERBS}) `);
// "who has lived on the canal for thirty years and chairs the residents' platform": the job may be
// the second of two things the clause tells.
const WHO_STATES_JOB = new RegExp(
  // "who farms 1.5 hectares", "who farms 1,200 acres": a stop or comma inside a number ends nothing.
  `^(?:who|which) ((?:[^,;.:“”"()]{1,80}? and )?)(?:${JOB_VERBS}) ((?:[^,;.:“”"()]|[.,](?=\\d))+)`,
);

/**
 * How much a stated role says of what someone is, best first: a job noun ("retired nurse"), then
 * what they do or where they are from ("who chairs the Friends of the Pier", "of the National
 * Trust"), which is the role only when the article gives no job.
 */
export function roleRank(role: string): number {
  // "his sister, Lim Siew Hoon" then "Lim Siew Hoon, who is an executive director": the job says more.
  if (namesKinOnly(role) || toldByWhatBefell(role)) return 2;
  // "Pol Maj Gen Anan Srisuk" then "the division's commander": the office says what the rank does not.
  if (statesJobByClause(role) || role.startsWith('led ') || isFormOfAddress(role)) return 1;
  // "senior shadow cabinet members X and Y": a job shared by a list says less than one's own.
  if (isPluralJob(role.slice(role.lastIndexOf(' ') + 1))) return 1;
  const words = role.split(/\s+/);
  const bodyOnly = words.every(
    (word) => /^\p{Lu}/u.test(word) || ['of', 'for', 'the', 'and', 'on'].includes(word),
  );
  // "Professor John Curtice, of the University of Strathclyde": a rank says more than where.
  return bodyOnly && !words.some((word) => isRoleNoun(word)) ? 1.5 : 0;
}

/** A role stated by a relative clause ("runs snorkelling tours") rather than by a job noun. */
export function statesJobByClause(role: string): boolean {
  return JOB_CLAUSE.test(role);
}

/** "X came off the bench", "X, who came on as a second-half substitute,": a player sent on. */
const OFF_THE_BENCH =
  /^(?:, (?:\d+, )?who | )(?:came|comes|had come|has come) (?:off the bench|on as an? (?:(?:second-half|first-half|late|early) )?(?:substitute|replacement))\b/;

const RANK_NUMBER =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\\d{1,3})';
/** Small words inside an event's name ('Masters and Open', 'Tour of Britain') that never open it. */
const WORDS_JOINING_AN_EVENT = new Set(['and', 'or', 'of', 'for']);

const ORDINAL_IN_A_DRAW = `(?:\\d{1,2}(?:st|nd|rd|th)|${[...STANDING_IN_A_DRAW].join('|')})`;

/**
 * A place in the rankings ("world number five", "British number one", "the number two seed") or
 * in the draw ("the 25th seeded American", "the third-seeded Frenchwoman", "an unseeded Russian").
 */
const STANDING_APPOSITIVE = new RegExp(
  `^(?:the |an? )?(?:(?:world|\\p{Lu}[\\p{L}-]+|women['’]s|men['’]s) )?(?:number|No\\.?) ${RANK_NUMBER}(?: seed)?$|^(?:the |an? )?(?:${ORDINAL_IN_A_DRAW}[- ])?(?:un)?seeded \\p{Lu}\\p{Ll}+$`,
  'u',
);

/** "world number five Lindsay Davenport", "British number one Anne Keothavong". */
const STANDING_BEFORE_A_NAME = new RegExp(
  `(?:^|[\\s(])((?:[Ww]orld|\\p{Lu}[\\p{L}-]+|women['’]s|men['’]s) (?:number|No\\.?) ${RANK_NUMBER}) $`,
  'u',
);

/** "John Smith, a Sunday Telegraph journalist," → "Sunday Telegraph journalist". */
function readRoleAfter(run: NameRun): string | null {
  const last = run.tokens[run.tokens.length - 1] as Token;
  const rest = run.text.slice(last.end);
  // "Chidi Okonkwo came off the bench to head the winner": a match report's way of saying substitute.
  if (OFF_THE_BENCH.test(rest)) return 'substitute';
  // "Grace Okafor, 34, is a nurse at St Thomas'": the job stated as the sentence's predicate.
  // "Sam Reyes, who is the group's treasurer,": a relative clause describes; it does not judge.
  const relative = /^, (?:\d+, )?who (?:is|was|has been) (?:a|an|the|his|her|their|[\p{L}]+['’]s) /u.exec(
    rest,
  );
  // "who was appointed chief executive in May", "who became mayor in 2022", "who took over as
  // coach in June", "who is also the party's treasurer": a job taken up, without when.
  const takenUp = relative ? null : JOB_TAKEN_UP.exec(rest);
  const clause = relative ?? takenUp;
  if (clause) {
    const phrase = withoutWhen((rest.slice(clause[0].length).split(/[,;.:“”"()]/)[0] ?? '').trim());
    const words = phrase.split(/\s+/);
    const roleIndex = words.findIndex((word) => isRoleNoun(word) || OFFICES_BY_INITIALS.has(word));
    if (roleIndex !== -1 && roleIndex <= 3 && words.length <= 10) return phrase;
    // "who is an executive director and oversees the group's refinery in Lahad Datu": a long clause
    // goes on to what the job involves; the job is the words before its "and".
    const andAt = words.indexOf('and', roleIndex + 1);
    if (roleIndex !== -1 && roleIndex <= 3 && andAt !== -1 && andAt <= 10)
      return words.slice(0, andAt).join(' ');
  }
  // "Maria Rossi is chief executive of Acme", "who was director until 2022": an office named
  // without an article, as reporters name one held alone.
  const bare = BARE_OFFICE.exec(rest);
  if (bare) {
    const phrase = withoutWhen((rest.slice(bare[0].length).split(/[,;.:“”"()]/)[0] ?? '').trim());
    const words = phrase.split(/\s+/);
    const roleIndex = words.findIndex((word) => isRoleNoun(word));
    let headAt = roleIndex;
    while (headAt !== -1 && isRoleNoun(words[headAt + 1] ?? '')) headAt++;
    const next = words[headAt + 1];
    // "was the head coach" is for the predicate below; "was best actress" is an award, not a job.
    // "was named player of the year": the verb of a naming; a post named so is read with its verb.
    if (
      !/^(?:a|an|the|his|her|their|its|best|worst|named|voted|crowned|awarded)$/.test(words[0] ?? '') &&
      roleIndex !== -1 &&
      roleIndex <= 1 &&
      words.length <= 10 &&
      (next === undefined || COMPLEMENT_LINKS.has(next) || next === 'to')
    )
      return phrase;
  }
  const predicate = /^(?:, \d+,)? (?:is|was|has been) (?:a|an|the|his|her|their) /u.exec(rest);
  if (predicate) {
    const phrase = (rest.slice(predicate[0].length).split(/[,;.:“”"()]/)[0] ?? '').trim();
    const words = phrase.split(/\s+/);
    const roleIndex = words.findIndex((word) => isRoleNoun(word));
    // A job says where it is done ("a nurse at", "the practice manager at a surgery"); "is a
    // fantastic player", "the best writer I've come across" judge rather than describe.
    const where = ['at', 'for', 'with', 'in'].includes(words[roleIndex + 1] ?? '');
    const bare = roleIndex === 0 && words.length === 1;
    if (roleIndex !== -1 && roleIndex <= 3 && words.length <= 10 && (where || bare)) return phrase;
    return null;
  }
  // "Robert Hale, who ran the firm for 30 years, will step down as chairman": a job left or kept
  // from now on is the one held today.
  const keptOrLeft = JOB_KEPT_OR_LEFT.exec(rest);
  if (keptOrLeft) {
    const phrase = withoutWhen(
      (rest.slice(keptOrLeft[0].length).split(/[,;.:“”"()]/)[0] ?? '').trim(),
    ).replace(/ (?:when|once|if|as soon as)\b.*$/, '');
    const words = phrase.split(/\s+/);
    const roleIndex = words.findIndex((word) => isRoleNoun(word));
    // "is to step down as an MP at the election": one seat among many, not the office named elsewhere.
    if (roleIndex !== -1 && roleIndex <= 2 && words.length <= 8 && !/^an?$/.test(words[0] ?? ''))
      return phrase;
  }
  // "Maria Kowalski — the group's founder — said", "X (pictured), the party's leader, said": a dash
  // sets an appositive off as a comma does, and a picture's pointer stands outside the sentence.
  // "Maria Kowalski, 34, from Leeds, a nurse," : an age and a home town come before the job.
  // "Naoko Ito of the Kyoto Institute, a geochemist who": so does where someone works.
  const opening =
    /^(?: \((?:pictured|left|right|centre|center|above|below|inset)\))?, (?:\d+, )?(?:from \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*, (?=an? ))?|^ [—–] |^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of|for|the|and|on|\p{Lu}[\p{L}'’-]*))*, (?=an? )/u.exec(
      rest,
    );
  if (!opening) return null;
  // "asked Mary Akinyi, whose mother has diabetes": what brings someone into the story, told by
  // who in their family it befell, is all a reader learns of them.
  const befell = WHOSE_KIN.exec(rest.slice(opening[0].length))?.[0];
  if (
    befell !== undefined &&
    befell.split(' ').length <= 10 &&
    befell.split(' ').every((word) => !isCapitalised(word) || CALENDAR_WORDS.has(word))
  )
    return befell;
  // "Sam Okonjo, who runs snorkelling tours," "X, who heads the local branch of…": a relative
  // clause with a verb of running something is how reporters state a job without a title.
  const runsSomething = WHO_STATES_JOB.exec(rest.slice(opening[0].length));
  if (runsSomething) {
    // "who grows cocoa on four hectares near Sefwi Wiawso in the Western North Region": where they
    // do it is no part of the job once the clause runs long.
    const clause = runsSomething[0].replace(/^(?:who|which) /, '').slice(runsSomething[1]?.length ?? 0);
    const words = `who ${clause}`.split(/\s+/);
    const placeAt = words.findIndex((word, at) => at > 3 && /^(?:in|near|on|outside|since|from)$/.test(word));
    const job = words.length > 13 && placeAt !== -1 ? words.slice(0, placeAt) : words;
    if (job.length <= 13)
      return withoutWhen(
        job
          .join(' ')
          .replace(/^(?:who|which) /, '')
          .trim(),
      );
  }
  // "who signed the delivery receipts as the company's operations manager", "who gave evidence as
  // the club's safeguarding officer": the capacity someone acted in is the job they hold.
  const actedAs = capacityActedIn(rest.slice(opening[0].length));
  if (actedAs) return actedAs;
  // "Christine Rose-Bodden, of the National Trust for the Cayman Islands, said": the body someone
  // speaks from, set off as reporters set off a job, says what they are there.
  const body = BODY_AFFILIATION.exec(rest.slice(opening[0].length))?.[1];
  if (body?.split(' ').some((word) => ORGANISATION_HEADS.has(word.toLowerCase()))) return body;
  // The appositive runs to the next punctuation, and stops before a relative clause or a verb.
  let phrase = rest.slice(opening[0].length).split(/[,;.:“”"()—–]| - /)[0] ?? '';
  // "formerly the club's chief executive": a job held before is still said of them.
  const before =
    /^(?:formerly|previously) (?=(?:a|an|the|his|her|its|their|\p{L}+['’]s) )/u.exec(phrase)?.[0] ?? '';
  phrase = phrase.slice(before.length);
  phrase = phrase.split(/\s+(?:who|which|whose|that|said|says|told|added)\b/)[0]?.trim() ?? '';
  // "director of the group Safe Streets Las Vegas and no relation to the commissioner": a long
  // appositive that goes on after "and" to something else keeps the job before it.
  const longAnd = phrase.split(/\s+/).indexOf('and');
  const beforeAnd = phrase.split(/\s+/).slice(0, longAnd);
  if (
    phrase.split(/\s+/).length > 12 &&
    longAnd > 1 &&
    longAnd <= 12 &&
    // "about Iraqi life during and after the war": "and" joining two small words joins no clauses.
    !ROLE_STOP_WORDS.has(beforeAnd.at(-1) ?? '') &&
    !beforeAnd.some(
      (word) => /^(?:has|have|had|is|are|was|were|will|would)$/.test(word) || isCourtesyTitle(word),
    )
  )
    phrase = beforeAnd.join(' ');
  const words = phrase.split(/\s+/);
  // "head of the Sfax regional branch of the Tunisian Union of Agriculture and Fisheries": a job
  // with the body it is of may name that body at length.
  // "an auto industry analyst at the University of Windsor's Odette School of Business": a job may
  // take an article and two words of its field before it.
  const jobOfBody =
    words.slice(0, 5).some((word, at) => isRoleNoun(word) && COMPLEMENT_LINKS.has(words[at + 1] ?? '')) &&
    namesBodyInFullWords(words.slice(11));
  if (phrase === '' || words.length > (jobOfBody ? 16 : 12)) return null;
  // "France's Arnaud Clement, while defending champion Roger Federer faces…": a clause, not an appositive.
  if (
    /^(?:who|whose|which|where|when|whom|while|whilst|although|though|because|but|and|or|if|as|after|before|since|until|whereas|so)$/i.test(
      words[0] ?? '',
    )
  )
    return null;
  // "Emma Hart, 52, lost her son in the crash": after the age comes the sentence's verb, not a role.
  // "a retired teacher" keeps its participle: only a verb taking an object or a preposition is cut.
  if (PAST_TENSE_OPENERS.test(words[0] ?? '') && VERB_OBJECT_STARTS.has(words[1]?.toLowerCase() ?? ''))
    return null;
  if (!/^(?:a|an|the|his|her|its|their|[\p{L}]+['’]s|[\p{L}][\p{L}-]+)$/u.test(words[0] ?? '')) return null;
  // "one of the march's organisers": after "one of", a job in the plural.
  const oneOf = /^one of$/i.test(words.slice(0, 2).join(' '));
  const roleIndex = words.findIndex(
    (word) => isRoleNoun(word) || (oneOf && /[^s]s$/.test(word) && isRoleNoun(word.slice(0, -1))),
  );
  // "Gurpreet Kaur, sarpanch of Bhattian village, said": a bare noun of a named place or body is an
  // office, whatever the local word for it.
  if (roleIndex === -1 && words.length <= 6 && OFFICE_OF_NAMED.test(phrase))
    return phrase.replace(/^the /, '');
  // "Abdul Mannan, a rickshaw puller from Bakalia": a trade the lexicon lacks, told by a doer's
  // noun after what is worked on.
  if (roleIndex === -1 && tradeByDoerNoun(words)) return phrase.replace(/^an?\s+/i, '');
  // "Lisa Raymond, the 25th seeded American", "X, the world number five", "X, the British number
  // one": a player is described by where the rankings or the draw put them.
  if (roleIndex === -1 && STANDING_APPOSITIVE.test(phrase)) return phrase.replace(/^(?:the|an?) /, '');
  if (roleIndex === -1 || roleIndex > 6) return null;
  // "At Black River Primary, principal Sharon Whittingham-Lewis said": a role followed by a name
  // is that name's title, not a description of the name before the comma.
  const nextWord = words[roleIndex + 1];
  // "director Sir Richard Eyre": a courtesy title after the job opens the holder's name.
  if (
    nextWord !== undefined &&
    /^\p{Lu}/u.test(nextWord) &&
    (!isTitleWord(nextWord) || (isCourtesyTitle(nextWord) && /^\p{Lu}/u.test(words[roleIndex + 2] ?? '')))
  )
    return null;
  // Without an article the appositive must open on its role: "director general of the Chambers";
  // "one of the march's organisers" is determined as an article would determine it.
  // "Hull City Council's portfolio holder for health": an owner named in full is determined too.
  const ownerEnd = words.findIndex((word) => /['’]s$/.test(word));
  const ownedInFull =
    ownerEnd !== -1 &&
    ownerEnd < roleIndex &&
    words.slice(0, ownerEnd + 1).every((word) => /^\p{Lu}/u.test(word)) &&
    words.slice(ownerEnd + 1, roleIndex + 2).every((word) => !/^\p{Lu}/u.test(word));
  if (
    !/^(?:a|an|the|his|her|its|their|one)$/i.test(words[0] ?? '') &&
    !/['’]s$/.test(words[0] ?? '') &&
    !ownedInFull &&
    roleIndex > 2
  ) {
    return null;
  }
  if (/\b(?:was|is|has|had|were|are)\b/.test(words.slice(0, roleIndex + 1).join(' '))) return null;
  return before === '' ? phrase.replace(/^(?:a|an|the)\s+/i, '') : `${before}${phrase}`;
}

/**
 * A relative clause telling an act done "as" someone's post: up to eight words of the act, then the
 * post, owned or determined or bare. "such as", "as well as" and "as soon as" compare or time, so the
 * word after "as" must open a job phrase whose job noun comes within three words.
 */
const ACTED_AS =
  /^who (?!(?:is|was|has been|had been|became|becomes|serves|served)\b)(?:[\p{L}\d'’-]+ ){1,8}?as ((?:(?:a|an|the|his|her|their|its|[\p{L}-]+['’]s) )?[^,;.:“”"()]+)/u;

/**
 * "who shot to fame as the nanny", "who played him as a villain": a part in a film or a name given by
 * others; "who took him to Ibrox as his assistant": the capacity is the other person's.
 */
const NOT_ONE_OWN_CAPACITY =
  /\b(?:fame|famous|known|played|plays|starred|stars|appeared|appears|cast|portrayed|voiced|dressed|posed|remembered|hailed|described|regarded|seen|branded|dubbed|billed|him|them|us|me|her)\b/;

function capacityActedIn(clause: string): string | null {
  const acted = ACTED_AS.exec(clause);
  if (!acted || NOT_ONE_OWN_CAPACITY.test(acted[0].slice(0, acted[0].length - (acted[1]?.length ?? 0))))
    return null;
  const words = withoutWhen(acted[1] ?? '').split(/\s+/);
  const roleIndex = words.findIndex((word) => isRoleNoun(word));
  if (roleIndex === -1 || roleIndex > 3) return null;
  // "as a mother", "as a witness": how someone stands in the story, not a post.
  if (
    namesKinOnly(words[roleIndex] ?? '') ||
    /^(?:witness|victim|fan|member|result)$/.test(words[roleIndex] ?? '')
  )
    return null;
  let end = roleIndex;
  while (isRoleNoun(words[end + 1] ?? '')) end++;
  const post = words
    .slice(0, end + 1)
    .join(' ')
    .replace(/^(?:a|an|the)\s+/i, '');
  // "who previously worked as a lawyer": a post left behind is told as one.
  return /\b(?:previously|formerly|once|used to)\b/.test(acted[0]) ? `former ${post}` : post;
}

/** "whose mother has diabetes", "whose son was admitted on Monday": no capitals, no other name. */
const WHOSE_KIN = new RegExp(
  `^whose (?:${KIN_WORDS.join('|')}|children|child|baby|parents|family) [^,;.:“”"()]+`,
);

/** "whose son was admitted on Monday": what befell someone's family, not what they are. */
function toldByWhatBefell(role: string): boolean {
  return role.startsWith('whose ');
}

/** A doer's noun: "puller", "picker", "sweeper", "tailor". */
const DOER_NOUN = /^\p{Ll}{3,}(?:er|or)$/u;

/** "a supernatural horror", "a psychological thriller": what is worked on is a noun, not a quality. */
const ADJECTIVE_ENDING = /(?:ly|al|ic|ous|ive|ful|less|able|ible|ish)$/;

/** What may follow a trade in its appositive: where it is plied, or nothing. */
const TRADE_LINKS = new Set(['from', 'in', 'at', 'on', 'near', 'for', 'with', 'of', 'outside']);

/**
 * "a rickshaw puller", "a fruit picker from Mildura", "an onion seller in the market": an
 * indefinite article, one or two lower-case words for what is worked on, then a doer's noun.
 * Words that name a firm as often ("a drug maker", "a cargo carrier") are no person's trade.
 */
function tradeByDoerNoun(words: readonly string[]): boolean {
  if (!/^an?$/i.test(words[0] ?? '')) return false;
  const linkAt = words.findIndex((word, at) => at > 0 && TRADE_LINKS.has(word));
  const noun = linkAt === -1 ? words.slice(1) : words.slice(1, linkAt);
  const head = noun.at(-1) ?? '';
  return (
    noun.length >= 2 &&
    noun.length <= 3 &&
    DOER_NOUN.test(head) &&
    !JOBS_ONLY_BEFORE_A_NAME.has(head) &&
    !BUSINESS_AGENT_NOUNS.has(head) &&
    !THINGS_ENDING_LIKE_DOERS.has(head) &&
    noun
      .slice(0, -1)
      .every(
        (word) =>
          /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !ROLE_STOP_WORDS.has(word) && !ADJECTIVE_ENDING.test(word),
      )
  );
}

// "and his younger brother Joeli Ravuci joins from the Fiji Warriors as defence coach": a post
// taken up now, with where its holder comes from, is told as one kept from now on.
const JOB_KEPT_OR_LEFT =
  /^(?:, [^.“”"]{1,160}?,)? (?:(?:will|is to|is set to|is due to|is expected to|plans to|is) (?:step down|stepping down|stay on|staying on|remain|continue|retire|retiring)|(?:joins|has joined|will join|is joining|returns|has returned|will return|arrives|has arrived|will arrive|steps up|has stepped up)(?: from (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4})?) as (?:(?:the|its|his|her|their) )?/u;

const BODY_AFFILIATION =
  /^of (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:of|for|the|and|on|\p{Lu}[\p{L}'’-]*))*)(?=[,;.]|$)/u;

const JOB_TAKEN_UP =
  /^, (?:\d+, )?who (?:(?:is|was|has been) (?:also|now|currently|still) |(?:was|has been|had been) (?:appointed|named|elected|made|promoted to|sworn in as) (?:as )?|(?:became|becomes|has become|serves as|served as|has served as|took over as|takes over as|has taken over as|stepped in as) )(?:(?:a|an|the|his|her|their) )?/u;

/**
 * Offices written by their initials once a clause says the job was taken up ("who took over as GM");
 * elsewhere "GM" is as often the carmaker.
 */
const OFFICES_BY_INITIALS = new Set(['GM', 'CEO', 'CFO', 'COO', 'CTO', 'MD']);

/** Words that open when a job was taken up: "in May", "in 2022", "last year", "since March". */
const WHEN_OPENERS =
  / (?:(?:in|on) (?:\d{4}\b|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|during) the (?:summer|spring|autumn|fall|winter|end|middle|start)|last|earlier|since|until|after|before|during|following|this (?:year|month|week))\b.*$/u;

/** "for 16 years", "for more than a decade": how long a job has been held is no part of it. */
const TENURE =
  / for (?:(?:more than|nearly|almost|over|about|the past|the last) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-?[a-z]*) (?:years?|decades?|months?)\b.*$/u;

// "who sold fabrics there for 22 years": a past trade is told by how long it lasted, so it keeps it.
const PAST_TRADE_OPENING = new RegExp(`^(?:${PAST_TRADE_VERBS})\\b`);

function withoutWhen(phrase: string): string {
  const timeless = phrase.replace(WHEN_OPENERS, '');
  return PAST_TRADE_OPENING.test(timeless) ? timeless : timeless.replace(TENURE, '');
}

const BARE_OFFICE =
  /^(?:, (?:\d+, )?who|(?:, \d+,)?) (?:is|was|has been)(?: (?:also|now|currently|still))? (?=\p{Ll})/u;

const OFFICE_OF_NAMED = /^(?:the )?(?!\p{Ll}+ly )\p{Ll}[\p{L}-]+ of (?:the )?\p{Lu}/u;

/** Titles shortened before a name ("Gov. Kristen Tollefson"), so "the governor" finds her later. */
const ABBREVIATED_ROLES = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['lt', 'lieutenant'],
  ['capt', 'captain'],
  ['sgt', 'sergeant'],
  ['adm', 'admiral'],
  ['cmdr', 'commander'],
  ['supt', 'superintendent'],
  ['insp', 'inspector'],
  ['det', 'detective'],
  ['prof', 'professor'],
  ['cllr', 'councillor'],
  ['cr', 'councillor'],
  ['coun', 'councillor'],
  ['ald', 'alderman'],
  ['maj', 'major'],
  ['brig', 'brigadier'],
]);

/** "vice-chair", "co-founder", "deputy-governor": a role noun with its rank joined on is a job of its own. */
const RANKED_ROLE = /^(?:vice|co|deputy|assistant|acting|joint)-\p{L}+$/u;

function isRankedRoleNoun(word: string): boolean {
  return RANKED_ROLE.test(word) && isRoleNoun(word);
}

export function roleKeyOf(role: string): RoleKey | null {
  // "Maj-Gen" is a general, found later as "the general".
  const words = role
    .replace(/['’]s\b/g, "'s")
    .split(/\s+/)
    .flatMap((word) => (isRankCompound(word) ? word.split('-') : [word]));
  let place: string | null = null;
  for (const word of words) {
    const bare = word.replace(/'s$/, '');
    if (word.endsWith("'s") && isPlaceWord(bare)) place = bare;
    else if (DEMONYM_TO_PLACE.has(word.toLowerCase()))
      place = DEMONYM_TO_PLACE.get(word.toLowerCase()) ?? null;
  }
  const lower = words.map((word) => {
    const bare = word.toLowerCase().replace(/\.$/, '');
    return ABBREVIATED_ROLES.get(bare) ?? bare;
  });
  let headEnd = -1;
  for (let index = lower.length - 1; index >= 0; index--) {
    if (ROLE_NOUNS.has(lower[index] ?? '') || isRankedRoleNoun(lower[index] ?? '')) {
      headEnd = index;
      break;
    }
  }
  if (headEnd === -1) return null;
  let headStart = headEnd;
  while (headStart > 0) {
    const previous = lower[headStart - 1] ?? '';
    if (!(TITLE_MODIFIERS.has(previous) || ROLE_NOUNS.has(previous)) || TRANSIENT_MODIFIERS.has(previous))
      break;
    headStart--;
  }
  return { place, head: lower.slice(headStart, headEnd + 1).join(' ') };
}

/** "Goal shoot Mere Tipene, Aroha's older sister,": in a match report the position is the role. */
function twoWordPositionBefore(run: NameRun): string | null {
  const first = run.paragraphTokens[run.firstIndex - 2];
  const second = run.paragraphTokens[run.firstIndex - 1];
  if (!first || !second || run.text.slice(first.end, second.start) !== ' ') return null;
  if (run.text.slice(second.end, run.paragraphTokens[run.firstIndex]?.start).trim() !== '') return null;
  const phrase = `${first.word} ${second.word}`;
  return TWO_WORD_POSITIONS.has(phrase.toLowerCase()) ? phrase : null;
}

/** The role the article states for the name in this run: before it, in its own title, or after it. */
export function statedRole(run: NameRun): string | null {
  const position = run.prefix.length === 0 ? twoWordPositionBefore(run) : null;
  if (position !== null) return position;
  const title = titleInRun(run);
  // "Sheikh Hussein Abu Khalil, a tribal elder": a courtesy title says less than the appositive.
  const courtesyOnly = title?.split(/\s+/).every((word) => HONORIFICS.has(word.toLowerCase())) ?? false;
  if (courtesyOnly) return roleBefore(run) ?? roleAfter(run) ?? title;
  // "The 58-year-old, Torben Vestergaard,": the phrase set off before the name shows a person, but
  // an age tells how old, never what someone does.
  const setOffBefore = roleBefore(run);
  const before = setOffBefore !== null && AGE_BEFORE_JOB.test(setOffBefore) ? null : setOffBefore;
  const addressedAs = before ?? title;
  if (addressedAs !== null && isFormOfAddress(addressedAs)) {
    const office = officeBesideAddress(run);
    if (office !== null) return office;
  }
  // "Her colleague and namesake, Nino Gelashvili, an MP from the same faction": a relation set off
  // before the name says how two people stand, the job after it what this one is.
  if (before !== null && title === null && (!namesAJob(before) || namesKinOnly(before))) {
    const after = roleAfter(run);
    if (after !== null && namesAJob(after) && !statesJobByClause(after)) return after;
    // "Her son, Luis Reyes, who manages the bakery's second location", "His neighbour, X, who owns
    // a building": what someone does for a living says more than how they stand to another.
    // "His brother, X, who drives him to treatment": a service done for one person is no trade.
    if (after !== null && statesJobByClause(after) && !FOR_ONE_PERSON.test(after)) return after;
  }
  // "Fiona Laing KC, who represents the owners": the rank the letters give is the job the clause tells.
  if (before === null && title === null) {
    const after = roleAfter(run);
    const counsel = after !== null && statesJobByClause(after) ? counselInCourt(run) : null;
    if (counsel !== null) return counsel;
  }
  // "have appointed former Fiji flanker X as head coach": the post given now outranks one held before.
  if (before === null || /^(?:former\b|ex-)/i.test(before)) {
    const appointed = postAppointedTo(run);
    if (appointed !== null) return appointed;
  }
  return (
    before ??
    title ??
    roleAfter(run) ??
    roleByPassive(run) ??
    titleOverList(run) ??
    counselInCourt(run) ??
    officeIntroducedJustBefore(run) ??
    academicRank(run) ??
    workmateBefore(run)
  );
}

/** A sentence that opens on an office held by no one named yet: "The Principal of the college said". */
const UNNAMED_OFFICE_SENTENCE =
  /(?:^|[.!?]["”’]?\s+)The ((?:\p{Lu}[\p{L}-]* ){0,3}\p{Lu}[\p{L}-]* of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of |the |and )?\p{Lu}[\p{L}'’-]*){0,6})[^.!?“”"]*?\b(?:said|says|told|added)\b[^.!?]*[.!?]["”’]?\s+$/u;

/**
 * "The Principal of Government Medical College said tendering would begin. Prof. Masood Shah said
 * the unit would cost Rs 14 crore.": an office introduced without a holder, then a name given
 * only a courtesy title in the next sentence, is that holder.
 */
function officeIntroducedJustBefore(run: NameRun): string | null {
  if (!run.prefix.some((token) => isCourtesyTitle(token.word) || PROFESSOR_SHORT.test(token.word)))
    return null;
  const start = run.paragraphTokens[run.firstIndex]?.start ?? 0;
  const office = UNNAMED_OFFICE_SENTENCE.exec(run.text.slice(Math.max(0, start - 300), start))?.[1];
  if (office === undefined) return null;
  const head = office.split(' of ')[0] ?? '';
  return head.split(' ').some((word) => isRoleNoun(word) && !HONORIFICS.has(word.toLowerCase()))
    ? office
    : null;
}

const OWNERS_OF_A_RELATION = new Set(['his', 'her', 'their', 'our', 'my']);

/**
 * "Her colleague Hernán Ruiz, who is not related to her, said", "His teammate, Joel Okafor,": how
 * one stands to the person just named, when nothing says more.
 */
function workmateBefore(run: NameRun): string | null {
  const tokens = run.paragraphTokens;
  const noun = tokens[run.firstIndex - 1];
  const owner = tokens[run.firstIndex - 2];
  const first = tokens[run.firstIndex];
  if (!noun || !owner || !first || run.prefix.length > 0) return null;
  const gap = run.text.slice(noun.end, first.start);
  if (gap !== ' ' && gap !== ', ') return null;
  if (!WORKMATE_NOUNS.has(noun.word.toLowerCase()) || !OWNERS_OF_A_RELATION.has(lowerWord(owner)))
    return null;
  return noun.word.toLowerCase();
}

/** A rank or style of address and nothing else: "Pol Maj Gen", "Professor Dr", "Chief", "Lt-Col". */
export function isFormOfAddress(role: string): boolean {
  return role.split(/\s+/).every((word) => {
    const bare = word.toLowerCase().replace(/\.$/, '');
    return RANKS_OF_ADDRESS.has(bare) || isCourtesyTitle(word) || isRankCompound(bare);
  });
}

/**
 * "DGHS Director (Disease Control) Professor Dr Md Halimur Rashid", "Pol Maj Gen Anan Srisuk,
 * commander of the Tak immigration division,": the office written beside a rank or style of
 * address, before it with its specialism in brackets or set off after the name.
 */
function officeBesideAddress(run: NameRun): string | null {
  const tokens = run.paragraphTokens;
  const titleStart = tokens[run.firstIndex];
  const beforeTitle = tokens[run.firstIndex - 1];
  if (titleStart && beforeTitle && run.text.slice(beforeTitle.end, titleStart.start) === ') ') {
    const bracketed = bracketedRoleBefore(run, run.firstIndex);
    if (bracketed !== null) return bracketed;
  }
  const after = roleAfter(run);
  return after !== null && namesAJob(after) && !namesKinOnly(after) && !statesJobByClause(after)
    ? after
    : null;
}

const APPOINTING_VERB_BEFORE =
  /\b(?:appointed|appoint|appoints|named|names|hired|hires|installed|installs|elected|elects)\b[^.!?,;:“”"]{0,60}$/;

const POST_AFTER = /^ as (?:the |its |their |his |her |new |interim )*([^,;.:“”"()]+)/;

/** What ends the post given: when, for how long, or whom it replaces. */
const POST_END =
  /\s(?:on|in|for|until|from|after|with|following|replacing|to|last|this|next|earlier|yesterday|today)\b.*$/;

/**
 * "X has been appointed head coach of the side", "X was named as chief executive", "X will take over
 * as principal": the subject given a post, told in the passive or by taking over.
 */
const POST_GIVEN_TO_SUBJECT =
  /^(?:, \d{1,3},)? (?:(?:has|have|had) been|was|were|is|is being|will be|is to be|has now been) (?:appointed|named|elected|installed|confirmed|hired|unveiled|made|promoted to|sworn in)(?: as)? (?:the |its |their |his |her |new |interim )*([^,;.:“”"()]+)|^(?:, \d{1,3},)? (?:takes|took|will take|has taken|is to take|is set to take) over as (?:the |its |their |his |her |new |interim )*([^,;.:“”"()]+)/;

const AWARD_NAMED =
  /^(?:best|worst|most)\b|\bof the (?:year|month|week|match|season|series|tournament|decade)\b/i;

/** "Leeds named Sam Allardyce as manager until May": the post a person is given in the sentence. */
function postAppointedTo(run: NameRun): string | null {
  const first = run.paragraphTokens[run.firstIndex];
  const last = run.tokens.at(-1);
  if (!first || !last) return null;
  const following = run.text.slice(last.end, last.end + 120);
  const givenToSubject = POST_GIVEN_TO_SUBJECT.exec(following);
  if (givenToSubject) {
    // The news is the post now given: "head coach of the Heartland side" names the side as well.
    const post = (givenToSubject[1] ?? givenToSubject[2] ?? '').replace(POST_END, '').trim();
    // "was named best actor", "named player of the year": an award given, not a post.
    if (AWARD_NAMED.test(post)) return null;
    const words = post.split(/\s+/);
    const roleAt = words.findIndex((word) => isRoleNoun(word));
    return roleAt !== -1 && roleAt <= 2 && words.length <= 8 ? post : null;
  }
  if (!APPOINTING_VERB_BEFORE.test(run.text.slice(Math.max(0, first.start - 80), first.start))) return null;
  const post = POST_AFTER.exec(following)?.[1]?.replace(POST_END, '').trim();
  if (!post) return null;
  const words = post.split(/\s+/);
  return words.length <= 5 && words.some((word) => isRoleNoun(word)) ? post : null;
}

const PROFESSOR_SHORT = /^Prof\.?$/;

/**
 * "said Prof. Kenji Sato of Hokkaido University": written short, a professor's title reads as a
 * courtesy like "Dr", yet it is the one job the article gives.
 */
function academicRank(run: NameRun): string | null {
  const rank = run.prefix.find((token) => PROFESSOR_SHORT.test(token.word));
  return rank ? 'professor' : null;
}

const COUNSEL_LETTERS_AFTER = new RegExp(`^,? (${[...COUNSEL_LETTERS.keys()].join('|')})\\b`);

/** A court report's opening for the barrister of each side: "Defending, Gareth Pryce said…". */
const SIDE_ARGUED_BEFORE = new RegExp(`(?:^|[.!?]["”’]?\\s+)(${[...COUNSEL_OF_SIDE.keys()].join('|')}), $`);

/**
 * "Prosecuting for the council, Helen Armitage said", "Representing Siddiqui, Daniel Okonkwo
 * said": the side named, told as the report tells it.
 */
const SIDE_NAMED_BEFORE =
  /(?:^|[.!?]["”’]?\s+)((?:Defending|Prosecuting|Representing|Acting for|Appearing for) [^,.;:“”"]{1,40}), $/;

/**
 * "For the developer, Michael Burke SC said", "Defending, Gareth Pryce said": a court report names
 * the barristers by the letters of their rank or by the side they argue, not by a job noun.
 */
function counselInCourt(run: NameRun): string | null {
  const last = run.core.at(-1);
  const first = run.paragraphTokens[run.firstIndex];
  if (!last || !first) return null;
  const letters = COUNSEL_LETTERS_AFTER.exec(run.text.slice(last.end, last.end + 6))?.[1];
  if (letters !== undefined) return COUNSEL_LETTERS.get(letters) ?? null;
  const side = SIDE_ARGUED_BEFORE.exec(run.text.slice(Math.max(0, first.start - 16), first.start))?.[1];
  if (side !== undefined) return COUNSEL_OF_SIDE.get(side) ?? null;
  const named = SIDE_NAMED_BEFORE.exec(run.text.slice(Math.max(0, first.start - 60), first.start))?.[1];
  return named === undefined ? null : named.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
}

/** An age set off by commas after a name in a list. */
const AGE_AFTER_NAME = /^\d{1,3}$/;

/** How far back a list of names may reach for the plural title that leads it. */
const LIST_REACH = 24;

/**
 * "followed by Justices Paulo Moura, Ricardo Teixeira and Marta Nogueira", "Councilwomen Denise
 * Carter and Ruby Okoye": a plural title before a list of names is each one's office, the later
 * names' too, though only the first stands beside it.
 */
function titleOverList(run: NameRun): string | null {
  const tokens = run.paragraphTokens;
  const first = tokens[run.firstIndex];
  const before = tokens[run.firstIndex - 1];
  if (!first || !before) return null;
  const gapToName = run.text.slice(before.end, first.start);
  if (gapToName !== ', ' && !(before.word === 'and' && gapToName === ' ')) return null;
  const reach = Math.max(0, run.firstIndex - LIST_REACH);
  for (let index = run.firstIndex - 1; index >= reach; index--) {
    const token = tokens[index] as Token;
    const gap = run.text.slice(token.end, (tokens[index + 1] as Token).start);
    if (gap !== ' ' && gap !== ', ') return null;
    if (token.word === 'and') continue;
    // "Constables Sipho Mahlangu, 31, Thabo Mahlangu, 28, and Johanna van der Merwe": court and
    // police reports give each one's age set off after the name.
    if (AGE_AFTER_NAME.test(token.word) && gap === ', ' && tokens[index - 1] !== undefined) {
      const gapBefore = run.text.slice((tokens[index - 1] as Token).end, token.start);
      if (gapBefore === ', ') continue;
    }
    if (gap === ' ' && index < run.firstIndex - 1 && pluralJobAt(run, index))
      return pluralJobPhrase(run, index);
    if (!isCapitalised(token.word) && !isNameParticle(token.word)) return null;
    const singular = singularOfTitle(token.word);
    if (singular === null) continue;
    // "Before a statement to MPs, Mr X", "Pixies, Foo Fighters and Iron Maiden", "The Producers,
    // Mary Poppins": a title set off by a comma, inside a capitalised name or after "the" leads no list.
    if (gap !== ' ') return null;
    let begin = index;
    while (
      begin > 0 &&
      isCapitalised((tokens[begin - 1] as Token).word) &&
      TITLE_MODIFIERS.has((tokens[begin - 1] as Token).word.toLowerCase()) &&
      run.text.slice((tokens[begin - 1] as Token).end, (tokens[begin] as Token).start) === ' '
    )
      begin--;
    const ahead = tokens[begin - 1];
    const aheadGap = ahead ? run.text.slice(ahead.end, (tokens[begin] as Token).start) : '';
    if (ahead && aheadGap === ' ' && (isCapitalised(ahead.word) || ahead.word === 'the')) return null;
    return `${run.text.slice((tokens[begin] as Token).start, token.start)}${singular}`;
  }
  return null;
}

const FOR_ONE_PERSON = /^\S+ (?:him|her|them|me|us)\b/;

/** Small words inside a body's name: "the Museum of the Netherlands", "the Society for Art and Design". */
const BODY_NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'a', 'an']);

/**
 * "chaired by", "founded by": what whoever does that for a body does, told as the clause "who
 * chairs it" would tell it, so a job named by a noun elsewhere in the story comes first.
 */
const JOB_OF_PASSIVE = new Map([
  ['chaired', 'chairs'],
  ['headed', 'heads'],
  ['founded', 'founded'],
  ['co-founded', 'co-founded'],
  ['managed', 'manages'],
  ['directed', 'directed'],
  ['coached', 'coaches'],
  ['captained', 'captains'],
  ['owned', 'owns'],
  ['edited', 'edits'],
  // "The team, led by Dr Sanne de Vries": told as the article tells it, since "leads" may be over.
  ['led', 'led'],
]);

/**
 * "the Colonial Collections Committee, which is chaired by Margriet van den Berg", "a charity
 * founded by Ama Boateng": a body named first and its head after "by". Without the body set off
 * as its own noun phrase ("Cinderella Man, directed by…") the sentence says too little to tell.
 */
const PASSIVE_JOB_BEFORE =
  /\b((?:[Tt]he|[Aa]n?) (?:[\p{L}'’-]+ ){0,5}?[\p{L}'’-]+),? (?:(?:which|that) )?(?:(?:is|was|has been|had been|are|were) )?(?:(?:now|currently|also|jointly) )?(chaired|headed|co-founded|founded|managed|directed|coached|captained|owned|edited|led) by $/u;

function roleByPassive(run: NameRun): string | null {
  const start = (run.tokens[0] as Token).start;
  const match = PASSIVE_JOB_BEFORE.exec(run.text.slice(Math.max(0, start - 90), start));
  if (!match) return null;
  // "The team, led by Dr X, found…" names who heads it; "the march was led by X" tells one deed.
  if (match[2] === 'led' && !match[0].endsWith(', led by ')) return null;
  const job = JOB_OF_PASSIVE.get(match[2] ?? '') ?? '';
  // "after the committee met the board chaired by X": the body is the last noun phrase only.
  const words = (match[1] ?? '').split(' ');
  const clauseWord = words.findLastIndex((word) => ROLE_STOP_WORDS.has(word) && !BODY_NAME_LINKS.has(word));
  const from = words.findIndex(
    (word, at) => at > clauseWord && ['the', 'a', 'an'].includes(word.toLowerCase()),
  );
  if (from === -1) return null;
  const body = words.slice(from).join(' ');
  return `${job} ${body.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}`.replace(/\s+[-–—]$/, '');
}

function namesKinOnly(role: string): boolean {
  const nouns = role.split(/\s+/).filter((word) => isRoleNoun(word.replace(/[,.;:]$/, '')));
  // "her son-in-law": kin by marriage.
  return (
    nouns.length > 0 &&
    nouns.every((word) =>
      KIN.has(
        word
          .replace(/[,.;:]$/, '')
          .replace(/-in-law$/, '')
          .toLowerCase(),
      ),
    )
  );
}

function namesAJob(role: string): boolean {
  // "a seven-time All-Ireland winner as a player": what someone was "as a player" is a past career.
  const current = role.split(PAST_CAREER)[0] ?? role;
  return current.split(/\s+/).some((word) => isRoleNoun(word.replace(/[,.;:]$/, '')));
}

/** "as a player", "as a young reporter": the career an achievement belongs to, not a job held now. */
const PAST_CAREER = /\s+as\s+(?:a|an)\s+/;

/** The title words the run itself carries ("President" in "President Putin") when nothing precedes them. */
function titleInRun(run: NameRun): string | null {
  if (!run.prefix.some((token) => ROLE_NOUNS.has(token.word.toLowerCase()) || isRankCompound(token.word)))
    return null;
  const first = run.prefix.find((token) => !NEVER_NAME_WORDS.has(token.word) || isTitleWord(token.word));
  const last = run.prefix[run.prefix.length - 1] as Token;
  return first ? run.text.slice(first.start, last.end) : null;
}

/** A job a story names with no holder beside it, and where it stands in reading order. */
interface UnheldJob {
  role: string;
  /** Paragraph number times the order step, plus the offset of the job's determiner. */
  order: number;
  paragraph: number;
  /** Told in the story's first paragraph without a name ("A former senior officer … has been jailed"). */
  lede: boolean;
  /** Told with "a"/"an": someone not met before ("a member of the finance committee said"). */
  indefinite: boolean;
}

/** Where a sentence may open on "The"/"A"/"An": a paragraph's start, a full stop, or a quotation's close. */
const SENTENCE_DETERMINER =
  /(?:^|[.!?]["”’]?\s+|[,?!]["”’]\s+|\b(said|says|added) |, )(The|the|An?|an?|Its|Their) /g;

/** A sentence's opening that tells where or when, before the comma that leads to its subject. */
const FRONTED_SETTING =
  /(?:^|[.!?]["”’]?\s+)(?:In|At|On|Across|Outside|Inside|Near|Elsewhere|Meanwhile|Later|Earlier|Separately|Nearby|Before|After|During|When|While|Once|Until)\b[^,.;:“”"]{0,36}$/;

/** "The club's chief executive later said": an adverb between the job and its verb. */
const BEFORE_VERB = /^(?:later|also|then|previously|earlier|yesterday|today|\p{Ll}+ly)$/u;

/** Words that carry a sentence on after its subject: "the director-general warned", "…defended the project". */
const SUBJECT_VERB =
  /^(?:\p{Ll}+ed|said|says|told|tells|has|had|is|was|will|would|says|insisted|warned|added)$/u;

const WHO_CLAUSE_THEN_SPEECH = /^who [^.“”"]{1,120}?, (?:said|says|told|tells|added|warned)\b/;

const RELATIVE_PRONOUN = /^(?:that|which|who)$/;

/** "The skipper of a boat that capsized in January told an inquiry…": the job then its speech verb. */
const RELATIVE_THEN_SPEECH = /^(?:that|which|who) [^.,“”"]{1,120}? (?:said|says|told|tells|added|warned)\b/;

/** "The city's homelessness director, hired in June, told councillors…": an aside, then the verb. */
const ASIDE_THEN_SPEECH = /^(?:who\b|[^.,“”"]{1,60}, (?:said|says|told|tells|added|warned)\b)/;

/** "Darren Ashworth-Pye, 41, of Revidge Road,": a court report names its subject with their age. */
const NAMED_WITH_AGE = /^[\p{L}.'’ -]+?, \d{1,3}, /u;

/** "The 58-year-old, Torben Vestergaard, kept his eyes on the table": the age refers back to the lede's subject. */
const AGE_SET_OFF_BEFORE = /(?:^|[.!?]["”’]?\s+)The \d{1,3}-year-old, $/;

/** A courtesy title and a name: "Mr Howard insisted… The Tory leader said" refers back to him. */
const COURTESY_NAMES = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.? (\p{Lu}[\p{L}'’-]*)/gu;

/**
 * A courtesy title and a name in `text` that may be the one a job refers back to: any but those of
 * people the story has already given a job ("Mr Khan said…" after "Rezaul Karim Khan, president of
 * the BGMEA" leaves "The BERC chairman" to someone else).
 */
function courtesyNameReferredTo(text: string, people: readonly EntityDraft[]): boolean {
  for (const match of text.matchAll(COURTESY_NAMES)) {
    const surname = match[1] ?? '';
    const named = people.filter(
      (person) =>
        person.kind === 'person' &&
        [person.name, ...person.aliases].some((form) => form.split(' ').at(-1) === surname),
    );
    if (named.length === 0 || named.some((person) => !namesJob(person.role))) return true;
  }
  return false;
}

/** Words that join a job to where it is done: "director-general of the Transportation Ministry". */
const COMPLEMENT_LINKS = new Set(['of', 'for', 'at', 'in']);

/**
 * "The club's chief executive told BBC Sport…", "An economist at the extension, who tracks
 * cooperative finances, said…", "The department's chief engineer (canals) defended the project":
 * a sentence whose subject is a job, with no name set beside it. Spokespeople are left out: they
 * speak for a body, and the person named next is seldom the one who spoke.
 */
function unheldJobsIn(text: string, paragraph: number, orderBase: number, lede: boolean): UnheldJob[] {
  const jobs: UnheldJob[] = [];
  for (const match of text.matchAll(SENTENCE_DETERMINER)) {
    const from = (match.index ?? 0) + match[0].length;
    const words = text.slice(from, from + 160).split(' ');
    let roleAt = -1;
    for (let index = 0; index < Math.min(words.length, 6); index++) {
      const word = words[index] ?? '';
      if (/[,.;:“”"]/.test(word) && !/['’]s$/.test(word)) {
        if (isRoleNoun(word.replace(/[,.;:]$/, '')) && /^\p{Ll}/u.test(word)) roleAt = index;
        break;
      }
      if (isRoleNoun(word) && !/['’]s$/.test(word) && /^\p{Ll}/u.test(word)) roleAt = index;
      // "The city's deputy fire chief, who…": a rank, the service, then the job.
      else if (
        roleAt !== -1 &&
        /^\p{Ll}+$/u.test(word) &&
        !ROLE_STOP_WORDS.has(word) &&
        isRoleNoun((words[index + 1] ?? '').replace(/[,.;:]$/, ''))
      )
        continue;
      else if (roleAt !== -1) break;
      // "The company said its chief executive…": the job must be the subject, not in its clause.
      else if (ROLE_STOP_WORDS.has(word) || SUBJECT_VERB.test(word) || SPEECH_VERBS.has(word)) break;
    }
    if (roleAt === -1) continue;
    const noun = (words[roleAt] ?? '').replace(/[,.;:]$/, '');
    if (/^spokes/.test(noun)) continue;
    let end = roleAt + 1;
    // "chief engineer (canals)": a bracketed specialism belongs to the job.
    if (/^\(\p{Ll}+\)[,]?$/u.test(words[end] ?? '')) end++;
    if (!/[,.;:]$/.test(words[roleAt] ?? '') && COMPLEMENT_LINKS.has(words[end] ?? '')) {
      let at = end + 1;
      if (words[at] === 'the') at++;
      // "of the Department of Lands and Physical Planning": a body's name runs to its last capital.
      while (
        at < words.length &&
        (at - end <= 6 || (at - end <= 10 && /^\(?\p{Lu}/u.test(words[at] ?? '')))
      ) {
        const word = words[at] ?? '';
        // "of a Whalsay fishing boat that capsized…": a relative clause is no part of the body.
        if (SUBJECT_VERB.test(word) || SPEECH_VERBS.has(word) || RELATIVE_PRONOUN.test(word)) break;
        at++;
        if (/[,.;:]$/.test(word)) break;
      }
      end = at;
    }
    // "A WAREHOUSE manager who stole…": a lede's opening words in capitals are its typography.
    const phrase = words
      .slice(0, end)
      .map((word) => (/^\p{Lu}{2,}$/u.test(word) && !isAcronym(word) ? word.toLowerCase() : word))
      .join(' ')
      .replace(/[,.;:]$/, '');
    const after = words.slice(end).join(' ');
    const ended = /[,]$/.test(words[end - 1] ?? '');
    // "A member of the crew was shot": an indefinite job is a holder's only when it speaks.
    const indefinite = /^an?$/i.test(match[2] ?? '');
    const verb = BEFORE_VERB.test(words[end] ?? '') ? words[end + 1] : words[end];
    // '"…," said the club's chief executive.': a job after its speech verb, closing the sentence.
    const inverted = match[1] !== undefined;
    // "A former senior officer of the department has been sentenced…", "A WAREHOUSE manager who
    // sold… has been jailed": a court report's lede tells who the story is about before naming them.
    const ledeSubject =
      lede && indefinite && !inverted && !ended && (verb === 'who' || SUBJECT_VERB.test(verb ?? ''));
    // "The cost has climbed to $2.4 billion, the city's director of water and waste told
    // councillors": reported speech with its speaker after a comma.
    // "In Baghdad, a member of the finance committee said…": a sentence may open on where or when,
    // set off by a comma before its subject.
    const afterComma =
      match[0].startsWith(', ') &&
      !FRONTED_SETTING.test(text.slice(Math.max(0, (match.index ?? 0) - 48), match.index ?? 0));
    const subject = afterComma
      ? !indefinite && !ended && SPEECH_VERBS.has(verb ?? '')
      : inverted
        ? /\.$/.test(words[end - 1] ?? '') || (ended && /^who\b/.test(after))
        : ended
          ? (indefinite ? WHO_CLAUSE_THEN_SPEECH : ASIDE_THEN_SPEECH).test(after)
          : indefinite
            ? SPEECH_VERBS.has(verb ?? '') || ledeSubject
            : SUBJECT_VERB.test(verb ?? '') || RELATIVE_THEN_SPEECH.test(after);
    if (!subject) continue;
    jobs.push({
      role: phrase,
      order: orderBase + (match.index ?? 0),
      paragraph,
      lede: ledeSubject,
      indefinite,
    });
  }
  return jobs;
}

/** A name followed by "'s" at this mention: "Henry Ward's", "Seán Ó Briain's". */
const POSSESSIVE_NAME = /^(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s\b/u;

function namedInPossessive(
  textOf: ReadonlyMap<number, string>,
  order: number,
  orderPerParagraph: number,
): boolean {
  const paragraph = Math.floor(order / orderPerParagraph);
  const offset = order - paragraph * orderPerParagraph;
  return POSSESSIVE_NAME.test((textOf.get(paragraph) ?? '').slice(offset, offset + 80));
}

/** How far after a job its holder may be introduced: the rest of its paragraph and the next two. */
const HOLDER_REACH_PARAGRAPHS = 2;

/** A role says what someone is only when it names a job; "who has run the shop…" says what they do. */
function namesJob(role: string | null): boolean {
  if (role === null || statesJobByClause(role) || FORMER_OR_RANK.test(role) || toldByWhatBefell(role))
    return false;
  return namesAJob(role);
}

/**
 * "Captain Mohd Azhar, a former navy officer": a rank kept as a courtesy, or a job left behind,
 * leaves the person free to hold the job the story named first.
 */
const FORMER_OR_RANK =
  /^(?:(?:former|retired|ex-)\b.*|(?:Capt\.?|Captain|Col\.?|Colonel|Maj\.?|Major|Lt\.?|Lieutenant|Cmdr\.?|Commander|Gen\.?|General|Brig\.?|Brigadier|Adm\.?|Admiral|Sgt\.?|Sergeant))$/i;

/** The name, at its first mention, is a speech verb's subject: "X, who …, said", "said X", '"…," X told'. */
function speaksAtFirstMention(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 14), offset);
  if (/(?:said|says|told|added|[Aa]ccording to)\s+$|[,?!]["”’]\s+$/.test(before)) return true;
  // "Henry Ward's successor, Colin Fenn, said": a comma closes an appositive set off before the name.
  // "Desmond Achterberg described arriving…", "Magnus Irvine, 44, was giving evidence": a witness
  // speaks in a hearing's own words.
  // "Rhiannon Powell-Evans later confirmed that…": a statement told after the event speaks too.
  return /^[\p{L}.'’ -]+?(?:, [^.“”"]{1,120}?,|,)? (?:(?:later|also|then|afterwards|subsequently) )?(?:said|says|told|tells|added|warned|insisted|described|testified|recalled|confirmed|acknowledged|admitted|was giving evidence|gave evidence)\b/u.test(
    text.slice(offset, offset + 200),
  );
}

/**
 * "The mayor rejected that. Speaking after the vote, Bram Vermeulen said…": a job that acts without
 * speaking, then a new name that speaks in the very next sentence, is the reporter's way of
 * bringing someone in, not a second reference to whoever was named before. `holderOffset` may lie
 * outside the paragraph (negative or past its end), when the holder is first named elsewhere.
 */
function identifiedInNextSentence(text: string, jobOffset: number, holderOffset: number): boolean {
  if (holderOffset <= jobOffset || holderOffset > text.length) return false;
  const between = text.slice(jobOffset, holderOffset);
  const ends = [...between.matchAll(SENTENCE_END)];
  if (ends.length !== 1) return false;
  const jobSentence = between.slice(0, ends[0]?.index ?? 0);
  if (/["“”]/.test(jobSentence) || jobSentence.split(/\s+/).some((word) => SPEECH_VERBS.has(word)))
    return false;
  return speaksAtFirstMention(text, holderOffset);
}

/** A person named in the text, in reading order (the same order as EntityDraft.order). */
export interface PersonMention {
  order: number;
  person: EntityDraft;
}

/**
 * "The club's chief executive told BBC Sport…", then "Malcolm Rennie, who has run the club's
 * day-to-day business since 2023, said…": reporters name a job first and its holder in a later
 * sentence or the next paragraphs, where the holder speaks. The job is the role of the next person
 * named after it when that is their first mention, they are given no job of their own and no one
 * named before holds a job of that name. A job after a person named without one, in its paragraph
 * or the one before, is that person's second reference ("Mr Howard insisted… The Tory leader said")
 * and waits for no one.
 */
export function giveJobsToHoldersNamedAfter(
  paragraphs: readonly { n: number; text: string; kind: string }[],
  people: readonly EntityDraft[],
  mentionsOf: () => readonly PersonMention[],
  orderPerParagraph: number,
): void {
  // Only someone named without a job of their own can be a job's holder.
  if (!people.some((person) => person.kind === 'person' && !namesJob(person.role))) return;
  const mentions = mentionsOf();
  if (mentions.length === 0) return;
  const textOf = new Map(paragraphs.map((paragraph) => [paragraph.n, paragraph.text]));
  const lede = paragraphs.find((paragraph) => paragraph.kind === 'body');
  const jobsOf = paragraphs.map((paragraph) =>
    paragraph.kind === 'heading' || paragraph.kind === 'caption'
      ? []
      : unheldJobsIn(paragraph.text, paragraph.n, paragraph.n * orderPerParagraph, paragraph === lede),
  );
  const jobOrders = jobsOf.flat().map((job) => job.order);
  // Before the lede's own subject is handed on: "A judge… ordered a trial for the kidnapping of a
  // pharmacist", then "the abduction of X" names the pharmacist, not the judge.
  giveVictimsTheJobTheLedeTold(paragraphs, mentions, orderPerParagraph);
  for (const [paragraphAt, paragraph] of paragraphs.entries()) {
    const jobs = jobsOf[paragraphAt] ?? [];
    for (const job of jobs) {
      // "Henry Ward's successor in the dugout, Colin Fenn": a name in the possessive owns something.
      const nextAt = mentions.findIndex(
        (mention) =>
          mention.order > job.order && !namedInPossessive(textOf, mention.order, orderPerParagraph),
      );
      const next = mentions[nextAt];
      if (!next || next.order >= (job.paragraph + HOLDER_REACH_PARAGRAPHS + 1) * orderPerParagraph) continue;
      // "A senior nurse … said", then "The hospital's medical superintendent confirmed… Dr Johanna
      // Nghipondoka said": the job told nearest before a name is the one it introduces.
      if (jobOrders.some((order) => order > job.order && order < next.order)) continue;
      const holder = next.person;
      // "Prosecutors said Darnell Whitfield took cash…" over the story, then "A former city housing
      // inspector who… was sentenced" and "Darnell Whitfield, 52, of Randallstown": a court report's
      // standfirst may name its subject before the lede tells who they are.
      const namedBeforeLede = job.lede && holder.order < job.order;
      if ((holder.order !== next.order && !namedBeforeLede) || namesJob(holder.role)) continue;
      const recentFrom = (job.paragraph - 1) * orderPerParagraph;
      const firstAfter = mentions.findIndex((mention) => mention.order > job.order);
      const referredBack = mentions
        .slice(0, firstAfter)
        .some((mention) => mention.order >= recentFrom && !namesJob(mention.person.role));
      const jobOffset = job.order - job.paragraph * orderPerParagraph;
      // "Aram Omar, who heads the union, said… In Baghdad, a member of the finance committee said":
      // an indefinite article brings in someone new, never a second reference to a person named.
      if (
        !namedBeforeLede &&
        !job.indefinite &&
        !identifiedInNextSentence(
          paragraph.text,
          jobOffset,
          holder.order - job.paragraph * orderPerParagraph,
        ) &&
        (referredBack ||
          courtesyNameReferredTo(textOf.get(job.paragraph - 1) ?? '', people) ||
          courtesyNameReferredTo(paragraph.text.slice(0, jobOffset), people))
      )
        continue;
      const introducedAt = namedBeforeLede ? next.order : holder.order;
      const holderParagraph = Math.floor(introducedAt / orderPerParagraph);
      const holderText = textOf.get(holderParagraph) ?? '';
      const holderOffset = introducedAt - holderParagraph * orderPerParagraph;
      // "The Lib Dem leader said David Blunkett's resignation…": a name in the job's own sentence is
      // what the job talks about.
      if (
        holderParagraph === job.paragraph &&
        !/[.!?]["”’]?\s/.test(holderText.slice(job.order - holderParagraph * orderPerParagraph, holderOffset))
      )
        continue;
      const key = roleKeyOf(job.role);
      const noun = key?.head.split(' ').at(-1);
      if (!key || !noun) continue;
      // "Foreign Minister X" earlier, then "The minister said": the job is already somebody's.
      const held = mentions.some(
        (mention) =>
          mention.order < job.order &&
          mention.person.roleKeys.some((each) => each.head.split(' ').at(-1) === noun),
      );
      const introduced = job.lede
        ? NAMED_WITH_AGE.test(holderText.slice(holderOffset, holderOffset + 120)) ||
          AGE_SET_OFF_BEFORE.test(holderText.slice(Math.max(0, holderOffset - 40), holderOffset))
        : speaksAtFirstMention(holderText, holderOffset);
      // "The French co-head of … group EADS Philippe Camus is to leave", then "Mr Camus": a job
      // that runs into the holder's own name was never without one.
      const ownName = holder.name.split(' ').at(-1) ?? holder.name;
      if (held || !introduced || job.role.split(' ').includes(ownName)) continue;
      holder.role = job.role;
      holder.roleKeys = [key, ...holder.roleKeys];
    }
  }
  giveGroupsToMembersNamedNext(paragraphs, mentions, orderPerParagraph);
  giveLotToOneBeforeAnother(paragraphs, mentions, orderPerParagraph);
  // Words of the bodies and places the story names are no unfound person's.
  const bodyWords = new Set(
    people
      .filter((entity) => entity.kind !== 'person')
      .flatMap((entity) => [entity.name, ...entity.aliases])
      .flatMap((form) => form.split(/\s+/)),
  );
  giveEpithetsToPeopleNamedBefore(paragraphs, mentions, orderPerParagraph, bodyWords);
}

function textOfParagraph(paragraphs: readonly { n: number; text: string }[], n: number): string {
  return paragraphs.find((paragraph) => paragraph.n === n)?.text ?? '';
}

/** A capitalised word and what stands before it. */
const CAPITALISED_WORD = /(^|.{0,3})(\p{Lu}[\p{L}'’-]*)/gsu;

/**
 * Whether every capitalised word inside a sentence is the holder's name, a place, a nationality,
 * a date, a title or initials: nothing that could name another person.
 */
function namesNoOneElse(text: string, holder: EntityDraft, bodyWords: ReadonlySet<string>): boolean {
  const own = new Set(
    [holder.name, ...holder.aliases]
      .flatMap((form) => form.split(/\s+/))
      .map((word) => word.replace(/['’]s$/, '')),
  );
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const [, lead = '', word = ''] = match;
    if (/(?:^|[.!?]["”’]?\s+|["“‘(]\s*)$/.test(lead) && (match.index ?? 0) + lead.length <= 3) continue;
    if (/(?:[.!?]["”’]?\s+|["“‘(])$/.test(lead)) continue;
    const bare = word.replace(/['’]s$/, '');
    if (
      own.has(bare) ||
      bodyWords.has(bare) ||
      isPlaceWord(bare) ||
      DEMONYM_TO_PLACE.has(bare.toLowerCase()) ||
      CALENDAR_WORDS.has(bare) ||
      KNOWN_ORGANISATIONS.has(bare) ||
      isTitleWord(bare) ||
      isAcronym(bare) ||
      NEVER_NAME_WORDS.has(bare)
    )
      continue;
    return false;
  }
  return true;
}

/**
 * Where a second reference by epithet may stand as a subject: a sentence's start, after a
 * conjunction that opens a clause, or after a speech verb it follows ("said the French midfielder").
 */
const EPITHET =
  /(?:^|[.!?]["”’]?\s+|[,?!]["”’]\s+|\b(?:before|after|when|as|while|until|since|because|and|but|said|says|added|admitted) )[Tt]he ([\p{L}\d'’-]+(?: [\p{L}\d'’-]+){0,3})/gu;

const SPEECH_BEFORE_EPITHET = /^(?:said|says|added|admitted) /;
const SPEECH_AFTER_EPITHET = /^ (?:said|says|told|added|admitted|insisted)\b/;

/** An age written before a job: "the 19-year-old striker". */
const AGE_BEFORE_JOB = /^\d{1,3}-year-old$/;

/** What may follow an epithet that is a sentence's subject: its verb, a relative clause, or its end. */
const EPITHET_THEN =
  /^(?:, who\b|[.,]|\s(?:said|says|told|added|admitted|insisted|warned|\p{Ll}+ed|won|lost|took|made|had|has|was|is|will|would|came|went|scored|struck|hit|ran|became|rose|fell|found|gave|kept|got|put|sent|saw|stood|held|led|drove|threw|caught|broke|beat|began|met|spoke|left)\b)/u;

/**
 * "Delacroix scored from the spot… 'We were second to everything,' said the French midfielder",
 * "Ó Briain came on after 44 minutes… the corner-forward said": reporters refer back to someone
 * just named by an epithet, their age, nationality or position with their job. The job is the role
 * of the person named last before it, in its paragraph or the one before, when that person has no
 * job of their own and no one named earlier holds a job of that name.
 */
function giveEpithetsToPeopleNamedBefore(
  paragraphs: readonly { n: number; text: string; kind: string }[],
  mentions: readonly PersonMention[],
  orderPerParagraph: number,
  bodyWords: ReadonlySet<string>,
): void {
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading' || paragraph.kind === 'caption') continue;
    for (const match of paragraph.text.matchAll(EPITHET)) {
      const words = (match[1] ?? '').trim().split(' ');
      const jobAt = words.findIndex((word) => /^\p{Ll}/u.test(word) && isRoleNoun(word));
      if (jobAt === -1) continue;
      const job = words[jobAt] ?? '';
      const qualifiers = words.slice(0, jobAt);
      const aged = qualifiers.some((word) => AGE_BEFORE_JOB.test(word));
      // "the French midfielder", "the left-arm spinner", "the 44-year-old calypsonian", "the
      // corner-forward": without such a qualifier or a position, "the driver" may be anyone.
      const qualified =
        aged ||
        qualifiers.some(
          (word) => DEMONYM_TO_PLACE.has(word.toLowerCase()) || /^\p{Ll}+-\p{Ll}+$/u.test(word),
        );
      const jobEnd =
        (match.index ?? 0) +
        match[0].length -
        (match[1] ?? '').length +
        words.slice(0, jobAt + 1).join(' ').length;
      // A bare position is an epithet only for one who speaks: "the striker pushed the linesman"
      // may be someone the story never names.
      const speaks =
        SPEECH_BEFORE_EPITHET.test(match[0]) ||
        SPEECH_AFTER_EPITHET.test(paragraph.text.slice(jobEnd, jobEnd + 12));
      if (!qualified && !(PLAYING_POSITIONS.has(job) && speaks)) continue;
      if (
        qualifiers.some(
          (word) => !AGE_BEFORE_JOB.test(word) && (ROLE_STOP_WORDS.has(word) || isRoleNoun(word)),
        )
      )
        continue;
      if (!EPITHET_THEN.test(paragraph.text.slice(jobEnd, jobEnd + 12))) continue;
      const order = paragraph.n * orderPerParagraph + (match.index ?? 0);
      const before = mentions.filter((mention) => mention.order < order);
      // Only one person named since the last paragraph began, and no other name-like word there
      // that could be someone the analysis did not find: an epithet is too loose a tie to guess.
      const from = (paragraph.n - 1) * orderPerParagraph;
      const recent = new Set(
        before.filter((mention) => mention.order >= from).map((mention) => mention.person),
      );
      if (recent.size !== 1) continue;
      const [holder] = recent;
      if (!holder) continue;
      const nearest = before.at(-1) as PersonMention;
      const span =
        nearest.order < paragraph.n * orderPerParagraph
          ? [textOfParagraph(paragraphs, paragraph.n - 1), paragraph.text.slice(0, match.index ?? 0)]
          : [paragraph.text.slice(0, match.index ?? 0)];
      if (!span.every((text) => namesNoOneElse(text, holder, bodyWords))) continue;
      if (holder.role !== null) continue;
      const role = qualifiers
        .filter((word) => !AGE_BEFORE_JOB.test(word))
        .concat(job)
        .join(' ');
      // "calypsonian", "spinner": trades outside the shared role lexicon have no key to match.
      const key = roleKeyOf(role);
      const held = before.some(
        (mention) =>
          mention.person !== holder &&
          mention.person.roleKeys.some((each) => each.head === (key?.head ?? job)),
      );
      if (held) continue;
      holder.role = role;
      if (key) holder.roleKeys = [key, ...holder.roleKeys];
    }
  }
}

/**
 * A sentence whose subject is a group of people by their lot or trade, with no article: "Patients
 * welcomed the move.", "Chicken growers who raise birds for the plant will also be affected.".
 */
const GROUP_SUBJECT =
  /(?:^|[.!?]["”’]?\s+)(?:(?:Many|Some|Most|Other|Local|The) (?=\p{Ll})|(?:(?:Many|Some|Most|Other|Local|The) )?(?=\p{Lu}))(\p{L}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,4}?) (who|\p{Ll}+ed|say|said|are|were|have|had|will|would|fear|want|complain|complained|warn|warned)\b/gu;

/** "Another parent, Tran Van Minh, said", "Another resident Ama Owusu said": one more of a kind. */
const ANOTHER_OF_KIND = /(?:^|[.!?]["”’]?\s+)Another (\p{Ll}[\p{L}-]+),? (?=\p{Lu})/gu;

/**
 * '"My son stood in the rain," said Keisha Baptiste… Another parent, Tran Van Minh, said…':
 * "another" tells that the person named just before, in this paragraph or the last, is one of the
 * same kind. Given only to someone brought in there with no job of their own.
 */
function giveLotToOneBeforeAnother(
  paragraphs: readonly { n: number; text: string; kind: string }[],
  mentions: readonly PersonMention[],
  orderPerParagraph: number,
): void {
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const match of paragraph.text.matchAll(ANOTHER_OF_KIND)) {
      const kind = match[1] ?? '';
      if (!isRoleNoun(kind) || KIN.has(kind) || GROUPS_ANSWERED.has(kind)) continue;
      const order = paragraph.n * orderPerParagraph + (match.index ?? 0) + match[0].length;
      const named = mentions.find((mention) => mention.order === order);
      const beforeAt = mentions.findLastIndex((mention) => mention.order < order - match[0].length + 1);
      const before = mentions[beforeAt];
      if (!named || !before || before.person === named.person) continue;
      const person = before.person;
      const recent = (paragraph.n - 1) * orderPerParagraph;
      if (
        person.kind !== 'person' ||
        person.order < recent ||
        mentions.some(
          (mention) =>
            mention.person !== person &&
            mention.order > person.order &&
            mention.order < order - match[0].length + 1,
        ) ||
        (person.role !== null && !statesJobByClause(person.role) && !toldByWhatBefell(person.role))
      )
        continue;
      person.role = kind;
      const key = roleKeyOf(kind);
      if (key) person.roleKeys = [key, ...person.roleKeys];
    }
  }
}

/**
 * "Residents of Tierra Nueva followed the hearing", "Parents at Mount Pleasant High School said":
 * a group by its lot, told with the place it belongs to, as a sentence's subject.
 */
const GROUP_OF_PLACE_SUBJECT =
  /(?:^|[.!?]["”’]?\s+)(?:Many |Some |Most |Other )?(\p{Lu}\p{Ll}+s) (of|at|in|from) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4})(?=(?:[^.!?“”"]{0,80}?) (?:who|\p{Ll}+ed|say|said|are|were|have|had|will|would|fear|want|complain|complained|warn|warned)\b)/gu;

/** "Among them was Rosa Elvira Tuy", "One of them, Ali Hassan,": the sentence names one of the group just named. */
const ONE_OF_THE_GROUP = /^(?:Among them (?:was|were) |One of them(?:,| was) )/;

/**
 * "That remark angered some parents. Ilze Berzina, whose son waited seven hours, said…": a group
 * closing a sentence as its object, picked out by "some" or "many", and one of them named next.
 */
const GROUP_OBJECT = /\b(?:some|many|several|other|fellow) (\p{Ll}[\p{L}-]*s)(?=[.!?]["”’]?(?:\s|$))/gu;

/** "Critics say the bill goes too far. Tony Blair said…": who speaks next is answering them. */
const GROUPS_ANSWERED = new Set(['critic', 'opponent', 'rival', 'detractor']);

/** Where a sentence ends and the next begins. */
const SENTENCE_END = /[.!?]["”’]?(?:\s+|$)/g;

/**
 * "Patients welcomed the move. Hamad Al-Enezi, 63, who has been on dialysis for six years, said…":
 * reporters name a group, then let one of them speak in the next sentence, named there for the
 * first time and given no job of their own. That person is one of the group: "patient".
 */
const CRIMES_AGAINST =
  'kidnapping|kidnap|abduction|murder|killing|death|rape|assault|shooting|stabbing|disappearance|robbery|beating|manslaughter';
const CRIME_AGAINST_A_JOB = new RegExp(
  `\\b(?:${CRIMES_AGAINST}) of an? ((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+)`,
  'gu',
);
const CRIME_AGAINST_NAMED = new RegExp(`\\b(?:${CRIMES_AGAINST}) of $`, 'u');

/**
 * "…to stand trial for the kidnapping of a shopkeeper in Iztapalapa", then "the abduction of Héctor
 * Salgado Ruiz, 52": a court report's lede tells whom a crime befell by their trade and names them
 * in the next paragraphs by the same kind of crime.
 */
function giveVictimsTheJobTheLedeTold(
  paragraphs: readonly { n: number; text: string; kind: string }[],
  mentions: readonly PersonMention[],
  orderPerParagraph: number,
): void {
  const bodies = paragraphs.filter((paragraph) => paragraph.kind === 'body').slice(0, 3);
  const lede = bodies[0];
  if (!lede) return;
  for (const match of lede.text.matchAll(CRIME_AGAINST_A_JOB)) {
    const words = (match[1] ?? '').split(' ');
    const jobAt = words.findLastIndex((word) => isRoleNoun(word));
    // "the death of a mother": kin say whom she leaves, not what she does.
    if (jobAt === -1 || KIN.has(words[jobAt] ?? '')) continue;
    const job = words.slice(0, jobAt + 1).join(' ');
    const key = roleKeyOf(job);
    const told = lede.n * orderPerParagraph + (match.index ?? 0);
    for (const mention of mentions) {
      if (mention.order <= told || mention.person.order !== mention.order || namesJob(mention.person.role))
        continue;
      const paragraph = bodies.find((each) => each.n === Math.floor(mention.order / orderPerParagraph));
      if (!paragraph) continue;
      const offset = mention.order - paragraph.n * orderPerParagraph;
      if (!CRIME_AGAINST_NAMED.test(paragraph.text.slice(Math.max(0, offset - 24), offset))) continue;
      mention.person.role = job;
      if (key) mention.person.roleKeys = [key, ...mention.person.roleKeys];
      break;
    }
  }
}

function giveGroupsToMembersNamedNext(
  paragraphs: readonly { n: number; text: string; kind: string }[],
  mentions: readonly PersonMention[],
  orderPerParagraph: number,
): void {
  for (const [at, paragraph] of paragraphs.entries()) {
    if (paragraph.kind === 'heading' || paragraph.kind === 'caption') continue;
    for (const match of [
      ...paragraph.text.matchAll(GROUP_SUBJECT),
      ...paragraph.text.matchAll(GROUP_OBJECT),
      ...paragraph.text.matchAll(GROUP_OF_PLACE_SUBJECT),
    ]) {
      const group = match[1] ?? '';
      const named = group.split(' ');
      // "Consultants in emergency medicine have also raised concerns": a group with its field or
      // workplace after it.
      const complementAt = named.findIndex((word, at) => at > 0 && COMPLEMENT_LINKS.has(word));
      const complement = complementAt === 1 ? named.slice(1) : [];
      const words = complementAt === 1 ? named.slice(0, 1) : named;
      const plural = words.at(-1) ?? '';
      const singular = [
        plural.replace(/ies$/, 'y'),
        plural.replace(/s$/, ''),
        plural.replace(/es$/, ''),
      ].find((word) => word !== plural && isRoleNoun(word));
      if (
        singular === undefined ||
        GROUPS_ANSWERED.has(singular.toLowerCase()) ||
        words.slice(0, -1).some((word) => ROLE_STOP_WORDS.has(word.toLowerCase()))
      )
        continue;
      if (words.length === 1 && /^\p{Lu}/u.test(plural) && !/^\p{Lu}\p{Ll}+$/u.test(plural)) continue;
      const sentenceFrom = (match.index ?? 0) + match[0].indexOf(group);
      SENTENCE_END.lastIndex = sentenceFrom;
      const end = SENTENCE_END.exec(paragraph.text);
      if (!end) continue;
      const opensOnMember =
        end.index + end[0].length < paragraph.text.length
          ? ONE_OF_THE_GROUP.exec(paragraph.text.slice(end.index + end[0].length))
          : null;
      const next = end.index + end[0].length + (opensOnMember?.[0].length ?? 0);
      const nextParagraph = paragraphs[at + 1];
      const holderOrder =
        next < paragraph.text.length
          ? paragraph.n * orderPerParagraph + next
          : (nextParagraph?.n ?? -1) * orderPerParagraph;
      const mention = mentions.find((each) => each.order >= holderOrder);
      if (!mention || mention.order !== holderOrder) continue;
      const holder = mention.person;
      // "Some vendors say…. Annie Tabi, who sells island cabbage…": the trade outranks a clause, and
      // "many parents… Siobhán Walsh, whose daughter waited" what befell her family.
      // "Residents… Sione Taufa, who runs a bakery": where someone lives says less than their trade.
      const jobOverHome =
        holder.role !== null &&
        statesJobByClause(holder.role) &&
        PEOPLE_BY_HOME_OR_USE.has(singular.toLowerCase());
      if (
        holder.order !== mention.order ||
        jobOverHome ||
        (holder.role !== null && !statesJobByClause(holder.role) && !toldByWhatBefell(holder.role))
      )
        continue;
      const holderText = next < paragraph.text.length ? paragraph.text : (nextParagraph?.text ?? '');
      if (!opensOnMember && !speaksAtFirstMention(holderText, holderOrder % orderPerParagraph)) continue;
      const head = words.length > 1 ? [...words.slice(0, -1), singular] : [singular.toLowerCase()];
      const first = head[0] ?? '';
      if (words.length > 1 && !isDescriptorWord(first, head[1] ?? '')) head[0] = first.toLowerCase();
      const role = [...head, ...complement].join(' ');
      const key = roleKeyOf(role);
      holder.role = role;
      if (key) holder.roleKeys = [key, ...holder.roleKeys];
    }
  }
}
