/**
 * Quotations and who said them.
 *
 * What counts as speech. A quotation that stands as its own sentence (or follows a colon, or a
 * "said,") is speech. A quotation inside the reporter's own sentence (partial: true) counts only
 * when an attribution verb governs it: a speech verb earlier in the same sentence ("said their
 * decision “doesn't depend…”", "called on Russia to support a “transitional justice” process"), or
 * an attribution tag right after it ("…“a disaster”, he said"). Without one, marks around a word or short
 * phrase are scare quotes or a title (the "Marshall Plan") and are not speech; words that name
 * rather than quote ("dubbed", "so-called", "known as") rule a quotation out even next to a verb.
 *
 * Who said it, in the order a reader looks: an attribution in the quotation's own sentence
 * ("X said", "said X", "X told <outlet>", "according to X", "He added:"), resolving pronouns to
 * the most recent compatible subject or speaker and role phrases ("the prime minister") to the
 * person the article gives that role; then, for a quotation with no attribution of its own, the
 * speaker of the paragraph it sits in, or of the paragraph before (the floating-quote convention).
 * Any verb before a colon introduces what follows ("Rodriguez smiled:"), a copula excepted;
 * "According to X, …" makes X the sentence's source; a determined phrase speaks through its head
 * ("a source close to the mayor" is unnamed); a surname two people share is the one last in mind.
 * A name inside the quotation is never its speaker. Null when the text does not say. A quotation
 * that runs on over paragraphs (no closing mark, the next paragraph reopens it) is one speech act
 * judged as a whole, but cited paragraph by paragraph so that every part carries its own ¶.
 *
 * Organisations speak too: "X said in a statement", "a Treasury spokesperson said", "the
 * institute said" (the one organisation with that word), "the company said" (the business the
 * story follows: the most named of those that have acted), "a Grab representative said", a
 * spokesperson for nobody named (the body that has just spoken), "the report said" (the body the
 * report is by). Pronouns: he and she go to the most recent person of that sex, learnt from the
 * text when the name does not tell ("Mbeki said her party…"), unless an unnamed person spoke since
 * ("a senior official said…", then "he said" is that official); it to the most recent
 * organisation; they to the most recent organisation or person (singular they), unless an unnamed
 * group spoke since ("Police said…"), and a he or she after an unnamed spokesperson is still the
 * body ("A Transport Scotland spokeswoman said… 'We recognise…,' she said"); "his spokesman" speaks
 * for the man just named. A speech verb inside a relative clause still open at the verb ("the
 * budget, which X called reckless") leaves the sentence's own subject as the one a pronoun means.
 *
 * Jobs named before their holders: "the NWC's corporate communications manager told…" is the
 * person the story names as its manager from that paragraph on (a body owning the job rules
 * nobody out); a paragraph opening on a job that speaks unnamed ("The chairman of … said") is the
 * person the next paragraph introduces by a definite description ("said the councillor, Magnus
 * Tait") or as having "taken up the role", or the one after it when the paragraph between only
 * goes on quoting the unnamed job ('"…," she said'). A "Quote:" line is the speaker of the "Source:" line
 * above it. Capitalised names and coined compounds before "programme", "approach" or "scheme",
 * and titles after "under the title", name things and are not speech.
 */
import type { Paragraph } from '../corpus/types.js';
import { type EntityDraft, type Gender, introducedFrom } from './entities.js';
import {
  DEMONYM_TO_PLACE,
  EXAMINERS_FOR_A_BODY,
  EXCHANGE_TAG_VERBS,
  HONORIFICS,
  isGroupWord,
  KIN_NOUNS,
  NAMING_WORDS,
  ORGANISATION_HEADS,
  PLAYING_POSITIONS,
  POSITION_QUALIFIERS,
  POSTED_WRITING_NOUNS,
  RELATIONAL_NOUNS,
  ROLE_NOUNS,
  SPEECH_FRAMING_PARTICIPLES,
  SPEECH_VERB_PARTICLES,
  SPEECH_VERBS,
  STAFF_NOUNS,
  STATEMENT_NOUNS,
  SUBORDINATE_RANKS,
  TITLE_MODIFIERS,
  US_STATE_ABBREVIATIONS,
  VERB_FILLERS,
} from './lexicon.js';
import { entitiesForRole, findMentions, HOLDER_NAMED_WITHIN, heldByThen, type Mention } from './mentions.js';
import { findQuotedSpans, looksLikeTitle, type QuotedSpan, spanText } from './quote-marks.js';
import { escapeRegExp } from './role-phrases.js';
import { isAbbreviationStop, type Sentence, splitSentences } from './sentences.js';
import { isPlaceWord, isRoleNoun } from './titles.js';
import { type Token, tokenize } from './tokens.js';
import type { Quote } from './types.js';

interface ParagraphView {
  paragraph: Paragraph;
  spans: QuotedSpan[];
  sentences: Sentence[];
  mentions: Mention[];
  /** The text with every quotation's words blanked, so nothing inside a quotation is read as frame. */
  frame: string;
}

interface QuoteUnit {
  view: ParagraphView;
  span: QuotedSpan;
  /** Where the quotation finally closes, when it runs on into later paragraphs. */
  lastView: ParagraphView;
  lastSpan: QuotedSpan;
  /** The whole quotation, read as one to judge whether it is speech. */
  text: string;
  /** The paragraphs it runs on into, after the first: each is cited as a quotation of its own. */
  continuations: { view: ParagraphView; text: string }[];
}

/** Someone a pronoun could point to: the subjects and speakers of the sentences read so far. */
interface Focus {
  /** Null for an unnamed group ("Police said", "residents say") that a plural "they" may mean. */
  entity: EntityDraft | null;
  /** An unnamed individual ("a police commander, who asked not to be named"): a later "he" is them. */
  individual?: boolean;
  /** The sex an unnamed individual's words give away ("his mother"), so a "he" can pass them by. */
  sex?: 'male' | 'female';
  /** An organisation that spoke through an unnamed spokesperson: a later "she said" is them too. */
  throughSpokesperson?: boolean;
}

/**
 * What an attribution's subject turned out to be. An unnamed `individual` is one person the
 * article does not name ("a senior official said"), as against a group or nothing identifiable.
 */
type Subject =
  | { kind: 'entity'; entity: EntityDraft }
  | { kind: 'unnamed'; individual?: boolean; body?: boolean }
  | { kind: 'none' };

const PREPOSITIONS = new Set(
  `of for with alongside to from by about in at on against between among than like after before
   during despite toward towards into onto upon over under beside near behind via without within
   across through`
    .split(/\s+/)
    .filter(Boolean),
);
/** ", 58, who", ", who": a relative pronoun closing the words before a verb, after an optional age. */
const RELATIVE_WHO_AT_END = /(?:,\s*\d{1,3})?,\s+who\s*$/;

/** Reporting verbs that can come before their subject: "…, said Mr Thomas", "…, added the minister". */
const INVERTIBLE_VERBS = new Set(
  `said says added adds wrote writes insisted insists warned warns explained explains noted notes
   continued argued replied acknowledged admitted concluded recalled recalls declared stated
   observed remarked commented conceded cautioned predicted quipped joked agreed`.split(/\s+/),
);
/** Words that show a clause has its own verb, so the words after "said" are reported speech. */
const CLAUSE_VERBS = new Set(
  'was were is are had has have would will could should might may that it'.split(' '),
);
/** Second references to a business or a club: "the company", "the firm", "the carmaker", "the club". */
/** Documents a body publishes, which later speak for it: "the report said", "the survey found". */
const DOCUMENT_WORD =
  /[Rr]eport|[Ss]tudy|[Ss]urvey|[Rr]eview|[Aa]nalysis|[Pp]aper|[Aa]udit|[Aa]ssessment|[Pp]oll|\b(?:note|memo)\b/;
/** ", the department led by…", ", a campaign group that…": the words of an appositive after a body's name. */
const APPOSITIVE_AFTER_BODY = /^,\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/**
 * "The disciplinary commission of the Peruvian Football Federation", "Cardiff City's board": a
 * body's own organ, which the story then calls "the commission" or "the board", speaking for it.
 */
const ORGAN_BEFORE_BODY =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(commission|committee|board|tribunal)\s+of\s+(?:the\s+)?$/u;
const ORGAN_AFTER_BODY = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(commission|committee|board|tribunal)\b/u;
/**
 * "the hospital's board of directors said", "the club's management said": the governing organ of
 * a body the story calls by its kind speaks for that body.
 */
const ORGAN_OF_KIND_BEFORE_VERB =
  /(?:^|[\s,])[Tt]he\s+(\p{Ll}+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:board(?:\s+of\s+(?:directors|trustees|governors|management))?|management|administration|directors|trustees|governors|leadership)\s+(?:also\s+)?$/u;

/** Jobs at the head of a body, any of which "the union leader" or "the club boss" may mean. */
const HEADS_OF_BODIES = new Set(
  'leader head chief boss president chair chairman chairwoman chairperson director'.split(' '),
);
/** A union's or a party's head, written either way round. */
const SECRETARY_GENERAL = /\b(?:secretary[- ]general|general[- ]secretary)\b/;

/** How many words after a fragment its tag may start: '…“a disaster”, the minister told MPs'. */
const FRAGMENT_TAG_REACH = 6;

/** "the Dicrim director", "the BGMEA president": a job written straight after a body's name, closing the subject. */
const JOB_AFTER_BODY = /^\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))\s*$/u;

/** "…agency Corfo", "…campaign group Greenbelt Watch": a lower-case kind word right before a body's name. */
const KIND_BEFORE_BODY = /(?:^|\s)(\p{Ll}+)\s$/u;

const AUTHORED_BY =
  /\b(report|study|survey|review|analysis|paper|audit|assessment|poll)\b[^.;“”"]{0,60}?\b(?:by|from|of|for)\s+(?:the\s+)?$/i;
/**
 * "Analysts at Halyk Finance said in a note to clients", "the union wrote in a memo": brokers'
 * notes and internal memos are quoted afterwards as "the note said", and speak for their writer.
 */
const SAID_IN_DOCUMENT =
  /^\s+(?:also\s+)?(?:said|says|wrote|writes|warned|argued|added|noted|cautioned)\s+in\s+(?:a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(note|memo|report|review|briefing)\b/u;
const AUTHORED_POSSESSIVE =
  /^['’]s?\s+(?:\p{Ll}+\s+){0,2}?(report|study|survey|review|analysis|paper|audit|assessment|poll)\b/u;

/** ", his cousin,", ", her former coach,": a relation to someone else set off after a name. */
const RELATION_APPOSITIVE = /^\s*,\s*(?:his|her|their)\s[^,.;:“”"]{1,40},/;

/**
 * "The Pension Board, in a statement signed by its spokesperson, Ada Obi, said": an aside naming
 * who signed, issued or sent the body's statement, set off before the verb; the signer is the
 * body's hand, and the subject is the body before the aside.
 */
const STATEMENT_ASIDE =
  /,\s*in\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:signed|issued|released|sent|posted|written|put\s+out|read\s+out)\s+(?:by|through|on\s+behalf\s+of)\s[^,]*(?:,[^,]*){0,2}$/u;

function statementAsideStart(region: string): number {
  const aside = STATEMENT_ASIDE.exec(region);
  return aside && STATEMENT_NOUNS.has(aside[1] ?? '') ? aside.index : -1;
}

/** Conjunctions that open a clause of its own with its own subject. */
const CLAUSE_CONJUNCTIONS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'when',
  'whenever',
  'where',
  'if',
  'unless',
]);

/** "A bench of Justice ", "a single-judge bench comprising Justice ": the bench's judge follows. */
const SINGLE_JUDGE_BENCH =
  /\b(?:[Ss]ingle(?:[- ]judge)?\s+)?[Bb]ench\s+(?:of|comprising|headed\s+by|presided\s+over\s+by)\s+(?:Chief\s+)?Justice\s+$/;

/** Titles that name a calling, just before a name: "Dr Amir Haddad", "Prof. Lin Wei". */
const CALLING_TITLE = /\b(Dr|Prof|Professor)\.?\s+$/;

/** Words after which a name opens a clause as its subject: "and Thomas 'condemned' it". */
const SUBJECT_OPENERS = new Set([
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'as',
  'that',
  'then',
  'when',
  'although',
  'though',
  'because',
  'if',
  'where',
  'so',
]);

/** "A spokesman for ", "The spokeswoman at the ": a sentence opening on a body's spokesperson. */
const SPOKESPERSON_OPENS =
  /^(?:A|An|The)\s+(?:\p{L}+\s+)?spokes(?:man|woman|person)\s+(?:for|from|at|of)\s+(?:the\s+)?/u;

/** "A spokesman for Mr ", "a spokeswoman for the ": the whole subject up to the principal's name. */
const SPOKESPERSON_FOR_PRINCIPAL =
  /^[\s"“”'‘’]*(?:A|An|The|a|an|the)\s+(?:\p{L}+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?$/u;

/** "one senior partner, who asked not to be named": the job word of someone granted anonymity. */
const ANONYMOUS_JOB =
  /\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:at|from|with|in|close\s+to)\s+[^,.;]{1,40}?)?,?\s+who\s+(?:asked|requested|declined|spoke|did\s+not\s+want)\b[^.]{0,40}?\b(?:named|identified|anonymity)\b/u;

/**
 * "he was told: ", "they were warned, ": a speech verb in the passive set straight before a
 * quotation by a colon or comma makes its subject the hearer ("by" would name the speaker). Without
 * the stop ("had been told 'within weeks'") a reported fragment stays with whoever reports it.
 */
const HEARD_IN_PASSIVE = String.raw`\b(?:was|were|been|being|is|are|am|get|gets|got)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?:told|warned|informed|advised|reminded|assured|instructed)`;
const HEARER_INTRODUCES = new RegExp(
  `${HEARD_IN_PASSIVE}(?:\\s+(?:only|simply|flatly|bluntly))?\\s*[:,—–-]\\s*$`,
  'u',
);
/** '…," she was told.', '…," he was warned by letter': a passive tag after a quotation, naming no teller. */
const HEARER_TAG = new RegExp(`${HEARD_IN_PASSIVE}$`, 'u');
const TELLER_NAMED_AFTER = /^\s+by\s+(?:\p{Lu}|(?:the|an?|his|her|their|its)\s)/u;

/** "the ministry said " right before a pronoun: the kind word of the body that speaks. */
const BODY_SAID_BEFORE_IT =
  /\bthe\s+(\p{Ll}+)\s+(?:said|says|added|stated|announced|confirmed|told\s+\p{L}+)(?:\s+that)?\s+$/u;

/** "of the consultancy ", "at the charity ": a common noun a preposition governs, then a name. */
const NAME_BESIDE_GOVERNED_NOUN = /\b(?:of|at|for|from|with)\s+(?:the|a|an)\s+\p{Ll}+\s+$/u;

/** "an ", "another ": what makes the job after it someone new rather than a holder named before. */
const INDEFINITE_BEFORE = /\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+$/;

/** Nothing, or an age, between an appositive's comma and the name it gives: ", 83-year-old ". */
const AGE_BEFORE_NAME = /^\s*(?:(?:the\s+|an?\s+)?\d+-year-old\s+)?$/;

/** What may follow the principal in "a spokesman for Mr X said": the verb, or the end of the clause. */
const SPEECH_AFTER_PRINCIPAL =
  /^\s*(?:[,;.:]|$|(?:also\s+)?(?:said|says|told|added|confirmed|insisted|stated)\b)/u;

/** "worried about ", "concerns over ": what a quoted term after it is the object of. */
const WORRIED_ABOUT =
  /\b(?:worried|worries|concerned|concerns?|fears?|anxious|anxiety|nervous)\s+(?:about|over)\s*$/i;

/** Offices whose holder speaks through a spokesperson of the office. */
const PUBLIC_OFFICE =
  /\b(?:[Mm]inister|[Ss]ecretary|[Pp]remier|[Pp]resident|[Mm]ayor|[Gg]overnor|[Cc]hancellor|[Ss]enator|[Cc]ommissioner|[Aa]ttorney[- ][Gg]eneral)\b/;

/** Who speaks for a body rather than as themselves. */
const SPEAKS_FOR_BODY = /^(?:spokes(?:man|woman|person)|representative)$/i;
const SPOKESPERSON_IN = /\b(?:spokes(?:man|woman|person)|representative)\b/i;

/** Bodies a country has of its own, which "the government" or "the ministry" means without naming. */
const STATE_BODIES = new Set(
  'government ministry department army military navy police presidency cabinet parliament administration regime embassy'.split(
    ' ',
  ),
);
/**
 * Last words that name a public, member or care body, never what a reporter calls "the company"
 * or "the club" (a hospital is not the club the sports page follows): after
 * the regulator has spoken, "the company said" is still the business it regulates, and "the club
 * said" after the league is named is a club of the league.
 */
const PUBLIC_BODY_HEADS = new Set(
  `agency authority ministry department council commission committee association union federation
   institute university college court police government parliament assembly office bureau board
   regulator tribunal network society trust foundation party league confederation
   hospital clinic school museum church mosque charity`.split(/\s+/),
);
function isBusinessName(entity: EntityDraft): boolean {
  const words = entity.name.toLowerCase().split(/\s+/);
  // "Department of Trade and Industry", "Office for Budget Responsibility": the head comes before "of".
  const complement = words.findIndex((word) => word === 'of' || word === 'for');
  const head = complement > 0 ? words[complement - 1] : words.at(-1);
  return !PUBLIC_BODY_HEADS.has(head ?? '') && !PUBLIC_BODY_HEADS.has(words.at(-1) ?? '');
}
/** Documents a body or a person speaks through: "the statement said", "the letter added". */
const DOCUMENT_NOUNS = new Set(['statement', 'release', 'filing', 'letter', 'submission', 'email']);
/** Papers a body issues that are quoted afterwards as "the note said", like a statement. */
const ISSUED_NOTES = new Set(['note', 'memo']);

const BUSINESS_NOUNS = new Set(
  `company firm group start-up startup business carmaker automaker retailer chipmaker airline
   insurer lender manufacturer developer publisher conglomerate operator maker giant housebuilder
   supermarket bank miner brewer producer exporter utility broadcaster chain club team`.split(/\s+/),
);
/** What a business is called when it is introduced by its part in the story: "The contractor, X,". */
const BUSINESS_ROLES = new Set([...BUSINESS_NOUNS, 'contractor', 'subcontractor', 'supplier', 'builder']);
/** What a sport's or a trade's governing body is called on second reference. */
const GOVERNING_KINDS = new Set(['board', 'federation', 'association', 'union', 'league', 'body']);
const QUANTIFIERS = new Set([
  'neither',
  'no',
  'each',
  'both',
  'every',
  'some',
  'many',
  'several',
  'other',
  'others',
]);
const PRONOUNS = new Map<string, Gender | 'thing'>([
  ['he', 'male'],
  ['she', 'female'],
  ['it', 'thing'],
  ['they', 'thing'],
]);

const OBJECT_PRONOUN_SUBJECTS = new Map([
  ['him', 'he'],
  ['her', 'she'],
]);

function blankQuotations(text: string, spans: readonly QuotedSpan[]): string {
  let frame = text;
  for (const span of spans) {
    const inner = ' '.repeat(Math.max(0, span.close - span.open - 1));
    frame = frame.slice(0, span.open + 1) + inner + frame.slice(span.close);
  }
  return frame;
}

function viewOf(
  paragraph: Paragraph,
  entities: readonly EntityDraft[],
  known: ReadonlyMap<number, Mention[]> | undefined,
): ParagraphView {
  const spans = findQuotedSpans(paragraph.text);
  return {
    paragraph,
    spans,
    sentences: splitSentences(paragraph.text, spans),
    mentions: known?.get(paragraph.n) ?? findMentions(paragraph, entities),
    frame: blankQuotations(paragraph.text, spans),
  };
}

/**
 * Runs of name words that two or more people in the article share: the surname of two ministers
 * who are "no relation", a father and son, "Mohd Yusof" in two Malay names. A particle
 * ("de", "bin") cannot stand alone as a name, so runs start and end on a capitalised word.
 */
function sharedNameRuns(entities: readonly EntityDraft[]): Map<string, EntityDraft[]> {
  const holders = new Map<string, Set<EntityDraft>>();
  const fullNames = new Set<string>();
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    fullNames.add(entity.name);
    const words = entity.name.split(/\s+/u);
    for (let from = 0; from < words.length; from++) {
      if (!/^\p{Lu}/u.test(words[from] ?? '')) continue;
      for (let to = from + 1; to <= words.length; to++) {
        if (!/^\p{Lu}/u.test(words[to - 1] ?? '')) continue;
        const run = words.slice(from, to).join(' ');
        holders.set(run, (holders.get(run) ?? new Set()).add(entity));
      }
    }
  }
  const shared = new Map<string, EntityDraft[]>();
  for (const [run, people] of holders) {
    if (people.size < 2 || fullNames.has(run)) continue;
    // "Johnny Carson Theater" beside "Johnny Carson" is one name read twice, not two people.
    const distinct = [...people].filter(
      (person) =>
        ![...people].some((other) => other !== person && ` ${person.name} `.includes(` ${other.name} `)),
    );
    if (distinct.length > 1) shared.set(run, distinct);
  }
  return shared;
}

/** The honorifics and titles written straight before a name: "Dato Seri Setia Haji", "Health Minister". */
const TITLE_WORDS_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,6})$/u;

/** "Dušan Potočnik's son": the name owns the noun after it. */
const OWNER_OF_NEXT = /^['’]s\b/u;

function titleWordsBefore(text: string, offset: number): string[] {
  const run = TITLE_WORDS_BEFORE.exec(text.slice(Math.max(0, offset - 80), offset))?.[1];
  return run ? run.trim().split(/\s+/u) : [];
}

/**
 * How many paragraphs back a full naming still decides a bare shared name: a profile's subject
 * is named, then followed by "he said" before the bare surname returns.
 */
const SHARED_NAME_RECALL = 2;

/** "his younger brother, Ryan Irvine": a relative set off beside the subject, not the one followed. */
const RELATIVE_BEFORE_NAME = /\b(?:his|her|their)\s[^,.;:“”"]{1,40},\s*$/u;

function courtesyTitleOf(word: string): string {
  return word.replace(/\.$/u, '').toLowerCase();
}

/**
 * "Mr Blair" is neither Sir Ian Blair nor Cherie Blair: a courtesy title before a bare name rules
 * out the one of the other sex and the one first introduced with a different title.
 */
function fitsCourtesyTitle(
  person: EntityDraft,
  titlesBefore: readonly string[],
  introducedWith: ReadonlySet<string> | undefined,
): boolean {
  const last = titlesBefore.at(-1);
  const courtesy = last === undefined ? undefined : courtesyTitleOf(last);
  if (courtesy === undefined || !HONORIFICS.has(courtesy)) return true;
  const sex = HONORIFICS.get(courtesy);
  if (sex && person.gender && person.gender !== sex) return false;
  const introducedTitles = [...(introducedWith ?? [])]
    .map(courtesyTitleOf)
    .filter((word) => HONORIFICS.has(word));
  return introducedTitles.length === 0 || introducedTitles.includes(courtesy);
}

/** "Dušan Potočnik's son", "Ana Ruiz's lawyer": an appositive that opens on someone's possessive. */
const OWNED_BY_NAME_APPOSITIVE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+\p{Ll}/u;

/** "He is not related to the director", "no relation of the minister": a job only pointed at. */
const JOB_AFTER_PREPOSITION = /\b(?:to|of|from|with|by|for|about|than)\s+$/u;

/**
 * A bare name two people share ("Echeverría said", "Minister Solheim") is the one of them named
 * in full or by their job in this paragraph or the two before, the last of them if several, the
 * way a reader takes it; past that window it is the one the article has named most, its main
 * figure, not a relative who passed through. Titles written before it ("Dato Seri", "Midwife")
 * pick the one they were introduced with. Someone named only as the owner of another ("Dušan
 * Potočnik's son") or set off as a relative ("his brother, Ryan Irvine") is not the one in the
 * reader's mind, and a bare shared name owning something ("Halvorsen's bakery") is as often the
 * family firm. With none of them named yet the bare name is left unread: no speaker beats the
 * wrong relative.
 */
function resolveSharedNames(views: readonly ParagraphView[], entities: readonly EntityDraft[]): void {
  const shared = sharedNameRuns(entities);
  if (shared.size === 0) return;
  const runs = [...shared.keys()].sort((a, b) => b.length - a.length);
  const escaped = runs.map(escapeRegExp);
  const bareName = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
  /** When each person was last named, as [paragraph index, order of reading]. */
  const lastNamed = new Map<EntityDraft, [number, number]>();
  const timesNamed = new Map<EntityDraft, number>();
  const introducedWith = new Map<EntityDraft, Set<string>>();
  let clock = 0;
  const noteNamed = (mention: Mention, text: string, paragraphIndex: number) => {
    if (
      mention.entity.kind !== 'person' ||
      OWNER_OF_NEXT.test(text.slice(mention.end, mention.end + 3)) ||
      RELATIVE_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 60), mention.start)) ||
      (mention.byRole &&
        JOB_AFTER_PREPOSITION.test(text.slice(Math.max(0, mention.start - 12), mention.start)))
    )
      return;
    lastNamed.set(mention.entity, [paragraphIndex, ++clock]);
    timesNamed.set(mention.entity, (timesNamed.get(mention.entity) ?? 0) + 1);
    if (mention.byRole) return;
    const titles = introducedWith.get(mention.entity) ?? new Set<string>();
    for (const word of titleWordsBefore(text, mention.start)) titles.add(word);
    // "Sir Ian" may itself be the name form found, title and all.
    for (const word of text.slice(mention.start, mention.end).split(/\s+/u))
      if (HONORIFICS.has(courtesyTitleOf(word))) titles.add(word);
    introducedWith.set(mention.entity, titles);
  };
  const chooseHolder = (
    everyHolder: readonly EntityDraft[],
    titles: readonly string[],
    paragraphIndex: number,
  ) => {
    const bare = everyHolder.filter((person) =>
      fitsCourtesyTitle(person, titles, introducedWith.get(person)),
    );
    const titled = bare.filter((person) => titles.every((word) => introducedWith.get(person)?.has(word)));
    const named = (titles.length > 0 && titled.length > 0 ? titled : bare).filter((person) =>
      lastNamed.has(person),
    );
    const recent = named
      .filter((person) => (lastNamed.get(person)?.[0] ?? -Infinity) >= paragraphIndex - SHARED_NAME_RECALL)
      .sort((a, b) => (lastNamed.get(b)?.[1] ?? 0) - (lastNamed.get(a)?.[1] ?? 0));
    if (recent.length > 0) return recent[0];
    return named.sort((a, b) => (timesNamed.get(b) ?? 0) - (timesNamed.get(a) ?? 0) || a.order - b.order)[0];
  };
  views.forEach((view, paragraphIndex) => {
    const text = view.paragraph.text;
    const readings: { mention: Mention; bare: EntityDraft[] | undefined }[] = view.mentions.map(
      (mention) => ({
        mention,
        bare:
          mention.byRole || mention.entity.kind !== 'person'
            ? undefined
            : shared.get(text.slice(mention.start, mention.end)),
      }),
    );
    for (const match of text.matchAll(bareName)) {
      const start = match.index;
      const end = start + match[0].length;
      if (view.mentions.some((mention) => mention.start < end && mention.end > start)) continue;
      const holders = shared.get(match[0]) as EntityDraft[];
      readings.push({
        mention: { entity: holders[0] as EntityDraft, start, end, byRole: false },
        bare: holders,
      });
    }
    if (readings.every((reading) => reading.bare === undefined)) {
      for (const { mention } of readings) noteNamed(mention, text, paragraphIndex);
      return;
    }
    readings.sort((a, b) => a.mention.start - b.mention.start);
    const kept: Mention[] = [];
    for (const { mention, bare } of readings) {
      if (bare === undefined) {
        noteNamed(mention, text, paragraphIndex);
        kept.push(mention);
        continue;
      }
      const holder = chooseHolder(bare, titleWordsBefore(text, mention.start), paragraphIndex);
      if (!holder) continue;
      kept.push({ ...mention, entity: holder });
      // "Mr. Lassiter…" then "Lassiter addressed the court": once a title or the story has told
      // the reader which one a bare name is, the next bare name goes on meaning that one.
      lastNamed.set(holder, [paragraphIndex, ++clock]);
    }
    view.mentions = kept;
  });
}

function sentenceAt(view: ParagraphView, offset: number): Sentence {
  return (
    view.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ??
    view.sentences[view.sentences.length - 1] ?? { start: 0, end: view.paragraph.text.length, text: '' }
  );
}

function startsWithOpening(view: ParagraphView): QuotedSpan | undefined {
  const first = view.spans[0];
  if (!first) return undefined;
  return view.paragraph.text.slice(0, first.open).trim() === '' ? first : undefined;
}

/** Pairs quotations that run over paragraph breaks: no closing mark, and the next paragraph reopens. */
function collectUnits(views: readonly ParagraphView[]): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  const consumed = new Set<QuotedSpan>();
  for (let index = 0; index < views.length; index++) {
    const view = views[index] as ParagraphView;
    for (const span of view.spans) {
      if (consumed.has(span)) continue;
      const unit: QuoteUnit = {
        view,
        span,
        lastView: view,
        lastSpan: span,
        text: spanText(view.paragraph.text, span),
        continuations: [],
      };
      let next = index + 1;
      while (unit.lastSpan.unclosed && unit.lastSpan === unit.lastView.spans.at(-1)) {
        const following = views[next];
        const reopening = following ? startsWithOpening(following) : undefined;
        if (!following || !reopening || reopening.style !== unit.lastSpan.style) break;
        if (following.paragraph.n !== unit.lastView.paragraph.n + 1 && following.paragraph.kind !== 'body')
          break;
        consumed.add(reopening);
        const continued = spanText(following.paragraph.text, reopening);
        unit.text = `${unit.text} ${continued}`;
        unit.continuations.push({ view: following, text: continued });
        unit.lastView = following;
        unit.lastSpan = reopening;
        next++;
      }
      units.push(unit);
    }
  }
  return units;
}

/**
 * Whether a name sits in a prepositional phrase or after a relational noun ("alongside Lavrov",
 * "of the Metropolitan Police", "his counterpart Lavrov"), and so is not a clause's subject.
 */
/** A word of a title before a name ("former", "President", "Sir"), checked without allocating. */
function isTitleToken(token: Token | undefined): boolean {
  if (!token) return false;
  const lower = token.word.toLowerCase();
  return ROLE_NOUNS.has(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower);
}

/** Whether the word ending at `index` (past a determiner) is a preposition or a relational noun. */
function governsAt(before: readonly Token[], index: number): boolean {
  let previous = before[index]?.word.toLowerCase() ?? '';
  if (DETERMINERS.has(previous)) previous = before[index - 1]?.word.toLowerCase() ?? '';
  return PREPOSITIONS.has(previous) || RELATIONAL_NOUNS.has(previous);
}

/** "with Rory Dane", "with club president Andrew Gallagher", "with Labour's Rory Dane". */
const WITH_BEFORE_SUBJECT = /\bwith\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;

function governedByPreposition(frame: string, from: number, at: number): boolean {
  const before = tokenize(frame, from, at);
  let index = before.length - 1;
  if (governsAt(before, index)) return true;
  // "under former President Jair Bolsonaro": the preposition governs the title and the name with it.
  const stop = Math.max(0, before.length - 4);
  while (index >= stop && isTitleToken(before[index])) index--;
  if (index === before.length - 1) return false;
  // "Minister for Transport Niall Cregan": a preposition inside the title governs nothing.
  if (isTitleToken(before[index - 1])) return false;
  return governsAt(before, index);
}

/** "Analysts at Bernstein said": unnamed staff speak for the organisation they are at. */
function speaksThroughStaff(frame: string, from: number, at: number): boolean {
  const before = tokenize(frame, from, at).map((token) => token.word.toLowerCase());
  const preposition = before.at(-1) === 'the' ? before.at(-2) : before.at(-1);
  const staff = before.at(-1) === 'the' ? before.at(-3) : before.at(-2);
  // Only an unnamed group ("analysts at", "officials from"): "a portfolio manager at X" is a person's appositive.
  return (
    ['at', 'from', 'with'].includes(preposition ?? '') &&
    STAFF_NOUNS.has(staff ?? '') &&
    /(?:s|staff)$/.test(staff ?? '')
  );
}

/** Nouns for nationality and age that stand in for a person's name: "the Scot", "the 31-year-old". */
const EPITHET_NOUNS = new Set(
  `scot spaniard englishman englishwoman frenchman frenchwoman welshman welshwoman irishman
   irishwoman dutchman dane swede finn pole turk briton argentine swiss veteran youngster teenager
   newcomer visitor hosts champion right-hander left-hander southpaw`.split(/\s+/),
);

/** Jobs on a team's bench, not on its field: "the corner-forward" is never the manager. */
const BENCH_JOBS = new Set([
  'manager',
  'coach',
  'boss',
  'selector',
  'chairman',
  'president',
  'owner',
  'director',
]);

/** "the father of two", "the mother-of-three": how reporters refer back to a parent they have named. */
const PARENT_OF =
  /^the\s+(?:\p{L}+\s+)?(?:father|mother|grandfather|grandmother)(?:\s+of\s+|-of-)(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/iu;

function isEpithet(words: readonly string[]): boolean {
  const phrase = words.join(' ').toLowerCase();
  if (/^\d+-year-old$/.test(phrase)) return true;
  const last = words.at(-1) ?? '';
  // "the French midfielder", "the veteran goalkeeper": a position told by nationality or standing,
  // as sports reports name the player they are following.
  const described = words.slice(0, -1);
  if (
    PLAYING_POSITIONS.has(last.toLowerCase()) &&
    described.length > 0 &&
    described.every(
      (word) => EPITHET_NOUNS.has(word.toLowerCase()) || isGroupWord(word) || /^\d+-year-old$/.test(word),
    )
  )
    return true;
  // "the Scot", "the Liberal Democrat", "the Republican": a nationality or a party for its member.
  return (
    EPITHET_NOUNS.has(last.toLowerCase()) ||
    (words.length <= 2 && words.every((word) => isGroupWord(word) && /^\p{Lu}/u.test(word)))
  );
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
]);

/** A plural common noun as a speech verb's subject: "Police said", "Local residents say". */
const GROUP_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:the|some|many|other|local)\s+)(?:\p{L}+\s+)?(?:\p{Ll}{3,}[^s\s]s|police|people|staff|crowd|family|families)\s*(?:\p{Ll}+ly\s+|also\s+|have\s+|had\s+)?$/iu;
/** "Residents of Saint-Cyprien say", "but organisers say": a clause opening on a plural group that speaks. */
const GROUP_SAYS =
  /(?:^|[,;]\s*|\b(?:but|and|while)\s+)(?:\p{Ll}+\s+)?\p{L}{2,}[^s\s'’]s\b[^,;:“”"]{0,40}?\s(?:say|said|claim|claimed|warn|warned|argue|argued|insist|insisted)\b/iu;
const GROUP_AFTER_QUOTE =
  /^\s*[,—–-]?\s*(?:\p{Ll}+\s+)?(?:\p{Ll}{3,}[^s\s]s|police|people|staff|family)\s+(?:said|say|says|added|told)\b/u;

/** "appearing for the petitioner", "on behalf of the family": a noun a preposition governs, ending a clause. */
const OBJECT_NOUN_BEFORE_COMMA =
  /\b(?:for|representing|against|with)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{L}-]*\s*$/u;
/** ", D-Boise, ", ", R-Texas, ", ", I-Vt., ": a US party initial and home state or town, after a name. */
const PARTY_AND_HOME_LABEL = /,\s*[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,\s*$/u;
const BRACKETED_LABEL = /\([^(),]{1,40},[^()]{1,40}\)/g;

const PASSIVE_AUXILIARIES = new Set(
  'was were is are be been being has have had widely publicly repeatedly also often'.split(' '),
);

const BE_FORMS = new Set('was were is are be been being'.split(' '));
/** ", a schoolteacher from Stryi": an appositive describing the name before it, up to the next comma. */
const APPOSITIVE_TO_COMMA = /^,\s+(?:a|an|the|his|her|their|its|\d+)\b[^,;:“”"]*$/;
/** Prepositions that place someone at a body or a town: "a student at Northumbria University who…". */
const PLACE_OR_AFFILIATION = new Set(['at', 'in', 'from', 'of', 'near', 'with']);

/** A reporting verb opening the words after a quotation: '…," said Ann Cole'. */
const INVERTED_TAG_AFTER = /^[\s,]*(?:said|says|added|adds)\s+\p{Lu}/u;
/** A lower-case past tense before a name: regular, or the irregular verbs reports use of meetings and matches. */
const PAST_VERB = /^(?:\p{Ll}{2,}ed|met|beat|told|led|gave|took|hit|sent)$/u;
/**
 * "The documentary showed Mr Nattrass… telling the meeting": after a verb of showing or catching
 * someone in the act, the name is who the participle describes.
 */
const SHOWING_VERBS = new Set(
  'showed shown filmed recorded pictured featured depicted caught heard saw seen found quoted'.split(' '),
);

/** Whether an active "said" or "says" comes before `index` among `tokens`. */
function reportedEarlier(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 2; at > 0; at--) {
    const word = tokens[at]?.word;
    if ((word === 'said' || word === 'says') && !BE_FORMS.has(tokens[at - 1]?.word.toLowerCase() ?? ''))
      return true;
  }
  return false;
}

/** Finite verbs that show the -ed word before them was no verb of its own: "the value added remains". */
const FINITE_AFTER_PARTICIPLE = new Set(
  'is are was were remains remained remain has have had will would rose fell stands stood'.split(' '),
);

/** Economic and physical quantities a reporter's clause may have as subject, never a speaker. */
const THING_NOUNS = new Set(
  `value price cost rate figure number amount total level share growth output demand supply
   deficit debt budget revenue income margin profit loss sales exports imports gap pace`.split(/\s+/),
);

/** A lower-case word of a job description: "loose", "forward", "vice-chair", "infectious-disease". */
const UNLISTED_JOB_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;

/**
 * The noun a role is headed by: "specialist" in "Infectious disease specialist". Words after a
 * preposition name the employer or the field: "director-general at the ministry" is a
 * director-general, "head of surgery" a head.
 */
function jobNounOf(role: string | null): string | null {
  if (!role) return null;
  const words = role.toLowerCase().split(/\s+/);
  const employerAt = words.findIndex((word) => PLACE_OR_AFFILIATION.has(word) || word === 'for');
  return (employerAt === -1 ? words : words.slice(0, employerAt)).at(-1) ?? null;
}

/**
 * Whether a role is the job a second reference names: every word the reference adds ("the foreign
 * secretary") is in the role, so a home secretary is someone else, and the role has no lesser rank
 * the reference leaves out, so an assistant coach is not "the coach".
 */
function sameRankAndField(role: string, phraseWords: readonly string[]): boolean {
  const roleWords = role.toLowerCase().split(/[\s-]+/);
  return (
    phraseWords.every((word) => roleWords.includes(word)) &&
    roleWords.every((word) => !SUBORDINATE_RANKS.has(word) || phraseWords.includes(word))
  );
}

/** Words that open a subordinate or reported clause before its subject: "so that the value…". */
const CLAUSE_OPENERS = new Set(['that', 'so', 'and', 'but', 'because', 'while', 'although', 'since', 'as']);

/** "the defense's account of a business that…", "his claim that…", "Ruiz's description of it as…". */
const ACCOUNT_BEFORE_FRAGMENT =
  /(?:^|\s)(his|her|its|their|(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)?['’]s)\s+(?:account|accounts|claim|claims|description|argument|version|assertion|insistence|complaint|testimony)\s+(?:of|that)\b[^.;:“”"]{0,100}$/u;
/** Lawyers who act for the state: "Assistant State Attorney", "district attorney", "Crown prosecutor". */
const PROSECUTION_ROLE =
  /\b(?:prosecutors?|prosecuting|state attorney|district attorney|crown|attorney general|u\.?s\.? attorney)\b/;
const DEFENCE_ROLE = /\b(?:attorney|lawyer|counsel|barrister|solicitor|advocate)\b/;
const POSSESSIVE_TO_PRONOUN: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/** Articles and possessives before a noun: "the value added", "its money promised". */
const NOUN_ARTICLES = new Set([...DETERMINERS].filter((word) => word !== 'this' && word !== 'that'));

/** Adjectives that stand between a determiner and a noun: "the first warning", "a stern warning". */
const NOUN_ORDER_ADJECTIVES = new Set(
  `first second third last final early earlier latest late fresh new further repeated stern strong
   clear public official formal written explicit blunt starkest stark`.split(/\s+/),
);

/** "a statement posted online", "the letter sent to members": a participle right after a noun. */
function modifiesNounBefore({ tokens, index }: { tokens: readonly Token[]; index: number }): boolean {
  const word = tokens[index]?.word ?? '';
  return /ed$/.test(word) && NOUN_ARTICLES.has(tokens[index - 2]?.word.toLowerCase() ?? '');
}

const SUBJECT_PRONOUNS_BEFORE_VERB = new Set(['he', 'she', 'they', 'we', 'i']);

function isSpeechVerbAt(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.word ?? '';
  // After a determiner or a possessive the word is a noun: "the LGA’s warning", "his claims".
  const previous = tokens[index - 1];
  // "Her daughter, who drove down to be with her, said": a comma between ends the object pronoun's
  // clause, and the word after it is the verb again.
  const adjacent = previous !== undefined && (tokens[index] as Token).start - previous.end <= 1;
  if (previous && adjacent && (previous.possessive || DETERMINERS.has(previous.word.toLowerCase())))
    return false;
  // "the first warning signs", "an early warning system", "a final warning": an -ing word after a
  // determiner and an adjective of order or manner is a noun, not a verb with a subject.
  const beforePrevious = tokens[index - 2];
  if (
    word.endsWith('ing') &&
    NOUN_ORDER_ADJECTIVES.has(previous?.word.toLowerCase() ?? '') &&
    beforePrevious &&
    (beforePrevious.possessive || DETERMINERS.has(beforePrevious.word.toLowerCase()))
  )
    return false;
  // "the start-up once hailed as…", "the jobs promised by the developer": a participle after a
  // noun, with no auxiliary, modifies that noun and attributes nothing.
  const next = tokens[index + 1]?.word;
  // "a blow their manager described as…", "which Tom Barry described as…" have a subject of their
  // own before the participle: a name, or a noun with a possessive.
  // "which she described as…": a subject pronoun is a subject of its own too.
  const ownSubject =
    next === 'as' &&
    (/^\p{Lu}\p{Ll}/u.test(previous?.word ?? '') ||
      SUBJECT_PRONOUNS_BEFORE_VERB.has(previous?.word.toLowerCase() ?? '') ||
      ['his', 'her', 'their', 'its', 'our'].includes(tokens[index - 2]?.word.toLowerCase() ?? ''));
  if (
    /ed$/.test(word) &&
    (next === 'as' || next === 'by') &&
    !ownSubject &&
    !PASSIVE_AUXILIARIES.has(previous?.word.toLowerCase() ?? '')
  )
    return false;
  // "the value added remains 'thin'", "the money promised was never paid": a participle after a noun
  // with the clause's own verb straight after it modifies the noun.
  // "Critics claimed were 'anti-Semitic'" and "the suit added, were" keep their verb: only a noun
  // with its article before it, and nothing between the participle and the verb, is modified.
  const following = tokens[index + 1];
  if (
    /ed$/.test(word) &&
    following &&
    FINITE_AFTER_PARTICIPLE.has(following.word) &&
    following.start - (tokens[index] as Token).end === 1 &&
    NOUN_ARTICLES.has(tokens[index - 2]?.word.toLowerCase() ?? '')
  )
    return false;
  // "her son, who was admitted on Sunday", "was referred to Vellore": admitted or referred in the
  // passive is taken into a hospital or a school, or sent on to one, not a confession or a mention.
  if ((word === 'admitted' || word === 'referred') && BE_FORMS.has(previous?.word.toLowerCase() ?? ''))
    return false;
  // "Kowalchuk said Moreau had been told in person and had 'handled it…'": told or asked in the
  // passive inside what someone else said names a hearer; the reporting verb before it governs.
  if (
    (word === 'told' || word === 'asked') &&
    BE_FORMS.has(previous?.word.toLowerCase() ?? '') &&
    next !== 'by' &&
    reportedEarlier(tokens, index)
  )
    return false;
  // 'The association said the gap could be explained by "medical factors"', 'the board said the
  // delay was caused by "a shortage of staff"': a passive inside what someone said, with a thing
  // rather than a name after "by", tells what did it; the reporting verb before it governs.
  if (
    /ed$/.test(word) &&
    next === 'by' &&
    BE_FORMS.has(previous?.word.toLowerCase() ?? '') &&
    !/^\p{Lu}/u.test(tokens[index + 2]?.word ?? '') &&
    reportedEarlier(tokens, index)
  )
    return false;
  // "the US had agreed to release the four": agreeing to do something is an act, not speech.
  if (/^agree[ds]?$/.test(word) && next === 'to') return false;
  const particles = SPEECH_VERB_PARTICLES.get(word);
  if (particles) return particles.has(tokens[index + 1]?.word ?? '');
  if (word === 'according' || word === 'According') return tokens[index + 1]?.word === 'to';
  // '"…," a club statement read', "the notice reads": writing reads, and whoever issued it speaks;
  // "she read the letter aloud" has a reader, not a writer, before the verb.
  // "a victim statement read to the court", "a letter read out by her lawyer": read there is a
  // passive participle, and the sentence has its own speaker.
  if (word === 'read' || word === 'reads')
    return writingBefore(previous, adjacent) && !READ_ALOUD.has(next ?? '');
  // Only as a tag: last in its clause, or first after the quotation with the name after it.
  if (EXCHANGE_TAG_VERBS.has(word))
    return following === undefined || (index === 0 && /^\p{Lu}/u.test(following.word));
  return SPEECH_VERBS.has(word);
}

const READ_ALOUD = new Set(['to', 'out', 'by', 'aloud', 'at', 'before', 'into', 'during', 'on', 'over']);

function writingBefore(previous: Token | undefined, adjacent: boolean): boolean {
  const noun = previous?.word.toLowerCase() ?? '';
  return adjacent && (STATEMENT_NOUNS.has(noun) || POSTED_WRITING_NOUNS.has(noun));
}

class Attributor {
  private readonly focus: Focus[] = [];
  /** Sex the text has shown for people whose names did not ("Staunton … her role", "…, she said"). */
  private readonly learned = new Map<EntityDraft, Gender>();
  /** Who wrote the reports, studies and surveys the article has named ("a report by the IFS"). */
  private readonly documentAuthors = new Map<string, EntityDraft>();
  /** The kind of body an appositive called each organisation: "the department" for the one so described. */
  private readonly bodiesByAppositiveKind = new Map<string, EntityDraft>();
  /** The body each organ word belongs to: "the commission" for the one whose commission the story named. */
  private readonly bodiesByOrgan = new Map<string, EntityDraft>();
  /** The organisation the last role phrase read was a spokesperson for, until someone is remembered. */
  private spokespersonFor: EntityDraft | null = null;
  /** Who the paragraph being read names, for a second reference that means someone just named. */
  inThisParagraph: ReadonlySet<EntityDraft> = new Set();

  /** The job of the last person who asked not to be named, and the paragraph that says so. */
  private anonymousJob: { job: string; paragraph: number } | null = null;

  /** "One Walker Morris partner, who asked not to be named, said…": remember the job word. */
  learnAnonymousJob(view: ParagraphView) {
    const found = ANONYMOUS_JOB.exec(view.frame);
    if (found) this.anonymousJob = { job: (found[1] ?? '').toLowerCase(), paragraph: view.paragraph.n };
  }

  /**
   * '"…," the partner said' just after a partner who asked not to be named: the job word again is
   * that person, not the managing partner the story named earlier.
   */
  meansTheAnonymous(phrase: string, paragraph: number): boolean {
    const anonymous = this.anonymousJob;
    return (
      anonymous !== null &&
      paragraph - anonymous.paragraph <= 1 &&
      phrase.toLowerCase().replace(/\s+/g, ' ') === `the ${anonymous.job}`
    );
  }
  /** People the story titles "Dr" or "Professor", whom "the doctor", "the professor" may mean. */
  private readonly titledAs = new Map<string, EntityDraft[]>();

  constructor(
    private readonly entities: readonly EntityDraft[],
    /** How many times the article names each entity, to tell the story's subject from a passing one. */
    private readonly mentionCounts: ReadonlyMap<EntityDraft, number> = new Map(),
    /** Broadcasters and papers the story only ever cites as where someone spoke. */
    private readonly outlets: ReadonlySet<EntityDraft> = new Set(),
    /** The paragraph where the text first names each entity, however late it was recognised as one. */
    private readonly firstNamedIn: ReadonlyMap<EntityDraft, number> = new Map(),
  ) {}

  /**
   * A surname alone that two people share, resolved to whichever of them came last to mind; a
   * courtesy title tells them apart by sex ("Mayor Chen Kuo-hua… Director Chen Mei-ling…", then
   * "Ms Chen said"). A family name written first ("Chen Kuo-hua") is the surname too.
   */
  /** People by the surname a reader may use alone, the family name first when written first. */
  private surnames: Map<string, EntityDraft[]> | null = null;

  private sharingSurname(): Map<string, EntityDraft[]> {
    if (this.surnames) return this.surnames;
    const surnames = new Map<string, EntityDraft[]>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || !entity.name.includes(' ')) continue;
      const words = entity.name.split(' ');
      const keys = [words.at(-1) ?? ''];
      if (!entity.aliases.includes(words.at(-1) ?? '')) keys.push(words[0] ?? '');
      for (const key of keys) surnames.set(key, [...(surnames.get(key) ?? []), entity]);
    }
    this.surnames = surnames;
    return surnames;
  }

  lastOfSharedSurname(tokens: readonly Token[], paragraph?: number): EntityDraft | null {
    const courtesy = tokens.length === 2 ? HONORIFICS.get(tokens[0]?.word.toLowerCase() ?? '') : undefined;
    const only = tokens.length === 1 || courtesy !== undefined ? tokens.at(-1) : undefined;
    if (!only || !/^\p{Lu}/u.test(only.word)) return null;
    const sharing = this.sharingSurname().get(only.word) ?? [];
    if (sharing.length < 2) return null;
    const fitting = courtesy
      ? sharing.filter((entity) => [null, courtesy].includes(this.genderOf(entity)))
      : sharing;
    if (fitting.length === 1) return fitting[0] as EntityDraft;
    // "Seán Ó Briain scored… Ó Briain, 21, came on…", and only later "manager Tomás Ó Briain": a
    // surname alone never means a namesake the story has yet to introduce.
    const introduced =
      paragraph === undefined ? fitting : fitting.filter((entity) => !introducedFrom(entity, paragraph + 1));
    if (introduced.length === 1) return introduced[0] as EntityDraft;
    // "…echoed by Gord Crosby, a retired millwright who is no relation to the utilities manager.
    // 'My wife grows…,' Crosby told KTW": a namesake introduced just now is the one meant, whoever
    // spoke last before him.
    if (paragraph !== undefined) {
      const latest = fitting
        .filter((entity) => !introducedFrom(entity, paragraph))
        .reduce<EntityDraft | null>(
          (found, entity) => (found && found.order > entity.order ? found : entity),
          null,
        );
      if (
        latest &&
        introducedFrom(latest, paragraph - 1) &&
        fitting.every((entity) => entity === latest || !introducedFrom(entity, paragraph - 1))
      )
        return latest;
    }
    // "Whitfield, his voice breaking, apologized" five paragraphs after his cousin the landlord was
    // introduced: of namesakes, the one who last spoke is still the one meant unless the other has
    // been introduced since; if neither has spoken nor been introduced just now, the one the story
    // opened on, rather than whoever last did something.
    const spoke = this.speakers.findLast(({ entity }) => fitting.includes(entity));
    if (spoke) {
      const since = introduced.filter(
        (entity) => entity !== spoke.entity && introducedFrom(entity, spoke.paragraph + 1),
      );
      if (since.length === 0) return spoke.entity;
    } else if (paragraph !== undefined && fitting.every((entity) => !introducedFrom(entity, paragraph - 1))) {
      const principal = introduced.reduce<EntityDraft | null>(
        (found, entity) => (found && found.order < entity.order ? found : entity),
        null,
      );
      if (principal) return principal;
    }
    for (let index = this.focus.length - 1; index >= 0; index--) {
      const { entity } = this.focus[index] as Focus;
      if (entity && fitting.includes(entity)) return entity;
    }
    return null;
  }

  /** Who has been quoted so far, in order, for namesakes a bare surname may mean. */
  private readonly speakers: { entity: EntityDraft; paragraph: number }[] = [];

  rememberSpeaker(entity: EntityDraft | null, paragraph: number) {
    if (entity?.kind === 'person') this.speakers.push({ entity, paragraph });
  }

  genderOf(entity: EntityDraft): Gender {
    return entity.gender ?? this.learned.get(entity) ?? null;
  }

  /** "Staunton, who is up for an Oscar for her role, …": the first personal pronoun after a subject. */
  learnGenderAfter(entity: EntityDraft, frameAfter: string) {
    if (entity.kind !== 'person' || this.genderOf(entity) !== null) return;
    // Only a possessive close after the name ("Mbeki said her party…"): "…, he said" may be someone
    // else speaking, and "…a road named after him" someone else again. "Her" must be possessive
    // ("said her party", "for her role"), not an object ("told her that").
    // "Lily Sun, his cousin, said": a possessive in an appositive straight after the name is
    // someone else's relation to her, and tells nothing of her own sex.
    const near = frameAfter.replace(RELATION_APPOSITIVE, '').split(/\s+/).slice(0, 7).join(' ');
    const possessive = /\b(?:(his)|(?:said|says|of|for|in|on|with|about|from|to) (her) \p{Ll})/iu.exec(near);
    if (possessive) this.learned.set(entity, possessive[1] ? 'male' : 'female');
  }

  /**
   * "A report published by the Institute for Fiscal Studies", "the OECD's latest survey": the
   * organisation a report is by, so "the report said" later is theirs.
   */
  learnDocumentAuthors(view: ParagraphView) {
    let checked = false;
    for (const mention of view.mentions) {
      if (mention.entity.kind !== 'organisation') continue;
      if (!checked && !DOCUMENT_WORD.test(view.paragraph.text)) return;
      checked = true;
      const sentence = sentenceAt(view, mention.start);
      const before = view.frame.slice(Math.max(sentence.start, mention.start - 80), mention.start);
      const after = view.frame.slice(mention.end, Math.min(sentence.end, mention.end + 30));
      const document =
        AUTHORED_BY.exec(before)?.[1] ??
        AUTHORED_POSSESSIVE.exec(after)?.[1] ??
        SAID_IN_DOCUMENT.exec(view.frame.slice(mention.end, Math.min(sentence.end, mention.end + 60)))?.[1];
      if (document) this.documentAuthors.set(document.toLowerCase(), mention.entity);
    }
  }

  /**
   * "Innovation, Science and Economic Development Canada, the department led by…", "the state
   * agency Corfo": a body whose name does not say what kind it is, told by an appositive or a kind
   * word before it, so "a spokesperson for the department", "the agency said" later is that body.
   */
  learnAppositiveKinds(view: ParagraphView) {
    for (const mention of view.mentions) {
      if (mention.entity.kind !== 'organisation') continue;
      // "Chile's production development agency Corfo": the kind written straight before the name.
      const before = KIND_BEFORE_BODY.exec(
        view.frame.slice(Math.max(0, mention.start - 30), mention.start),
      )?.[1];
      const words =
        view.frame[mention.end] === ','
          ? APPOSITIVE_AFTER_BODY.exec(view.frame.slice(mention.end, mention.end + 50))?.[1]?.split(/\s+/)
          : undefined;
      const kind =
        before !== undefined && ORGANISATION_HEADS.has(before)
          ? before
          : words?.find((word) => ORGANISATION_HEADS.has(word));
      if (kind !== undefined && !this.bodiesByAppositiveKind.has(kind))
        this.bodiesByAppositiveKind.set(kind, mention.entity);
      const organ =
        ORGAN_BEFORE_BODY.exec(view.frame.slice(Math.max(0, mention.start - 50), mention.start))?.[1] ??
        ORGAN_AFTER_BODY.exec(view.frame.slice(mention.end, mention.end + 40))?.[1];
      if (organ !== undefined && !this.bodiesByOrgan.has(organ))
        this.bodiesByOrgan.set(organ, mention.entity);
    }
  }

  /** "Dr Amir Haddad", "Professor Lin Wei": a title that names the person's calling. */
  learnCallingTitles(view: ParagraphView) {
    for (const mention of view.mentions) {
      if (mention.entity.kind !== 'person') continue;
      const calling = CALLING_TITLE.exec(
        view.frame.slice(Math.max(0, mention.start - 12), mention.start),
      )?.[1];
      if (!calling) continue;
      const noun = calling.startsWith('D') ? 'doctor' : 'professor';
      const titled = this.titledAs.get(noun) ?? [];
      if (!titled.includes(mention.entity)) this.titledAs.set(noun, [...titled, mention.entity]);
    }
  }

  /** The one judge a single-judge bench is made of, whose words "the court observed" reports. */
  private singleJudge: EntityDraft | null = null;

  /**
   * "A bench of Justice Sanjeev Raina passed the direction": South Asian court reports write
   * "the court observed" for what the judge sitting alone said. A bench of two or more stays the court.
   */
  learnSingleJudgeBench(view: ParagraphView) {
    if (!view.frame.includes('ench')) return;
    for (const mention of view.mentions) {
      if (mention.entity.kind !== 'person') continue;
      if (!SINGLE_JUDGE_BENCH.test(view.frame.slice(Math.max(0, mention.start - 60), mention.start)))
        continue;
      const joined = /^\s*(?:,|and\b)/.test(view.frame.slice(mention.end, mention.end + 6));
      this.singleJudge = joined ? null : mention.entity;
      return;
    }
  }

  remember(entity: EntityDraft | null) {
    const throughSpokesperson =
      entity !== null && entity.kind === 'organisation' && entity === this.spokespersonFor;
    this.spokespersonFor = null;
    if (entity && entity.kind !== 'place') this.focus.push({ entity, throughSpokesperson });
  }

  focusSize(): number {
    return this.focus.length;
  }

  rememberAt(position: number, entity: EntityDraft) {
    this.focus.splice(position, 0, { entity });
  }

  /** "Officials said…": after an unnamed group speaks, "they said" is the group, not an earlier person. */
  rememberGroup() {
    this.focus.push({ entity: null });
  }

  /** "A regional police commander said…": a later "he said" is that unnamed person, not someone named before. */
  rememberUnnamedPerson(sex?: 'male' | 'female' | null) {
    this.focus.push(sex ? { entity: null, individual: true, sex } : { entity: null, individual: true });
  }

  /** The one organisation whose name ends in `word` ("the commission" → "Charity Commission"). */
  organisationEndingIn(word: string): EntityDraft | null {
    const named = this.entities.filter(
      (entity) => entity.kind === 'organisation' && entity.name.toLowerCase().split(/\s+/).at(-1) === word,
    );
    return named.length === 1 ? (named[0] as EntityDraft) : null;
  }

  /**
   * "…but the council said the building was 'beyond economic repair'" in a standfirst, the story
   * naming the city council first and the county council later: before any of the bodies of that
   * kind is named, "the council" is the one the story opens on.
   */
  firstNamedAfter(word: string, paragraph: number): EntityDraft | null {
    // "the government said" is the country's own, whichever government the story names next.
    if (STATE_BODIES.has(word)) return null;
    let first: EntityDraft | null = null;
    for (const entity of this.entities) {
      if (entity.kind !== 'organisation' || entity.name.toLowerCase().split(/\s+/).at(-1) !== word) continue;
      if (!introducedFrom(entity, paragraph + 1)) return null;
      if (!first || entity.order < first.order) first = entity;
    }
    return first;
  }

  /** "the institute" → "Australian Institute of Marine Science": the one organisation with that word. */
  organisationContaining(word: string): EntityDraft | null {
    const named = this.entities.filter(
      (entity) => entity.kind === 'organisation' && entity.name.toLowerCase().split(/\s+/).includes(word),
    );
    return named.length === 1 ? (named[0] as EntityDraft) : null;
  }

  /**
   * "Buffalo City Metropolitan Municipality… the metro said": a kind word clipped from a word of
   * one body's name, the way reporters shorten it.
   */
  organisationWithWordClippedTo(word: string): EntityDraft | null {
    if (word.length < 5) return null;
    const named = this.entities.filter(
      (entity) =>
        entity.kind === 'organisation' &&
        entity.name
          .split(/\s+/)
          .some((part) => part.length > word.length && part.toLowerCase().startsWith(word)),
    );
    return named.length === 1 ? (named[0] as EntityDraft) : null;
  }

  /**
   * "The Istanbul Bar Association…", later "The Real Estate Investors Association has argued… the
   * association said": when two bodies share the word, the second reference is to the one that
   * acted last, as a reader takes it.
   */
  lastActedOrganisationWith(word: string): EntityDraft | null {
    for (let index = this.focus.length - 1; index >= 0; index--) {
      const { entity } = this.focus[index] as Focus;
      if (entity?.kind === 'organisation' && entity.name.toLowerCase().split(/\s+/).includes(word))
        return entity;
    }
    return null;
  }

  /**
   * The business a story follows, for "the company said": of the organisations that have been
   * subjects so far, the one the article names most (a story about Renault mentions Nissan in
   * passing); before any has been, the only one it names, or the one it names most if more than
   * once; ties go to the earlier.
   */
  followedOrganisation(
    paragraph: number,
    eligible: (entity: EntityDraft) => boolean = () => true,
  ): EntityDraft | null {
    const byMentions = (candidates: readonly EntityDraft[]) =>
      [...candidates].sort(
        (a, b) => (this.mentionCounts.get(b) ?? 0) - (this.mentionCounts.get(a) ?? 0) || a.order - b.order,
      )[0] ?? null;
    const focused = this.focus
      .map(({ entity }) => entity)
      .filter(
        (entity): entity is EntityDraft =>
          entity?.kind === 'organisation' &&
          entity.name.length > 1 &&
          eligible(entity) &&
          !this.outlets.has(entity),
      );
    // Never acted: the story's only organisation, or one it keeps naming, not a broker cited once.
    const organisations = this.entities.filter(
      (entity) => entity.kind === 'organisation' && eligible(entity),
    );
    const named = (
      organisations.length === 1
        ? organisations
        : organisations.filter((entity) => (this.mentionCounts.get(entity) ?? 0) >= 2)
    )
      .filter((entity) => !this.outlets.has(entity))
      // A reader cannot take "the club" for a body the story only names further on; one named
      // here or before counts, even if only a later sentence made plain it is a body.
      .filter(
        (entity) =>
          (this.firstNamedIn.get(entity) ?? Number.POSITIVE_INFINITY) <= paragraph ||
          !introducedFrom(entity, paragraph + 1),
      );
    return byMentions(focused) ?? byMentions(named);
  }

  /**
   * "Omar Benedetti, the secretary general of La Fraternidad… the union leader was defiant", "the
   * BERC chairman": the one person whose stated role puts them in that job, or at the head, of
   * that body, named by its name or its initials.
   */
  holderOfJobAt(body: EntityDraft, job: string): EntityDraft | null {
    const names = [body.name, ...body.aliases].map((name) => name.toLowerCase());
    const heading = HEADS_OF_BODIES.has(job);
    const holders = this.entities.filter((entity) => {
      const role = entity.role?.toLowerCase();
      if (entity.kind !== 'person' || !role || !names.some((name) => role.includes(name))) return false;
      const roleWords = role.split(/[\s,]+/);
      return (
        roleWords.includes(job) ||
        (heading && (roleWords.some((word) => HEADS_OF_BODIES.has(word)) || SECRETARY_GENERAL.test(role)))
      );
    });
    return holders.length === 1 ? (holders[0] as EntityDraft) : null;
  }

  /**
   * "Hospital Garcia de Orta… Hospital de Santa Maria… the hospital said": of several bodies that
   * share the kind word, the one the story keeps naming, as a reader takes it; a tie is no answer.
   */
  mostNamedOrganisationWith(word: string, paragraph: number): EntityDraft | null {
    const counted = this.entities
      .filter(
        (entity) =>
          entity.kind === 'organisation' &&
          entity.name.toLowerCase().split(/\s+/).includes(word) &&
          (this.firstNamedIn.get(entity) ?? Number.POSITIVE_INFINITY) <= paragraph,
      )
      .map((entity) => ({ entity, count: this.mentionCounts.get(entity) ?? 0 }))
      .sort((a, b) => b.count - a.count);
    const [top, next] = counted;
    return top && top.count >= 2 && (!next || top.count > next.count) ? top.entity : null;
  }

  /** The organisation the sentence before had acting, if the last one anyone acted in was one. */
  justActedOrganisation(): EntityDraft | null {
    const recent = this.focus.at(-1)?.entity;
    return recent?.kind === 'organisation' ? recent : null;
  }

  /**
   * "ECan said the ban would be reviewed. A spokesperson for the council said…": when no
   * organisation is named by the kind word, the body that acted in the sentence just before, if
   * its own name does not say what kind of body it is ("Environment Canterbury", "Emova"). A
   * government, a ministry or the police are the country's own, not the body last named.
   */
  justActedOrganisationOfUntoldKind(kind: string): EntityDraft | null {
    const recent = this.justActedOrganisation();
    if (!recent || STATE_BODIES.has(kind)) return null;
    if (recent.name.split(/\s+/).some((word) => ORGANISATION_HEADS.has(word.toLowerCase()))) return null;
    return recent;
  }

  mostRecentOrganisation(): EntityDraft | null {
    for (let index = this.focus.length - 1; index >= 0; index--) {
      const { entity } = this.focus[index] as Focus;
      if (entity?.kind === 'organisation') return entity;
    }
    return null;
  }

  mostRecentPerson(eligible: (entity: EntityDraft) => boolean = () => true): EntityDraft | null {
    for (let index = this.focus.length - 1; index >= 0; index--) {
      const { entity } = this.focus[index] as Focus;
      if (entity?.kind === 'person' && eligible(entity)) return entity;
    }
    return null;
  }

  /** The words of the quotation being attributed, which never name their own speaker by given name. */
  quotation = '';

  /** He, she: the most recent person of a compatible sex; it, they: the most recent organisation. */
  resolvePronoun(pronoun: string): EntityDraft | null {
    const wanted = PRONOUNS.get(pronoun.toLowerCase());
    for (let index = this.focus.length - 1; index >= 0; index--) {
      const { entity, individual, throughSpokesperson, sex } = this.focus[index] as Focus;
      if (entity === null) {
        // "His mother wept… he said": an unnamed woman is not who "he" means.
        if (individual && sex !== undefined && (wanted === 'male' || wanted === 'female') && sex !== wanted)
          continue;
        if (individual || pronoun.toLowerCase() === 'they') return null;
        continue;
      }
      // '"…," she said' after "A Transport Scotland spokeswoman said": the spokeswoman, for the body.
      if (throughSpokesperson && (wanted === 'male' || wanted === 'female')) return entity;
      if (wanted === 'thing') {
        // Singular "they": news style now uses it for a person who has given no pronoun, so
        // "they said" after "Sam Okonjo … said" is Okonjo, as "it said" after a company is the company.
        if (entity.kind === 'organisation' || (pronoun.toLowerCase() === 'they' && entity.kind === 'person'))
          return entity;
        continue;
      }
      if (entity.kind !== 'person') continue;
      // '"Jack's told me which players to watch," he said' after the coach's son Jack was named:
      // people speak of others by their first names, not of themselves.
      if (calledByGivenNameIn(entity, this.quotation)) continue;
      const gender = this.genderOf(entity);
      if (gender === null || gender === wanted) {
        if (gender === null && (wanted === 'male' || wanted === 'female')) this.learned.set(entity, wanted);
        return entity;
      }
    }
    return null;
  }

  /** The first person named in a sentence before a pronoun, outside prepositional phrases, of a fitting sex. */
  compatibleSubjectIn(view: ParagraphView, from: number, to: number, pronoun: string): EntityDraft | null {
    const wanted = PRONOUNS.get(pronoun.toLowerCase());
    if (wanted === 'thing') {
      if (pronoun.toLowerCase() !== 'it') return null;
      // "A fisherfolk group, LAMALA, rejected this, saying… what it called": the body the sentence opens on.
      const opening = this.sentenceOpeningSubject(view, from, to);
      if (opening?.kind === 'organisation') return opening;
      // "In a statement, the ministry said it had asked…": the body named by its kind just before
      // its own "said", not the last one the story had acting.
      const kind = BODY_SAID_BEFORE_IT.exec(view.frame.slice(from, to))?.[1];
      if (kind === undefined || !ORGANISATION_HEADS.has(kind)) return null;
      const body = this.resolveRolePhrase(`the ${kind}`, view.paragraph.n);
      return body.kind === 'entity' && body.entity.kind === 'organisation' ? body.entity : null;
    }
    for (const mention of view.mentions) {
      if (mention.start < from || mention.end > to || mention.entity.kind !== 'person') continue;
      const gender = this.genderOf(mention.entity);
      if (gender !== null && gender !== wanted) continue;
      if (governedByPreposition(view.frame, from, mention.start)) continue;
      return mention.entity;
    }
    return null;
  }

  /**
   * "Infectious-disease specialist Jaime Rocha… '…,' the specialist said": a second reference by a
   * job no word list holds still means the one person the article introduced by that job, named
   * before the quotation or, for a job told before its holder, in the next few paragraphs. Two
   * people introduced by the same job leave it unresolved: a wrong speaker is worse than none.
   */
  private holderOfUnlistedJob(modifiersAndNoun: readonly string[], paragraph: number): EntityDraft | null {
    const noun = modifiersAndNoun.at(-1) ?? '';
    if (
      modifiersAndNoun.length === 0 ||
      modifiersAndNoun.length > 3 ||
      !modifiersAndNoun.every((word) => UNLISTED_JOB_WORD.test(word)) ||
      ORGANISATION_HEADS.has(noun) ||
      THING_NOUNS.has(noun) ||
      DOCUMENT_NOUNS.has(noun)
    )
      return null;
    const phraseWords = modifiersAndNoun.flatMap((word) => word.split('-'));
    const holders = this.entities.filter(
      (entity) =>
        entity.kind === 'person' &&
        jobNounOf(entity.role) === noun &&
        sameRankAndField(entity.role ?? '', phraseWords),
    );
    const namedBefore = holders.filter((entity) => !introducedFrom(entity, paragraph + 1));
    if (namedBefore.length > 0) return namedBefore.length === 1 ? (namedBefore[0] as EntityDraft) : null;
    const namedSoonAfter = holders.filter(
      (entity) => !introducedFrom(entity, paragraph + HOLDER_NAMED_WITHIN),
    );
    return namedSoonAfter.length === 1 ? (namedSoonAfter[0] as EntityDraft) : null;
  }

  /**
   * "Inspectors said" in a story about Healthcare Inspectorate Wales, "the auditors" for the Audit
   * Office: the one body named for what its members do ("inspector" → Inspectorate, "auditor" → Audit).
   */
  private bodyOfExaminers(plural: string): EntityDraft | null {
    const member = plural.slice(0, -1);
    const calling = member.replace(/(?:or|er)$/, '');
    const bodies = this.entities.filter(
      (entity) =>
        entity.kind === 'organisation' &&
        entity.name
          .toLowerCase()
          .split(/[\s-]+/)
          .some(
            (word) =>
              word.startsWith(member) ||
              (word.startsWith(calling) && word.length > calling.length + 1) ||
              word === calling,
          ),
    );
    return bodies.length === 1 ? (bodies[0] as EntityDraft) : null;
  }

  /**
   * "the club's statement said", "its written ruling found", "the ministry's circular read": a
   * statement speaks for whoever owns it, named, called by its kind or by a pronoun.
   */
  private authorOfOwnedStatement(words: readonly string[], paragraph: number): Subject | null {
    if (!STATEMENT_NOUNS.has(words.at(-1)?.toLowerCase() ?? '')) return null;
    const ownerEnd = words.findLastIndex((word) => word.endsWith("'s") || /^(?:its|their)$/i.test(word));
    // "the club's official statement": no more than two describing words between owner and statement.
    if (ownerEnd === -1 || words.length - ownerEnd > 4) return null;
    const ownerWord = words[ownerEnd] as string;
    if (!ownerWord.endsWith("'s")) {
      const entity = this.resolvePronoun(ownerWord.toLowerCase() === 'its' ? 'it' : 'they');
      return entity ? { kind: 'entity', entity } : null;
    }
    const owner = [...words.slice(0, ownerEnd), ownerWord.slice(0, -2)].join(' ');
    const author = this.resolveRolePhrase(owner, paragraph);
    return author.kind === 'entity' ? author : null;
  }

  /**
   * "Union calls the decision…", "Nurses' union warns…", "Club says…": headlines and standfirsts
   * drop the article, and the kind word still names a body, never the member or officer the story
   * quotes later; unnamed when the story names no body of that kind.
   */
  private bodyCalledByKindAlone(words: readonly string[], paragraph: number): Subject | null {
    const kind = words.at(-1)?.toLowerCase() ?? '';
    if (
      words.length > 2 ||
      !ORGANISATION_HEADS.has(kind) ||
      isGroupWord(kind) ||
      // "Police said" is the officers as a group, read as a group elsewhere; a court speaks
      // through its bench, and "Court says" is the judge the story goes on to quote.
      kind === 'police' ||
      kind === 'court' ||
      kind === 'tribunal' ||
      // "nurses' union", "Teachers union": the members' plural, possessive or not.
      (words.length === 2 &&
        (!/\p{Ll}s'?$/u.test(words[0] ?? '') || DETERMINERS.has(words[0]?.toLowerCase() ?? '')))
    )
      return null;
    const body = this.resolveRolePhrase(`the ${kind}`, paragraph);
    // "Union warns…" beside the Ulster Unionist Party: only a body whose name holds the kind word.
    const named =
      body.kind === 'entity' &&
      body.entity.kind === 'organisation' &&
      body.entity.name
        .toLowerCase()
        .split(/[\s-]+/)
        .includes(kind);
    return named ? body : { kind: 'unnamed', body: true };
  }

  /** "the prime minister", "Syria’s foreign minister", "a spokesman for the ministry". */
  resolveRolePhrase(phrase: string, paragraph: number): Subject {
    const words = phrase
      .replace(/['’]s\b/g, "'s")
      .split(/\s+/)
      .filter((word) => word !== '');
    const lower = words.map((word) => word.toLowerCase());
    if (lower.length === 0) return { kind: 'none' };
    if (QUANTIFIERS.has(lower[0] ?? '')) return { kind: 'unnamed' };
    const ownedStatement = this.authorOfOwnedStatement(words, paragraph);
    if (ownedStatement) return ownedStatement;
    const bodyByKind = this.bodyCalledByKindAlone(words, paragraph);
    if (bodyByKind) return bodyByKind;
    // "The defence calls the case 'political persecution'": the side speaks through its lawyer.
    const counsel = lower.length === 2 ? this.counselForSide(lower.join(' ')) : null;
    if (counsel) return { kind: 'entity', entity: counsel };
    const lastWord = lower.at(-1) ?? '';
    if (
      lower.length <= 2 &&
      (lower.length === 1 || lower[0] === 'the') &&
      EXAMINERS_FOR_A_BODY.has(lastWord)
    ) {
      const body = this.bodyOfExaminers(lastWord);
      return body ? { kind: 'entity', entity: body } : { kind: 'unnamed' };
    }
    if (this.meansTheAnonymous(phrase, paragraph)) return { kind: 'unnamed', individual: true };
    // "the corner-forward said" when no one was given that position: sports reports call the player
    // they are following by where he plays, as by his age or nationality.
    const barePosition =
      lower[0] === 'the' &&
      (lower.length === 2 || (lower.length === 3 && POSITION_QUALIFIERS.has(lower[1] ?? ''))) &&
      PLAYING_POSITIONS.has(lastWord) &&
      !EPITHET_NOUNS.has(lastWord) &&
      !this.entities.some((entity) => entity.roleKeys.some((key) => key.head.endsWith(lastWord)));
    // "the Scot said", "the 24-year-old added": an epithet for the person the story is following.
    if (lower[0] === 'the' && lower.length <= 4 && (barePosition || isEpithet(words.slice(1)))) {
      // "defender Mattias Holm", later "the Swedish defender": the one player given that position.
      const position = lower.at(-1) ?? '';
      const positionsOf = (entity: EntityDraft) =>
        entity.roleKeys
          .map((key) => key.head.split(' ').at(-1) ?? '')
          .filter((head) => PLAYING_POSITIONS.has(head));
      // "the right-hander", "the southpaw": how a player throws or stands, which any position may.
      const fieldPosition = PLAYING_POSITIONS.has(position) && !EPITHET_NOUNS.has(position);
      const holders = fieldPosition
        ? this.entities.filter((entity) => entity.kind === 'person' && positionsOf(entity).includes(position))
        : [];
      if (holders.length === 1) return { kind: 'entity', entity: holders[0] as EntityDraft };
      // Not the defender just quoted when the epithet is a midfielder's.
      const focused = this.mostRecentPerson(
        (entity) =>
          (!fieldPosition ||
            positionsOf(entity).every((held) => held === position || EPITHET_NOUNS.has(held))) &&
          // Nor the manager just quoted when the position is a player's.
          (!barePosition || !entity.roleKeys.some((key) => BENCH_JOBS.has(key.head.split(' ').at(-1) ?? ''))),
      );
      if (focused) return { kind: 'entity', entity: focused };
    }
    let headEnd = -1;
    for (let index = lower.length - 1; index >= 0; index--) {
      if (ROLE_NOUNS.has(lower[index] ?? '')) {
        headEnd = index;
        break;
      }
    }
    // "the club said", "the commission added": the one organisation the article names that way.
    // "the Bench observed": South Asian court reports call the judges hearing a case the Bench,
    // and what it says is the court's.
    const organisationWord = lastWord === 'bench' ? 'court' : lastWord;
    if (organisationWord === 'court' && lower[0] === 'the' && lower.length <= 3 && this.singleJudge)
      return { kind: 'entity', entity: this.singleJudge };
    if (ORGANISATION_HEADS.has(organisationWord) && lower[0] === 'the') {
      const named =
        this.organisationEndingIn(organisationWord) ??
        this.organisationContaining(organisationWord) ??
        this.organisationWithWordClippedTo(organisationWord) ??
        (lower.length === 2 ? this.bodiesByOrgan.get(organisationWord) : undefined) ??
        // "the company" is the business the story follows, read below, whatever was called one first.
        (BUSINESS_NOUNS.has(organisationWord)
          ? undefined
          : this.bodiesByAppositiveKind.get(organisationWord)) ??
        // "The German exchange said": a modifier can point to a body without the word in its name;
        // "the bank" is the business the story follows, handled below.
        (lower.length === 2 && !BUSINESS_NOUNS.has(organisationWord)
          ? (this.lastActedOrganisationWith(organisationWord) ??
            this.mostNamedOrganisationWith(organisationWord, paragraph))
          : null) ??
        // "Oman Cricket has ended… The board said": the body that just acted, when its name does not
        // tell its kind and the word is one a governing body is called by.
        (lower.length === 2 && GOVERNING_KINDS.has(organisationWord)
          ? this.justActedOrganisationOfUntoldKind(organisationWord)
          : null) ??
        (lower.length === 2 ? this.firstNamedAfter(organisationWord, paragraph) : null);
      // "but the government said", the Indonesian government named only further on: until then a
      // government, a ministry or the police are the country's own.
      const notYetNamed =
        named !== null && STATE_BODIES.has(organisationWord) && introducedFrom(named, paragraph + 1);
      if (named && !notYetNamed) return { kind: 'entity', entity: named };
    }
    // "the Fed" for the Federal Reserve, "the Met" for the Metropolitan Police: a clipped first word.
    const clipped = words[1] ?? '';
    if (lower[0] === 'the' && words.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(clipped)) {
      const named = this.entities.filter(
        (entity) =>
          entity.kind === 'organisation' &&
          entity.name.includes(' ') &&
          (entity.name.split(' ')[0] ?? '').startsWith(clipped) &&
          (entity.name.split(' ')[0] ?? '') !== clipped,
      );
      if (named.length === 1) return { kind: 'entity', entity: named[0] as EntityDraft };
    }
    // "The company said": a business story's second reference to the firm it is following.
    if (lower[0] === 'the' && lower.length <= 3 && BUSINESS_NOUNS.has(organisationWord)) {
      // "The contractor, Kurylys Stroy, said in a statement… '…,' the company said": the business
      // that spoke in the sentence before, in this paragraph, whatever the story follows.
      const justSpoke = this.focus.at(-1)?.entity;
      if (
        justSpoke &&
        this.inThisParagraph.has(justSpoke) &&
        (justSpoke.kind === 'organisation'
          ? isBusinessName(justSpoke)
          : BUSINESS_ROLES.has(justSpoke.role?.toLowerCase() ?? ''))
      )
        return { kind: 'entity', entity: justSpoke };
      const followed = ['company', 'firm', 'club', 'team'].includes(organisationWord)
        ? this.followedOrganisation(paragraph, isBusinessName)
        : this.followedOrganisation(paragraph);
      if (followed) return { kind: 'entity', entity: followed };
    }
    // '"…," the statement said' after "In a statement, Dublin Bus said": the document speaks for
    // whoever the story last had speaking.
    // A note or memo goes the same way when no body was said to have written one ("In a note, the
    // union said…" then '"…," the note said').
    if (
      ['the', 'its', 'their'].includes(lower[0] ?? '') &&
      lower.length === 2 &&
      (DOCUMENT_NOUNS.has(organisationWord) ||
        (ISSUED_NOTES.has(organisationWord) && !this.documentAuthors.has(organisationWord)))
    ) {
      const author = this.focus.at(-1)?.entity;
      if (author) return { kind: 'entity', entity: author };
    }
    // '"…," the report said' after "a report by the Institute for Fiscal Studies found": the body
    // whose report, study or survey it is.
    if (['the', 'its', 'their'].includes(lower[0] ?? '') && lower.length <= 3) {
      const author = this.documentAuthors.get(organisationWord);
      if (author) return { kind: 'entity', entity: author };
    }
    // "the Marine Accident Investigation Branch… The branch called it": a body's own last word,
    // when no list of kinds holds it, still names the one body the story has so far called that.
    if (
      lower[0] === 'the' &&
      lower.length === 2 &&
      headEnd === -1 &&
      words[1] === organisationWord &&
      !ORGANISATION_HEADS.has(organisationWord)
    ) {
      const named = this.organisationEndingIn(organisationWord);
      if (named?.name.includes(' ') && !introducedFrom(named, paragraph + 1))
        return { kind: 'entity', entity: named };
    }
    // "He said that the value added remains 'thin'": a phrase naming a thing ("the value", "the
    // price") is no one who speaks, so an earlier speech verb in the sentence is read instead.
    let clauseOpening = 0;
    while (CLAUSE_OPENERS.has(lower[clauseOpening] ?? '')) clauseOpening++;
    if (
      headEnd === -1 &&
      lower[clauseOpening] === 'the' &&
      lower.length === clauseOpening + 2 &&
      THING_NOUNS.has(organisationWord)
    )
      return { kind: 'none' };
    if (headEnd === -1) {
      const holder = lower[0] === 'the' ? this.holderOfUnlistedJob(lower.slice(1), paragraph) : null;
      return holder ? { kind: 'entity', entity: holder } : { kind: 'unnamed' };
    }
    // "a Commission spokesperson", "a Kremlin spokesman", "a Grab representative": the organisation
    // speaks through them.
    if (/^(?:spokes(?:man|woman|person)|representative)$/.test(lower[headEnd] ?? '')) {
      // "Senator Mark Reid denied the claims. His spokesman said…": speaking for the person, as a
      // spokesperson for a body speaks for the body.
      if (headEnd === 1 && (lower[0] === 'his' || lower[0] === 'her')) {
        const principal = this.resolvePronoun(lower[0] === 'his' ? 'he' : 'she');
        if (principal) {
          this.spokespersonFor = principal;
          return { kind: 'entity', entity: principal };
        }
      }
      const owner = words
        .slice(0, headEnd)
        .find((word) => /^\p{Lu}/u.test(word) && !DETERMINERS.has(word.toLowerCase()));
      // "A council spokeswoman", "a hospital spokesman": the kind of body in lower case stands for
      // the one organisation of that kind the story names.
      const ownerKind = lower[headEnd - 1] ?? '';
      const organisation = owner
        ? this.entities.find(
            (entity) => entity.kind === 'organisation' && entity.name.split(/\s+/).includes(owner),
          )
        : ORGANISATION_HEADS.has(ownerKind)
          ? (this.organisationContaining(ownerKind) ?? undefined)
          : undefined;
      if (organisation) {
        this.spokespersonFor = organisation;
        return { kind: 'entity', entity: organisation };
      }
      // "The Department for Education said… In a statement, a spokesperson said": a spokesperson
      // for nobody named speaks for the body that has just spoken.
      const bare =
        headEnd === lower.length - 1 && lower.slice(0, headEnd).every((word) => DETERMINERS.has(word));
      const justActed = bare ? this.justActedOrganisation() : null;
      if (justActed) {
        this.spokespersonFor = justActed;
        return { kind: 'entity', entity: justActed };
      }
    }
    // "the union leader", "the club president": the holder of that job at the one body the story
    // calls by that kind.
    if (lower[0] === 'the' && lower.length === 3 && ORGANISATION_HEADS.has(lower[1] ?? '') && headEnd === 2) {
      const body = this.resolveRolePhrase(`the ${lower[1]}`, paragraph);
      const holder =
        body.kind === 'entity' && body.entity.kind === 'organisation'
          ? this.holderOfJobAt(body.entity, lastWord)
          : null;
      if (holder) return { kind: 'entity', entity: holder };
    }
    let headStart = headEnd;
    while (headStart > 0 && TITLE_MODIFIERS.has(lower[headStart - 1] ?? '')) headStart--;
    const head = lower
      .slice(headStart, headEnd + 1)
      .filter((word) => !['new', 'former', 'longtime'].includes(word));
    let place: string | null = null;
    let placeFromDemonym = false;
    for (const word of words.slice(0, headStart)) {
      placeFromDemonym = !word.endsWith("'s") && DEMONYM_TO_PLACE.has(word.toLowerCase());
      if (word.endsWith("'s")) place = word.slice(0, -2);
      else if (placeFromDemonym) place = DEMONYM_TO_PLACE.get(word.toLowerCase()) ?? null;
    }
    if (/^(?:a|an|one|another)$/.test(lower[0] ?? '')) return { kind: 'unnamed', individual: true };
    // "The national team's head coach… said" in the third paragraph is not the academy coach the
    // story meets in the ninth: a holder named much later is another holder of the job.
    let matching = entitiesForRole(this.entities, head.join(' '), place).filter((entity) =>
      heldByThen(entity, paragraph),
    );
    // "Sundowns coach Miguel Cardoso", later "the Portuguese coach": a second reference may tell a
    // nationality the story never gave, so it rules out only someone given another country.
    if (matching.length === 0 && placeFromDemonym && lower[0] === 'the')
      matching = entitiesForRole(this.entities, head.join(' '), null).filter((entity) =>
        entity.roleKeys.every((key) => key.place === null || key.place === place || !isPlaceWord(key.place)),
      );
    // "the NWC's corporate communications manager told…", then "The manager, Sophia Lindo-Barnett,
    // said": a job introduced before the name, at a body rather than a country, is the person the
    // story names in that job from here on; someone named earlier in it would have been named.
    // Named soon after, as reporters do: a holder of the bare job met pages later ("The Traders'
    // Association… Its chair, Hodan Warsame") holds another body's job.
    if (matching.length === 0 && place !== null && !isPlaceWord(place))
      matching = entitiesForRole(this.entities, head.join(' '), null).filter(
        (entity) =>
          introducedFrom(entity, paragraph) && !introducedFrom(entity, paragraph + HOLDER_NAMED_WITHIN),
      );
    // "Dr Amir Haddad treated the victims… 'Most had burns,' the doctor said": the title is the job.
    if (matching.length === 0 && lower[0] === 'the' && head.length === 1)
      matching = this.titledAs.get(head[0] ?? '') ?? [];
    if (matching.length === 1) return { kind: 'entity', entity: matching[0] as EntityDraft };
    for (let index = this.focus.length - 1; index >= 0; index--) {
      const { entity } = this.focus[index] as Focus;
      if (entity && matching.includes(entity)) return { kind: 'entity', entity };
    }
    return { kind: 'unnamed' };
  }

  /**
   * The subject of a speech verb, read backwards from the verb: a name, a pronoun or a role
   * phrase, skipping fillers ("also said") and an appositive ("Smith, a journalist, said").
   */
  subjectBefore(view: ParagraphView, regionStart: number, verbStart: number): Subject {
    const organOfKind = ORGAN_OF_KIND_BEFORE_VERB.exec(
      view.frame.slice(Math.max(regionStart, verbStart - 80), verbStart),
    )?.[1];
    if (organOfKind !== undefined && ORGANISATION_HEADS.has(organOfKind)) {
      const body = this.resolveRolePhrase(`the ${organOfKind}`, view.paragraph.n);
      if (body.kind === 'entity' && body.entity.kind === 'organisation') return body;
    }
    const subject = this.readSubjectBefore(view, regionStart, verbStart);
    if (
      subject.kind === 'entity' &&
      subject.entity.kind === 'organisation' &&
      SPOKESPERSON_IN.test(view.frame.slice(regionStart, verbStart))
    )
      this.spokespersonFor = subject.entity;
    return subject;
  }

  /**
   * The last comma that closes a clause. "a pediatrician in Omaha, Neb., said", "a farmer from
   * Dubbo, New South Wales, said": the comma between a town and its state is not one.
   */
  private lastClauseComma(view: ParagraphView, regionStart: number, region: string): number {
    let comma = region.lastIndexOf(',');
    // "which represents about 1,400 drivers": a thousands separator breaks no clause.
    while (comma > 0 && /\d/.test(region[comma - 1] ?? '') && /\d/.test(region[comma + 1] ?? ''))
      comma = region.lastIndexOf(',', comma - 1);
    if (comma === -1) return comma;
    const chunk = region.slice(comma + 1).trim();
    const chunkStart = regionStart + region.length - chunk.length;
    const isState =
      US_STATE_ABBREVIATIONS.has(chunk.replace(/\.$/, '')) ||
      view.mentions.some(
        (mention) =>
          mention.entity.kind === 'place' &&
          mention.start === chunkStart &&
          mention.end === regionStart + region.length,
      );
    if (!isState) return comma;
    const townEnd = regionStart + region.slice(0, comma).trimEnd().length;
    const followsTown = view.mentions.some(
      (mention) => mention.entity.kind === 'place' && mention.end === townEnd,
    );
    return followsTown ? region.lastIndexOf(',', comma - 1) : comma;
  }

  private readSubjectBefore(view: ParagraphView, regionStart: number, verbStart: number): Subject {
    let end = verbStart;
    const frame = view.frame;
    for (;;) {
      const tokens = tokenize(frame, regionStart, end);
      const last = tokens[tokens.length - 1];
      if (!last || !VERB_FILLERS.has(last.word) || frame.slice(last.end, end).trim() !== '') break;
      end = last.start;
    }
    let region = frame.slice(regionStart, end);
    // "Among them was Rosa Tuy, 58, who said…": the relative pronoun is the verb's subject, and it
    // stands for the name right before it, whatever the sentence opened on.
    const relative = RELATIVE_WHO_AT_END.exec(region);
    if (relative) {
      const antecedentEnd = regionStart + relative.index;
      const antecedent = view.mentions.find(
        (mention) => mention.entity.kind === 'person' && mention.end === antecedentEnd,
      );
      if (antecedent) return { kind: 'entity', entity: antecedent.entity };
    }
    // "Dev Mistry (Lab) said", "Sen. Jo Price (R-Texas) said": a party label in brackets sits between name and verb.
    const bracketed = /\s*\([^()]{1,25}\)\s*$/.exec(region);
    if (bracketed) region = region.slice(0, bracketed.index);
    // "Sen. Melissa Arriaga, D-Boise, said": a US party and home town set off by commas is a label
    // of the name before it, as the bracketed form is, not an appositive of its own.
    const partyLabel = PARTY_AND_HOME_LABEL.exec(region);
    if (partyLabel) region = region.slice(0, partyLabel.index);
    // "Councillor Ellie Marsh (Green, Lawrence Hill), who chairs…": a party and ward in brackets
    // are no clause of the sentence; their commas are blanked, keeping every offset.
    if (region.includes('(')) region = region.replace(BRACKETED_LABEL, (label) => ' '.repeat(label.length));
    if (/,\s*$/.test(region)) {
      // "Gubad Mammadov of the State University of Economics (UNEC), said": a body's initials in
      // brackets close the appositive as a party label does.
      const withoutComma = region.replace(/,\s*$/, '').replace(/\s*\([^()]{1,25}\)\s*$/, '');
      const previousComma = this.lastClauseComma(view, regionStart, withoutComma);
      const appositive = withoutComma.slice(previousComma + 1).trim();
      // "Its chairwoman, Councillor Rachel Okafor, told": a name between the commas is the subject.
      const namesSomeone = view.mentions.some(
        (mention) =>
          mention.entity.kind === 'person' &&
          mention.start > regionStart + previousComma &&
          mention.end <= regionStart + withoutComma.length,
      );
      // "The main opposition party, the Bharat Rashtra Samithi (BRS), called": a body's name set
      // off after its description is the subject, as a person's is.
      const bodyNamed = view.mentions.find(
        (mention) =>
          mention.entity.kind === 'organisation' &&
          mention.start > regionStart + previousComma &&
          mention.end <= regionStart + withoutComma.length &&
          /^(?:the)?$/i.test(view.frame.slice(regionStart + previousComma + 1, mention.start).trim()) &&
          /^\s*(?:\([^()]{1,25}\))?\s*$/.test(
            view.frame.slice(mention.end, regionStart + withoutComma.length),
          ),
      );
      // "Rebecca Mathews, appearing for the petitioner, the Students' Forum, said": a body set off
      // after a noun a preposition governs names that noun, not the subject.
      const namesAnObject = OBJECT_NOUN_BEFORE_COMMA.test(
        view.frame.slice(regionStart, regionStart + previousComma),
      );
      if (previousComma !== -1 && bodyNamed && !namesAnObject)
        return { kind: 'entity', entity: bodyNamed.entity };
      const isAppositive =
        previousComma !== -1 &&
        // "Rosa Gutiérrez, one of the authors of the motion, said": one of a group, as "a" is.
        (/^(?:a|an|the|his|her|its|their|who|which|whose|\d+|one\s+of|among)\b/i.test(appositive) ||
          // "Margaret Ellis, 81, from Beeston, said": where a person is from is set off as an age
          // is; "The letter, from the Home Office, says" names who sent it.
          (/^from\b/i.test(appositive) &&
            view.mentions.some(
              (mention) =>
                mention.entity.kind === 'person' &&
                mention.start >= regionStart &&
                mention.end <= regionStart + previousComma,
            )) ||
          // "Jorge Montaño, of the Teatro Popular de Bogotá, said": where the subject works, set off
          // straight after the name that opens the clause ("The judge, sentencing Tom Hebden, of
          // Leeds, said" is the judge's).
          (/^of\b/i.test(appositive) &&
            view.mentions.some(
              (mention) =>
                mention.entity.kind === 'person' &&
                mention.start >= regionStart &&
                mention.end === regionStart + previousComma &&
                !withoutComma.slice(0, mention.start - regionStart).includes(','),
            )) ||
          (!namesSomeone && appositive.split(/\s+/).some((word) => ROLE_NOUNS.has(word.toLowerCase()))) ||
          // "Marina Lopes, expected to be named rapporteur, said", "Ali Khan, elected in 2019, said":
          // a past participle set off straight after a person's name describes them.
          (!namesSomeone &&
            PARTICIPLE_APPOSITIVE.test(appositive) &&
            view.mentions.some(
              (mention) =>
                mention.entity.kind === 'person' &&
                mention.start >= regionStart &&
                /^\s*(?:\([^()]{1,25}\))?\s*$/.test(frame.slice(mention.end, regionStart + previousComma)),
            )) ||
          // "Matej Potočnik, Dušan Potočnik's son and director, said": the owner named in the
          // appositive is who the subject is related to, not the subject.
          (OWNED_BY_NAME_APPOSITIVE.test(appositive) &&
            view.mentions.some(
              (mention) =>
                mention.entity.kind === 'person' &&
                mention.start >= regionStart &&
                mention.end === regionStart + previousComma,
            )));
      // "One of the victims, 83-year-old Hildegard Brunner from Favoriten, described": after a head
      // that names nobody, the set-off name (its age before it) is who the head is.
      const namedAfterNobody =
        previousComma !== -1 &&
        !view.mentions.some(
          (mention) =>
            mention.entity.kind === 'person' &&
            mention.start >= regionStart &&
            mention.end <= regionStart + previousComma,
        ) &&
        view.mentions.some(
          (mention) =>
            mention.entity.kind === 'person' &&
            mention.start > regionStart + previousComma &&
            AGE_BEFORE_NAME.test(frame.slice(regionStart + previousComma + 1, mention.start)),
        );
      const signedAside = statementAsideStart(withoutComma);
      if (signedAside !== -1) region = withoutComma.slice(0, signedAside);
      else region = isAppositive && !namedAfterNobody ? withoutComma.slice(0, previousComma) : withoutComma;
      // Appositives nest: "Maja Eriksson, a portfolio manager at Skandia, which owns 4%, said".
      const innerComma = this.lastClauseComma(view, regionStart, region);
      const inner = region.slice(innerComma + 1).trim();
      const namedBefore = view.mentions.some(
        (mention) => mention.entity.kind === 'person' && mention.end <= regionStart + innerComma,
      );
      if (
        isAppositive &&
        innerComma !== -1 &&
        namedBefore &&
        /^(?:a|an|the|his|her|its|their|from|\d+)\b/i.test(inner)
      ) {
        region = region.slice(0, innerComma);
      }
      // "Senator Marina Lopes (MDB-PE), expected to be named rapporteur, said", "Dev Mistry (Lab),
      // the shadow minister, said": the party label sits between the name and its appositive.
      const labelBeforeAppositive = /\s*\([^()]{1,25}\)\s*$/.exec(region);
      if (labelBeforeAppositive) region = region.slice(0, labelBeforeAppositive.index);
    }
    const regionEnd = regionStart + region.length;
    const tokens = tokenize(frame, regionStart, regionEnd);
    const last = tokens[tokens.length - 1];
    if (!last || frame.slice(last.end, regionEnd).trim().length > 1) return { kind: 'none' };
    if (['and', 'but', 'or', 'then'].includes(last.word)) return { kind: 'none' };
    // "according to van Dijk, who said…": the relative pronoun stands for the name before it.
    if (['who', 'which'].includes(last.word)) {
      const commaAt = frame.slice(0, last.start).trimEnd();
      const antecedent = view.mentions.find(
        (mention) => mention.end === commaAt.length - 1 || mention.end === commaAt.length,
      );
      // "Iryna Koval, a schoolteacher from Stryi, who said…": "who" is never a place, nor a name
      // governed by a preposition ("a student at Northumbria University who asked not to be
      // named"); the person the appositive describes is who it stands for, or someone unnamed.
      if (
        antecedent &&
        last.word === 'who' &&
        (antecedent.entity.kind === 'place' ||
          // "according to van Dijk, who said…" sets the clause off: then the name is who it means.
          // "labelled … by the Conservatives who said" keeps a passive's agent, who acts.
          (!commaAt.endsWith(',') &&
            PLACE_OR_AFFILIATION.has(
              tokenize(frame, regionStart, antecedent.start)
                .filter((token) => !DETERMINERS.has(token.word.toLowerCase()))
                .at(-1)?.word ?? '',
            )))
      ) {
        const appositiveEnd = commaAt.endsWith(',') ? commaAt.length - 1 : commaAt.length;
        const described = view.mentions.filter(
          (mention) =>
            mention.entity.kind === 'person' &&
            mention.start >= regionStart &&
            APPOSITIVE_TO_COMMA.test(frame.slice(mention.end, appositiveEnd)),
        );
        const person = described.at(-1);
        return person ? { kind: 'entity', entity: person.entity } : { kind: 'unnamed', individual: true };
      }
      if (antecedent) return { kind: 'entity', entity: antecedent.entity };
      // "A regional police commander, who asked not to be named, said": the role phrase before it.
      const comma = commaAt.endsWith(',') ? commaAt.length - 1 : commaAt.length;
      if (comma > regionStart) {
        const described = this.subjectBefore(view, regionStart, comma);
        if (described.kind === 'unnamed') return described;
      }
      return { kind: 'unnamed' };
    }
    if (PRONOUNS.has(last.word.toLowerCase()) && frame.slice(last.end, regionEnd).trim() === '') {
      // "The film shows Mr Howard laughing…, which he calls": the sentence's own subject comes first.
      const earlier = this.compatibleSubjectIn(view, regionStart, last.start, last.word);
      if (earlier) return { kind: 'entity', entity: earlier };
      // "The company's chief executive, who took charge in March, said… what he called 'the daily
      // lottery'": the job the sentence opens on, not someone named before.
      const job = JOB_SUBJECT_OPENS.exec(frame.slice(regionStart, last.start))?.[1];
      if (
        job &&
        last.word !== 'they' &&
        isUnnamedJob(job) &&
        /['’]s?\s|^(?:Its|Their)\b/.test(frame.slice(regionStart, last.start))
      ) {
        const holder = this.resolveRolePhrase(job, view.paragraph.n);
        return holder.kind === 'entity' ? holder : { kind: 'unnamed', individual: true };
      }
      const entity = this.resolvePronoun(last.word);
      return entity ? { kind: 'entity', entity } : { kind: 'unnamed' };
    }
    // A comma inside a name ("the Ministry of Land, Infrastructure and Transport") breaks no clause.
    const insideName = (at: number) =>
      view.mentions.some((mention) => mention.start <= regionStart + at && regionStart + at < mention.end);
    let clauseBreak = -1;
    for (let at = region.length - 1; at >= 0 && clauseBreak === -1; at--)
      if (',;:—–('.includes(region[at] ?? '') && !insideName(at)) clauseBreak = at;
    const clauseStart = regionStart + clauseBreak + 1;
    // A place speaks only as the verb's own subject: "Washington has claimed", "Moscow said".
    const subjectEnd = clauseStart + frame.slice(clauseStart, regionEnd).trimEnd().length;
    const candidates = view.mentions.filter(
      (mention) =>
        mention.start >= clauseStart &&
        mention.end <= regionEnd &&
        (mention.entity.kind !== 'place' || mention.end === subjectEnd),
    );
    // "…, with Labour's Rory Dane labelling it 'a tax'": in an absolute phrase the name after
    // "with" is the subject of the participle that follows it.
    const participle = /^\p{Ll}+ing\b/u.test(frame.slice(verbStart, verbStart + 24));
    for (let index = candidates.length - 1; index >= 0; index--) {
      const mention = candidates[index] as Mention;
      if (
        participle &&
        mention.end === subjectEnd &&
        mention.entity.kind !== 'place' &&
        WITH_BEFORE_SUBJECT.test(frame.slice(clauseStart, mention.start))
      )
        return { kind: 'entity', entity: mention.entity };
      // "Tom Crofts of the consultancy Meridian Legal said": a name set beside a noun that a
      // preposition governs, after the subject's own name, is governed with it.
      if (index > 0 && NAME_BESIDE_GOVERNED_NOUN.test(frame.slice(clauseStart, mention.start))) continue;
      // "The barrister who had represented Mr Martin said", "A woman who found Ruiz told police":
      // a name inside a relative clause after a head the story leaves unnamed is not its subject.
      if (
        mention.entity.kind === 'person' &&
        !candidates.some((other) => other.start < mention.start && other.entity.kind !== 'place') &&
        namedInsideUnnamedHeadsClause(frame.slice(clauseStart, mention.start))
      )
        return { kind: 'unnamed', individual: true };
      if (mention.byRole && this.meansTheAnonymous(frame.slice(mention.start, mention.end), view.paragraph.n))
        return { kind: 'unnamed', individual: true };
      // "when an MP accused the ministry", "another senator asked": a job under an indefinite
      // article is someone the story has not named, never the holder of that job it named before.
      // "Peter Mandelson, … now a European Commissioner, warned" describes the name before it.
      if (
        mention.byRole &&
        INDEFINITE_BEFORE.test(frame.slice(Math.max(clauseStart, mention.start - 12), mention.start)) &&
        !view.mentions.some(
          (other) =>
            other.start >= regionStart && other.start < mention.start && other.entity.kind === 'person',
        )
      )
        return { kind: 'unnamed', individual: true };
      // "A spokesman for Mr Husic said": an office-holder's spokesperson speaks for the office, as
      // a minister's words reach the press through their office; a candidate's campaign spokesman
      // speaks for the campaign, and "a spokesman for Husic's party" for the party.
      if (
        SPOKESPERSON_FOR_PRINCIPAL.test(frame.slice(clauseStart, mention.start)) &&
        (mention.entity.kind !== 'person' || PUBLIC_OFFICE.test(mention.entity.role ?? '')) &&
        // "a spokesman for the Bush-Cheney campaign", "for Mr Dowd's family": someone else's.
        SPEECH_AFTER_PRINCIPAL.test(frame.slice(mention.end, mention.end + 24)) &&
        // "Scott Stanzel, a spokesman for…, said": the spokesman is named and speaks himself.
        !/\p{L}\s*,\s*$/u.test(frame.slice(Math.max(0, clauseStart - 3), clauseStart))
      )
        return { kind: 'entity', entity: mention.entity };
      // "The Ministry of Energy's Power Division said": a body owned by another speaks itself,
      // the "of" inside its owner's name governing neither.
      const ownedBy = candidates[index - 1];
      if (
        ownedBy &&
        mention.entity.kind === 'organisation' &&
        /^['’]s?\s*$/.test(frame.slice(ownedBy.end, mention.start)) &&
        !governedByPreposition(frame, clauseStart, ownedBy.start)
      )
        return { kind: 'entity', entity: mention.entity };
      if (
        governedByPreposition(frame, clauseStart, mention.start) &&
        !speaksThroughStaff(frame, clauseStart, mention.start)
      ) {
        continue;
      }
      // "Cheryl Ng of the National University of Singapore's Department of Real Estate cautioned":
      // what a governed owner owns is inside the same prepositional phrase.
      const owner = candidates[index - 1];
      if (
        owner &&
        /^(?:['’]s)?\s*$/.test(frame.slice(owner.end, mention.start)) &&
        /['’]s\s*$/.test(frame.slice(owner.start, mention.start)) &&
        governedByPreposition(frame, clauseStart, owner.start)
      ) {
        continue;
      }
      // "Mr Prettejohn, Lloyd's chief executive said": an owner before a role is not its subject.
      const ownsRole =
        /^['’]s\s+\p{Ll}/u.test(frame.slice(mention.end, mention.end + 4)) &&
        mention.entity.kind !== 'person';
      if (ownsRole) continue;
      // "Lanzoni's lawyer said", "Zanardi's wife told reporters", "Alcott's agent said": the one
      // known by a person's job or kin speaks, not the person; unnamed unless the story gives that
      // relation to someone by name.
      const relation =
        mention.entity.kind === 'person'
          ? RELATION_OWNED_BY_NAME.exec(frame.slice(mention.end, regionEnd))
          : null;
      const relationHead = relation?.[2] ?? '';
      if (
        relation &&
        !SPEAKS_FOR_BODY.test(relationHead) &&
        (isRoleNoun(relationHead) || KIN_NOUNS.has(relationHead) || RELATIONAL_NOUNS.has(relationHead))
      ) {
        const holder = this.holderOfRelation(mention.entity, relation[1] as string);
        return holder ? { kind: 'entity', entity: holder } : { kind: 'unnamed', individual: true };
      }
      // "the Dicrim director told reporters", "BGMEA president Faruque Hassan said": a body's name
      // before a job is the office's, and the holder speaks, not the body; unnamed when the story
      // never says who holds it.
      const jobAfterBody =
        mention.entity.kind === 'organisation'
          ? JOB_AFTER_BODY.exec(frame.slice(mention.end, regionEnd))
          : null;
      const jobHead = jobAfterBody?.[2] ?? '';
      if (jobAfterBody && isRoleNoun(jobHead) && !SPEAKS_FOR_BODY.test(jobHead)) {
        const atBody = this.holderOfJobAt(mention.entity, jobHead);
        if (atBody) return { kind: 'entity', entity: atBody };
        const holder = this.resolveRolePhrase(`the ${jobAfterBody[1]}`, view.paragraph.n);
        return holder.kind === 'entity' && holder.entity.kind === 'person'
          ? holder
          : { kind: 'unnamed', individual: true };
      }
      return { kind: 'entity', entity: mention.entity };
    }
    // "Silva told reporters" with a Marina Silva and a Lula da Silva in the story: the one the
    // story last had in mind.
    const clauseTokens = tokenize(frame, clauseStart, regionEnd);
    const shared = this.lastOfSharedSurname(clauseTokens, view.paragraph.n);
    if (shared) return { kind: 'entity', entity: shared };
    // "Alastair Campbell, now working on Labour's campaign, says": a parenthesis without an
    // article; the name just before it is the subject.
    const beforeParenthesis = frame.slice(0, clauseStart - 1).trimEnd().length;
    // "The chamber, in a release yesterday, welcomed…": a body too, when the parenthesis says how or when.
    const adverbial = /^\s*(?:in|on|at|through|via|during|after|before)\s/.test(
      frame.slice(clauseStart, regionEnd),
    );
    const parenthesised = view.mentions.find(
      (mention) =>
        mention.end === beforeParenthesis &&
        mention.start >= regionStart &&
        (mention.entity.kind === 'person' || (adverbial && mention.entity.kind === 'organisation')),
    );
    if (clauseBreak !== -1 && region[clauseBreak] === ',' && parenthesised) {
      // "In a statement signed by its press officer, Jo Bah, the council said": a definite phrase
      // after the comma is the verb's own subject, the name before it only signed or released ("In
      // reply to chairman Tim Hale, the American said"); a body must be one this paragraph names,
      // not merely the business the story follows.
      const clause = frame.slice(clauseStart, regionEnd).trim();
      if (/^the\s/i.test(clause)) {
        const body = this.resolveRolePhrase(clause, view.paragraph.n);
        if (
          body.kind === 'entity' &&
          body.entity !== parenthesised.entity &&
          (body.entity.kind === 'person' ||
            this.inThisParagraph.has(body.entity) ||
            // "signed by its Director of Administration, Mr X, the hospital said": "its" makes the
            // signer the body's own officer, so the body is the one the story already named.
            (body.entity.kind === 'organisation' &&
              /\b(?:its|their)\s/i.test(frame.slice(regionStart, parenthesised.start))))
        )
          return body;
      }
      return { kind: 'entity', entity: parenthesised.entity };
    }
    // "a spokeswoman for the commission", "a representative of the union": the organisation speaks,
    // named in full or by its last word.
    const spokesperson =
      /(?:spokes(?:man|woman|person)|representative)\s+(?:for|from|at|of)\s+(?:the\s+)?([\p{L}-]+)/iu.exec(
        region,
      );
    if (spokesperson) {
      const kindWord = spokesperson[1] ?? '';
      // "a spokesperson for the union's Birmingham branch": a branch or office of a body the story
      // has named speaks for that body, not for the town it sits in.
      const ownedBranch =
        /^\p{Ll}/u.test(kindWord) &&
        /^['’]s\s/u.test(region.slice(spokesperson.index + spokesperson[0].length)) &&
        ORGANISATION_HEADS.has(kindWord)
          ? (this.organisationEndingIn(kindWord) ??
            this.organisationContaining(kindWord) ??
            this.justActedOrganisationOfUntoldKind(kindWord))
          : null;
      if (ownedBranch) return { kind: 'entity', entity: ownedBranch };
      // A spokesman speaks for an organisation; for a person he is someone else, and unnamed.
      const owner = view.mentions.find((mention) => mention.start >= regionStart + spokesperson.index);
      // For a place, the name is most likely part of a body not recognised ("Transport for London").
      if (owner)
        return owner.entity.kind === 'organisation'
          ? { kind: 'entity', entity: owner.entity }
          : { kind: 'unnamed' };
      const kind = (spokesperson[1] ?? '').toLowerCase();
      const named =
        this.organisationEndingIn(kind) ??
        this.organisationContaining(kind) ??
        (ORGANISATION_HEADS.has(kind) ? this.justActedOrganisationOfUntoldKind(kind) : null);
      if (named) return { kind: 'entity', entity: named };
    }
    // "The father of two said": an epithet for the person the story is following.
    if (PARENT_OF.test(frame.slice(clauseStart, regionEnd).trim())) {
      const followed = this.mostRecentPerson();
      if (followed) return { kind: 'entity', entity: followed };
    }
    const phraseTokens = clauseTokens.slice(-6);
    // "…handed in 4,000 signatures but the council said": a conjunction opens the clause whose
    // subject speaks.
    const cut = phraseTokens.findLastIndex(
      (token) =>
        PREPOSITIONS.has(token.word.toLowerCase()) ||
        SPEECH_VERBS.has(token.word) ||
        CLAUSE_CONJUNCTIONS.has(token.word),
    );
    // "A source close to the mayor said", "One of the organisers said": a determined noun phrase
    // whose head comes before the preposition speaks, not the preposition's object.
    // Not an agent ("a bench headed by Justice X") nor a spokesperson for a body, read above.
    const determined = /^(?:a|an|one|some)$/i.test(clauseTokens[0]?.word ?? '');
    let firstPreposition = -1;
    if (determined)
      for (let index = 1; index < clauseTokens.length && firstPreposition === -1; index++)
        if (PREPOSITIONS.has((clauseTokens[index] as Token).word.toLowerCase())) firstPreposition = index;
    const head = firstPreposition > 0 ? clauseTokens.slice(0, firstPreposition) : [];
    // "A statement from the club read:", "a letter from the ministry said": the body that issued it.
    if (
      DOCUMENT_NOUNS.has(head.at(-1)?.word.toLowerCase() ?? '') &&
      ['from', 'by'].includes(clauseTokens[firstPreposition]?.word ?? '')
    ) {
      const from = (clauseTokens[firstPreposition] as Token).end;
      const issuer = view.mentions.find(
        (mention) => mention.start >= from && mention.end <= regionEnd && mention.entity.kind !== 'place',
      );
      if (issuer) return { kind: 'entity', entity: issuer.entity };
      const named = this.resolveRolePhrase(
        clauseTokens
          .slice(firstPreposition + 1)
          .map((token) => token.word)
          .join(' '),
        view.paragraph.n,
      );
      if (named.kind === 'entity') return named;
    }
    const headed =
      firstPreposition > 0 &&
      clauseTokens[firstPreposition]?.word !== 'by' &&
      !head.some((token) => SPEAKS_FOR_BODY.test(token.word));
    const phrase = headed ? head : phraseTokens.slice(cut + 1);
    return this.resolveRolePhrase(
      phrase.map((token) => (token.possessive ? `${token.word}'s` : token.word)).join(' '),
      view.paragraph.n,
    );
  }

  /** A name or pronoun that the reporter's text runs straight up to, as in 'Smith "condemned" it'. */
  subjectEndingAt(
    view: ParagraphView,
    sentenceStart: number,
    prefix: string,
    /** A fragment the name's predicate, not a colon's introduction ("a letter from John Barker:"). */
    predicate = false,
  ): Subject | null {
    const end = sentenceStart + prefix.trimEnd().length;
    const mention = view.mentions.find(
      (candidate) => candidate.end === end && candidate.entity.kind !== 'place',
    );
    // 'he would give the coach "time and patience"': a name after a verb is its object, not the
    // subject the quotation is a predicate of.
    const before = mention
      ? tokenize(view.frame, sentenceStart, mention.start)
          .filter((token) => !DETERMINERS.has(token.word.toLowerCase()))
          .at(-1)
      : undefined;
    // "- Blackburn boss Mark Hughes:", "Brighton nurse Marion Brown:": a job before the name is its title.
    const object =
      predicate &&
      before !== undefined &&
      /^\p{Ll}+$/u.test(before.word) &&
      !SUBJECT_OPENERS.has(before.word) &&
      !isTitleToken(before) &&
      !isRoleNoun(before.word);
    if (mention && !object) return { kind: 'entity', entity: mention.entity };
    const last = tokenize(view.frame, sentenceStart, end).at(-1);
    if (last && last.end === end && ['he', 'she'].includes(last.word.toLowerCase())) {
      const entity = this.resolvePronoun(last.word);
      return entity ? { kind: 'entity', entity } : { kind: 'unnamed' };
    }
    return null;
  }

  /**
   * '…, Rodriguez smiled: "…"', 'she shrugged: "…"': whatever the verb before a colon, its subject
   * introduces the quotation.
   */
  subjectOfIntroducingVerb(view: ParagraphView, sentenceStart: number, open: number): Subject | null {
    const colon = view.frame.lastIndexOf(':', open);
    const verb = tokenize(view.frame, sentenceStart, colon).at(-1);
    if (!verb || !/^\p{Ll}+$/u.test(verb.word) || view.frame.slice(verb.end, colon).trim() !== '')
      return null;
    // "His message to the court was blunt:": what he said, whoever it was said to.
    const owner = /^(His|Her)\s+\p{Ll}+\b/u.exec(view.frame.slice(sentenceStart, colon))?.[1];
    const ownerEntity = owner ? this.resolvePronoun(owner === 'His' ? 'he' : 'she') : null;
    if (ownerEntity) return { kind: 'entity', entity: ownerEntity };
    // "His message to the chancellor was:": a copula's subject is a thing said, not who said it.
    if (CLAUSE_VERBS.has(verb.word)) return null;
    const subject = this.subjectBefore(view, sentenceStart, verb.start);
    if (subject.kind === 'entity') return subject;
    // "Health Minister Priya Nair put it bluntly:": the name the sentence opens on, its verb's
    // object and adverbs between; not an owner ("Nair's verdict was damning:").
    const opening = firstSubjectMention(view, sentenceStart, verb.start);
    if (
      opening &&
      /^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(view.frame.slice(sentenceStart, opening.start)) &&
      !/^['’]/.test(view.frame.slice(opening.end))
    )
      return { kind: 'entity', entity: opening.entity };
    return null;
  }

  /**
   * Inverted attribution after a comma: "…, said Mr Thomas." Only intransitive reporting verbs
   * invert, the speaker closes the clause, and a name just before the comma is the subject
   * instead ("Luis Carrasco, told Reuters").
   */
  invertedSpeaker(view: ParagraphView, verb: Token, to: number): Subject {
    if (!INVERTIBLE_VERBS.has(verb.word) || !/,\s*$/.test(view.frame.slice(0, verb.start)))
      return { kind: 'none' };
    const commaAt = view.frame.slice(0, verb.start).lastIndexOf(',');
    if (view.mentions.some((mention) => mention.end === commaAt)) return { kind: 'none' };
    const rest = view.frame.slice(verb.end, to);
    const clause = rest.slice(0, rest.search(/[,.;:!?]|$/));
    const words = clause.trim().split(/\s+/);
    if (words.length > 6 || words.some((word) => CLAUSE_VERBS.has(word.toLowerCase())))
      return { kind: 'none' };
    // "said he supported the nurses": a pronoun after the verb opens reported speech.
    if (PRONOUNS.has((words[0] ?? '').toLowerCase())) return { kind: 'none' };
    const after = this.speakerAfter(view, verb.end, to);
    return after.kind === 'entity' ? after : { kind: 'none' };
  }

  /** "was described by Jobs as": the agent of a passive speech verb. */
  passiveAgent(view: ParagraphView, verb: Token, to: number): EntityDraft | null {
    const by = /^\s+by\s+/.exec(view.frame.slice(verb.end, to));
    if (!by) return null;
    const from = verb.end + by[0].length;
    const mention = view.mentions.find(
      (candidate) => candidate.start === from || candidate.start === from + 4,
    );
    return mention && mention.entity.kind !== 'place' ? mention.entity : null;
  }

  /**
   * "said Vela spokeswoman, Ana Ruiz", "said the Courier's picture editor, Tom Hale", "according to
   * Smith's lawyer, Jo Bell": a job set off by a comma before the name of whoever holds it. A named
   * spokesperson or officer keeps their own words; the body or the person in the job phrase only
   * says whose officer they are.
   */
  private officerNamedAfterJob(
    view: ParagraphView,
    from: number,
    phraseEnd: number,
    to: number,
  ): EntityDraft | null {
    if (view.frame[phraseEnd] !== ',') return null;
    const jobWord = /(\p{Ll}[\p{Ll}-]*)\s*$/u.exec(view.frame.slice(from, phraseEnd))?.[1];
    if (jobWord === undefined || !(isRoleNoun(jobWord) || SPEAKS_FOR_BODY.test(jobWord))) return null;
    const nameStart = phraseEnd + 1 + (/^\s*/.exec(view.frame.slice(phraseEnd + 1))?.[0].length ?? 0);
    const officer = view.mentions.find(
      (mention) => mention.start === nameStart && mention.end <= to && mention.entity.kind === 'person',
    );
    if (!officer || !/^\s*(?:[,.;:!?]|$)/.test(view.frame.slice(officer.end, to))) return null;
    return officer.entity;
  }

  /** "said Lavrov", "said the minister", "according to the Kremlin": the speaker after the verb. */
  speakerAfter(view: ParagraphView, from: number, to: number): Subject {
    // "said Coun. Theresa Bouchard", "said Sen. Jo Price": a shortened title's stop ends nothing.
    let end = to;
    for (let at = from; at < to; at++) {
      const char = view.frame[at] ?? '';
      if (!',;.:!?“”"'.includes(char)) continue;
      if (char === '.' && isAbbreviationStop(view.frame, at)) continue;
      end = at;
      break;
    }
    // "said AK chief Isaiah Kiplagat": the person the phrase ends on, not the body they lead.
    const named = view.mentions.filter(
      (candidate) => candidate.start >= from && candidate.end <= end && candidate.entity.kind !== 'place',
    );
    const officer = this.officerNamedAfterJob(view, from, end, to);
    if (officer) return { kind: 'entity', entity: officer };
    const mention = named.find((candidate) => candidate.entity.kind === 'person') ?? named[0];
    if (mention) return { kind: 'entity', entity: mention.entity };
    const tokens = tokenize(view.frame, from, end);
    if (tokens.length === 0) return { kind: 'none' };
    const first = tokens[0] as Token;
    // "According to him, …": the object form stands alone where a name would ("her office" does not).
    const subjectForm =
      tokens.length === 1 ? OBJECT_PRONOUN_SUBJECTS.get(first.word.toLowerCase()) : undefined;
    if (subjectForm) {
      const entity = this.resolvePronoun(subjectForm);
      return entity ? { kind: 'entity', entity } : { kind: 'unnamed' };
    }
    if (PRONOUNS.has(first.word.toLowerCase())) {
      const entity = this.resolvePronoun(first.word);
      return entity ? { kind: 'entity', entity } : { kind: 'unnamed' };
    }
    const shared = this.lastOfSharedSurname(tokens, view.paragraph.n);
    if (shared) return { kind: 'entity', entity: shared };
    return this.resolveRolePhrase(tokens.map((token) => token.word).join(' '), view.paragraph.n);
  }

  /** The speech verbs of a stretch of frame text, as token lists with the verb's index. */
  speechVerbs(view: ParagraphView, from: number, to: number): { tokens: Token[]; index: number }[] {
    const tokens = tokenize(view.frame, from, to);
    const verbs: { tokens: Token[]; index: number }[] = [];
    tokens.forEach((_, index) => {
      if (isSpeechVerbAt(tokens, index)) verbs.push({ tokens, index });
    });
    return verbs;
  }

  /** Attribution carried by the speech verbs before `offset` in a sentence, nearest verb first. */
  attributionBefore(view: ParagraphView, sentenceStart: number, offset: number): Subject {
    // "he was told: '…'", "they were warned that '…'": the subject heard the words, and the one
    // who said them goes unnamed unless a "by" names them.
    if (HEARER_INTRODUCES.test(view.frame.slice(Math.max(sentenceStart, offset - 60), offset)))
      return { kind: 'unnamed' };
    const verbs = this.speechVerbs(view, sentenceStart, offset);
    /** Where a participle after a comma starts, whose subject is the sentence's own. */
    let participleAt = -1;
    for (let index = verbs.length - 1; index >= 0; index--) {
      const { tokens, index: at } = verbs[index] as { tokens: Token[]; index: number };
      const verb = tokens[at] as Token;
      if (verb.word.toLowerCase() === 'according') {
        const found = this.speakerAfter(view, (tokens[at + 1] as Token).end, offset);
        if (found.kind !== 'none') return found;
        continue;
      }
      // "…it said it opposed the plans, calling his assumptions “aggressive”": a participle after a
      // comma shares the subject of the clause before it.
      if (verb.word.endsWith('ing') && /,\s*$/.test(view.frame.slice(sentenceStart, verb.start))) {
        if (participleAt === -1) participleAt = verb.start;
        if (index > 0) continue;
        const pronoun = this.openingPronoun(view, sentenceStart, verb.start);
        if (pronoun) return pronoun;
        const opening = this.sentenceOpeningSubject(view, sentenceStart, verb.start);
        // "Britain's Rod Stewart introduced Percy Sledge, citing his hit as '…'": a name straight
        // after the main verb is its object; when the subject itself went unrecognised the
        // participle's speaker is unknown, and neither the object nor an earlier speaker.
        if (opening && this.objectOfVerbBefore(view, sentenceStart, opening, verb.start))
          return { kind: 'unnamed' };
        if (opening) return { kind: 'entity', entity: opening };
      }
      // "said testing had found low levels, and that the supply was 'safe'": a second "that" clause
      // joined by "and" is reported by the verb before, not by the one inside the first clause.
      // "In a statement posted on its website, the firm said it was 'saddened' and that…": a
      // participle after "a statement" names the document, and reports nothing.
      if (
        index > 0 &&
        /\band that\b/.test(view.frame.slice(verb.end, offset)) &&
        !modifiesNounBefore(verbs[index - 1] as { tokens: Token[]; index: number })
      )
        continue;
      // Passive: "was described by Jobs as…".
      const agent = this.passiveAgent(view, verb, offset);
      if (agent) return { kind: 'entity', entity: agent };
      const inverted = this.invertedSpeaker(view, verb, offset);
      if (inverted.kind !== 'none') return inverted;
      const subject = this.subjectBefore(view, sentenceStart, verb.start);
      if (subject.kind !== 'none') return subject;
      // "X repeated that assurance and said the transfers to Y had been made…": after "and" the
      // verb shares the sentence's subject, and a name after it is in what was said.
      if (
        ['said', 'says', 'added', 'adds'].includes(verb.word) &&
        !(
          /\b(?:and|but)\s*$/.test(view.frame.slice(sentenceStart, verb.start)) &&
          !/^\s+(?:it|he|she|they)\b/.test(view.frame.slice(verb.end, verb.end + 6))
        )
      ) {
        const after = this.speakerAfter(view, verb.end, offset);
        if (after.kind === 'entity') return after;
      }
    }
    // "Pep Alvarez refused to blame his players and said…", "The chamber welcomed the measures but
    // said…": a coordinated speech verb whose subject opens the sentence.
    const lastVerb = verbs.at(-1);
    if (
      lastVerb &&
      /\b(?:and|but)\s*$/.test(
        view.frame.slice(sentenceStart, (lastVerb.tokens[lastVerb.index] as Token).start),
      )
    ) {
      const verbStart = (lastVerb.tokens[lastVerb.index] as Token).start;
      const opening = this.sentenceOpeningSubject(view, sentenceStart, verbStart);
      if (opening) return { kind: 'entity', entity: opening };
      // "He laughed and said:", "Asked about the past, she smiled and said:": the pronoun opening
      // the clause the coordinated verbs belong to.
      const clauseStart = view.frame.lastIndexOf(',', verbStart);
      const pronoun = this.openingPronoun(
        view,
        clauseStart >= sentenceStart ? clauseStart + 1 : sentenceStart,
        verbStart,
      );
      if (pronoun?.kind === 'entity') return pronoun;
      // "A spokesman for Acme Corp declined to comment but said:": the body the spokesperson speaks for.
      const spokesperson = SPOKESPERSON_OPENS.exec(view.frame.slice(sentenceStart, verbStart));
      const body = spokesperson
        ? view.mentions.find(
            (mention) =>
              mention.start === sentenceStart + spokesperson[0].length &&
              mention.entity.kind === 'organisation',
          )
        : undefined;
      if (body) return { kind: 'entity', entity: body.entity };
    }
    // "He declined to say how much, saying only that the share would be “significant”": when the
    // verbs before give no subject, the participle's is the sentence's opening pronoun or name.
    if (participleAt !== -1) {
      const pronoun = this.openingPronoun(view, sentenceStart, participleAt);
      if (pronoun) return pronoun;
      // Only a name that opens the sentence, titles aside: "The producers defended Rock, saying…"
      // is the producers speaking, not the man they defended.
      const opening = firstSubjectMention(view, sentenceStart, participleAt);
      if (opening && /^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(view.frame.slice(sentenceStart, opening.start)))
        return { kind: 'entity', entity: opening.entity };
    }
    return { kind: 'none' };
  }

  /** Whether the first mention of `entity` before `to` follows a past-tense verb as its object. */
  private objectOfVerbBefore(view: ParagraphView, from: number, entity: EntityDraft, to: number): boolean {
    const mention = view.mentions.find(
      (candidate) => candidate.entity === entity && candidate.start >= from && candidate.end <= to,
    );
    if (!mention) return false;
    const before = tokenize(view.frame, from, mention.start);
    const previous = before.at(-1);
    if (!previous || !PAST_VERB.test(previous.word) || SHOWING_VERBS.has(previous.word)) return false;
    // "the embattled Ann Cole": an -ed word after a determiner describes the name.
    const determiner = before.at(-2)?.word.toLowerCase() ?? '';
    return !DETERMINERS.has(determiner) && !before.at(-2)?.possessive;
  }

  /** "She declined to name them, saying…": the person a sentence's opening he, she or they is. */
  private openingPronoun(view: ParagraphView, sentenceStart: number, to: number): Subject | null {
    const opener = tokenize(view.frame, sentenceStart, to)[0];
    if (!opener || !/^(?:[Hh]e|[Ss]he|They)$/.test(opener.word)) return null;
    const entity = this.resolvePronoun(opener.word);
    return entity ? { kind: 'entity', entity } : { kind: 'unnamed' };
  }

  /** The first person or organisation in a sentence, before `to`, not inside a prepositional phrase. */
  sentenceOpeningSubject(view: ParagraphView, from: number, to: number): EntityDraft | null {
    for (const mention of view.mentions) {
      if (mention.start < from || mention.end > to || mention.entity.kind === 'place') continue;
      if (governedByPreposition(view.frame, from, mention.start)) continue;
      return mention.entity;
    }
    return null;
  }

  /**
   * "the defense's account of …", "his description of the deal as …", "Ruiz's claim that …": who
   * owns the noun of saying that the fragment completes. In a court report "the defense" is the
   * defendant's lawyer and "the prosecution" the prosecutor, when the story names one.
   */
  ownerOfAccount(view: ParagraphView, sentenceStart: number, offset: number): Subject {
    const account = ACCOUNT_BEFORE_FRAGMENT.exec(view.frame.slice(sentenceStart, offset));
    if (!account) return { kind: 'none' };
    const owner = (account[1] ?? '').replace(/['’]s$/, '');
    const ownerStart = sentenceStart + account.index + (account[0].length - account[0].trimStart().length);
    const lower = owner.toLowerCase();
    const pronoun = POSSESSIVE_TO_PRONOUN[lower];
    if (pronoun) {
      const entity = this.resolvePronoun(pronoun);
      return entity ? { kind: 'entity', entity } : { kind: 'unnamed' };
    }
    const named = view.mentions.find((mention) => mention.start >= ownerStart && mention.end <= offset);
    if (named && named.entity.kind !== 'place') return { kind: 'entity', entity: named.entity };
    const counsel = this.counselForSide(lower);
    return counsel ? { kind: 'entity', entity: counsel } : { kind: 'unnamed' };
  }

  /** Whoever the story calls "Lanzoni's lawyer" by name (their role states the relation), if anyone. */
  holderOfRelation(owner: EntityDraft, relation: string): EntityDraft | null {
    const ownerNames = owner.name.toLowerCase().split(/\s+/);
    const holders = this.entities.filter((entity) => {
      const role = entity.role?.toLowerCase().replace(/’/g, "'");
      if (entity === owner || entity.kind !== 'person' || !role?.endsWith(`'s ${relation}`)) return false;
      const ownerWord =
        role
          .slice(0, -relation.length - 3)
          .split(/\s+/)
          .at(-1) ?? '';
      return ownerNames.includes(ownerWord);
    });
    return holders.length === 1 ? (holders[0] as EntityDraft) : null;
  }

  /**
   * In a court report "the defence" is the defendant's lawyer and "the prosecution" the prosecutor,
   * when the story names one: the lawyer called a defence lawyer, or else the only lawyer.
   */
  counselForSide(phrase: string): EntityDraft | null {
    const side = /^the (?:defen[cs]e|prosecution)$/.exec(phrase)?.[0];
    if (!side) return null;
    const prosecution = side.endsWith('prosecution');
    const headsOf = (entity: EntityDraft) => entity.roleKeys.map((key) => key.head).join(' | ');
    const holders = this.entities.filter((entity) => {
      if (entity.kind !== 'person') return false;
      const heads = headsOf(entity);
      return prosecution
        ? PROSECUTION_ROLE.test(heads)
        : DEFENCE_ROLE.test(heads) && !PROSECUTION_ROLE.test(heads);
    });
    const named = prosecution
      ? holders
      : holders.filter((entity) =>
          /\bdefen[cs]e\b/.test(`${headsOf(entity)} ${entity.role?.toLowerCase() ?? ''}`),
        );
    if (named.length === 1) return named[0] as EntityDraft;
    return holders.length === 1 ? (holders[0] as EntityDraft) : null;
  }

  /** '“…,” he said', '“…,” said Lavrov', '“…,” according to the ministry'. */
  attributionAfter(view: ParagraphView, from: number, sentenceEnd: number, reach = 12): Subject {
    const nextOpening = view.spans.find((span) => span.open >= from);
    const to = Math.min(sentenceEnd, nextOpening?.open ?? sentenceEnd);
    const tokens = tokenize(view.frame, from, to);
    // "…,” Shahidul Islam Chowdhury, president of the Bangladesh Garment Manufacturers and
    // Exporters Association (BGMEA), said": a body's name is one thing however many words it
    // takes, so its later words and its initials in brackets do not use up a full quotation's reach.
    let read = 0;
    for (let index = 0; index < tokens.length && read < reach; index++) {
      const token = tokens[index] as Token;
      const insideName =
        reach > FRAGMENT_TAG_REACH &&
        (view.frame[token.start - 1] === '(' ||
          view.mentions.some(
            (mention) =>
              mention.entity.kind === 'organisation' &&
              mention.start < token.start &&
              token.end <= mention.end,
          ));
      if (!insideName) read++;
      if (!isSpeechVerbAt(tokens, index)) continue;
      const verb = tokens[index] as Token;
      if (verb.word.toLowerCase() === 'according')
        return this.speakerAfter(view, (tokens[index + 1] as Token).end, to);
      // '"…," she was told.': the subject is who heard the words.
      if (
        HEARER_TAG.test(view.frame.slice(from, verb.end)) &&
        !TELLER_NAMED_AFTER.test(view.frame.slice(verb.end, to))
      )
        return { kind: 'unnamed' };
      // '…"a nice-to-have", and said it should wait': a verb joined by "and" shares the sentence's
      // subject, and the pronoun after it opens what was said.
      if (index > 0 && index <= 2 && ['and', 'but'].includes(tokens[index - 1]?.word ?? ''))
        return { kind: 'none' };
      const inverted = this.invertedSpeaker(view, verb, to);
      if (inverted.kind !== 'none') return inverted;
      const subject = this.subjectBefore(view, from, verb.start);
      if (subject.kind !== 'none') return subject;
      // '…“absolutely rubbish”, arguing that he…': a participle hangs on the sentence's own subject.
      if (verb.word.endsWith('ing')) return { kind: 'none' };
      return this.speakerAfter(view, verb.end, to);
    }
    return { kind: 'none' };
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `text` has the person's given name as a word of its own ("Jack's told me", "Jack"). */
function calledByGivenNameIn(entity: EntityDraft, text: string): boolean {
  const space = entity.name.indexOf(' ');
  if (space < 3 || text === '') return false;
  const given = entity.name.slice(0, space);
  for (let at = text.indexOf(given); at !== -1; at = text.indexOf(given, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + given.length);
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after) && after !== '-') return true;
  }
  return false;
}

function subjectEntity(subject: Subject): EntityDraft | null {
  return subject.kind === 'entity' ? subject.entity : null;
}

/** Kinds of thing a reporter names in quote marks: 'its "Ahon sa Lawa" program'. */
const NAMED_THINGS =
  'program|programme|scheme|plan|initiative|campaign|project|strategy|policy|approach|operation|app|slogan|brand|label';
const THING_NAMED_BEFORE = new RegExp(`^\\s+(?:${NAMED_THINGS})s?\\b`);
/**
 * "under a programme the authority calls 'Safe Streets'", "an operation police have branded
 * 'Clean Sweep'": a coined name a body gives a thing of its own is the thing's name, not a
 * quotation; "a plan the opposition called 'reckless'" is still the opposition's word.
 */
const THING_A_BODY_CALLS = new RegExp(
  `\\b(?:${NAMED_THINGS})s?\\s+(?:(?:that|which)\\s+)?(?:[\\p{L}'’-]+\\s+){1,4}?(?:now\\s+|has\\s+|have\\s+)?(?:calls?|called|dubs?|brands?|branded)\\s*$`,
  'u',
);

/**
 * "chanted slogans against what they called the 'rent mafia'", "what critics call a 'land grab'":
 * a label a crowd or an unnamed many use is a scare quote, not speech anyone can be cited for.
 */
const WHAT_A_CROWD_CALLS =
  /\bwhat (?:they|many|some|\p{Ll}+s) (?:call|calls|called|term|termed|dub|dubbed)(?: the| a| an)?\s*$/u;

/** Nouns that present what follows as a piece of language: "the word", "the term", "the phrase". */
const WORD_AS_WORD = new Set(['word', 'term', 'phrase', 'expression', 'label', 'adjective', 'verb']);

/**
 * "a group calling itself the 'majority bloc'", "a militia that styles itself 'the Guardians'": the
 * name a body or person goes by, as "known as" gives it; "dubbed herself a 'hope-monger'" describes.
 */
const NAME_IT_GOES_BY =
  /\b(?:call(?:s|ing|ed)?|styl(?:es|ing|ed)|brand(?:s|ing|ed)|dub(?:s|bing|bed)|nam(?:es|ing|ed)|bill(?:s|ing|ed))\s+(?:itself|themselves|himself|herself)(?:\s+the)?\s*$|\b(?:referred\s+to|marketed|advertised|sold|billed|branded|styled|registered|listed)\s+as(?:\s+the)?\s*$/i;
/**
 * "placed adverts for '24-hour emergency services'", "a banner reading 'Hands off our hospital'": the
 * words printed on an advert, sign or leaflet are its text, not speech anyone can be cited for.
 */
const PRINTED_MATTER_TEXT =
  /\b(?:adverts?|advertisements?|ads|posters?|flyers?|leaflets?|banners?|placards?|signs?|billboards?|listings?|stickers?)\s+(?:for|offering|promising|advertising|announcing|proclaiming)\s*$/i;

/**
 * "It has been called 'open source news'", "a style that is sometimes dubbed 'hipster chic'", "what
 * was labelled the 'dodgy dossier'": a name given in the passive with no one giving it is a label in
 * circulation; "was called 'a disgrace' by the judge" names its speaker after and is read as speech.
 * "Was described as" is left out: a description is someone's words, told in the next sentence.
 */
const NAMING_IN_PASSIVE = String.raw`\b(?:is|are|was|were|been|being|be)\s+(?:(?:also|even|often|sometimes|now|since|already|\p{Ll}+ly)\s+){0,2}(?:called|dubbed|termed|labell?ed|nicknamed|branded|billed|christened|referred\s+to\s+as)(?:\s+(?:the|a|an))?`;
const NAMED_IN_PASSIVE = new RegExp(String.raw`${NAMING_IN_PASSIVE}\s*$`, 'u');
/** '…called "open source news" or even "moblog journalism"': a second label joined to the first. */
const SECOND_LABEL_AFTER_PASSIVE_NAME = new RegExp(
  String.raw`${NAMING_IN_PASSIVE}\s*["“‘'][^"“”‘’]{1,60}["”’']\s+(?:or|and)(?:\s+(?:even|also|simply|just))?(?:\s+(?:the|a|an))?\s*$`,
  'u',
);
/**
 * 'under the headline: "Harry the Nazi."', 'with the caption "Wish you were here"', 'a front page
 * headlined "Gotcha"': the words of a headline, caption or strapline are print, not anyone's speech.
 */
const PRINTED_HEADING =
  /\b(?:headlines?|headlined|captions?|captioned|straplines?|front[- ]page|splash|banner\s+headline)\s*(?:reading|which\s+read|that\s+read|read|saying)?\s*:?\s*$/i;

/** '…called "pretty dull" and "strange" by scouts': the one who named it, after one label or two. */
const AGENT_AFTER = /^(?:\s*(?:and|or)\s+["“‘'][^"“”‘’]{1,60}["”’'])?[\s,]*by\s/;

function namedOnlyInPassive(prefix: string, after: string): boolean {
  if (AGENT_AFTER.test(after)) return false;
  return NAMED_IN_PASSIVE.test(prefix.slice(-80)) || SECOND_LABEL_AFTER_PASSIVE_NAME.test(prefix.slice(-160));
}

function isNamingContext(prefix: string): boolean {
  if (WHAT_A_CROWD_CALLS.test(prefix.slice(-80))) return true;
  const tail = prefix.slice(-60);
  if (NAME_IT_GOES_BY.test(tail) || PRINTED_MATTER_TEXT.test(tail)) return true;
  if (PRINTED_HEADING.test(tail)) return true;
  const words = prefix.trim().split(/\s+/).slice(-3);
  const lower = words.map((word) => word.toLowerCase().replace(/[^a-z-]/g, ''));
  const nearest = lower.slice(-2);
  if (nearest.some((word) => NAMING_WORDS.has(word))) return true;
  // "said the word 'loan' was hard to explain": a word written about, not a word someone said.
  if (['the', 'a', 'that', 'this'].includes(lower.at(-2) ?? '') && WORD_AS_WORD.has(lower.at(-1) ?? ''))
    return true;
  return lower.slice(-2).join(' ') === 'known as' || (lower.at(-1) === 'as' && lower.at(-2) === 'known');
}

/** "received a text message that read:", "was sent a letter which said:": writing from someone unnamed. */
const RECEIVED_WRITING_THAT_READ =
  /\b(?:received|receives|got|gets|was sent|were sent)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:message|text|letter|note|email|e-mail|threat|SMS|WhatsApp)\s+(?:that|which)\s+(?:read|reads|said|says)\s*:?\s*$/u;

/**
 * '"Did you ever see the books?" Mr Hale pressed.', '"Get out!" the guard shouted.': a question or
 * an exclamation ends its sentence inside the marks, so the tag after it reads as a sentence of its
 * own. A short one that ends on its verb (or on the verb and an adverb) is still the quotation's tag.
 */
const TAG_ONLY_SENTENCE =
  /^\s*(?:[\p{L}.'’-]+\s+){1,5}?\p{Ll}+(?:\s+(?:again|then|back|\p{Ll}+ly))?\s*[.!]?\s*$/u;
const ENDS_ON_QUESTION_OR_EXCLAMATION = /[?!]['’]?$/;

function tagSentenceAfter(view: ParagraphView, closingText: string, sentence: Sentence): Sentence | null {
  if (!ENDS_ON_QUESTION_OR_EXCLAMATION.test(closingText)) return null;
  const next = view.sentences.find((candidate) => candidate.start >= sentence.end);
  if (!next || /["“”‘’']/.test(next.text) || !TAG_ONLY_SENTENCE.test(next.text)) return null;
  return next;
}

/**
 * Companies a parent owns that speak for themselves (Reuters and AP call them "the HSBC unit");
 * "Sony's games division" is still Sony talking, so the possessive is not read here.
 */
const BRANCH_NOUNS = new Set(
  'subsidiary subsidiaries unit affiliate offshoot franchisee spin-off spinoff'.split(' '),
);

/** "the Delta subsidiary", "its BP unit", "a Unilever affiliate": the body named is the parent, not the speaker. */
function tagNamesBranchOf(parent: EntityDraft, text: string): boolean {
  for (let at = text.indexOf(parent.name); at >= 0; at = text.indexOf(parent.name, at + 1)) {
    const next = /^\s+([\p{Ll}-]+)/u.exec(text.slice(at + parent.name.length, at + parent.name.length + 24));
    if (next && BRANCH_NOUNS.has(next[1] as string)) return true;
  }
  return false;
}

/** One quotation read in its sentence: is it speech, is it partial, and what attributes it. */
function readQuotation(
  attributor: Attributor,
  view: ParagraphView,
  sentence: Sentence,
  unit: QuoteUnit,
): { quote: Quote; subject: Subject; continued: Quote[]; aside?: boolean } | null {
  if (unit.text === '') return null;
  const prefix = view.frame.slice(sentence.start, unit.span.open);
  const closeView = unit.lastView;
  const closeAt = unit.lastSpan.close;
  const closeSentence = sentenceAt(closeView, Math.min(closeAt, closeView.paragraph.text.length - 1));
  const after = closeView.frame.slice(closeAt + 1, closeSentence.end);
  const prefixTrimmed = prefix.trim();
  const opensClause =
    prefixTrimmed === '' ||
    /:$/.test(prefixTrimmed) ||
    (/,$/.test(prefixTrimmed) &&
      attributor.speechVerbs(view, sentence.start, unit.span.open).some(({ tokens, index }) => {
        const verb = tokens[index] as Token;
        return view.frame.slice(verb.end, unit.span.open).trim().length <= 40;
      }));
  // "They keep calling it a 'minor realignment,'": the clause's comma can sit inside a nested
  // quotation that closes with the outer one.
  const closingText = closeView.paragraph.text
    .slice(0, closeAt)
    .trimEnd()
    .replace(/(?<=[.,!?])['’]$/, '');
  const closesClause =
    unit.lastSpan.unclosed || /[.,!?…—-]$/.test(closingText) || /^\s*(?:[,.;!?—–-]|$)/.test(after);
  const full = opensClause && closesClause;

  // A fragment is attributed after it only by a tag that follows at once ('…“a disaster”, he
  // said'); a speech verb further on belongs to another clause ('fit the term “urban” yet … won't
  // be described as such').
  const tagAfterStop =
    full && after.trim() === '' ? tagSentenceAfter(closeView, closingText, closeSentence) : null;
  const afterAttribution =
    tagAfterStop !== null
      ? attributor.attributionAfter(closeView, tagAfterStop.start, tagAfterStop.end)
      : full || /^\s*[,—–-]/.test(after) || /,$/.test(closingText)
        ? attributor.attributionAfter(
            closeView,
            closeAt + 1,
            closeSentence.end,
            full ? 12 : FRAGMENT_TAG_REACH,
          )
        : ({ kind: 'none' } as Subject);
  const beforeAttribution: Subject =
    prefixTrimmed === ''
      ? { kind: 'none' }
      : attributor.attributionBefore(view, sentence.start, unit.span.open);
  // 'Richard Thomas "totally condemned" the deletion': the quotation is the named subject's predicate.
  // 'Richard Thomas "totally condemned"…' (the quotation as predicate) and, in lists of reactions,
  // '- Blackburn boss Mark Hughes: "…"' (a name and a colon).
  const predicateOf = full
    ? /:\s*$/.test(prefix)
      ? (attributor.subjectEndingAt(view, sentence.start, prefix.replace(/:\s*$/, '')) ??
        // Only needed when nothing else attributes the quotation.
        (afterAttribution.kind === 'none' && beforeAttribution.kind === 'none'
          ? attributor.subjectOfIntroducingVerb(view, sentence.start, unit.span.open)
          : null))
      : null
    : attributor.subjectEndingAt(view, sentence.start, prefix, true);
  // "the defense's account of a business that simply 'got away from him'": a noun of saying owned
  // by someone governs the fragment as a speech verb would.
  const accountOwner =
    !full && afterAttribution.kind === 'none' && beforeAttribution.kind === 'none' && predicateOf === null
      ? attributor.ownerOfAccount(view, sentence.start, unit.span.open)
      : ({ kind: 'none' } as Subject);
  const attributed =
    afterAttribution.kind !== 'none' ||
    beforeAttribution.kind !== 'none' ||
    predicateOf !== null ||
    accountOwner.kind !== 'none';
  // A quoted title inside the reporter's sentence is a name even beside a verb: "called 'No More Mr Nasty'".
  // 'under its "Ahon sa Lawa" program', 'a "block-by-block" approach': a capitalised name or a
  // coined compound in quote marks before the kind of thing it names is that thing's name, not
  // anyone's speech ('a "firm but fair" policy' still borrows the speaker's words).
  const coined = /^\p{Lu}/u.test(unit.text) || /^\p{L}+(?:-\p{L}+)+$/u.test(unit.text.trim());
  const namesThingAfter =
    coined &&
    (THING_NAMED_BEFORE.test(
      unit.lastView.paragraph.text.slice(unit.lastSpan.close + 1, unit.lastSpan.close + 40),
    ) ||
      THING_A_BODY_CALLS.test(prefix.slice(-100)));
  const speech = full
    ? attributed || !looksLikeTitle(unit.text)
    : attributed && !isNamingContext(prefix) && !looksLikeTitle(unit.text) && !namesThingAfter;
  // A standfirst borrows a single word from the story ("accused of 'betraying' passengers") as a
  // headline does; the body quotes it in full with its speaker.
  const headlineWord = view.paragraph.kind === 'standfirst' && !full && !/\s/.test(unit.text.trim());
  // "a situation the industry calls 'captive.'": a word the verb names straight after it is a term,
  // not speech; "called the plan 'reckless'" puts the thing named between and is the speaker's word.
  const namedTerm =
    !/\s/.test(unit.text.trim()) && /\b(?:calls|call|called|dubs|dubbed|terms|termed)\s*$/i.test(prefix);
  // "members were worried about 'bill shock'": a short quoted phrase as the thing someone worries
  // about is a term in circulation, not words anyone can be cited for.
  const worriedTerm =
    !full && unit.text.trim().split(/\s+/).length <= 2 && WORRIED_ABOUT.test(prefix.slice(-60));
  // A full quotation after "under the headline:" is the paper's words, whoever the sentence names.
  const printedHeading = full && PRINTED_HEADING.test(prefix.slice(-60));
  const labelInCirculation = !full && namedOnlyInPassive(prefix, after);
  if (!speech || headlineWord || namedTerm || worriedTerm || printedHeading || labelInCirculation)
    return null;
  let subject: Subject;
  if (full) {
    // A full quotation is attributed after it ('“…,” he said') before it is introduced ('He said: “…”').
    // 'George Osborne said: "…," he said': the pronoun repeats the name that introduced the quotation.
    const pronounTag = /^[\s,—–-]*(?:he|she|they)\s/.test(after);
    // "According to Molefe, one driver received a message that read: '…'": the words are the
    // unnamed sender's, not the source's who reports them nor the receiver's.
    if (afterAttribution.kind === 'none' && RECEIVED_WRITING_THAT_READ.test(prefix.slice(-160)))
      subject = { kind: 'unnamed' };
    else if (pronounTag && beforeAttribution.kind === 'entity') subject = beforeAttribution;
    else if (afterAttribution.kind !== 'none') subject = afterAttribution;
    else if (beforeAttribution.kind !== 'none') subject = beforeAttribution;
    else subject = predicateOf ?? { kind: 'none' };
  } else if (afterAttribution.kind === 'entity' && INVERTED_TAG_AFTER.test(after)) {
    // 'The report adds "… how it is reacting," said David Bloom': a tag with its verb first, straight
    // after the closing mark, names who the words are quoted from, whatever the lead-in said.
    subject = afterAttribution;
  } else if (predicateOf !== null && beforeAttribution.kind !== 'entity') {
    subject = predicateOf;
  } else if (accountOwner.kind !== 'none') {
    subject = accountOwner;
  } else if (
    beforeAttribution.kind === 'entity' ||
    (beforeAttribution.kind === 'unnamed' && afterAttribution.kind !== 'entity')
  ) {
    // A fragment belongs to the verb that governs it ('said their decision “doesn't depend…”').
    subject = beforeAttribution;
  } else {
    subject = afterAttribution;
  }
  // '"…," the Delta subsidiary said': the parent's name inside the tag describes the one speaking,
  // which is the body the sentence is about, or no one the analysis can name.
  if (subject.kind === 'entity' && subject.entity.kind === 'organisation') {
    const tagged = tagNamesBranchOf(subject.entity, `${prefix} ${after}`);
    if (tagged) {
      const branch =
        predicateOf?.kind === 'entity' &&
        predicateOf.entity.kind === 'organisation' &&
        predicateOf.entity !== subject.entity
          ? predicateOf
          : null;
      subject = branch ?? { kind: 'unnamed', body: true };
    }
  }
  // Words borrowed from someone's account ("Hain's description of him as an 'attack mongrel'")
  // are theirs, but the sentence is still about whoever the paragraph follows.
  const aside = subject === accountOwner;
  if (unit.continuations.length === 0)
    return {
      quote: { text: unit.text, speaker: null, paragraph: view.paragraph.n, partial: !full },
      subject,
      continued: [],
      aside,
    };
  // A quotation running over paragraphs is cited paragraph by paragraph, each with its own ¶.
  const opening = spanText(view.paragraph.text, unit.span);
  const [first, ...rest] = [
    { paragraph: view.paragraph.n, text: opening },
    ...unit.continuations.map((part) => ({ paragraph: part.view.paragraph.n, text: part.text })),
  ].filter((part) => part.text !== '');
  if (!first) return null;
  return {
    quote: { text: first.text, speaker: null, paragraph: first.paragraph, partial: !full },
    subject,
    continued: rest.map((part) => ({ ...part, speaker: null, partial: false })),
  };
}

/**
 * '"No," replied the witness', '"Not yet," the minister answered': a reply tagged with a description
 * the article never ties to a name. In an exchange of questions and answers the description is
 * the one the question was put to.
 */
const REPLY_BY_DESCRIPTION =
  /^[\s,—–-]*(?:(?:replied|answered|responded|retorted|countered)\s+the\s+\p{Ll}|the\s+(?:[\p{Ll}-]+\s+){1,2}(?:replied|answered|responded|retorted|countered)\b)/u;
/** How far back an exchange is read: the answer before the question and the question itself. */
const EXCHANGE_REACH = 2;

/**
 * A court report or interview reads '"…?" counsel asked. "…," the witness replied.': the answer
 * belongs to whoever answered the questioner last, when the quotation before is a question by
 * someone else and that someone had been answered by the same one person.
 */
function answererInExchange(
  quotes: readonly Quote[],
  spokenBy: ReadonlyMap<Quote, EntityDraft>,
  reply: Quote,
): EntityDraft | undefined {
  const at = quotes.lastIndexOf(reply);
  const question = quotes[at - 1];
  const answer = quotes[at - EXCHANGE_REACH];
  if (!question || !answer || !/\?['’”"]?\s*$/.test(question.text)) return undefined;
  // Each turn of an exchange is usually a paragraph of its own: answer, question, reply.
  if (reply.paragraph - answer.paragraph > EXCHANGE_REACH) return undefined;
  const asker = spokenBy.get(question);
  const answerer = spokenBy.get(answer);
  if (!asker || !answerer || asker === answerer || answerer.kind !== 'person') return undefined;
  return answerer;
}

/**
 * Reads every quotation in the quote-bearing paragraphs (body and standfirst) and decides which
 * are speech and who said them.
 */
/**
 * "Source: Serhii Tkachuk, Head of the Oblast Military Administration, on Telegram", then
 * "Quote: “…”": the layout Ukrainian news sites use names the speaker in a labelled line of its
 * own before the quotation.
 */
function sourceLineSpeaker(view: ParagraphView): EntityDraft | null {
  if (!/^Source:\s/.test(view.paragraph.text)) return null;
  return view.mentions.find((mention) => mention.entity.kind !== 'place')?.entity ?? null;
}

/** Where an outlet stands: "told DAZN", "speaking to the BBC", "a pundit for Sky", "writing in the Times". */
const OUTLET_BEFORE =
  /\b(?:told|telling|speaking to|spoke to|(?:an? |in an )?interview with|interviewed by|said on|speaking on|appearing on|writing in|wrote in|(?:pundit|columnist|commentator|correspondent|presenter|contributor) (?:for|on|at|with))\s+(?:the\s+)?/g;
/** "on DAZN's Sunday night show", "the BBC's Today programme". */
const OUTLET_OWNS =
  /['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:show|programme|program|podcast|broadcast|documentary|column|bulletin)\b/gu;

/**
 * "…, the club said in a statement" is the club the story follows, never the broadcaster a pundit
 * spoke on later: an organisation every one of whose mentions is as the outlet someone spoke to,
 * on or for is a medium, not a party to the story.
 */
function outletsIn(views: readonly ParagraphView[]): Set<EntityDraft> {
  const slots = new Map<EntityDraft, { outlet: number; all: number }>();
  for (const view of views) {
    const organisations = view.mentions.filter((mention) => mention.entity.kind === 'organisation');
    if (organisations.length === 0) continue;
    const cueEnds = new Set<number>();
    for (const cue of view.frame.matchAll(OUTLET_BEFORE)) cueEnds.add((cue.index ?? 0) + cue[0].length);
    const ownedAt = new Set<number>();
    for (const owned of view.frame.matchAll(OUTLET_OWNS)) ownedAt.add(owned.index ?? 0);
    for (const mention of organisations) {
      const tally = slots.get(mention.entity) ?? { outlet: 0, all: 0 };
      tally.all++;
      if (cueEnds.has(mention.start) || ownedAt.has(mention.end)) tally.outlet++;
      slots.set(mention.entity, tally);
    }
  }
  return new Set([...slots].filter(([, tally]) => tally.outlet === tally.all).map(([entity]) => entity));
}

export function attributeQuotes(
  paragraphs: readonly Paragraph[],
  entities: readonly EntityDraft[],
  mentionsByParagraph?: ReadonlyMap<number, Mention[]>,
): Quote[] {
  const discourse = paragraphs.filter(
    (paragraph) =>
      paragraph.kind === 'body' ||
      paragraph.kind === 'standfirst' ||
      // "The Bench observed:" alone on its line reads like a heading but leads into the quotation below.
      (paragraph.kind === 'heading' && paragraph.text.trimEnd().endsWith(':')),
  );
  const views = discourse.map((paragraph) => viewOf(paragraph, entities, mentionsByParagraph));
  resolveSharedNames(views, entities);
  const unitsByView = new Map<ParagraphView, QuoteUnit[]>();
  for (const unit of collectUnits(views))
    unitsByView.set(unit.view, [...(unitsByView.get(unit.view) ?? []), unit]);

  const mentionCounts = new Map<EntityDraft, number>();
  const firstNamedIn = new Map<EntityDraft, number>();
  for (const view of views)
    for (const mention of view.mentions) {
      mentionCounts.set(mention.entity, (mentionCounts.get(mention.entity) ?? 0) + 1);
      if (!firstNamedIn.has(mention.entity)) firstNamedIn.set(mention.entity, view.paragraph.n);
    }
  const attributor = new Attributor(entities, mentionCounts, outletsIn(views), firstNamedIn);
  const quotes: Quote[] = [];
  /** The speaker each paragraph leaves off with, for quotations that float free in the next one. */
  const lastSpeakerOf = new Map<ParagraphView, EntityDraft | null>();
  /** The person a paragraph with no quotation of its own ends on as the subject of its last sentence. */
  const subjectLeftOff = new Map<ParagraphView, EntityDraft>();
  const continuationsOf = new Map<Quote, Quote[]>();
  /** Quotations the text gives to someone it does not name ("organisers say", "residents say"). */
  const spokenByUnnamed = new Set<Quote>();
  /** Who each attributed quotation belongs to, for answers given by a description ("replied the witness"). */
  const spokenBy = new Map<Quote, EntityDraft>();

  for (let viewIndex = 0; viewIndex < views.length; viewIndex++) {
    const view = views[viewIndex] as ParagraphView;
    const previousView = views[viewIndex - 1];
    const previousSpeaker = previousView ? lastSpeakerOf.get(previousView) : undefined;
    attributor.learnDocumentAuthors(view);
    attributor.learnAppositiveKinds(view);
    attributor.learnAnonymousJob(view);
    attributor.inThisParagraph = new Set(view.mentions.map((mention) => mention.entity));
    attributor.learnCallingTitles(view);
    attributor.learnSingleJudgeBench(view);
    /** Who is speaking at this point of the paragraph; undefined until someone is attributed. */
    let running: EntityDraft | null | undefined;
    const pending: Quote[] = [];
    /** The subject of the sentence last read, when it quoted no one. */
    let lastSubject: EntityDraft | null = null;
    const attribute = (quote: Quote, speaker: EntityDraft | null) => {
      quote.speaker = speaker?.name ?? null;
      if (speaker) spokenBy.set(quote, speaker);
      attributor.remember(speaker);
      attributor.rememberSpeaker(speaker, quote.paragraph);
    };

    for (const sentence of view.sentences) {
      const sentenceUnits = (unitsByView.get(view) ?? []).filter(
        (unit) => unit.span.open >= sentence.start && unit.span.open < sentence.end,
      );
      let sentenceSpoken = false;
      const subjectMention = view.mentions.find(
        (mention) =>
          mention.start >= sentence.start &&
          mention.end <= sentence.end &&
          mention.entity.kind === 'person' &&
          !governedByPreposition(view.frame, sentence.start, mention.start),
      );
      if (subjectMention)
        attributor.learnGenderAfter(
          subjectMention.entity,
          view.frame.slice(subjectMention.end, sentence.end),
        );
      // "Maria Lopez read out a letter from John Barker: '…'": the sentence's own subject stays in
      // the reader's mind for a later "she said", though not for this sentence's own "he said"
      // ('Deutsche Boerse is "trying to buy them off", he said' is someone else speaking).
      const firstOpening = sentenceUnits[0]?.span.open;
      const opening =
        firstOpening === undefined
          ? null
          : attributor.sentenceOpeningSubject(view, sentence.start, firstOpening);
      const focusBefore = attributor.focusSize();
      for (const unit of sentenceUnits) {
        attributor.quotation = unit.text;
        const reading = readQuotation(attributor, view, sentence, unit);
        attributor.quotation = '';
        if (reading === null) continue;
        const { quote, subject, continued, aside } = reading;
        quotes.push(quote);
        if (aside) {
          attribute(quote, subjectEntity(subject));
          continue;
        }
        // Every part of a quotation running over paragraphs is the words of whoever said the first.
        if (continued.length > 0) {
          quotes.push(...continued);
          continuationsOf.set(quote, continued);
        }
        // '"…," residents said': an unnamed group speaks, and a later "they" is them.
        if (subject.kind === 'unnamed' && GROUP_AFTER_QUOTE.test(view.frame.slice(unit.span.close + 1)))
          attributor.rememberGroup();
        else if (subject.kind === 'unnamed' && subject.individual) attributor.rememberUnnamedPerson();
        if (
          subject.kind === 'unnamed' &&
          (subject.body || GROUP_SAYS.test(view.frame.slice(sentence.start, unit.span.open)))
        )
          spokenByUnnamed.add(quote);
        if (subject.kind !== 'none') {
          const speaker =
            subject.kind === 'unnamed' &&
            REPLY_BY_DESCRIPTION.test(unit.lastView.frame.slice(unit.lastSpan.close + 1))
              ? (answererInExchange(quotes, spokenBy, quote) ?? null)
              : subjectEntity(subject);
          attribute(quote, speaker);
          running = speaker;
          sentenceSpoken = true;
          // Quotations earlier in this paragraph with nobody to inherit from ran up to this one.
          for (const waiting of pending.splice(0)) attribute(waiting, speaker);
        } else if (running !== undefined) {
          attribute(quote, running);
        } else if (previousSpeaker) {
          attribute(quote, previousSpeaker);
          running = previousSpeaker;
        } else {
          pending.push(quote);
        }
      }
      // In the reader's mind before this sentence's speakers, who are more recent.
      if (opening?.kind === 'person') attributor.rememberAt(focusBefore, opening);
      // "The barrister had said the rules were 'weighted', said Mr Clarke. He said: …": the name
      // that reports the whole sentence is the last one a reader has in mind.
      if (sentenceSpoken || sentenceUnits.length > 0) {
        const reporter = reporterClosing(view, sentence);
        if (reporter) attributor.remember(reporter);
      }
      // "Mark Ellis and Sarah Ward said…": a later "they" is the pair, not the nearer name.
      const inSentence = view.mentions.filter(
        (mention) =>
          mention.start >= sentence.start && mention.end <= sentence.end && mention.entity.kind === 'person',
      );
      const pair = inSentence.some(
        (mention, index) =>
          index > 0 &&
          /^,?\s+and\s+$/.test(view.frame.slice((inSentence[index - 1] as Mention).end, mention.start)),
      );

      lastSubject = null;
      if (!sentenceSpoken) {
        const subject = sentenceSubject(attributor, view, sentence);
        if (sentenceUnits.length === 0) lastSubject = subject?.entity ?? null;
        if (subject !== undefined) {
          // "Tom Reed met Ann Cole… '…,' she said": others the sentence names may be meant by a
          // pronoun that does not fit its subject, who stays the nearer in mind.
          // Not an owner ("criticised Michael Howard's record") nor with no subject known.
          if (subject.entity?.kind === 'person')
            for (const mention of inSentence)
              if (
                mention.entity !== subject.entity &&
                !/^['’]/.test(view.frame.slice(mention.end, mention.end + 1)) &&
                !governedByPreposition(view.frame, sentence.start, mention.start)
              )
                attributor.rememberAt(attributor.focusSize(), mention.entity);
          attributor.remember(subject.entity);
          if (subject.spoke) {
            running = subject.entity;
            // '"We will appeal." Club chairman Tom Reed said the verdict was unjust.'
            if (subject.entity?.kind === 'person')
              for (const waiting of pending.splice(0)) attribute(waiting, subject.entity);
          }
        }
      }
      if (pair) attributor.rememberGroup();
    }
    // "Cr Rosa Patullo moved the amendment and spoke for ten minutes." then a paragraph that is
    // nothing but an untagged quotation: the words are those of the person the paragraph before
    // ended on, when it quoted no one and the quotation's own paragraph names no one else speaking.
    const previousSubject = previousView ? subjectLeftOff.get(previousView) : undefined;
    if (pending.length > 0 && previousSubject && startsWithOpening(view) && running === undefined) {
      for (const waiting of pending.splice(0)) attribute(waiting, previousSubject);
      running = previousSubject;
    }
    // A line ending on a colon introduces its quotation itself, or says it names no speaker.
    if (!unitsByView.has(view) && lastSubject?.kind === 'person' && !view.frame.trimEnd().endsWith(':'))
      subjectLeftOff.set(view, lastSubject);
    lastSpeakerOf.set(view, running ?? introducerOfNext(attributor, view) ?? sourceLineSpeaker(view));
  }
  nameJobHoldersNamedNext(views, quotes);
  for (const [opening, parts] of continuationsOf) for (const part of parts) part.speaker = opening.speaker;
  const opening = discourse[0];
  if (opening) nameFragmentsQuotedInFull(quotes, opening.n, spokenByUnnamed);
  giveTitlesTakenForBodiesToHolders(quotes, entities);
  giveShortFormsTheirFullNames(quotes, entities);
  return quotes;
}

/** "GM", "MLA", "CEO": a short capitalised title that may have been read as a body's initials. */
const ABBREVIATED_TITLE = /^\p{Lu}{2,4}$/u;

/**
 * "GM says the decision was 'mine alone'", the story later naming "Brad Kowalchuk, who took over as
 * GM": a title in capitals read as an organisation's initials is the one person who holds it.
 */
function giveTitlesTakenForBodiesToHolders(quotes: readonly Quote[], entities: readonly EntityDraft[]) {
  const bodies = new Set(
    entities
      .filter((entity) => entity.kind === 'organisation' && readsAsTitleOfOffice(entity.name))
      .map((entity) => entity.name),
  );
  if (bodies.size === 0) return;
  for (const quote of quotes) {
    if (quote.speaker === null || !bodies.has(quote.speaker)) continue;
    const title = quote.speaker.toLowerCase().split(' ');
    // The title is the role's head ("Flames GM"), not the employer it ends on ("economist with the OECD").
    const holders = entities.filter((entity) => {
      const words = entity.role?.toLowerCase().split(' ') ?? [];
      const before = words.at(-1 - title.length) ?? '';
      return (
        entity.kind === 'person' &&
        words.slice(-title.length).join(' ') === title.join(' ') &&
        !DETERMINERS.has(before) &&
        !PREPOSITIONS.has(before)
      );
    });
    if (holders.length === 1) quote.speaker = (holders[0] as EntityDraft).name;
  }
}

/**
 * "GM", or "The Metropolitan Chief Executive said": a capitalised office read as a body's name,
 * which ends on the noun of a job and is no body ("Council of Ministers" ends on a plural).
 */
function readsAsTitleOfOffice(name: string): boolean {
  if (ABBREVIATED_TITLE.test(name)) return true;
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  return words.length >= 2 && words.length <= 4 && !/s$/.test(last) && isRoleNoun(last.toLowerCase());
}

/**
 * "Mamelodi Sundowns coach…", later "A Sundowns spokesperson said": a body cited by the end of a
 * name the story gave in full speaks under that full name, when only one name ends that way.
 */
function giveShortFormsTheirFullNames(quotes: readonly Quote[], entities: readonly EntityDraft[]) {
  const fullNameOf = new Map<string, string>();
  for (const body of entities) {
    if (body.kind !== 'organisation') continue;
    const longer = entities.filter(
      (entity) =>
        entity.kind !== 'person' &&
        entity !== body &&
        entity.name.endsWith(` ${body.name}`) &&
        // "United Bank and Standard Trust" is two bodies, not Standard Trust in full.
        !/(?:\band|&|,)$/.test(entity.name.slice(0, -body.name.length - 1)),
    );
    if (longer.length === 1) fullNameOf.set(body.name, (longer[0] as EntityDraft).name);
  }
  if (fullNameOf.size === 0) return;
  for (const quote of quotes) {
    const fullName = quote.speaker === null ? undefined : fullNameOf.get(quote.speaker);
    if (fullName) quote.speaker = fullName;
  }
}

/** Words of a quotation compared across the story: case, punctuation and spacing aside. */
function comparableWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** A fragment shorter than this may be a stock phrase anyone could use. */
const FRAGMENT_WORDS_TO_MATCH = 3;

/**
 * A standfirst or lede quoting a few words with nobody attributed ("…, saying the county needs
 * 'a new voice in the dressing room'") foreshadows a fuller quotation lower down: whoever says those
 * words there said them. Only the story's opening paragraph: further down, words found again in
 * someone's quotation are as often an echo ("I'm not a 'German war criminal'") as the source.
 */
function nameFragmentsQuotedInFull(
  quotes: readonly Quote[],
  openingParagraph: number,
  spokenByUnnamed: ReadonlySet<Quote>,
) {
  for (const quote of quotes) {
    if (quote.speaker !== null || quote.paragraph !== openingParagraph) continue;
    // "Residents say the decision was taken 'behind closed doors'": the opening gives the words to
    // a group it leaves unnamed, and one of them quoted later is not who the opening cites.
    if (spokenByUnnamed.has(quote)) continue;
    const words = comparableWords(quote.text);
    if (words.trim().split(' ').length < FRAGMENT_WORDS_TO_MATCH) continue;
    const speakers = new Set(
      quotes
        .filter(
          (full) =>
            full.speaker !== null &&
            full.paragraph > quote.paragraph &&
            comparableWords(full.text).includes(words),
        )
        .map((full) => full.speaker),
    );
    const [speaker] = speakers;
    if (speakers.size === 1 && speaker) quote.speaker = speaker;
  }
}

/**
 * "The Bench observed:" standing alone, the quotation in the paragraph below: whoever the colon's
 * verb has for its subject speaks there.
 */
function introducerOfNext(attributor: Attributor, view: ParagraphView): EntityDraft | undefined {
  const end = view.frame.trimEnd().length;
  const last = view.sentences.at(-1);
  if (!last || view.frame[end - 1] !== ':') return undefined;
  // "…, and the verdict of the crowd was blunt:": a copula describes the words; it gives no speaker.
  const [beforeLast, lastWord] = tokenize(view.frame, last.start, end).slice(-2);
  if (beforeLast && lastWord && BE_FORMS.has(beforeLast.word.toLowerCase()) && /^\p{Ll}/u.test(lastWord.word))
    return undefined;
  const subject = attributor.subjectOfIntroducingVerb(view, last.start, end);
  return subject?.kind === 'entity' ? subject.entity : undefined;
}

/**
 * A paragraph whose first sentence has a job for its subject: "The chairman of … said", and the
 * job that acted before it spoke: "The council's vice-president presented the plan. He said…".
 */
const JOB_OPENS_PARAGRAPH = /^The ([^.“”"]{1,100}?)\s(?:said|says|told|added|warned|\p{Ll}{3,}ed)\b/u;
/**
 * "An executive engineer with the irrigation project said…", "The visitor's captain admitted…": a
 * job met without a name, mid-paragraph.
 */
const JOB_OPENS_SENTENCE_UNNAMED =
  /(?:^|[.!?]\s+)(?:An?|The) ([^.“”"]{1,100}?)\s(?:said|says|told|added|warned|admitted|conceded|insisted)\b/gu;
/** '"…," the head of the water agency said', '"…," said the union's general secretary.' */
const JOB_TAGS_QUOTATION =
  /[”"]\s*(?:said\s+)?(?:the|its|their)\s+([^.,;:“”"]{1,80}?)(?:\s+(?:said|says|told|added|warned)\b|\s*[.,;]|\s*$)/gu;
/**
 * "said the councillor, Magnus Tait", "The specialist, Edward Lisle-Mortimer, …", "the Saurashtra
 * skipper, Chirag Jani,": a definite description set off before a name.
 */
const DEFINITE_JOB_BEFORE_NAME = /\b[Tt]he (?:[\p{L}-]+ ){0,3}\p{Ll}[\p{L}-]*, $/u;
/**
 * "The consultant, Dr Fatma Idris,": a courtesy or professional title between the description and
 * the name belongs to the name, so the description still stands right before it.
 */
function withoutTrailingHonorifics(text: string): string {
  let rest = text;
  for (let match = TRAILING_WORD.exec(rest); match; match = TRAILING_WORD.exec(rest)) {
    if (!HONORIFICS.has((match[1] ?? '').toLowerCase())) break;
    rest = rest.slice(0, match.index);
  }
  return withoutTrailingTitleOfOffice(rest);
}
const TRAILING_WORD = /(?<=\s)(\p{Lu}\p{Ll}*)\.?\s$/u;
/**
 * "The officer, Deputy Commissioner of Police (Cyber) Rashmi Karandikar,", "the spokesman, Chief
 * Inspector Tom Hale": a capitalised title of office (with its "of" and a bracketed wing) set off
 * after the description is the name's own, so the description still stands right before it.
 */
const TRAILING_TITLE_OF_OFFICE =
  /, ((?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|\(\p{Lu}[^()]{0,30}\)) ){1,7})$/u;
function withoutTrailingTitleOfOffice(text: string): string {
  const title = TRAILING_TITLE_OF_OFFICE.exec(text);
  if (!title?.[1]) return text;
  const words = title[1].split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return words.some((word) => isRoleNoun(word)) ? text.slice(0, title.index + 2) : text;
}
/**
 * "The transit chief, Charlotte Area Transit System chief executive Brent Castellanos, then…": the
 * description repeated, then the holder's full title and name. The repeated job noun (group 1) and
 * the title's own closing job noun (group 2) are checked against the jobs in play.
 */
const REPEATED_JOB_BEFORE_TITLED_NAME =
  /\b[Tt]he (?:[\p{L}-]+ ){0,3}(\p{Ll}[\p{L}-]*), (?:(?:\p{Lu}[\p{L}&'’.-]*|of|for|and|the) ){1,7}(?:\p{Ll}[\p{L}-]* ){0,2}(\p{Ll}[\p{L}-]*) $/u;

/** The same job restated with its holder's formal title before the name: the holder is the job's. */
function restatesJobBeforeName(before: string, jobNouns: readonly string[]): boolean {
  const restated = REPEATED_JOB_BEFORE_TITLED_NAME.exec(before);
  if (!restated) return false;
  const repeated = restated[1] ?? '';
  return jobNouns.includes(repeated) && isRoleNoun(restated[2] ?? '');
}
/**
 * "Anneke van der Berg, who took up the role in May,", "X, a retired general who took office in
 * March,": a name said to hold the job just mentioned, or to have taken office, which is the job.
 */
const TOOK_THE_JOB_AFTER_NAME =
  /^,? (?:(?:an?|the) [^,.;:“”"]{1,60}? )?(?:who|, who) (?:(?:took up|took over|has held|holds|was appointed to|stepped into) the (?:role|post|job|position)\b|took office\b|assumed office\b|was sworn in\b)/u;
/** " (Green, Lawrence Hill)", " (D-Ohio)": a party and seat in brackets right after a name. */
const PARTY_LABEL_AFTER_NAME = /^\s*\([^()]{1,40}\)/;
/** ", who has led the agency since 2020, said": a relative clause before the name's speech verb. */
const WHO_CLAUSE_BEFORE_SPEECH =
  /^, who ([^,.;:“”"]{3,120}), (?:\p{Ll}+ly )?(?:said|says|told|added|warned)\b/u;

/**
 * "Tomasi Vainikolo, 47, a former lock, took over in 2023", "Rhiannon Powell-Evans later
 * confirmed…": a feature names the person it has described by job only at the head of a paragraph,
 * bare, with at most an age or a past post beside the name. A newcomer to the story would be
 * introduced with a description of their own ("Opposition leader Ann Cole said").
 */
const BARE_NAME_THEN_VERB =
  /^(?:, \d{1,3},)?(?:, (?:a|an|the) former [^,.;:“”"]{1,100},)? (?:\p{Ll}+ly )?(?:has |had |was |is )?\p{Ll}+(?:ed|s)?\b/u;

function revealedByNameAlone(view: ParagraphView, mention: Mention, jobNouns: readonly string[]): boolean {
  const [first] = view.sentences;
  if (!first || mention.end > first.end || mention.byRole) return false;
  if (
    !tokenize(view.frame, first.start, mention.start).every((token) =>
      HONORIFICS.has(token.word.toLowerCase()),
    )
  )
    return false;
  // A post the person once held ("former Magpies lock") is background, not another current job.
  const role = mention.entity.role?.toLowerCase().replace(/^(?:former|ex-)\s*.*$/, '');
  if (role && !jobNouns.some((noun) => role.split(/\s+/).includes(noun))) return false;
  return BARE_NAME_THEN_VERB.test(view.frame.slice(mention.end, mention.end + 200));
}

/**
 * "CEO Eduardo Albuquerque, who founded…", "Coach Mark Kerr said", "Health Secretary Ann Reyes
 * told…": the paragraph after the job spoke opens on a name with that job, or its initials, as the
 * title before it; the job has its holder.
 */
function titledWithTheJob(view: ParagraphView, mention: Mention, jobPhrases: readonly string[]): boolean {
  const [first] = view.sentences;
  if (!first || mention.end > first.end || mention.byRole) return false;
  const title = tokenize(view.frame, first.start, mention.start).map((token) => token.word);
  if (title.length === 0 || !title.every((word) => /^\p{Lu}/u.test(word))) return false;
  const jobWords = jobPhrases.map((phrase) =>
    phrase
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean),
  );
  return title.some((word) => {
    const lower = word.toLowerCase();
    return jobWords.some((words) => {
      if (isRoleNoun(lower) && words.at(-1) === lower) return true;
      // "CEO" for "chief executive", "MD" for "managing director": initials of the job's last words.
      if (!/^\p{Lu}{2,4}$/u.test(word)) return false;
      return [2, 3].some(
        (count) =>
          words.length >= count &&
          lower.startsWith(
            words
              .slice(-count)
              .map((part) => part[0])
              .join(''),
          ),
      );
    });
  });
}

/** The jobs a paragraph gives speaking without a name: its opening subject and its quotations' tags. */
function unnamedJobsIn(view: ParagraphView): { phrase: string; at: number }[] {
  const jobs: { phrase: string; at: number }[] = [];
  const opening = JOB_OPENS_PARAGRAPH.exec(view.frame)?.[1];
  if (opening) jobs.push({ phrase: opening, at: 0 });
  for (const job of view.frame.matchAll(JOB_OPENS_SENTENCE_UNNAMED))
    jobs.push({ phrase: job[1] ?? '', at: job.index ?? 0 });
  for (const tag of view.frame.matchAll(JOB_TAGS_QUOTATION))
    jobs.push({ phrase: tag[1] ?? '', at: tag.index ?? 0 });
  return jobs.filter(({ phrase }) => {
    // "The mayor, who used her casting vote…, said": the job before a clause set off by commas.
    const words = phrase.split(/[\s,]+/);
    return (
      words.some((word) => /^\p{Ll}/u.test(word) && isRoleNoun(word)) &&
      !words.some((word) => SPEAKS_FOR_BODY.test(word))
    );
  });
}

/** The words of a job that say where it is held: "the water agency's chief executive" → water, agency. */
function bodyWordsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/['’]s?$/, ''))
    .filter(
      (word) => word.length >= 4 && !isRoleNoun(word) && !DETERMINERS.has(word) && !PREPOSITIONS.has(word),
    );
}

/** Verbs of running a body: "who has led the agency", "who took over the directorate". */
const RUNS_A_BODY =
  /\b(?:led|leads|run|runs|ran|headed|heads|chaired|chairs|managed|manages|directed|directs|oversees|overseen|took over|taken over|took charge|steered|steers|served)\b/;

/** "who took over the directorate" after "the director", "who has led the agency" after its head. */
function clauseRefersToJob(clause: string, bodyWords: readonly string[]): boolean {
  if (!RUNS_A_BODY.test(clause)) return false;
  return clause
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/['’]s?$/, ''))
    .some((word) =>
      bodyWords.some(
        (body) =>
          word === body ||
          (word.length >= 6 && body.length >= 6 && (word.startsWith(body) || body.startsWith(word))),
      ),
    );
}

/** "Peter Hendricks took charge of the team in August": the name's own verb is one of running a body. */
const RUNS_THE_BODY_AFTER_NAME =
  /^,?\s+(?:has\s+|had\s+)?(?:took charge of|took over|has led|led|heads|headed|has run|ran|runs|chairs|chaired)\b/;

/** "The South African, Peter Hendricks, took charge…": a name opening its sentence, an epithet aside. */
function openedByNameOrEpithet(view: ParagraphView, mention: Mention): boolean {
  const sentence = sentenceAt(view, mention.start);
  return (
    onlyCourtesyBefore(view, mention) ||
    /^The (?:[\p{L}-]+ ){0,2}[\p{L}-]+, $/u.test(view.frame.slice(sentence.start, mention.start))
  );
}

/** Verbs of coming to hold a post: "who was elected mayor", "who became chief engineer in May". */
const TOOK_UP_A_POST =
  /\b(?:elected|re-elected|appointed|named|became|become|serves as|served as|took over as|was made|has been|is)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{L}-]*)\b/gu;

/** "who was elected mayor last November" after "the mayor said": the clause gives the name the job. */
function clauseTakesTheJob(clause: string, jobNouns: readonly string[]): boolean {
  if (jobNouns.length === 0) return false;
  for (const taken of clause.matchAll(TOOK_UP_A_POST)) if (jobNouns.includes(taken[1] ?? '')) return true;
  return false;
}

/**
 * "Dr Jotham Kagaba, who…", "Councillor Ellie Marsh, who…": a name opening its sentence, at most a
 * courtesy title or a capitalised title of office before it.
 */
function onlyCourtesyBefore(view: ParagraphView, mention: Mention): boolean {
  const sentence = sentenceAt(view, mention.start);
  return tokenize(view.frame, sentence.start, mention.start).every(
    (token) =>
      HONORIFICS.has(token.word.toLowerCase()) || (/^\p{Lu}/u.test(token.word) && isTitleToken(token)),
  );
}

/**
 * "The chairman of the islands council's transport committee said the cut came 'with no
 * consultation'", then '"We were told, not asked," said the councillor, Magnus Tait': British
 * regional papers give the job first and name its holder in the next paragraph, by a definite
 * description and the name in apposition, as having taken up the role, or in a clause that speaks
 * of the job's body ('"…," the head of the water agency said', then "Maria Santos, who has led the
 * agency since 2020, said"); later in the same paragraph too. The job's unattributed words are
 * that person's.
 */
function nameJobHoldersNamedNext(views: readonly ParagraphView[], quotes: readonly Quote[]) {
  for (let index = 0; index < views.length; index++) {
    const view = views[index] as ParagraphView;
    const unnamedIn = (n: number) =>
      quotes.filter((quote) => quote.paragraph === n && quote.speaker === null);
    const unnamed = unnamedIn(view.paragraph.n);
    if (unnamed.length === 0) continue;
    const jobs = unnamedJobsIn(view);
    const [firstJob] = jobs;
    if (!firstJob) continue;
    // "…the director said", after "The authority's director of physical planning said…" just before.
    const previous = views[index - 1];
    const bodyWords = [
      ...jobs.flatMap((job) => bodyWordsOf(job.phrase)),
      ...(previous ? unnamedJobsIn(previous).flatMap((job) => bodyWordsOf(job.phrase)) : []),
    ];
    const jobNouns = jobs.flatMap((job) =>
      job.phrase
        .toLowerCase()
        .split(/[\s,]+/)
        .filter((word) => isRoleNoun(word)),
    );
    const holderIn = (candidate: ParagraphView, from: number) => {
      const holders = new Set(
        candidate.mentions
          .filter((mention) => {
            if (mention.start < from || mention.entity.kind !== 'person') return false;
            if (!introducedFrom(mention.entity, candidate.paragraph.n)) return false;
            // "Councillor Ellie Marsh (Green, Lawrence Hill), who chairs…": a party label is no clause.
            const after = candidate.frame
              .slice(mention.end, mention.end + 160)
              .replace(PARTY_LABEL_AFTER_NAME, '');
            const who = WHO_CLAUSE_BEFORE_SPEECH.exec(after);
            return (
              DEFINITE_JOB_BEFORE_NAME.test(
                withoutTrailingHonorifics(
                  candidate.frame.slice(Math.max(0, mention.start - 60), mention.start),
                ),
              ) ||
              restatesJobBeforeName(
                withoutTrailingHonorifics(
                  candidate.frame.slice(Math.max(0, mention.start - 120), mention.start),
                ),
                jobNouns,
              ) ||
              TOOK_THE_JOB_AFTER_NAME.test(after) ||
              (RUNS_THE_BODY_AFTER_NAME.test(after) &&
                clauseRefersToJob(after.slice(0, 120), bodyWords) &&
                openedByNameOrEpithet(candidate, mention)) ||
              (who !== null &&
                (clauseRefersToJob(who[1] ?? '', bodyWords) || clauseTakesTheJob(who[1] ?? '', jobNouns)) &&
                onlyCourtesyBefore(candidate, mention)) ||
              (candidate !== view && revealedByNameAlone(candidate, mention, jobNouns)) ||
              (candidate !== view &&
                titledWithTheJob(
                  candidate,
                  mention,
                  jobs.map((job) => job.phrase),
                ))
            );
          })
          .map((mention) => mention.entity),
      );
      const [holder] = holders;
      return holders.size === 1 && holder ? holder : null;
    };
    // Later in the job's own paragraph: '"…," the utility's chief executive said. Gaone Molefe, who
    // took up the post in May, said…'.
    const sameParagraph = holderIn(view, firstJob.at);
    if (sameParagraph) {
      for (const quote of unnamed) quote.speaker = sameParagraph.name;
      continue;
    }
    if (index + 1 >= views.length) continue;
    // '"…," she said' in between: the job's holder still speaking, unnamed (or already known by
    // the job's bare title, "the deputy director said"), until the name comes.
    let nameAt = index + 1;
    let next = views[nameAt] as ParagraphView;
    while (
      nameAt < index + 3 &&
      nameAt + 1 < views.length &&
      !next.mentions.some((mention) => mention.entity.kind === 'person') &&
      quotes.some((quote) => quote.paragraph === next.paragraph.n)
    ) {
      unnamed.push(...unnamedIn(next.paragraph.n));
      nameAt++;
      next = views[nameAt] as ParagraphView;
    }
    const holder = holderIn(next, 0);
    if (!holder) continue;
    for (const quote of unnamed) quote.speaker = holder.name;
  }
}

/**
 * The subject of a sentence with no quotation: who a later "he" most likely means. A speech verb's
 * subject if there is one (and then the sentence is speech, for a floating quotation after it);
 * otherwise the first named person or organisation not governed by a preposition.
 */
function sentenceSubject(
  attributor: Attributor,
  view: ParagraphView,
  whole: Sentence,
): { entity: EntityDraft | null; spoke: boolean } | undefined {
  const sentence = withoutFrontedClause(whole);
  const verbs = attributor.speechVerbs(view, sentence.start, sentence.end);
  const firstVerb = verbs[0];
  const framed = speakerAfterOpeningParticiple(view, sentence);
  if (framed) return { entity: framed, spoke: true };
  if (firstVerb) {
    const verb = firstVerb.tokens[firstVerb.index] as Token;
    // "According to Astrini, the government has…": the source is who the sentence is speaking for,
    // wherever it stands ("…letting people tell their stories, according to Carly Fiorina").
    const according = verbs.find(({ tokens, index }) => tokens[index]?.word.toLowerCase() === 'according');
    const to = according?.tokens[according.index + 1];
    if (to) {
      const source = attributor.speakerAfter(view, to.end, sentence.end);
      if (source.kind === 'entity') return { entity: source.entity, spoke: true };
    }
    const inverted = attributor.invertedSpeaker(view, verb, sentence.end);
    if (inverted.kind === 'entity') return { entity: inverted.entity, spoke: true };
    // "The report was welcomed by Maria Lopez": the agent of a passive speech verb spoke.
    const agent = attributor.passiveAgent(view, verb, sentence.end);
    if (agent) return { entity: agent, spoke: true };
    // "Councillor Ana Ruiz, of the Greens, voted against it, saying…": a participle after a comma
    // speaks for the name the sentence opens on, whatever its appositives name.
    if (verb.word.endsWith('ing') && /,\s*$/.test(view.frame.slice(sentence.start, verb.start))) {
      const opening = attributor.sentenceOpeningSubject(view, sentence.start, verb.start);
      // Its mention in this sentence: the same person may be named earlier in the paragraph.
      const atStart =
        opening &&
        view.mentions.find(
          (mention) =>
            mention.entity === opening && mention.start >= sentence.start && mention.end <= verb.start,
        );
      if (
        opening?.kind === 'person' &&
        atStart &&
        opensOnTitleOrJob(view.frame.slice(sentence.start, atStart.start))
      )
        return { entity: opening, spoke: true };
    }
    const unnamedSpeaker = unnamedSpeakerOpens(view, sentence.start, verb.start);
    if (unnamedSpeaker !== undefined) {
      attributor.rememberUnnamedPerson(unnamedSpeaker);
      return { entity: null, spoke: true };
    }
    const subject = attributor.subjectBefore(view, sentence.start, verb.start);
    if (subject.kind === 'entity') {
      const main = mainSubjectBeforeRelative(attributor, view, sentence, verb, subject.entity);
      return main ? { entity: main, spoke: false } : { entity: subject.entity, spoke: true };
    }
    if (subject.kind === 'unnamed') {
      const phrase = view.frame.slice(sentence.start, verb.start);
      if (GROUP_SUBJECT.test(phrase)) attributor.rememberGroup();
      else if (subject.individual || unnamedKinOpens(phrase) || SINGLE_UNNAMED_OPENS.test(phrase))
        attributor.rememberUnnamedPerson();
      return { entity: null, spoke: true };
    }
  }
  const tokens = tokenize(view.frame, sentence.start, sentence.end);
  const firstToken = tokens[0];
  if (firstToken && PRONOUNS.has(firstToken.word.toLowerCase()) && firstToken.word !== 'It') {
    const entity = attributor.resolvePronoun(firstToken.word);
    return entity ? { entity, spoke: false } : undefined;
  }
  const job = JOB_OPENS_SENTENCE.exec(view.frame.slice(sentence.start, sentence.end))?.[1];
  // Only a job at a body ("the department's director", "its chairman") introduces someone new;
  // "The actress dropped out" is the person just named, told by her trade.
  const atBody =
    sentence.text.startsWith('Its') || sentence.text.startsWith('Their') || /['’]s?\s/.test(job ?? '');
  if (job && atBody && isUnnamedJob(job)) {
    const holder = attributor.resolveRolePhrase(job, view.paragraph.n);
    if (holder.kind === 'entity') return { entity: holder.entity, spoke: false };
    // "The department's director later gave more detail… '…,' he said": the unnamed director.
    attributor.rememberUnnamedPerson();
    return undefined;
  }
  // "At the meeting, one resident held up a cloth… '…,' she told the meeting": someone unnamed is
  // now the one a pronoun means, not a person named earlier.
  const indefinite = INDEFINITE_PERSON_OPENS.exec(sentence.text)?.[1];
  if (indefinite && isRoleNoun(indefinite)) {
    attributor.rememberUnnamedPerson();
    return undefined;
  }
  // "For Rosa Tuy, the promises are distant.": a person fronted as the one the sentence speaks for
  // is who the paragraph is about, and whom a "she said" after it means.
  const topic = view.mentions.find(
    (mention) =>
      mention.entity.kind === 'person' &&
      mention.start > sentence.start &&
      mention.start < sentence.start + 40 &&
      FRONTED_TOPIC.test(view.frame.slice(sentence.start, mention.start)) &&
      view.frame[mention.end] === ',',
  );
  if (topic) return { entity: topic.entity, spoke: false };
  // "His mother, seated behind him, wept.": someone the story leaves unnamed, known by kin.
  const unnamed = unnamedSpeakerOpens(view, sentence.start, sentence.end);
  if (unnamed !== undefined) {
    attributor.rememberUnnamedPerson(unnamed);
    return undefined;
  }
  const mention = firstSubjectMention(view, sentence.start, sentence.end);
  if (mention) return { entity: mention.entity, spoke: false };
  // "Ó Briain, 21, had been named on the bench": a surname two people share opens the sentence.
  const opening = tokens.findIndex((token) => !/^\p{Lu}/u.test(token.word));
  const surname = tokens[(opening === -1 ? tokens.length : opening) - 1];
  const shared =
    surname && opening !== 0 ? attributor.lastOfSharedSurname([surname], view.paragraph.n) : null;
  return shared ? { entity: shared, spoke: false } : undefined;
}

/**
 * "Before his dismissal was announced, ", "Speaking on Saturday, after the verdict was read out, ": a
 * subordinate clause fronted before the sentence's own subject. Whoever its verb has speaking or
 * announcing is not who the sentence is about. "As X said, …" is left whole: it names a source.
 */
const FRONTED_SUBORDINATE_CLAUSE =
  /^(?:(?:On|At|In|During|Earlier|Later|Last|Late|Early|\p{Lu}\p{Ll}+ing)\b[^,.;:“”"]{0,80},\s+)?(?:(?:But|And|Yet|So)\s+)?(?:[Bb]efore|[Aa]fter|[Ww]hen|[Ww]henever|[Ww]hile|[Ss]ince|[Uu]ntil|[Oo]nce|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ii]f|[Uu]nless|[Ww]hereas|[Ee]ven (?:though|if|after|before|when))\s[^,.;:“”"]{1,150},\s+(?=\S)/u;

/** The sentence from its own subject on, past a fronted subordinate clause. */
function withoutFrontedClause(sentence: Sentence): Sentence {
  const clause = FRONTED_SUBORDINATE_CLAUSE.exec(sentence.text);
  if (!clause) return sentence;
  const length = clause[0].length;
  return { start: sentence.start + length, end: sentence.end, text: sentence.text.slice(length) };
}

/** "expected to be named…", "elected in 2019", "re-elected last year", "known as…", "tipped for…". */
const PARTICIPLE_APPOSITIVE =
  /^(?:\p{Ll}[\p{Ll}-]*ed|known|chosen|seen|thought|sworn|given|held|born)\s+(?:to|as|by|in|for|on|at|after|last|this|earlier|from|with|under)\b/u;

/**
 * "Writing in the Guardian, Mr Brown set out his plans.", "Speaking after the match, coach Ana Ruiz
 * praised her side.": a speech participle opening the sentence makes its subject the one speaking,
 * and a quotation left untagged after it is theirs.
 */
function speakerAfterOpeningParticiple(view: ParagraphView, sentence: Sentence): EntityDraft | null {
  const clause = SPEECH_FRAME_OPENS.exec(view.frame.slice(sentence.start, sentence.end));
  if (!clause || !SPEECH_FRAMING_PARTICIPLES.has((clause[1] as string).toLowerCase())) return null;
  const subject = firstSubjectMention(view, sentence.start + clause[0].length, sentence.end);
  if (subject?.entity.kind !== 'person') return null;
  return opensOnTitleOrJob(view.frame.slice(sentence.start + clause[0].length, subject.start))
    ? subject.entity
    : null;
}

/** "Writing in the Guardian, ", "Asked about the delay, ": a participle and its phrase, up to the comma. */
const SPEECH_FRAME_OPENS = /^\s*(\p{Lu}\p{Ll}+)\b[^,.;:“”"]*,/u;

/** "'s lawyer", "'s younger brother", "'s long-time agent": a job or kin owned by the name before it. */
const RELATION_OWNED_BY_NAME = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*))\s*$/u;

/** "The barrister who had represented ", "A witness who saw ": an unnamed head and a relative clause it opens. */
const UNNAMED_HEAD_THEN_RELATIVE =
  /^(?:The|A|An|One|Another)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)\s+(who|whom|that)\s+[^,.;:“”"]*$/u;

const HEAD_NAMED_IN_ITS_CLAUSE =
  /\b(?:as|named|called|calls|call|himself|herself|themselves|nicknamed|dubbed)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

function namedInsideUnnamedHeadsClause(before: string): boolean {
  const clause = UNNAMED_HEAD_THEN_RELATIVE.exec(before);
  // "A woman who gave her name only as Mrs Tillman", "a man who called himself Ade": the clause
  // names the head itself.
  if (!clause || HEAD_NAMED_IN_ITS_CLAUSE.test(before)) return false;
  return clause[2] !== 'that' || isRoleNoun(clause[1] as string);
}

/** ", said Mr Clarke.", ", added the minister, Ana Ruiz": a tag closing the sentence, after its last comma. */
const CLOSING_TAG = /,\s*(?:said|says|added|adds)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

const SENTENCE_ENDS_ON_TAG = /,\s*(?:said|says|added|adds)\s+[^,;:“”"]{1,60}$/u;

/** The person a speech tag at the very end of the sentence names, who reports all of it. */
function reporterClosing(view: ParagraphView, sentence: Sentence): EntityDraft | null {
  if (!SENTENCE_ENDS_ON_TAG.test(view.frame.slice(Math.max(sentence.start, sentence.end - 90), sentence.end)))
    return null;
  let last: Mention | undefined;
  for (const mention of view.mentions)
    if (mention.start >= sentence.start && mention.end <= sentence.end) last = mention;
  if (last?.entity.kind !== 'person') return null;
  if (!/^[\s.!?]*$/.test(view.frame.slice(last.end, sentence.end))) return null;
  return CLOSING_TAG.test(view.frame.slice(Math.max(sentence.start, last.start - 80), last.start))
    ? last.entity
    : null;
}

/** "", "Opposition councillor ", "Dr ": only titles and job words stand before a name opening a sentence. */
function opensOnTitleOrJob(before: string): boolean {
  const words = before
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  return words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word) || isRoleNoun(word));
}

/** "For ", "To ", "For 71-year-old ", "For retired teacher ": a person fronted as a sentence's topic. */
const FRONTED_TOPIC = /^(?:For|To)\s+(?:(?:the\s+)?\d+-year-old\s+|\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/**
 * "The former clerk, who did not want to be named, told the paper…", "His widow, 71, said…": a
 * subject the story withholds a name from, by anonymity or by naming them only through a relative,
 * is who a later "he" or "she" means; undefined when the subject is not such a one. A person named
 * before the verb ("Her son, Tom Ellis, said") is named, whatever else the phrase says.
 */
function unnamedSpeakerOpens(view: ParagraphView, from: number, verbStart: number): Gender | undefined {
  const phrase = view.frame.slice(from, verbStart);
  const kin = POSSESSIVE_KIN_OPENS.exec(phrase)?.[1];
  const kinSex = kin === undefined ? undefined : KIN_NOUNS.get(kin);
  if (kinSex === undefined && !ANONYMITY_CLAUSE.test(phrase)) return undefined;
  const named = view.mentions.some(
    (mention) => mention.entity.kind === 'person' && mention.start >= from && mention.end <= verbStart,
  );
  return named ? undefined : (kinSex ?? null);
}

/** "who did not want to be named", "who asked not to be identified", "speaking on condition of anonymity". */
const ANONYMITY_CLAUSE =
  /\b(?:who|and)\s+(?:asked|requested|declined|refused|spoke|wished|preferred|(?:did|does)\s*n(?:o|['’])t\s+want)\b[^.;:“”"]{0,40}?\b(?:named|identified|name|anonymity)\b|\b(?:speaking|talking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b/u;

/**
 * "His mother, seated behind him,", "Outside court, her husband said": a relative told only by the
 * pronoun of someone named, with no name in apposition after the kin word.
 */
const POSSESSIVE_KIN_OPENS =
  /^(?:[^,.;:“”"]{0,60},\s+)?(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=,\s+(?:\p{Ll}|\d)|\s+\p{Ll})/u;

/**
 * "The father of one of the infected children, a girl from Pinhais, said…": someone the story leaves
 * unnamed, known by kin, is who a later "he" means, not a person named before.
 */
function unnamedKinOpens(phrase: string): boolean {
  const kin = UNNAMED_KIN_OPENS.exec(phrase)?.[1];
  return kin !== undefined && KIN_NOUNS.has(kin);
}
const UNNAMED_KIN_OPENS =
  /^(?:The|A|An|One)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+of\s+(?:an?|one|two|three|the)\b/u;

/** "One trader", "At the gate, a woman": an indefinite article or "one", after any opening phrase. */
const INDEFINITE_OPENING = String.raw`^(?:[^,.;:“”"]{0,80},\s+)?(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+`;

/**
 * "A woman who sells fruit near the gate said…", "One trader, 54, said…": a single person the
 * story leaves unnamed, however the phrase goes on, is who a later "she said" means ("One of them"
 * is left to the group's own reading).
 */
const SINGLE_UNNAMED_OPENS = new RegExp(String.raw`${INDEFINITE_OPENING}(?!of\b)\p{L}`, 'u');

/** "At a meeting last month, one resident held up…": an indefinite person, after any opening phrase, and a past verb. */
const INDEFINITE_PERSON_OPENS = new RegExp(
  String.raw`${INDEFINITE_OPENING}(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:of|from|in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3})?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|held|stood|took|gave|wept|broke|came|went|put|spoke|wrote|showed|brought|sat|read)\b`,
  'u',
);

/** "The department's director later gave…": a definite job, ending on its noun, before a past-tense verb. */
const JOB_OPENS_SENTENCE =
  /^(?:The|Its|Their)\s+((?:[\p{L}'’-]+\s+){0,4}?\p{Ll}[\p{L}-]*)\s+(?:\p{Ll}+ly\s+|later\s+|also\s+|then\s+)?(?:\p{Ll}{2,}ed|gave|spoke|went|took|made|met|led|began|held|wrote)\b/u;

/** "The company's chief executive officer, who…, said": a definite job as a sentence's subject. */
const JOB_SUBJECT_OPENS =
  /^(?:The|Its|Their)\s+((?:[\p{L}'’-]+\s+){0,4}?\p{Ll}[\p{L}-]*)(?:,|\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|\p{Ll}{2,}ed)\b)/u;

/** A job that names one person, not a body's voice: a spokesperson speaks for the body. */
function isUnnamedJob(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const last = words.at(-1) ?? '';
  return /^\p{Ll}/u.test(last) && isRoleNoun(last) && !words.some((word) => SPEAKS_FOR_BODY.test(word));
}

/**
 * "Juan Torres defended the budget, which opposition leader Carlos Ruiz called reckless": when the
 * speech verb's subject sits inside a relative clause still open at the verb, the sentence's own
 * subject (its opening name or pronoun) is who a later "he" means. A clause closed by a comma
 * before the verb ("Martin Bell, who won Tatton, said") was the subject's own.
 */
function mainSubjectBeforeRelative(
  attributor: Attributor,
  view: ParagraphView,
  sentence: Sentence,
  verb: Token,
  speaker: EntityDraft,
): EntityDraft | null {
  const relative = /,\s+(?:which|who|whom)\s[^,]*$/.exec(view.frame.slice(sentence.start, verb.start));
  if (!relative) return null;
  const clauseStart = sentence.start + relative.index;
  // The clause's subject is named inside it, or is the name the "who" stands for ("He met Carlos
  // Ruiz, who had called it reckless").
  const clauseSubject = view.mentions.some(
    (mention) =>
      mention.entity === speaker &&
      ((mention.start > clauseStart && mention.end <= verb.start) || mention.end === clauseStart),
  );
  if (!clauseSubject) return null;
  const opener = tokenize(view.frame, sentence.start, sentence.end)[0];
  let main: EntityDraft | null = null;
  if (opener && PRONOUNS.has(opener.word.toLowerCase()) && opener.word !== 'It')
    main = attributor.resolvePronoun(opener.word);
  else {
    const named = firstSubjectMention(view, sentence.start, clauseStart);
    // Only a name that opens the sentence, titles aside, is its subject.
    if (named && /^(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(view.frame.slice(sentence.start, named.start)))
      main = named.entity;
  }
  return main === speaker ? null : main;
}

/** The first person or body named between `from` and `to` outside a prepositional phrase. */
function firstSubjectMention(view: ParagraphView, from: number, to: number): Mention | undefined {
  // "Representing the Karachi Chamber of Commerce, Tanveer Barry-Qureshi objected": what an opening
  // participle governs, up to its comma, is not the sentence's subject.
  const participle = OPENING_PARTICIPLE.exec(view.frame.slice(from, Math.min(to, from + 120)));
  const subjectFrom = participle ? from + participle[0].length : from;
  return view.mentions.find(
    (mention) =>
      mention.start >= subjectFrom &&
      mention.end <= to &&
      mention.entity.kind !== 'place' &&
      (!governedByPreposition(view.frame, from, mention.start) ||
        NAME_SET_OFF_AFTER_HEAD.test(view.frame.slice(from, mention.start))) &&
      !ownsTheSubject(view, mention),
  );
}

/**
 * "Her colleague, Cr Matthew Stone, ", "The club's captain, Ana Ruiz, ": a name set off straight
 * after the head noun that opens the sentence is that head, the subject, not a relation of it.
 */
const NAME_SET_OFF_AFTER_HEAD =
  /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s[^,.;:“”"]{1,50},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\b[^,.;:“”"]*,/u;

/** "Estrada's daughter, Marisol…, read", "Aberdeen manager Stephen Rae felt": whose job or kin it is. */
const OWNER_OF_NOUN = /^(?:['’]s?\s+\p{Ll}|\s+\p{Ll}[\p{L}-]*\s+\p{Lu})/u;

function ownsTheSubject(view: ParagraphView, mention: Mention): boolean {
  const after = view.frame.slice(mention.end, mention.end + 40);
  if (!OWNER_OF_NOUN.test(after)) return false;
  // The owner is a person's or a body's only before a job or a relation, not before a verb
  // ("Ruiz said", "Ruiz's plan was…" still make Ruiz the one in mind).
  const noun = /^['’]?s?\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1] ?? '';
  return isRoleNoun(noun) || RELATIONAL_NOUNS.has(noun);
}
