/**
 * Lookup of short names (people, organisations, places, article titles) as a reader types them:
 * whole words, the start of the last word, misspellings and transliterations. Autocomplete calls
 * this on every keystroke, so candidates come from word postings and precomputed prefix lists,
 * and only the handful of candidates is scored.
 */
import Fuse from 'fuse.js';
import { nameWordsOf } from './tokenise.js';
import { boundedEditDistance, buildVocabulary } from './vocabulary.js';

export interface NamedEntry {
  /** Every way of writing the name: canonical form first, then aliases. */
  forms: readonly string[];
  /** Orders equally good matches and the empty-query list (mentions, or recency for articles). */
  popularity: number;
}

export interface NameHit {
  /** Position of the entry in the list given to buildNameIndex. */
  entry: number;
  /** 0 (perfect) to 1 (barely). */
  score: number;
}

export interface NameIndex {
  find(query: string, limit: number): NameHit[];
}

/** Prefixes this short are too common to expand word by word; their best entries are kept ready. */
const SHORT_PREFIX = 3;
const SHORT_PREFIX_KEEP = 64;
const PREFIX_WORD_LIMIT = 200;
const FALLBACK_THRESHOLD = 0.4;

/** Builds the index over `entries`; forms are matched word by word and run together ("alshaibani"). */
export function buildNameIndex(entries: readonly NamedEntry[]): NameIndex {
  const formWords: string[][][] = entries.map((entry) => entry.forms.map((form) => nameWordsOf(form)));
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordEntries: number[][] = [];
  const shortPrefixes = new Map<string, number[]>();

  formWords.forEach((forms, entry) => {
    const seen = new Set<string>();
    for (const form of forms) {
      const keys = form.length > 1 ? [...form, form.join('')] : form;
      for (const word of keys) {
        if (seen.has(word)) continue;
        seen.add(word);
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          wordIds.set(word, id);
          words.push(word);
          wordEntries.push([]);
        }
        wordEntries[id]?.push(entry);
        for (let length = 1; length <= Math.min(SHORT_PREFIX, word.length); length++) {
          const prefix = word.slice(0, length);
          const list = shortPrefixes.get(prefix);
          if (list === undefined) shortPrefixes.set(prefix, [entry]);
          else if (list[list.length - 1] !== entry) list.push(entry);
        }
      }
    }
  });
  const byPopularity = (a: number, b: number) =>
    (entries[b]?.popularity ?? 0) - (entries[a]?.popularity ?? 0) || a - b;
  for (const [prefix, list] of shortPrefixes) {
    shortPrefixes.set(prefix, [...new Set(list)].sort(byPopularity).slice(0, SHORT_PREFIX_KEEP));
  }
  const mostPopular = entries.map((_, index) => index).sort(byPopularity);
  const vocabulary = buildVocabulary(words);
  let fallback: Fuse<{ entry: number; form: string }> | undefined;

  function candidatesFor(queryWords: readonly string[], completeable: boolean): Set<number> {
    const found = new Set<number>();
    const addWord = (id: number) => {
      for (const entry of wordEntries[id] ?? []) found.add(entry);
    };
    const lookups = queryWords.length > 1 ? [...queryWords, queryWords.join('')] : queryWords;
    lookups.forEach((word, index) => {
      for (const { id } of vocabulary.similar(word, allowedDistance(word))) addWord(id);
      const isLast = index === queryWords.length - 1 || index === queryWords.length;
      if (!completeable || !isLast) return;
      if (word.length <= SHORT_PREFIX) {
        for (const entry of shortPrefixes.get(word) ?? []) found.add(entry);
      } else {
        for (const id of vocabulary.withPrefix(word, PREFIX_WORD_LIMIT)) addWord(id);
      }
    });
    return found;
  }

  function fuzzyFallback(query: string, limit: number): NameHit[] {
    // Only reached when no word is within two edits: a whole-string fuzzy match is then the
    // best guess for "did you mean", and its cost is paid on misses only.
    fallback ??= new Fuse(
      entries.flatMap((entry, index) => entry.forms.map((form) => ({ entry: index, form }))),
      { keys: ['form'], includeScore: true, threshold: FALLBACK_THRESHOLD, ignoreLocation: true },
    );
    const hits = new Map<number, number>();
    for (const hit of fallback.search(query, { limit: limit * 4 })) {
      const score = Math.max(0.5, hit.score ?? 1);
      if (score < (hits.get(hit.item.entry) ?? 2)) hits.set(hit.item.entry, score);
    }
    return [...hits]
      .map(([entry, score]) => ({ entry, score }))
      .sort((a, b) => a.score - b.score || byPopularity(a.entry, b.entry))
      .slice(0, limit);
  }

  return {
    find(query, limit) {
      if (limit <= 0) return [];
      const queryWords = nameWordsOf(query);
      if (queryWords.length === 0) {
        return mostPopular.slice(0, limit).map((entry) => ({ entry, score: 0 }));
      }
      const completeable = !/\s$/.test(query);
      const hits: NameHit[] = [];
      for (const entry of candidatesFor(queryWords, completeable)) {
        const quality = Math.max(
          0,
          ...(formWords[entry] ?? []).map((form) => formQuality(queryWords, form, completeable)),
        );
        if (quality > 0) hits.push({ entry, score: 1 - quality });
      }
      if (hits.length === 0) return fuzzyFallback(query, limit);
      return hits.sort((a, b) => a.score - b.score || byPopularity(a.entry, b.entry)).slice(0, limit);
    },
  };
}

/** Misspellings tolerated for a word of this length: none for short words, where one edit is another word. */
function allowedDistance(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/**
 * 0..1: how well the typed words fit one written form of a name. The whole form typed exactly is
 * 1; every word exact ("lavrov" for "Sergei Lavrov") comes next; completions and misspellings
 * after; a form missing some typed words keeps only the share it covers.
 */
function formQuality(queryWords: readonly string[], form: readonly string[], completeable: boolean): number {
  if (form.length === 0) return 0;
  const joinedQuery = queryWords.join('');
  const joinedForm = form.join('');
  if (joinedQuery === joinedForm) return 1;
  let sum = 0;
  let matched = 0;
  const usedFormWords = new Set<number>();
  queryWords.forEach((word, index) => {
    const mayComplete = completeable && index === queryWords.length - 1;
    let best = 0;
    let bestAt = -1;
    form.forEach((formWord, at) => {
      const quality = wordQuality(word, formWord, mayComplete);
      if (quality > best) {
        best = quality;
        bestAt = at;
      }
    });
    if (best > 0) {
      matched++;
      usedFormWords.add(bestAt);
    }
    sum += best;
  });
  const joinedDistance = boundedDistance(joinedQuery, joinedForm, allowedDistance(joinedQuery));
  const joinedQuality = joinedDistance <= 2 ? 0.9 - 0.15 * joinedDistance : 0;
  if (matched === 0) return joinedQuality;
  const wordsQuality = (sum / queryWords.length) * (0.9 + (0.1 * usedFormWords.size) / form.length);
  return Math.max(wordsQuality * 0.95, joinedQuality);
}

function wordQuality(typed: string, written: string, mayComplete: boolean): number {
  if (typed === written) return 1;
  if (mayComplete && written.startsWith(typed)) return 0.8 + (0.15 * typed.length) / written.length;
  const limit = allowedDistance(typed);
  if (limit === 0) return 0;
  const distance = boundedDistance(typed, written, limit);
  if (distance <= limit) return 1 - 0.25 * distance;
  if (mayComplete && written.length > typed.length) {
    const start = written.slice(0, typed.length);
    const prefixDistance = boundedDistance(typed, start, limit);
    if (prefixDistance <= limit) return 0.6 - 0.1 * prefixDistance;
  }
  return 0;
}

function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  return boundedEditDistance(a, b, limit);
}
