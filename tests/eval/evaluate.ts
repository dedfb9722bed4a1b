/**
 * Scores the analysis against hand-written gold annotations.
 *
 * Matching, precisely:
 * - Quote text: both sides normalised (Unicode NFKC, case folded, curly marks made straight, every
 *   quotation mark and apostrophe removed, whitespace collapsed, punctuation trimmed from both
 *   ends) and compared for equality; each predicted quote matches at most one gold quote, a
 *   same-paragraph candidate first.
 * - Quote recall: matched gold quotes / gold quotes. Quote precision: matched predicted quotes /
 *   predicted quotes.
 * - Speaker accuracy: over matched quotes, the predicted speaker equals the gold speaker (both null,
 *   or the same entity: equal names, or the gold name among the predicted entity's aliases).
 * - People found: gold people (kind person) for which the analysis has a person whose name or
 *   an alias equals the gold name (normalised as above). Organisations and places likewise,
 *   reported but not targeted.
 * - Roles right: over found gold people with a stated role, the predicted role equals or
 *   contains one of the gold role's accepted forms, case-insensitively, ignoring full stops
 *   and apostrophe style.
 * - Spurious people: predicted persons that match no gold person (including ones the gold lists
 *   as an organisation or a place), including people the gold does not list at all.
 * - Summary: ROUGE-1 and ROUGE-2 F1 of the key points, and of lead-3 (the first three body
 *   sentences), against a reference summary written by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { splitSentences } from '../../src/analysis/sentences.js';
import type { Analysis, Entity } from '../../src/analysis/types.js';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';

export interface GoldEntity {
  name: string;
  kind: 'person' | 'organisation' | 'place';
  role: string[] | null;
}

export interface GoldQuote {
  text: string;
  speaker: string | null;
  paragraph: number;
}

export interface Gold {
  article: string;
  /** How the printout names the article; by default its file name without `.txt`. */
  name?: string;
  summary: string;
  people: GoldEntity[];
  quotes: GoldQuote[];
}

export interface Tally {
  hit: number;
  of: number;
}

export interface ArticleScore {
  name: string;
  peopleFound: Tally;
  /** Predicted people that are gold people. */
  peoplePrecision: Tally;
  rolesRight: Tally;
  othersFound: Tally;
  quoteRecall: Tally;
  quotePrecision: Tally;
  speakerAccuracy: Tally;
  paragraphRight: Tally;
  spuriousPeople: string[];
  missedQuotes: string[];
  extraQuotes: string[];
  wrongSpeakers: string[];
  wrongRoles: string[];
  missedPeople: string[];
  /** Organisations and places the gold names but the analysis misses, with the kind it gave instead. */
  missedOthers: string[];
  rouge: { keyPoints: [number, number]; lead3: [number, number] };
  msPerAnalysis: number;
}

const ROOT = new URL('../../', import.meta.url).pathname;
export const GOLD_DIR = join(ROOT, 'tests/eval/gold');
/** Articles written and annotated by someone who never read the analysis code. */
export const HOLDOUT_DIR = join(ROOT, 'tests/eval/holdout');
/** A second held-out set from other outlets, scored only after the first had been tuned on. */
export const HOLDOUT2_DIR = join(ROOT, 'tests/eval/holdout2');
/**
 * A third held-out set, from six more outlets, kept out of the repository until the analysis had
 * been tuned on the first two. Its first figures (speaker 87.1%, quote recall 96.9%, people 90.6%,
 * roles 82.1%) were the honest measure of unseen text; it has been a regression set since.
 */
export const HOLDOUT3_DIR = join(ROOT, 'tests/eval/holdout3');
/**
 * A fourth held-out set, eight more outlets, first scored blind after round four (speaker 88.6%,
 * people 94.7%, roles 97.0%) and a regression set since (see its README).
 */
export const HOLDOUT4_DIR = join(ROOT, 'tests/eval/holdout4');
/**
 * A fifth held-out set, eight more outlets, first scored blind after round four (speaker 74.2%,
 * people 87.5%, people precision 82.4%, quote recall 98.5%) and a regression set since.
 */
export const HOLDOUT5_DIR = join(ROOT, 'tests/eval/holdout5');
/**
 * A sixth held-out set, eight more outlets, first scored blind after round five (speaker 87.9%,
 * people 94.3%, people precision 91.7%, roles 87.5%) and a regression set since.
 */
export const HOLDOUT6_DIR = join(ROOT, 'tests/eval/holdout6');
export const HOLDOUT7_DIR = join(ROOT, 'tests/eval/holdout7');
export const HOLDOUT8_DIR = join(ROOT, 'tests/eval/holdout8');
/**
 * The ninth and tenth held-out sets, eight more outlets each, brought in never tuned on and tuned on
 * since (their READMEs record the figures at writing and after a round that never saw them).
 */
export const HOLDOUT9_DIR = join(ROOT, 'tests/eval/holdout9');
export const HOLDOUT10_DIR = join(ROOT, 'tests/eval/holdout10');
/** The eleventh held-out set, eight more outlets, scored blind when it came in and tuned on since. */
export const HOLDOUT11_DIR = join(ROOT, 'tests/eval/holdout11');
/**
 * The twelfth and thirteenth held-out sets, eight more outlets each, scored blind when they came in
 * (their READMEs record those figures) and tuned on since.
 */
export const HOLDOUT12_DIR = join(ROOT, 'tests/eval/holdout12');
export const HOLDOUT13_DIR = join(ROOT, 'tests/eval/holdout13');
/**
 * The fourteenth and fifteenth held-out sets, eight more outlets each, measured blind over three
 * rounds that never saw them and tuned on since (their READMEs record those figures).
 */
export const HOLDOUT14_DIR = join(ROOT, 'tests/eval/holdout14');
export const HOLDOUT15_DIR = join(ROOT, 'tests/eval/holdout15');
/**
 * The sixteenth and seventeenth held-out sets, eight more outlets each, scored at writing and tuned
 * on since (their READMEs record the figures at writing).
 */
export const HOLDOUT16_DIR = join(ROOT, 'tests/eval/holdout16');
export const HOLDOUT17_DIR = join(ROOT, 'tests/eval/holdout17');
export const HOLDOUT18_DIR = join(ROOT, 'tests/eval/holdout18');
export const HOLDOUT19_DIR = join(ROOT, 'tests/eval/holdout19');
/**
 * The twentieth to twenty-fifth held-out sets, eight more outlets each from every continent, scored
 * at writing and after a round that never saw them, and tuned on since (their READMEs).
 */
export const HOLDOUT20_DIR = join(ROOT, 'tests/eval/holdout20');
export const HOLDOUT21_DIR = join(ROOT, 'tests/eval/holdout21');
export const HOLDOUT22_DIR = join(ROOT, 'tests/eval/holdout22');
export const HOLDOUT23_DIR = join(ROOT, 'tests/eval/holdout23');
export const HOLDOUT24_DIR = join(ROOT, 'tests/eval/holdout24');
export const HOLDOUT25_DIR = join(ROOT, 'tests/eval/holdout25');
/**
 * The twenty-sixth to twenty-eighth held-out sets, eight more outlets each, scored at writing and
 * after two rounds that never saw them, and tuned on since (their READMEs).
 */
export const HOLDOUT26_DIR = join(ROOT, 'tests/eval/holdout26');
export const HOLDOUT27_DIR = join(ROOT, 'tests/eval/holdout27');
export const HOLDOUT28_DIR = join(ROOT, 'tests/eval/holdout28');
/**
 * The twenty-ninth to thirty-second held-out sets, eight more outlets each, scored at writing on the
 * analysis as it stood (their READMEs) and tuned on since.
 */
export const HOLDOUT29_DIR = join(ROOT, 'tests/eval/holdout29');
export const HOLDOUT30_DIR = join(ROOT, 'tests/eval/holdout30');
export const HOLDOUT31_DIR = join(ROOT, 'tests/eval/holdout31');
export const HOLDOUT32_DIR = join(ROOT, 'tests/eval/holdout32');
/**
 * The thirty-third to thirty-fifth held-out sets, eight more outlets each, scored at writing and after
 * a round that never saw them (their READMEs), and tuned on since.
 */
export const HOLDOUT33_DIR = join(ROOT, 'tests/eval/holdout33');
export const HOLDOUT34_DIR = join(ROOT, 'tests/eval/holdout34');
export const HOLDOUT35_DIR = join(ROOT, 'tests/eval/holdout35');
/**
 * The thirty-sixth to thirty-eighth held-out sets, eight more outlets each, scored at writing and
 * after two rounds that never saw them (their READMEs), and tuned on since.
 */
export const HOLDOUT36_DIR = join(ROOT, 'tests/eval/holdout36');
export const HOLDOUT37_DIR = join(ROOT, 'tests/eval/holdout37');
export const HOLDOUT38_DIR = join(ROOT, 'tests/eval/holdout38');
export const HOLDOUT39_DIR = join(ROOT, 'tests/eval/holdout39');
export const HOLDOUT40_DIR = join(ROOT, 'tests/eval/holdout40');
export const HOLDOUT41_DIR = join(ROOT, 'tests/eval/holdout41');
export const HOLDOUT42_DIR = join(ROOT, 'tests/eval/holdout42');
export const HOLDOUT43_DIR = join(ROOT, 'tests/eval/holdout43');
export const HOLDOUT44_DIR = join(ROOT, 'tests/eval/holdout44');
export const HOLDOUT45_DIR = join(ROOT, 'tests/eval/holdout45');
export const HOLDOUT46_DIR = join(ROOT, 'tests/eval/holdout46');
export const HOLDOUT47_DIR = join(ROOT, 'tests/eval/holdout47');
export const HOLDOUT48_DIR = join(ROOT, 'tests/eval/holdout48');
export const HOLDOUT49_DIR = join(ROOT, 'tests/eval/holdout49');
export const HOLDOUT50_DIR = join(ROOT, 'tests/eval/holdout50');
export const HOLDOUT51_DIR = join(ROOT, 'tests/eval/holdout51');
export const HOLDOUT52_DIR = join(ROOT, 'tests/eval/holdout52');
export const HOLDOUT53_DIR = join(ROOT, 'tests/eval/holdout53');
export const HOLDOUT54_DIR = join(ROOT, 'tests/eval/holdout54');
export const HOLDOUT55_DIR = join(ROOT, 'tests/eval/holdout55');
export const HOLDOUT56_DIR = join(ROOT, 'tests/eval/holdout56');
export const HOLDOUT57_DIR = join(ROOT, 'tests/eval/holdout57');
export const HOLDOUT58_DIR = join(ROOT, 'tests/eval/holdout58');
export const HOLDOUT59_DIR = join(ROOT, 'tests/eval/holdout59');
export const HOLDOUT60_DIR = join(ROOT, 'tests/eval/holdout60');
export const HOLDOUT61_DIR = join(ROOT, 'tests/eval/holdout61');
/**
 * Eleven articles from outlets whose regions name people by their own conventions (honorific chains,
 * patronymics, family name first, mononyms, initials), written to be tuned on (see its README).
 */
export const TRADITIONS_DIR = join(ROOT, 'tests/eval/traditions');
/** Batches of five articles each, written blind and tuned on batch by batch (see its README). */
export const BLIND_C_DIR = join(ROOT, 'tests/eval/blind-c');

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„«»"‘’'`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?…—–-]+|[\s.,;:!?…—–-]+$/g, '');
}

function normaliseRole(role: string): string {
  return role
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const tally = (): Tally => ({ hit: 0, of: 0 });

export function loadGold(dir = GOLD_DIR): Gold[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold);
}

export function loadArticle(gold: Gold): Article {
  const file = resolve(ROOT, gold.article);
  return parseArticle(readFileSync(file), file);
}

/**
 * Real articles annotated by hand whose text stays outside the repository: the BBC News 2005
 * corpus sits beside the project, not in it, so this gold names the file and marks each quotation
 * by position instead of carrying its words (see tests/eval/real-bbc/README.md).
 */
export const REAL_BBC_DIR = join(ROOT, 'tests/eval/real-bbc');

/** The shared corpora: DOSSIER_CORPORA when set, else `../shared/corpora` beside the repository. */
export function corporaRoot(environment: NodeJS.ProcessEnv = process.env): string {
  const chosen = environment.DOSSIER_CORPORA?.trim();
  return resolve(chosen ? chosen : join(ROOT, '../shared/corpora'));
}

/** A quotation marked by where it sits in the paragraph text Dossier's own parser produces. */
export interface CorpusGoldQuote {
  paragraph: number;
  /** UTF-16 offsets into that paragraph's text, end exclusive, as String.prototype.slice takes them. */
  start: number;
  end: number;
  /**
   * The first 16 hex digits of the sha256 of the quotation's text: proves the offsets still mark the
   * words the annotator marked (another edition of the corpus, or a change in cleaning, would move
   * them) without the words themselves being in the repository.
   */
  sha256: string;
  speaker: string | null;
  /** A fragment woven into the reporter's sentence; recorded by some annotators, never scored. */
  partial?: boolean;
}

export interface CorpusGold extends Omit<Gold, 'article' | 'name' | 'quotes'> {
  /** The article's file relative to the corpora root, e.g. "bbc-news-2005/politics/327.txt". */
  article: string;
  /** The annotation batch the gold came from, whose README records its conventions and first figures. */
  batch: string;
  quotes: CorpusGoldQuote[];
}

export interface ResolvedCorpusGold {
  batch: string;
  gold: Gold;
}

export type CorpusSet =
  | {
      available: true;
      golds: ResolvedCorpusGold[];
      /** Quotations found away from their stored place, or not found, and articles missing. */
      notes: string[];
    }
  | { available: false; reason: string };

export function quotationFingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** A corpus-backed gold's name in the printout: its path inside the corpus, without the corpus. */
export function corpusArticleName(article: string): string {
  return (
    article
      .replace(/\.txt$/, '')
      .split('/')
      .slice(1)
      .join('/') || article
  );
}

function findByFingerprint(text: string, length: number, fingerprint: string): number {
  for (let start = 0; start + length <= text.length; start++) {
    if (quotationFingerprint(text.slice(start, start + length)) === fingerprint) return start;
  }
  return -1;
}

/**
 * Rebuilds one quotation's text from the parsed article: at its stored offsets when they still hold
 * the same words, else wherever in its paragraph (then anywhere in the article) the same words are,
 * else a placeholder that can match nothing, so the loss shows as a missed quotation.
 */
export function rebuildQuotation(
  article: Article,
  quote: CorpusGoldQuote,
): { quote: GoldQuote; note?: string } {
  const length = quote.end - quote.start;
  const stated = article.paragraphs.find((paragraph) => paragraph.n === quote.paragraph);
  const speaker = quote.speaker;
  if (stated) {
    const text = stated.text.slice(quote.start, quote.end);
    if (quotationFingerprint(text) === quote.sha256) return { quote: { text, speaker, paragraph: stated.n } };
    const start = findByFingerprint(stated.text, length, quote.sha256);
    if (start !== -1) {
      const moved = `¶${stated.n} ${quote.start}-${quote.end} found at ${start}-${start + length}`;
      return {
        quote: { text: stated.text.slice(start, start + length), speaker, paragraph: stated.n },
        note: moved,
      };
    }
  }
  for (const paragraph of article.paragraphs) {
    const start = findByFingerprint(paragraph.text, length, quote.sha256);
    if (start === -1) continue;
    return {
      quote: { text: paragraph.text.slice(start, start + length), speaker, paragraph: paragraph.n },
      note: `¶${quote.paragraph} ${quote.start}-${quote.end} found in ¶${paragraph.n} at ${start}`,
    };
  }
  const where = `¶${quote.paragraph} ${quote.start}-${quote.end}`;
  return {
    quote: {
      text: `[quotation at ${where} not in this copy of the article]`,
      speaker,
      paragraph: quote.paragraph,
    },
    note: `${where} not found: this copy of the article differs from the one annotated`,
  };
}

/** Turns corpus-backed gold into the gold every other set uses, reading the article from `corpora`. */
export function resolveCorpusGold(
  entry: CorpusGold,
  corpora: string,
): { resolved: ResolvedCorpusGold; notes: string[] } {
  const file = join(corpora, entry.article);
  const article = parseArticle(readFileSync(file), file);
  const name = corpusArticleName(entry.article);
  const notes: string[] = [];
  const quotes = entry.quotes.map((quote) => {
    const rebuilt = rebuildQuotation(article, quote);
    if (rebuilt.note) notes.push(`${name}: ${rebuilt.note}`);
    return rebuilt.quote;
  });
  const { batch, summary, people } = entry;
  return { resolved: { batch, gold: { article: file, name, summary, people, quotes } }, notes };
}

export function loadCorpusGold(dir = REAL_BBC_DIR, corpora = corporaRoot()): CorpusSet {
  const entries = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusGold);
  const present = entries.filter((entry) => existsSync(join(corpora, entry.article)));
  if (entries.length > 0 && present.length === 0) {
    const corpus = entries[0]?.article.split('/')[0] ?? 'its corpus';
    return {
      available: false,
      reason: `${corpus} is not under ${corpora} (DOSSIER_CORPORA names the folder that holds it)`,
    };
  }
  const notes = entries
    .filter((entry) => !present.includes(entry))
    .map((entry) => `${entry.article}: not under ${corpora}, not scored`);
  const golds = present.map((entry) => {
    const { resolved, notes: quotationNotes } = resolveCorpusGold(entry, corpora);
    notes.push(...quotationNotes);
    return resolved;
  });
  return { available: true, golds, notes };
}

function entityNamed(analysis: Analysis, name: string, kind?: Entity['kind']): Entity | undefined {
  const wanted = normaliseText(name);
  return analysis.people.find(
    (entity) =>
      (kind === undefined || entity.kind === kind) &&
      [entity.name, ...entity.aliases].some((form) => normaliseText(form) === wanted),
  );
}

function sameSpeaker(analysis: Analysis, predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (normaliseText(predicted) === normaliseText(gold)) return true;
  const entity = analysis.people.find((candidate) => candidate.name === predicted);
  return entity?.aliases.some((alias) => normaliseText(alias) === normaliseText(gold)) ?? false;
}

function ngrams(text: string, size: number): Map<string, number> {
  const words = normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let index = 0; index + size <= words.length; index++) {
    const gram = words.slice(index, index + size).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeF1(candidate: string, reference: string, size: number): number {
  const found = ngrams(candidate, size);
  const wanted = ngrams(reference, size);
  let overlap = 0;
  for (const [gram, count] of found) overlap += Math.min(count, wanted.get(gram) ?? 0);
  const totalFound = [...found.values()].reduce((a, b) => a + b, 0);
  const totalWanted = [...wanted.values()].reduce((a, b) => a + b, 0);
  if (overlap === 0) return 0;
  const precision = overlap / totalFound;
  const recall = overlap / totalWanted;
  return (2 * precision * recall) / (precision + recall);
}

export function leadSentences(article: Article, count: number): string {
  return article.paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .flatMap((paragraph) => splitSentences(paragraph.text).map((sentence) => sentence.text))
    .slice(0, count)
    .join(' ');
}

function timeAnalysis(article: Article, runs: number): number {
  for (let warm = 0; warm < 3; warm++) analyseArticle(article);
  const started = performance.now();
  for (let run = 0; run < runs; run++) analyseArticle(article);
  return (performance.now() - started) / runs;
}

export function scoreArticle(gold: Gold, timingRuns = 20): ArticleScore {
  const article = loadArticle(gold);
  const analysis = analyseArticle(article);
  const score: ArticleScore = {
    name:
      gold.name ??
      gold.article
        .split('/')
        .pop()
        ?.replace(/\.txt$/, '') ??
      gold.article,
    peopleFound: tally(),
    peoplePrecision: tally(),
    rolesRight: tally(),
    othersFound: tally(),
    quoteRecall: tally(),
    quotePrecision: tally(),
    speakerAccuracy: tally(),
    paragraphRight: tally(),
    spuriousPeople: [],
    missedQuotes: [],
    extraQuotes: [],
    wrongSpeakers: [],
    wrongRoles: [],
    missedPeople: [],
    missedOthers: [],
    rouge: { keyPoints: [0, 0], lead3: [0, 0] },
    msPerAnalysis: timingRuns > 0 ? timeAnalysis(article, timingRuns) : 0,
  };

  for (const entry of gold.people) {
    const found = entityNamed(analysis, entry.name, entry.kind);
    if (entry.kind !== 'person') {
      score.othersFound.of++;
      if (found) score.othersFound.hit++;
      else {
        const otherKind = entityNamed(analysis, entry.name)?.kind;
        score.missedOthers.push(`${entry.kind} ${entry.name}${otherKind ? ` (found as ${otherKind})` : ''}`);
      }
      continue;
    }
    score.peopleFound.of++;
    if (!found) {
      score.missedPeople.push(entry.name);
      continue;
    }
    score.peopleFound.hit++;
    if (entry.role === null) continue;
    score.rolesRight.of++;
    const predicted = found.role === null ? '' : normaliseRole(found.role);
    if (predicted !== '' && entry.role.some((role) => predicted.includes(normaliseRole(role))))
      score.rolesRight.hit++;
    else score.wrongRoles.push(`${entry.name}: ${found.role ?? 'none'} (gold ${entry.role.join(' | ')})`);
  }
  for (const entity of analysis.people) {
    if (entity.kind !== 'person') continue;
    // A person the gold lists as an organisation or place counts as spurious too.
    const known = gold.people.some(
      (entry) =>
        entry.kind === 'person' &&
        [entity.name, ...entity.aliases].some((form) => normaliseText(form) === normaliseText(entry.name)),
    );
    score.peoplePrecision.of++;
    if (known) score.peoplePrecision.hit++;
    else score.spuriousPeople.push(entity.name);
  }

  const unused = new Set(analysis.quotes.keys());
  score.quotePrecision.of = analysis.quotes.length;
  for (const expected of gold.quotes) {
    score.quoteRecall.of++;
    const wanted = normaliseText(expected.text);
    const candidates = [...unused].filter(
      (index) => normaliseText(analysis.quotes[index]?.text ?? '') === wanted,
    );
    const chosen =
      candidates.find((index) => analysis.quotes[index]?.paragraph === expected.paragraph) ?? candidates[0];
    if (chosen === undefined) {
      score.missedQuotes.push(`¶${expected.paragraph} ${expected.text}`);
      continue;
    }
    unused.delete(chosen);
    const predicted = analysis.quotes[chosen];
    if (!predicted) continue;
    score.quoteRecall.hit++;
    score.quotePrecision.hit++;
    score.speakerAccuracy.of++;
    score.paragraphRight.of++;
    if (predicted.paragraph === expected.paragraph) score.paragraphRight.hit++;
    if (sameSpeaker(analysis, predicted.speaker, expected.speaker)) score.speakerAccuracy.hit++;
    else
      score.wrongSpeakers.push(
        `¶${expected.paragraph} ${expected.text.slice(0, 50)}: ${predicted.speaker} (gold ${expected.speaker})`,
      );
  }
  for (const index of unused) {
    const extra = analysis.quotes[index];
    if (extra) score.extraQuotes.push(`¶${extra.paragraph} ${extra.text.slice(0, 60)} [${extra.speaker}]`);
  }

  const keyPoints = analysis.summary.keyPoints.map((point) => point.text).join(' ');
  const lead3 = leadSentences(article, 3);
  score.rouge = {
    keyPoints: [rougeF1(keyPoints, gold.summary, 1), rougeF1(keyPoints, gold.summary, 2)],
    lead3: [rougeF1(lead3, gold.summary, 1), rougeF1(lead3, gold.summary, 2)],
  };
  return score;
}

export function sumTallies(scores: readonly ArticleScore[], pick: (score: ArticleScore) => Tally): Tally {
  return scores.reduce(
    (total, score) => ({ hit: total.hit + pick(score).hit, of: total.of + pick(score).of }),
    tally(),
  );
}

export const ratio = (value: Tally) => (value.of === 0 ? 1 : value.hit / value.of);
