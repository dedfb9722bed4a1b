/**
 * The extractive summary: title, source, date, three key points, the key people and one
 * or two key quotes. Deterministic: the same article always gives the same summary.
 *
 * Key points are whole sentences from body paragraphs, chosen as follows. Human summaries of news
 * track the lead closely (the inverted pyramid puts the story in the first sentences), so lead-3,
 * the first three sentences, is the baseline to beat; the method keeps the lead's strength and
 * spends its other picks better.
 * 1. Candidates. Every body sentence of 8 to 70 words, in reading order, the first paragraph's
 *    without a dateline ("WASHINGTON (AP) — ", "SINGAPORE – ", "Dubai: "), each without a list
 *    bullet or a signpost label ("Why it matters: "), except sentences that open on a quotation or are
 *    mostly quotation (a bare quote says what someone said, not what happened), notes on the
 *    reporting, under 20 words ("did not respond to requests for comment", "declined to
 *    comment", "could not independently verify", "agreed not to disclose", "The findings were
 *    published in the journal ...": they keep the record straight but carry no news, and
 *    being short they would otherwise fill the word budget below; a longer sentence around
 *    such a note carries news of its own), roll calls such as
 *    a team line-up or a line of scorers (names and commas, no statement), lines that send the
 *    reader elsewhere ("Listen to the full interview on ...", "Sign up for our newsletter"),
 *    questions (a feature poses one to lead the reader on; the answer is the point), and
 *    headings, captions and the standfirst (which frame the story; the renderer shows the title
 *    anyway).
 * 2. The lede. The first candidate always leads: it is the story in one sentence.
 * 3. Score the rest, each feature scaled to 0..1:
 *    - position (0.45): 1/sqrt(1 + the sentence's rank among candidates), the inverted pyramid;
 *    - centrality (0.20): cosine similarity between the sentence's content-word vector and the
 *      whole article's, terms weighted by inverse sentence frequency;
 *    - headline salience (0.20): the share of the title's and standfirst's content words the
 *      sentence contains (editors put the story's key terms there), doubled and capped at 1;
 *    - entity coverage (0.15): the share of mentions of the article's five most mentioned people
 *      and organisations that the sentence names.
 *    The candidate straight after the lede gains 0.25 on top: writers put the story's second fact
 *    there (the figure, the reason, the reaction that completes the lede), and human summaries echo
 *    it more than any later sentence, while later sentences rich in the headline's words often
 *    restate the lede (on the evaluation's 206 summarised articles this lifts ROUGE-1/2 against
 *    lead-3 in both halves of the sets).
 *    Then penalties for sentences a summary paraphrases or leaves out: one built around quoted
 *    words reports a reaction in someone else's words (x0.8); one that supplies background
 *    ("in 2019", "years ago", "was founded in", "which opened in", "for more than half a
 *    century") looks back rather than at the news (x0.9); one that gives someone's age in
 *    apposition ("Fabre, 61,", "a 43-year-old teacher") profiles a person or quotes a
 *    passer-by, colour rather than news (x0.75).
 * 4. Selection by maximal marginal relevance: repeatedly take the candidate with the best
 *    0.9 x score - 0.1 x (its greatest similarity to a point already chosen), so points do not
 *    repeat each other, less 0.02 for every word by which it would take the points past 65. The
 *    likeness counts for little: a story's next facts name the same people, places and figures as
 *    its lede (a summary repeats them in every sentence), so a heavier charge for shared words
 *    sends the picks down the story to details that merely use other words (weighed 0.2, it
 *    lost ROUGE-1/2 in both halves of the sets).
 *    A sentence that leans on the one before (it opens on a pronoun or demonstrative, or on "The
 *    move" or "The decision" without saying which) scores x0.75 unless that sentence is already a
 *    point: read on its own it points at nothing, read after its antecedent it is the story's next
 *    step (a lede followed by "He said the cuts would ..." keeps both).
 *    Editors' summaries of a news story run to two or three sentences and 50 to 70 words (median
 *    59 over the evaluation's 206; a target of 60 or 70 scores lower than 65); beyond it, every
 *    extra word dilutes the points (ROUGE's F1 falls with length once a sentence carries less of
 *    the story than the summary so far), so a short sentence that states a reaction or the next
 *    step beats a long one full of detail. Three points, never more: an editor's summary is
 *    two or three sentences however short they run, and a fourth sentence, even a short one,
 *    adds detail the reference leaves out (on every set, choosing three where a fourth and fifth
 *    had filled short summaries to 60 words raised ROUGE-1/2 in both halves of the sets). Points
 *    are shown in reading order with their paragraph numbers.
 * `npm run eval` reports ROUGE-1/2 F1 of the key points and of lead-3 against hand-written
 * reference summaries, for every evaluation set.
 *
 * Key people: people by the number of paragraphs that mention them, with their roles. Key quotes:
 * from the most quoted speakers, full quotations of 8 to 60 words preferred, earliest first, one
 * per speaker.
 */
import { readDateline } from '../corpus/datelines.js';
import type { Article } from '../corpus/types.js';
import { findQuotedSpans } from './quote-marks.js';
import { splitSentences } from './sentences.js';
import type { Entity, KeyPoint, Quote, Summary } from './types.js';

const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from into onto over under about after before
   as is are was were be been being has have had do does did will would shall should can could may
   might must that this these those it its he she they them his her their we our you your i me my
   not no so than then there here who whom whose which what when where why how also said says
   say told mr mrs ms dr one two three more most such very just only other some any all each
   both few many much own same too up down out off again further once during while because
   until against between through per via amid since though although however yet still even`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Openers that point back at the sentence before: a pronoun or demonstrative, or a definite noun
 * that names the last sentence's news by its kind ("The move was condemned"), unless the noun
 * says what it was there and then ("The move to close libraries", "The decision by the board").
 */
const LEANING_OPENERS =
  /^(?:(?:he|she|it|they|this|these|those|that|his|her|its|their|such|the latter|the former)\b|the (?:move|decision|announcement|deal|plan|measure|proposal|incident|attack|ruling|comments|remarks|step|changes?|findings?)\b(?!,? (?:to|by|of|on|for|from|against|that|which|announced|made|taken)\b))/i;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The words that carry content, lower-cased, a possessive "'s" and a plural "s" taken off
 * ("Minister's" and "ministers" count as "minister"; "gas" and "bus" keep theirs).
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  // One plain loop: every sentence of every article passes through here.
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    let term = word;
    if (term.endsWith("'s") || term.endsWith('’s')) term = term.slice(0, -2);
    if (term.length >= 4 && term.endsWith('s') && isAsciiLower(term, term.length - 4, term.length - 1))
      term = term.slice(0, -1);
    if (term.length > 2 && !STOPWORDS.has(term)) terms.push(term);
  }
  return terms;
}

function isAsciiLower(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

type Vector = Map<string, number>;

function vectorOf(terms: readonly string[], weight: (term: string) => number): Vector {
  const vector: Vector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + weight(term));
  return vector;
}

/** Each vector's squared norm, summed once: selecting key points compares every pair of sentences. */
const squaredNorms = new WeakMap<Vector, number>();

function squaredNorm(vector: Vector): number {
  let norm = squaredNorms.get(vector);
  if (norm === undefined) {
    norm = 0;
    for (const value of vector.values()) norm += value * value;
    squaredNorms.set(vector, norm);
  }
  return norm;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, value] of a) dot += value * (b.get(term) ?? 0);
  const normA = squaredNorm(a);
  const normB = squaredNorm(b);
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

interface Candidate {
  point: KeyPoint;
  vector: Vector;
  score: number;
  words: number;
  /** Its place among all the body's sentences, eligible or not, to find the one it follows. */
  sentenceIndex: number;
  /** Whether it opens on a pronoun or demonstrative that points at the sentence before. */
  leans: boolean;
}

function quotedShare(text: string): number {
  const quoted = findQuotedSpans(text).reduce((sum, span) => sum + (span.close - span.open + 1), 0);
  return quoted / Math.max(1, text.length);
}

/** An entity's name forms as runs of content terms, to look for in a sentence's terms. */
function formTerms(entity: Entity): string[] {
  return [entity.name, ...entity.aliases]
    .map((form) => contentTerms(form).join(' '))
    .filter((terms) => terms !== '');
}

/**
 * An age in apposition ("Fabre, 61, has kept bees", "a 43-year-old teacher"): a profile or a
 * voice from the street, colour that summaries leave out.
 */
const PROFILE_AGE = /, (?:aged )?\d{1,2},|\b\d{1,2}-year-old\b/;

/** Background the reporter supplies: history, earlier events, what something used to be. */
const BACKGROUND_CUES =
  /\b(?:(?:years?|decades?) ago|in (?:19|20)\d\d\b|was (?:founded|established|set up) in|first (?:opened|elected|appointed)|(?:which|that|it) opened in|for (?:more than |nearly |almost |over )?(?:half a century|a century|decades|generations))/i;

/**
 * Signposts that digital outlets set before a paragraph in bold ("Why it matters: ", "The big
 * picture: "): page layout, not prose. A closed list, because an open pattern would also strip
 * a speaker ("He went on: ") or the start of a real sentence ("There is one exception: ").
 */
const SIGNPOSTS = new Set(
  `why it matters|the big picture|driving the news|between the lines|by the numbers|what's next|
   what’s next|what to watch|what we're watching|yes, but|the bottom line|bottom line|zoom in|
   zoom out|flashback|go deeper|the backstory|catch up quick|state of play|the other side|
   reality check|be smart|the latest|the news|know more|details|context|background|the details|
   the context|what happened|what's new|what’s new|the intrigue|the key takeaway|our thought bubble`
    .split('|')
    .map((label) => label.trim()),
);

/** A sentence without a list bullet ("- ", "• ") or a signpost label before its capital. */
function withoutSignpost(text: string): string {
  const unbulleted = text.replace(/^[-–•*▪]\s+(?=\S)/u, '');
  const label = /^([^:]{3,30}):\s+(?=[\p{Lu}"“‘'])/u.exec(unbulleted);
  return label && SIGNPOSTS.has((label[1] ?? '').toLowerCase())
    ? unbulleted.slice(label[0].length)
    : unbulleted;
}

/** A sentence without the dateline it may open on: where the story was filed, not what happened. */
function withoutDateline(text: string): string {
  const dateline = readDateline(text);
  return dateline === null || dateline.storyStart >= text.length ? text : text.slice(dateline.storyStart);
}

/**
 * A roll call (a team line-up, a list of replacements or nominees, a line of scorers and their
 * minutes): at least one comma or semicolon for every 2.5 words and most words capitalised, or a
 * list with hardly a word in lower case, so no verb ("R Jones (Ospreys), G Cooper (Dragons), ...",
 * "Archibald 19, Grady 29, Crawford 41"). It names people but states nothing.
 */
function isRollCall(text: string, words: number): boolean {
  const separators = text.match(/[,;]/g)?.length ?? 0;
  if (separators < 2) return false;
  // Prose needs verbs, articles and prepositions: far more than one word in eight in lower case.
  if ((text.match(LOWER_CASE_WORDS)?.length ?? 0) < words / 8) return true;
  // Most sentences fail on their commas alone, without looking at each word.
  if (separators < 0.4 * words) return false;
  const capitalised = text.split(/\s+/).filter((word) => CAPITALISED_WORD.test(word)).length;
  return capitalised >= 0.6 * words;
}

const CAPITALISED_WORD = /^\(?\p{Lu}/u;

const LOWER_CASE_WORDS = /(?:^|[\s(])\p{Ll}/gu;

/**
 * A line about the reporting rather than the story: someone would not talk, the outlet could not
 * verify something or agreed not to say it, or research appeared in a journal (the citation that
 * science reports close their opening on). The story's record, not its news.
 */
const REPORTING_NOTE =
  /\b(?:(?:did not|didn['’]t|has not|hasn['’]t|have not|had not|could not|couldn['’]t) (?:immediately )?(?:respond|reply|return)|(?:declined|refused) to comment|could not be reached|requests? for comment|not (?:immediately )?available for comment|could not (?:be )?independently (?:verify|verified|confirm|confirmed)|agreed not to (?:disclose|name|identify|reveal|publish)|(?:is|are|was|were|has been|have been) published (?:\w+ ){0,2}in|appears? (?:\w+ )?in the (?:\w+ )?journal)\b/i;

/**
 * A line that sends the reader elsewhere ("Listen to the full interview on ...", "Watch the
 * video above", "Sign up for our newsletter"): an imperative addressed to the reader, which news
 * prose never is, so the outlet's furniture rather than the story.
 */
const MEDIA_PROMPT =
  /^(?:listen|watch|read|click|tap|follow|subscribe|sign up|download|visit|tune in|catch up|register|share|see) (?:to |up |on |in |here|now|the |our |more|all|this|these|a |an |live|him|her|them|for )/i;

/**
 * A question ("But does the latest model justify the hype?"): features and analysis pieces pose
 * one to lead the reader on, and the answer, not the question, is the point.
 */
const QUESTION_END = /\?["”’']?$/u;

/** Two or three sentences make an editor's summary of a news story; the lede and two more. */
const KEY_POINTS = 3;

/** The length of a three-sentence human summary of a news story, in words. */
const TARGET_WORDS = 65;

/** What a word past the target costs a candidate, against scores that run from 0 to 1. */
const WORD_OVER_TARGET_COST = 0.02;

/** As many words as splitting on runs of white space gives, counted without making the pieces. */
function wordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhiteSpace(text.charCodeAt(index));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** The characters `\s` matches in a regular expression. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * How much a sentence's likeness to the points already chosen counts against it. Light, because a
 * story's next facts share its lede's names and figures; a restatement still loses to news.
 */
const REDUNDANCY_WEIGHT = 0.1;

/** What a point loses when it opens on a pronoun whose sentence before is not a point. */
const ORPHANED_PRONOUN_FACTOR = 0.75;

const WEIGHTS = { position: 0.45, centrality: 0.2, salience: 0.2, coverage: 0.15 };

/**
 * What the lede's next sentence gains for following it. News writers put the story's second
 * fact straight after the lede (the figure, the reason, the reaction that completes it), and
 * editors summarising a story echo that sentence more than any later one; sentences further down
 * that share the headline's words more often restate the lede than add to it.
 */
const LEDE_FOLLOWER_BONUS = 0.25;

/** Three key sentences (fewer when the body has fewer), by the method described at the top of this file. */
export function selectKeyPoints(article: Article, entities: readonly Entity[]): KeyPoint[] {
  const body = article.paragraphs.filter((paragraph) => paragraph.kind === 'body');
  const raw = body.flatMap((paragraph, rank) =>
    splitSentences(paragraph.text).map((sentence) => ({
      paragraph,
      // A dateline opens the story, so only the first paragraph can carry one; it may be cut in
      // two where a state's abbreviation ends a sentence ("SISTERS, Ore." then "(AP) — A fire").
      text: withoutSignpost(rank === 0 ? withoutDateline(sentence.text) : sentence.text),
    })),
  );
  const eligible = raw
    .map((sentence, sentenceIndex) => {
      const words = wordCount(sentence.text);
      // Only sentences of a point's length are worth measuring for quotation.
      const quoted = words >= 8 && words <= 70 ? quotedShare(sentence.text) : 1;
      return { paragraph: sentence.paragraph, text: sentence.text, words, quoted, sentenceIndex };
    })
    .filter(({ text, words, quoted }) => {
      return (
        words >= 8 &&
        words <= 70 &&
        quoted <= 0.5 &&
        !/^["“‘']/.test(text) &&
        !(words < 20 && REPORTING_NOTE.test(text)) &&
        !isRollCall(text, words) &&
        !MEDIA_PROMPT.test(text) &&
        !QUESTION_END.test(text)
      );
    });
  if (eligible.length === 0) return [];

  const termsOf = eligible.map((sentence) => contentTerms(sentence.text));
  const documentFrequency = new Map<string, number>();
  for (const terms of termsOf)
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // Inverse sentence frequency, worked out once per term rather than at each of its occurrences.
  const inverseFrequency = new Map<string, number>();
  for (const [term, frequency] of documentFrequency)
    inverseFrequency.set(term, Math.log(1 + eligible.length / frequency));
  const inverse = (term: string) => inverseFrequency.get(term) ?? Math.log(1 + eligible.length);
  const centroid = vectorOf(termsOf.flat(), inverse);
  const headline = new Set(
    contentTerms(
      [article.title, ...article.paragraphs.filter((p) => p.kind === 'standfirst').map((p) => p.text)].join(
        ' ',
      ),
    ),
  );
  const main = entities
    .filter((entity) => entity.kind !== 'place')
    .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
    .slice(0, 5);
  const mainWeight = main.reduce((sum, entity) => sum + entity.paragraphs.length, 0) || 1;
  // Padded with spaces once, to find each as whole words among a sentence's terms.
  const mainForms = main.map((entity) => formTerms(entity).map((form) => ` ${form} `));

  const candidates: Candidate[] = eligible.map((sentence, order) => {
    const terms = termsOf[order] ?? [];
    const vector = vectorOf(terms, inverse);
    const position = 1 / Math.sqrt(1 + order);
    const centrality = cosine(vector, centroid);
    const salience =
      headline.size === 0 ? 0 : terms.filter((term) => headline.has(term)).length / headline.size;
    const joined = ` ${terms.join(' ')} `;
    const coverage =
      main
        .filter((_, rank) => (mainForms[rank] ?? []).some((form) => joined.includes(form)))
        .reduce((sum, entity) => sum + entity.paragraphs.length, 0) / mainWeight;
    let score =
      WEIGHTS.position * position +
      WEIGHTS.centrality * centrality +
      WEIGHTS.salience * Math.min(1, salience * 2) +
      WEIGHTS.coverage * coverage;
    if (order === 1) score += LEDE_FOLLOWER_BONUS;
    // A summary paraphrases; a sentence built around someone's words reports a reaction.
    if (sentence.quoted > 0) score *= 0.8;
    if (BACKGROUND_CUES.test(sentence.text)) score *= 0.9;
    if (PROFILE_AGE.test(sentence.text)) score *= 0.75;
    return {
      point: { text: sentence.text, paragraph: sentence.paragraph.n },
      vector,
      score,
      words: sentence.words,
      sentenceIndex: sentence.sentenceIndex,
      leans: LEANING_OPENERS.test(sentence.text),
    };
  });

  // The lede is the story in one sentence: it always leads.
  const chosen: Candidate[] = candidates.slice(0, 1);
  const remaining = candidates.slice(1);
  // Each sentence's greatest likeness to one already chosen, brought up to date as each is chosen.
  const redundancies = new Map(
    remaining.map((candidate) => [
      candidate,
      Math.max(0, ...chosen.map((picked) => cosine(candidate.vector, picked.vector))),
    ]),
  );
  const chosenSentences = new Set(chosen.map((candidate) => candidate.sentenceIndex));
  let chosenWords = chosen[0]?.words ?? 0;
  while (remaining.length > 0 && chosen.length < KEY_POINTS) {
    let bestIndex = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    remaining.forEach((candidate, index) => {
      const redundancy = redundancies.get(candidate) ?? 0;
      const overLength = Math.max(0, chosenWords + candidate.words - TARGET_WORDS);
      // A pronoun is read against the sentence before: fine when that sentence is a point too.
      const orphaned = candidate.leans && !chosenSentences.has(candidate.sentenceIndex - 1);
      const score = orphaned ? candidate.score * ORPHANED_PRONOUN_FACTOR : candidate.score;
      const value =
        (1 - REDUNDANCY_WEIGHT) * score - REDUNDANCY_WEIGHT * redundancy - WORD_OVER_TARGET_COST * overLength;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    });
    const [best] = remaining.splice(bestIndex, 1);
    if (!best) break;
    chosen.push(best);
    chosenSentences.add(best.sentenceIndex);
    chosenWords += best.words;
    for (const candidate of remaining) {
      const likeness = cosine(candidate.vector, best.vector);
      if (likeness > (redundancies.get(candidate) ?? 0)) redundancies.set(candidate, likeness);
    }
  }
  return chosen
    .sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))
    .map((candidate) => candidate.point);
}

/** One or two quotations from the most quoted speakers, full ones of readable length first. */
export function selectKeyQuotes(quotes: readonly Quote[]): Quote[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    bySpeaker.set(quote.speaker, [...(bySpeaker.get(quote.speaker) ?? []), quote]);
  }
  const speakers = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length);
  const readable = (quote: Quote) => {
    const words = wordCount(quote.text);
    return (quote.partial ? 0 : 2) + (words >= 8 && words <= 60 ? 1 : 0);
  };
  return speakers
    .slice(0, 2)
    .map(
      ([, spoken]) =>
        [...spoken].sort((a, b) => readable(b) - readable(a) || a.paragraph - b.paragraph)[0] as Quote,
    );
}

export function summarise(article: Article, entities: readonly Entity[], quotes: readonly Quote[]): Summary {
  const people = entities
    .filter((entity) => entity.kind === 'person')
    .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
    .slice(0, 5)
    .map((entity) => ({ name: entity.name, role: entity.role }));
  return {
    title: article.title,
    source: article.source,
    published: article.published,
    keyPoints: selectKeyPoints(article, entities),
    people,
    quotes: selectKeyQuotes(quotes),
  };
}
