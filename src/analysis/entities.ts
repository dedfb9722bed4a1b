import type { Paragraph } from '../corpus/types.js';
import {
  CALENDAR_WORDS,
  DEMONYM_TO_PLACE,
  DROPPABLE_PARTICLES,
  FEMALE_GIVEN_NAMES,
  HONORIFICS,
  INSTITUTION_NOUNS,
  isGroupWord,
  KNOWN_ORGANISATION_PHRASES,
  KNOWN_ORGANISATIONS,
  KNOWN_PLACES,
  MALE_GIVEN_NAMES,
  NAME_PARTICLES,
  NEVER_NAME_WORDS,
  NON_ORGANISATION_ACRONYMS,
  ORGANISATION_HEADS,
  OUTLET_WORDS,
  RELATIONAL_NOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import { foldName, isCapitalised, type Token, tokenize } from './tokens.js';
import type { EntityKind } from './types.js';

export type Gender = 'male' | 'female' | null;

/** Where a role sits: which country it belongs to and what the job is ("foreign minister"). */
export interface RoleKey {
  place: string | null;
  head: string;
}

export interface EntityDraft {
  name: string;
  kind: EntityKind;
  aliases: string[];
  role: string | null;
  roleKeys: RoleKey[];
  gender: Gender;
  /** Reading order of the first mention, to keep output stable and ordered like the article. */
  order: number;
}

/** Letters after a person's name: honours, professional ranks, generations. */
const POST_NOMINALS = new Set(
  'KC QC MP MEP MSP AM OBE MBE CBE KBE DBE PhD MD Jr Jr. Sr II III IV CEO'.split(' '),
);

/** Words that begin place names: "Lake Mead", "Mount Kenya", "Port Sudan". */
const PLACE_FIRST_WORDS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upper',
  'Lower',
  'Greater',
  'Lake',
  'Mount',
  'Mt',
  'River',
  'Fort',
  'Port',
  'Cape',
  'Camp',
  'Isle',
  'Gulf',
  'Sea',
  'Bay',
  'Lough',
  'Loch',
  'Glen',
]);

/** Common nouns that, right before a name, say it is an organisation. */
const ORGANISATION_KIND_NOUNS = new Set(
  `bank company firm group charity carmaker retailer chipmaker airline insurer lender broadcaster
   newspaper union party agency regulator watchdog manufacturer supermarket developer publisher
   startup conglomerate club team militia organisation organization network channel`.split(/\s+/),
);

/** Words that end place names ("Jordan Valley", "Golan Heights"), so a given name first is no evidence. */
const PLACE_HEADS = new Set(
  `valley river street square road bridge airport station park mountains mountain sea gulf heights
   island islands strait canal province region city county district state lake bay coast desert
   peninsula plain plains hills hill camp crossing border square avenue palace tower base`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after which a lone capitalised word is a place: "in Tartus", "at Hmeimim", "reached Rafah". */
const PLACE_PREPOSITIONS = new Set(
  `in at near from outside across towards toward into reached entered visited toured bombed shelled
   captured seized evacuated`.split(/\s+/),
);

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

const ARABIC_ATTACHED_PARTICLE = /^(?:al|el|ul|ad|as|ash|at|az|an|ar|ad-d)-\p{Lu}/u;

interface NameRun {
  paragraph: number;
  tokens: Token[];
  /** Tokens peeled from the front: titles, nationality, honorifics. */
  prefix: Token[];
  /** The name itself. */
  core: Token[];
  /** Paragraph text, to read context around the run. */
  text: string;
  /** The paragraph after, where a "he said" may follow up a first mention. */
  nextText: string;
  /** All tokens of the paragraph and the index of the run's first token in them. */
  paragraphTokens: Token[];
  firstIndex: number;
  order: number;
  /** The run ended in letters only people carry (KC, MP, OBE). */
  postNominal: boolean;
}

interface PersonCandidate {
  forms: Map<string, number>;
  evidence: number;
  roles: { text: string; order: number }[];
  gender: Gender;
  order: number;
  honorificForms: Set<string>;
  /** Times the surname appeared alone, counted as evidence at most twice. */
  surnameReuse: number;
}

const isAcronym = (word: string) =>
  /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(word) && !KNOWN_PLACES.has(word) && !NON_ORGANISATION_ACRONYMS.has(word);

function isNameLike(token: Token): boolean {
  return isCapitalised(token.word) || ARABIC_ATTACHED_PARTICLE.test(token.word);
}

/** A word that on its own makes the next name a person's: "Minister", "President", "Mr", "Dr". */
function isPersonTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return (isRoleNoun(lower) && !GENERIC_ROLE_NOUNS.has(lower)) || HONORIFICS.has(lower);
}

/** Role words that describe people but are not titles written before a name ("Media Player"). */
const GENERIC_ROLE_NOUNS = new Set(
  `player fan host supporter owner partner trader investor fellow worker resident student victim
   witness survivor mother father son daughter brother sister widow husband wife dad mum passenger
   commuter runner champion volunteer tenant landlord farmer fisherman head chief founder member`.split(
    /\s+/,
  ),
);

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''));
}

function isPlaceWord(word: string): boolean {
  return KNOWN_PLACES.has(word);
}

/** Runs of adjacent capitalised words, joined by name particles ("Mohammed bin Salman"). */
function findNameRuns(paragraph: Paragraph, orderBase: number, nextText: string): NameRun[] {
  const text = paragraph.text;
  const tokens = tokenize(text);
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || !isNameLike(token)) {
      index++;
      continue;
    }
    const run: Token[] = [token];
    let next = index + 1;
    while (next < tokens.length && !run[run.length - 1]?.possessive) {
      const previous = run[run.length - 1] as Token;
      const candidate = tokens[next] as Token;
      const gap = text.slice(previous.end, candidate.start);
      const initialGap =
        gap === '. ' && (/^\p{Lu}$/u.test(previous.word) || isAbbreviatedTitle(previous.word));
      if (gap !== ' ' && !initialGap) break;
      if (isNameLike(candidate)) {
        run.push(candidate);
        next++;
        continue;
      }
      // Particles may stack before the surname: "Ramon de la Cruz", "Ursula von der Leyen".
      let ahead = next;
      while (ahead < tokens.length && NAME_PARTICLES.has((tokens[ahead] as Token).word)) {
        const following = tokens[ahead + 1];
        if (!following || text.slice((tokens[ahead] as Token).end, following.start) !== ' ') break;
        ahead++;
      }
      const surname = tokens[ahead];
      if (ahead > next && surname && isNameLike(surname)) {
        run.push(...tokens.slice(next, ahead + 1));
        next = ahead + 1;
        continue;
      }
      break;
    }
    const prefix: Token[] = [];
    let coreStart = knownPhraseStart(text, run);
    const knownStart = coreStart;
    if (knownStart > 0) prefix.push(...run.slice(0, knownStart));
    if (knownStart === -1) coreStart = 0;
    while (knownStart === -1 && coreStart < run.length) {
      const word = (run[coreStart] as Token).word;
      // "Actor Christian Slater": a given name that is also a group word starts the name.
      const givenName = isGivenName(word) && coreStart < run.length - 1;
      // "Putting Vioxx on sale…": a sentence opening on a gerund is not opening on a name.
      const openingGerund =
        coreStart === 0 &&
        /ing$/.test(word) &&
        !givenName &&
        /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, (run[0] as Token).start));
      const peel =
        openingGerund ||
        NEVER_NAME_WORDS.has(word) ||
        CALENDAR_WORDS.has(word) ||
        isTitleWord(word) ||
        (isGroupWord(word) && !givenName) ||
        ((run[coreStart] as Token).possessive && coreStart < run.length - 1);
      if (!peel) break;
      prefix.push(run[coreStart] as Token);
      coreStart++;
    }
    // "Westcombe Borough Council", "The Victorian Society": an organisation word ends the run.
    const lastWord = (run[run.length - 1] as Token).word.toLowerCase();
    if (
      knownStart === -1 &&
      run.length > 1 &&
      ORGANISATION_HEADS.has(lastWord) &&
      !(run[run.length - 1] as Token).possessive
    ) {
      let orgStart = 0;
      while (
        orgStart < run.length - 1 &&
        NEVER_NAME_WORDS.has((run[orgStart] as Token).word) &&
        !isTitleWord((run[orgStart] as Token).word)
      )
        orgStart++;
      if (orgStart < run.length - 1) {
        prefix.length = 0;
        prefix.push(...run.slice(0, orgStart));
        coreStart = orgStart;
      }
    }
    // "EU Fisheries Commissioner Elena Marchetti": everything up to the last title word is the title.
    for (let index = run.length - 2; index >= coreStart; index--) {
      const word = (run[index] as Token).word;
      if (!isPersonTitle(word) || isOrganisationRun(run, coreStart)) continue;
      const rest = run.slice(index + 1);
      if (
        rest.every((token) => isPlausibleNameWord(token.word) || NAME_PARTICLES.has(token.word.toLowerCase()))
      ) {
        prefix.push(...run.slice(coreStart, index + 1));
        coreStart = index + 1;
      }
      break;
    }
    let core = run.slice(coreStart);
    // Post-nominal letters and generational suffixes close a name: "Sarah Mensah KC", "John Smith Jr".
    let postNominal = false;
    while (core.length > 1 && POST_NOMINALS.has((core[core.length - 1] as Token).word)) {
      core = core.slice(0, -1);
      postNominal = true;
    }
    // "Monday Lib Dem", but not "Theresa May": a month or day ends a name only after another such word.
    while (core.length > 0 && CALENDAR_WORDS.has((core[core.length - 1] as Token).word)) {
      const previous = core[core.length - 2];
      if (previous && !CALENDAR_WORDS.has(previous.word) && !NEVER_NAME_WORDS.has(previous.word)) break;
      core = core.slice(0, -1);
    }
    runs.push({
      paragraph: paragraph.n,
      tokens: run,
      prefix,
      core,
      text,
      nextText,
      paragraphTokens: tokens,
      firstIndex: index,
      order: orderBase + (run[0] as Token).start,
      postNominal,
    });
    index = next;
  }
  return runs;
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
]);

/** "Gov.", "Sen.", "Dr.": American style puts a full stop after a shortened title. */
function isAbbreviatedTitle(word: string): boolean {
  return ABBREVIATED_TITLES.has(word.toLowerCase());
}

function isOrganisationRun(run: readonly Token[], from: number): boolean {
  const last = run[run.length - 1];
  return last !== undefined && run.length - from > 1 && ORGANISATION_HEADS.has(last.word.toLowerCase());
}

/** Where a known multi-word place or organisation ends the run ("former Soviet Union"), or -1. */
function knownPhraseStart(text: string, run: Token[]): number {
  const last = run[run.length - 1];
  if (!last) return -1;
  const end = last.start + last.word.length;
  for (let start = 0; start < run.length; start++) {
    const phrase = text.slice((run[start] as Token).start, end);
    if (!phrase.includes(' ')) break;
    if (KNOWN_PLACES.has(phrase) || KNOWN_ORGANISATION_PHRASES.includes(phrase)) return start;
  }
  return -1;
}

function coreText(run: NameRun): string {
  const first = run.core[0];
  const last = run.core[run.core.length - 1];
  if (!first || !last) return '';
  return run.text.slice(first.start, last.start + last.word.length);
}

const lowerWord = (token: Token | undefined) => token?.word.toLowerCase() ?? '';

function tokenBefore(run: NameRun, offset = 1): Token | undefined {
  return run.paragraphTokens[run.firstIndex + run.prefix.length - offset];
}

function tokenAfter(run: NameRun, offset = 1): Token | undefined {
  return run.paragraphTokens[run.firstIndex + run.tokens.length - 1 + offset];
}

function gapBetween(text: string, left: Token | undefined, right: Token | undefined): string {
  if (!left || !right) return '';
  return text.slice(left.end, right.start);
}

const ROLE_STOP_WORDS = new Set(
  `the a an his her its their our my your this that these those of for to in on at by with from and or
   but as was were is are be been has have had said says told who which whose when where while after
   before during since than then also not no`
    .split(/\s+/)
    .filter(Boolean),
);

function roleText(run: NameRun, from: number, to: number): string | null {
  const tokens = run.paragraphTokens;
  let begin = from;
  while (begin < to && ROLE_STOP_WORDS.has(lowerWord(tokens[begin]))) begin++;
  const phrase = tokens.slice(begin, to);
  if (phrase.length === 0 || phrase.length > 8) return null;
  if (!phrase.some((token) => isRoleNoun(token.word))) return null;
  if (phrase.every((token) => HONORIFICS.has(token.word.toLowerCase()))) return null;
  const last = phrase[phrase.length - 1] as Token;
  return run.text.slice((phrase[0] as Token).start, last.end);
}

/**
 * The role written ahead of a name: a title ("Russian Foreign Minister Sergei Lavrov"), a
 * description ("Syria’s longtime ruler Bashar al-Assad", "Conservative housing spokesman Tom
 * Whitcombe"), or an appositive before it ("Syria’s new foreign minister, Asaad al-Shaibani").
 */
function roleBefore(run: NameRun): string | null {
  const tokens = run.paragraphTokens;
  // Courtesy titles are not roles: read past "Dr" in "chief executive, Dr Alan Price".
  const courtesyOnly = run.prefix.every(
    (token) =>
      HONORIFICS.has(token.word.toLowerCase()) ||
      (NEVER_NAME_WORDS.has(token.word) && !isTitleWord(token.word)),
  );
  const nameStart = run.firstIndex + (courtesyOnly ? 0 : run.prefix.length);
  const first = tokens[nameStart];
  const before = tokens[nameStart - 1];
  if (!first || !before) return null;
  const gapToName = run.text.slice(before.end, first.start);
  const appositive = gapToName === ', ';
  if (appositive) return appositiveRoleBefore(run, nameStart);
  if (!appositive && gapToName !== ' ' && !(gapToName === '. ' && isAbbreviatedTitle(before.word)))
    return null;
  let begin = nameStart;
  for (let index = nameStart - 1; index >= 0; index--) {
    const token = tokens[index] as Token;
    const following = tokens[index + 1] as Token;
    const gap = run.text.slice(token.end, following.start);
    const separated = index === nameStart - 1 ? !appositive && gap !== ' ' : gap !== ' ';
    if (separated && !(gap === '. ' && isAbbreviatedTitle(token.word))) break;
    const word = token.word;
    const lower = word.toLowerCase();
    const joiner = ['and', 'of', 'for'].includes(lower) && begin < nameStart && index > 0;
    if (ROLE_STOP_WORDS.has(lower) && !joiner) break;
    const describes =
      isRoleWord(word) ||
      joiner ||
      (isCapitalised(word) && isDescriptorWord(word, following.word)) ||
      (token.possessive && isCapitalised(word)) ||
      // A lowercase noun qualifying a lowercase role: "housing spokesman", "agriculture and fisheries minister".
      (!isCapitalised(word) &&
        !/(?:ed|ly|ing)$/.test(word) &&
        begin < nameStart &&
        word.length > 2 &&
        !isCapitalised(following.word) &&
        (isRoleWord(following.word) || following.word === 'and'));
    if (!describes) break;
    begin = index;
    if (token.possessive) break;
  }
  while (begin < nameStart && ['and', 'of', 'for'].includes(lowerWord(tokens[begin]))) begin++;
  if (begin >= nameStart) return null;
  return roleText(run, begin, appositive ? nameStart - 0 : nameStart);
}

const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * "Syria’s new foreign minister, Asaad al-Shaibani", "the first minister of Wales, Eluned Price",
 * "the state’s mediator, Robert Feld": a noun phrase set off by a comma before the name. It names
 * the role when it ends on a role word (or a role "of"/"for" something), or when it is a short
 * determined phrase that stands alone as its clause.
 */
function appositiveRoleBefore(run: NameRun, nameStart: number): string | null {
  const tokens = run.paragraphTokens;
  let begin = nameStart;
  for (let index = nameStart - 1; index >= 0 && nameStart - index <= 9; index--) {
    const token = tokens[index] as Token;
    const gap = run.text.slice(token.end, (tokens[index + 1] as Token).start);
    if (index === nameStart - 1 ? gap !== ', ' : gap !== ' ') break;
    const lower = token.word.toLowerCase();
    const afterLink = ['of', 'for', 'at'].includes(lowerWord(tokens[index - 1]));
    if (CLAUSE_OPENERS.has(lower) && !afterLink) {
      begin = index;
      break;
    }
    if (
      ROLE_STOP_WORDS.has(lower) &&
      !['of', 'for', 'at', 'and'].includes(lower) &&
      !CLAUSE_OPENERS.has(lower)
    )
      break;
    begin = index;
    if (token.possessive) break;
  }
  const clause = tokens.slice(begin, nameStart);
  if (clause.length === 0) return null;
  const first = clause[0] as Token;
  const opensOnDeterminer = CLAUSE_OPENERS.has(first.word.toLowerCase()) || first.possessive;
  const roleAt = clause.findLastIndex((token) => isRoleNoun(token.word));
  const tail = roleAt === -1 ? [] : clause.slice(roleAt + 1).map((token) => token.word.toLowerCase());
  const endsOnRole =
    roleAt !== -1 &&
    (tail.length === 0 || (['of', 'for', 'at'].includes(tail[0] ?? '') && tail.length <= 4)) &&
    // "Media Player, Windows Messenger": a generic noun is a role only after a determiner ("her husband").
    (isPersonTitle((clause[roleAt] as Token).word) || opensOnDeterminer);
  const startsClause = /(?:^|[.!?,;:])\s*$/.test(run.text.slice(0, first.start));
  if (!endsOnRole && !(opensOnDeterminer && startsClause && clause.length <= 4)) return null;
  let from = 0;
  while (from < clause.length && CLAUSE_OPENERS.has((clause[from] as Token).word.toLowerCase())) from++;
  const phrase = clause.slice(from);
  if (
    phrase.length === 0 ||
    phrase.every((token) => !isCapitalised(token.word) && ROLE_STOP_WORDS.has(token.word))
  )
    return null;
  return run.text.slice((phrase[0] as Token).start, (phrase[phrase.length - 1] as Token).end);
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

function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (ROLE_NOUNS.has(lower)) return true;
  // Professions by their endings: hydrologist, physician, photographer, economist.
  return /(?:ologist|ician|ographer|[a-z]{4}ist)$/.test(lower) && !NOT_PROFESSIONS.has(lower);
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

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isRoleNoun(lower) || TITLE_MODIFIERS.has(lower) || RELATIONAL_NOUNS.has(lower);
}

/** "John Smith, a Sunday Telegraph journalist," → "Sunday Telegraph journalist". */
function roleAfter(run: NameRun): string | null {
  const last = run.tokens[run.tokens.length - 1] as Token;
  const rest = run.text.slice(last.end);
  const opening = /^, (?:\d+, )?/.exec(rest);
  if (!opening) return null;
  // The appositive runs to the next punctuation, and stops before a relative clause or a verb.
  let phrase = rest.slice(opening[0].length).split(/[,;.:“”"()]/)[0] ?? '';
  phrase = phrase.split(/\s+(?:who|which|whose|that|said|says|told|added)\b/)[0]?.trim() ?? '';
  const words = phrase.split(/\s+/);
  if (phrase === '' || words.length > 12) return null;
  if (/^(?:who|whose|which|where|when|whom)$/i.test(words[0] ?? '')) return null;
  if (!/^(?:a|an|the|his|her|its|their|[\p{L}]+['’]s|[\p{L}][\p{L}-]+)$/u.test(words[0] ?? '')) return null;
  const roleIndex = words.findIndex((word) => isRoleNoun(word));
  if (roleIndex === -1 || roleIndex > 6) return null;
  // Without an article the appositive must open on its role: "director general of the Chambers".
  if (
    !/^(?:a|an|the|his|her|its|their)$/i.test(words[0] ?? '') &&
    !/['’]s$/.test(words[0] ?? '') &&
    roleIndex > 2
  ) {
    return null;
  }
  if (/\b(?:was|is|has|had|were|are)\b/.test(words.slice(0, roleIndex + 1).join(' '))) return null;
  return phrase.replace(/^(?:a|an|the)\s+/i, '');
}

function speechVerbFollows(run: NameRun): boolean {
  const after = tokenAfter(run);
  const gap = gapBetween(run.text, run.tokens[run.tokens.length - 1], after);
  if (gap !== ' ' || !after) return false;
  if (SPEECH_VERBS.has(after.word)) return true;
  const next = tokenAfter(run, 2);
  return ['also', 'later', 'has', 'had', 'then'].includes(after.word) && SPEECH_VERBS.has(next?.word ?? '');
}

function speechVerbPrecedes(run: NameRun): boolean {
  const before = tokenBefore(run);
  return (
    before !== undefined &&
    ['said', 'says', 'added', 'according'].includes(before.word) &&
    run.prefix.length === 0
  );
}

function genderOf(run: NameRun): Gender {
  for (const token of run.prefix) {
    const gender = HONORIFICS.get(token.word.toLowerCase());
    if (gender) return gender;
  }
  const given = run.core[0]?.word ?? '';
  if (run.core.length > 1 && MALE_GIVEN_NAMES.has(given)) return 'male';
  if (run.core.length > 1 && FEMALE_GIVEN_NAMES.has(given)) return 'female';
  return null;
}

function classifyNonPerson(name: string, core: Token[], run: NameRun): EntityKind | null {
  const words = core.map((token) => token.word);
  const last = words[words.length - 1] ?? '';
  if (KNOWN_ORGANISATION_PHRASES.includes(name) || (words.length === 1 && KNOWN_ORGANISATIONS.has(last))) {
    return 'organisation';
  }
  if (isPlaceWord(name)) return 'place';
  if (ORGANISATION_HEADS.has(last.toLowerCase()) && words.length > 1) return 'organisation';
  if (words.length === 1 && isAcronym(last)) return 'organisation';
  if (PLACE_HEADS.has(last.toLowerCase()) && words.length > 1) return 'place';
  if (PLACE_FIRST_WORDS.has(words[0] ?? '') && words.length > 1) return 'place';
  // "the investment bank Jefferies", "the charity Shelter": a common noun that names a kind of organisation.
  const kindNoun = tokenBefore(run);
  const determined = ['the', 'a', 'an', 'its', 'their'].some((word) =>
    [lowerWord(tokenBefore(run, 2)), lowerWord(tokenBefore(run, 3))].includes(word),
  );
  if (
    kindNoun &&
    ORGANISATION_KIND_NOUNS.has(kindNoun.word.toLowerCase()) &&
    run.prefix.length === 0 &&
    determined &&
    gapBetween(run.text, kindNoun, run.tokens[0]) === ' '
  ) {
    return 'organisation';
  }
  const before = lowerWord(tokenBefore(run));
  if (words.length === 1 && PLACE_PREPOSITIONS.has(before) && run.prefix.length === 0) return 'place';
  return null;
}

function personEvidence(run: NameRun): number {
  const words = run.core.map((token) => token.word);
  const first = words[0] ?? '';
  const before = lowerWord(tokenBefore(run));
  let evidence = 0;
  if (run.prefix.some((token) => isPersonTitle(token.word))) evidence += 2;
  if (ROLE_NOUNS.has(before) || RELATIONAL_NOUNS.has(before)) evidence += 2;
  if (words.length > 1 && (MALE_GIVEN_NAMES.has(first) || FEMALE_GIVEN_NAMES.has(first))) evidence += 2;
  if (words.length > 1 && words.some((word) => ARABIC_ATTACHED_PARTICLE.test(word))) evidence += 2;
  if (words.length > 2 && words.slice(1, -1).some((word) => NAME_PARTICLES.has(word.toLowerCase())))
    evidence += 2;
  if (speechVerbFollows(run) || speechVerbPrecedes(run)) evidence += 1;
  if (roleAfter(run) !== null || (run.prefix.length === 0 && roleBefore(run) !== null)) evidence += 2;
  if (/^, (?:\d+|who)\b/.test(run.text.slice(run.tokens[run.tokens.length - 1]?.end ?? 0))) evidence += 2;
  // A two-word name as a sentence's subject, followed up by "he said" or "she added": a person
  // introduced without a title ("Mick Dalton has led the union since 2019.").
  const startsSentence =
    run.prefix.length === 0 && /(?:^|[.!?]["”’]?\s+)$/.test(run.text.slice(0, run.tokens[0]?.start ?? 0));
  // Names inside quotations are the speaker's words, not other people the pronoun could mean.
  const following = `${run.text.slice(run.tokens[run.tokens.length - 1]?.end ?? 0)} ${run.nextText}`.replace(
    /[“"][^”"]*[”"]/g,
    '""',
  );
  const followUp = /(?:^|[,.”"]\s*)(?:he|she) (?:said|says|added|told|explained|insisted)\b/i.exec(following);
  // Only when nobody else is named before the pronoun could it point back to this name.
  const followedUp =
    followUp !== null && !/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(following.slice(0, followUp.index));
  if (startsSentence && words.length === 2 && followedUp) evidence += 2;
  if (run.postNominal) evidence += 2;
  if (before === 'the' && run.prefix.length === 0) evidence -= 3;
  if (before === 'told' || before === 'to') evidence -= 1;
  return evidence;
}

function isGivenName(word: string): boolean {
  return MALE_GIVEN_NAMES.has(word) || FEMALE_GIVEN_NAMES.has(word);
}

function isPlausibleNameWord(word: string): boolean {
  return (
    !NEVER_NAME_WORDS.has(word) &&
    !CALENDAR_WORDS.has(word) &&
    !isPlaceWord(word) &&
    !KNOWN_ORGANISATIONS.has(word) &&
    !isGroupWord(word) &&
    !isAcronym(word) &&
    !/^\p{Lu}{2,}s?$/u.test(word) &&
    !/\d/.test(word)
  );
}

/** The surname with any particle, as readers cite it: "al-Shaibani", "Abu Qasra", "de Gaulle". */
function surnameOf(name: string): string {
  const words = name.split(' ');
  // Korean names put the family name first: Park Ji-hoon, Moon Jae-in.
  if (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0] ?? '') &&
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] ?? '')
  ) {
    return words[0] as string;
  }
  let start = words.length - 1;
  while (start > 0 && NAME_PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start--;
  return words.slice(start).join(' ');
}

/** Every way the article might write a surname: with, without and detached from its particle. */
function surnameForms(surname: string): string[] {
  const forms = new Set<string>([surname]);
  const attached = /^(\p{L}+)-(\p{Lu}.*)$/u.exec(surname);
  if (attached?.[1] && attached[2] && NAME_PARTICLES.has(attached[1].toLowerCase())) {
    forms.add(attached[2]);
    forms.add(`${attached[1]} ${attached[2]}`);
  }
  const words = surname.split(' ');
  if (words.length > 1 && NAME_PARTICLES.has((words[0] ?? '').toLowerCase())) {
    forms.add(words.slice(1).join(' '));
    if (DROPPABLE_PARTICLES.has((words[0] ?? '').toLowerCase()))
      forms.add(`${words[0]}-${words.slice(1).join(' ')}`);
  }
  return [...forms];
}

/** Letters apart, for spellings the article itself varies: Sergei and Sergey. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  return a[0] === b[0] && editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

function samePerson(a: string, b: string): boolean {
  const wordsA = foldName(a).split(' ');
  const wordsB = foldName(b).split(' ');
  const surnameA = foldName(surnameOf(a)).replace(/^(?:al|el) /, '');
  const surnameB = foldName(surnameOf(b)).replace(/^(?:al|el) /, '');
  if (surnameA !== surnameB) return false;
  // "Abu Rasheed" is "Ziad Abu Rasheed" without the given name.
  const foldedA = wordsA.join(' ');
  const foldedB = wordsB.join(' ');
  if (foldedA.endsWith(` ${foldedB}`) || foldedB.endsWith(` ${foldedA}`)) return true;
  const givenA = wordsA[0] ?? '';
  const givenB = wordsB[0] ?? '';
  if (wordsA.length === 1 || wordsB.length === 1) return true;
  return sameGivenName(givenA, givenB) || wordsA.includes(givenB) || wordsB.includes(givenA);
}

function roleKeyOf(role: string): RoleKey | null {
  const words = role.replace(/['’]s\b/g, "'s").split(/\s+/);
  let place: string | null = null;
  for (const word of words) {
    const bare = word.replace(/'s$/, '');
    if (word.endsWith("'s") && isPlaceWord(bare)) place = bare;
    else if (DEMONYM_TO_PLACE.has(word.toLowerCase()))
      place = DEMONYM_TO_PLACE.get(word.toLowerCase()) ?? null;
  }
  const lower = words.map((word) => word.toLowerCase());
  let headEnd = -1;
  for (let index = lower.length - 1; index >= 0; index--) {
    if (ROLE_NOUNS.has(lower[index] ?? '')) {
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

function emptyCandidate(order: number): PersonCandidate {
  return {
    forms: new Map(),
    evidence: 0,
    roles: [],
    gender: null,
    order,
    honorificForms: new Set(),
    surnameReuse: 0,
  };
}

function addCandidateForm(candidate: PersonCandidate, form: string) {
  candidate.forms.set(form, (candidate.forms.get(form) ?? 0) + 1);
}

/** "the Russian presidency", "Russia’s foreign ministry": institutions named by their country. */
function findInstitutions(paragraph: Paragraph, order: number, found: Map<string, EntityDraft>) {
  const pattern =
    /\b(?:[Tt]he )?((?:\p{Lu}\p{L}+(?:['’]s)?) (?:(?:foreign|defence|defense|interior|finance|justice|health) )?(\p{L}+))\b/gu;
  for (const match of paragraph.text.matchAll(pattern)) {
    const phrase = match[1] ?? '';
    const head = match[2] ?? '';
    if (!INSTITUTION_NOUNS.has(head)) continue;
    // "Syrian military targets": the institution word used as an adjective names no organisation.
    const nextWord =
      /^\s+(\p{Ll}+)/u.exec(paragraph.text.slice((match.index ?? 0) + match[0].length))?.[1] ?? '';
    if (/[^s]s$/.test(nextWord) && !['has', 'was', 'is', 'says'].includes(nextWord)) continue;
    const owner = phrase.split(' ')[0] ?? '';
    const ownerBare = owner.replace(/['’]s$/, '');
    // "the Russian presidency", "Russia’s foreign ministry", "the US government".
    const isCountry = DEMONYM_TO_PLACE.has(owner.toLowerCase()) || isPlaceWord(ownerBare);
    if (!isCountry) continue;
    const key = foldName(phrase);
    if (!found.has(key)) {
      found.set(key, {
        name: phrase,
        kind: 'organisation',
        aliases: [],
        role: null,
        roleKeys: [],
        gender: null,
        order: order + (match.index ?? 0),
      });
    }
  }
}

/**
 * Finds the people, organisations and places an article names, one entry per real entity.
 * A capitalised phrase becomes a person only on evidence a reader would use: a title or role
 * before it, a known given name, an Arabic name particle, a role in apposition, a speech verb,
 * or the surname used again on its own with an honorific.
 */
export function discoverEntities(paragraphs: readonly Paragraph[]): EntityDraft[] {
  const runs: NameRun[] = [];
  const institutions = new Map<string, EntityDraft>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.kind === 'heading') continue;
    runs.push(...findNameRuns(paragraph, paragraph.n * 100_000, paragraphs[index + 1]?.text ?? ''));
    findInstitutions(paragraph, paragraph.n * 100_000, institutions);
  }

  const candidates = new Map<string, PersonCandidate>();
  const singles: NameRun[] = [];
  const others = new Map<string, { name: string; kind: EntityKind; order: number }>();
  const addOther = (name: string, kind: EntityKind, order: number) => {
    const key = foldName(name);
    if (!others.has(key)) others.set(key, { name, kind, order });
  };

  for (const run of runs) {
    for (const token of run.prefix) {
      if (isPlaceWord(token.word)) addOther(token.word, 'place', run.order);
      else if (KNOWN_ORGANISATIONS.has(token.word)) addOther(token.word, 'organisation', run.order);
    }
    if (run.core.length === 0) continue;
    const name = coreText(run);
    const nonPerson = classifyNonPerson(name, run.core, run);
    if (nonPerson) {
      addOther(name, nonPerson, run.order);
      continue;
    }
    if (run.core.length === 1) {
      singles.push(run);
      continue;
    }
    if (
      !run.core.every(
        (token, index) =>
          isPlausibleNameWord(token.word) ||
          NAME_PARTICLES.has(token.word.toLowerCase()) ||
          // "Louise Christian": after a plausible first name, a group word is a surname.
          (index > 0 && isGroupWord(token.word) && isPlausibleNameWord((run.core[0] as Token).word)),
      )
    ) {
      for (const token of run.core) {
        if (isPlaceWord(token.word)) addOther(token.word, 'place', run.order);
        else if (KNOWN_ORGANISATIONS.has(token.word) || isAcronym(token.word))
          addOther(token.word, 'organisation', run.order);
      }
      continue;
    }
    const key = foldName(name);
    const candidate = candidates.get(key) ?? emptyCandidate(run.order);
    candidates.set(key, candidate);
    addCandidateForm(candidate, name);
    candidate.evidence += personEvidence(run);
    candidate.gender ??= genderOf(run);
    const role = roleFromPrefix(run) ?? roleBefore(run) ?? roleAfter(run);
    if (role) candidate.roles.push({ text: role, order: run.order });
  }

  // Lone surnames: support for a full name that shares them, or a person in their own right when an
  // honorific or title stands before them ("Mr Blair", "President Putin").
  const lonePeople = new Map<string, PersonCandidate>();
  for (const run of singles) {
    const word = (run.core[0] as Token).word;
    if (!isPlausibleNameWord(word)) continue;
    // "the General Election": a title word after an article is part of a noun phrase, not a name.
    const determined = ['the', 'a', 'an'].includes(lowerWord(run.paragraphTokens[run.firstIndex - 1]));
    const titled = !determined && run.prefix.some((token) => isPersonTitle(token.word));
    const evidence = (titled ? 2 : 0) + (speechVerbFollows(run) ? 1 : 0);
    let matching = [...candidates.values()].filter((candidate) =>
      [...candidate.forms.keys()].some((form) => samePerson(form, word)),
    );
    // "Prince Faisal" for "Faisal bin Khalid": royal and religious titles go with the given name.
    if (matching.length === 0 && titled) {
      matching = [...candidates.values()].filter((candidate) =>
        [...candidate.forms.keys()].some((form) => form.includes(' ') && form.split(' ')[0] === word),
      );
      if (matching.length > 1) matching = [];
    }
    // Full name first, surname alone afterwards is how reporters refer to people (not to places
    // or organisations), so a surname on its own later is evidence in itself.
    const reuse = !determined && run.prefix.length === 0 && run.tokens.length === 1 ? 1 : 0;
    for (const candidate of matching) {
      candidate.evidence += evidence + (candidate.surnameReuse < 2 ? reuse : 0);
      candidate.surnameReuse += reuse;
      candidate.gender ??= genderOf(run);
      if (titled)
        candidate.honorificForms.add(
          run.text.slice((run.prefix.at(-1) as Token).start, (run.core[0] as Token).end),
        );
      const role = roleFromPrefix(run) ?? roleBefore(run) ?? roleAfter(run);
      if (role) candidate.roles.push({ text: role, order: run.order });
    }
    if (matching.length > 0 || evidence === 0) continue;
    const lone = lonePeople.get(word) ?? emptyCandidate(run.order);
    lonePeople.set(word, lone);
    addCandidateForm(lone, word);
    lone.evidence += evidence;
    lone.gender ??= genderOf(run);
    if (titled)
      lone.honorificForms.add(run.text.slice((run.prefix.at(-1) as Token).start, (run.core[0] as Token).end));
    const role = roleFromPrefix(run) ?? roleBefore(run) ?? roleAfter(run);
    if (role) lone.roles.push({ text: role, order: run.order });
  }

  const accepted = [...candidates.values()].filter((candidate) => candidate.evidence >= 2);
  for (const lone of lonePeople.values()) if (lone.evidence >= 2) accepted.push(lone);

  const people = mergePeople(accepted);
  const drafts: EntityDraft[] = people.map(personDraft);
  dropAmbiguousAliases(drafts);

  const personWords = new Set(drafts.flatMap((draft) => [draft.name, ...draft.aliases]).map(foldName));
  for (const other of others.values()) {
    if (personWords.has(foldName(other.name))) continue;
    drafts.push({
      name: other.name,
      kind: other.kind,
      aliases: [],
      role: null,
      roleKeys: [],
      gender: null,
      order: other.order,
    });
  }
  for (const institution of institutions.values()) {
    if (!drafts.some((draft) => foldName(draft.name) === foldName(institution.name)))
      drafts.push(institution);
  }
  linkAcronyms(paragraphs, drafts);
  return drafts.sort((a, b) => a.order - b.order);
}

/** "the Local Government Association (LGA)": the bracketed acronym is the same organisation. */
function linkAcronyms(paragraphs: readonly Paragraph[], drafts: EntityDraft[]) {
  const pattern =
    /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*)\s+\((\p{Lu}[\p{Lu}\d&]{1,7})\)/gu;
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(pattern)) {
      const [, longForm = '', acronym = ''] = match;
      const owner = drafts.find((draft) => draft.kind !== 'place' && longForm.endsWith(draft.name));
      if (!owner || owner.aliases.includes(acronym)) continue;
      owner.aliases.push(acronym);
      const duplicate = drafts.findIndex(
        (draft) => draft !== owner && draft.name === acronym && draft.kind !== 'person',
      );
      if (duplicate !== -1) drafts.splice(duplicate, 1);
    }
  }
}

function roleFromPrefix(run: NameRun): string | null {
  if (run.prefix.length === 0) return null;
  if (!run.prefix.some((token) => ROLE_NOUNS.has(token.word.toLowerCase()))) return roleBefore(run);
  const extended = roleBefore(run);
  if (extended) return extended;
  const first = run.prefix.find((token) => !NEVER_NAME_WORDS.has(token.word) || isTitleWord(token.word));
  const last = run.prefix[run.prefix.length - 1] as Token;
  if (!first) return null;
  return run.text.slice(first.start, last.end);
}

function mergePeople(candidates: PersonCandidate[]): PersonCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.order - b.order);
  const merged: PersonCandidate[] = [];
  for (const candidate of sorted) {
    const forms = [...candidate.forms.keys()];
    const target = merged.find((existing) =>
      [...existing.forms.keys()].some((form) => forms.some((other) => samePerson(form, other))),
    );
    if (!target) {
      merged.push({ ...candidate, forms: new Map(candidate.forms), roles: [...candidate.roles] });
      continue;
    }
    for (const [form, count] of candidate.forms)
      target.forms.set(form, (target.forms.get(form) ?? 0) + count);
    target.roles.push(...candidate.roles);
    target.gender ??= candidate.gender;
    for (const form of candidate.honorificForms) target.honorificForms.add(form);
    target.evidence += candidate.evidence;
  }
  return merged;
}

function personDraft(candidate: PersonCandidate): EntityDraft {
  const forms = [...candidate.forms.entries()];
  // The fullest form the article uses; among equals, the one it uses most, then the first.
  const [name] = forms.reduce((best, current) => {
    const words = (form: string) => form.split(/\s+/).length;
    if (words(current[0]) > words(best[0])) return current;
    if (words(current[0]) === words(best[0]) && current[1] > best[1]) return current;
    return best;
  });
  const aliases = new Set<string>();
  for (const [form] of forms) {
    if (form !== name) aliases.add(form);
    if (form.includes(' ')) for (const surname of surnameForms(surnameOf(form))) aliases.add(surname);
  }
  for (const form of candidate.honorificForms) aliases.add(form);
  aliases.delete(name);
  const roles = [...candidate.roles].sort((a, b) => a.order - b.order);
  const roleKeys = roles.map((role) => roleKeyOf(role.text)).filter((key): key is RoleKey => key !== null);
  return {
    name,
    kind: 'person',
    aliases: [...aliases],
    role: roles[0]?.text ?? null,
    roleKeys,
    gender: candidate.gender,
    order: candidate.order,
  };
}

/** A surname two people share names neither of them on its own. */
function dropAmbiguousAliases(drafts: EntityDraft[]) {
  const owners = new Map<string, number>();
  for (const draft of drafts) {
    for (const alias of new Set(draft.aliases.map(foldName))) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  }
  for (const draft of drafts) {
    draft.aliases = draft.aliases.filter((alias) => (owners.get(foldName(alias)) ?? 0) < 2);
  }
}
