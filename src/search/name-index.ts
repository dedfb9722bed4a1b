/**
 * Lookup of short names (people, organisations, places, article titles) as a reader types them:
 * whole words, the start of the last word, misspellings and transliterations. Autocomplete calls
 * this on every keystroke, so candidates come from word postings and precomputed prefix lists,
 * and only the handful of candidates is scored.
 */
import Fuse from 'fuse.js';
import { nameWordsOf } from './tokenise.js';
import { buildVocabulary } from './vocabulary.js';

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
/**
 * A common word ("John") can name hundreds of people; its most mentioned are enough to rank,
 * and the bound keeps a keystroke's cost flat as the corpus grows.
 */
const WORD_CANDIDATES = 200;
/** Exact and misspelt words are gathered first, so a cap on the total only trims completions. */
const MAX_CANDIDATES = 1_000;
const GIVEN_NAME_NEAR_MISS = 0.85;
const MAX_NAME_WORDS = 8;
/** Guesses for a miss: words shorter than this are too short to guess from. */
const GUESS_MIN_LENGTH = 4;
/** Three edits turn a shorter word into too many others ("henman", "germany"). */
const GUESS_LONG_WORD = 9;
const GUESS_CANDIDATES = 100;
const GUESS_THRESHOLD = 0.4;
/** A guess never scores better than this, so answers treat it as a suggestion, not a match. */
const GUESS_SCORE_FLOOR = 0.5;

/** Builds the index over `entries`; forms are matched word by word and run together ("alshaibani"). */
export function buildNameIndex(entries: readonly NamedEntry[]): NameIndex {
  const formWords: string[][][] = entries.map((entry) => entry.forms.map((form) => nameWordsOf(form)));
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordEntries: number[][] = [];
  const shortPrefixes = new Map<string, number[]>();
  const idOfWord = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = words.length;
      wordIds.set(word, id);
      words.push(word);
      wordEntries.push([]);
    }
    return id;
  };

  const byPopularity = (a: number, b: number) =>
    (entries[b]?.popularity ?? 0) - (entries[a]?.popularity ?? 0) || a - b;
  const mostPopular = entries.map((_, index) => index).sort(byPopularity);
  // Taken most popular first, every list below comes out already in popularity order, and a
  // prefix list is complete once it holds as many entries as it keeps.
  for (const entry of mostPopular) {
    const seen = new Set<string>();
    for (const form of formWords[entry] ?? []) {
      const keys = form.length > 1 ? [...form, form.join('')] : form;
      for (const word of keys) {
        if (seen.has(word)) continue;
        seen.add(word);
        wordEntries[idOfWord(word)]?.push(entry);
        for (let length = 1; length <= Math.min(SHORT_PREFIX, word.length); length++) {
          const prefix = word.slice(0, length);
          const list = shortPrefixes.get(prefix);
          if (list === undefined) shortPrefixes.set(prefix, [entry]);
          else if (list.length < SHORT_PREFIX_KEEP && list[list.length - 1] !== entry) list.push(entry);
        }
      }
    }
  }
  const vocabulary = buildVocabulary(words);
  // Each form as word ids plus the id of its words run together, for scoring by lookup.
  const formIds: { words: number[]; joined: number }[][] = formWords.map((forms) =>
    forms
      .filter((form) => form.length > 0)
      .map((form) => ({
        words: form.map((word) => wordIds.get(word) ?? -1),
        joined: wordIds.get(form.join('')) ?? -1,
      })),
  );

  /** Vocabulary words a typed word may stand for, with how well (1 exact, less for edits and completions). */
  function matchesOf(typed: string, mayComplete: boolean): Map<number, number> {
    const found = new Map<number, number>();
    for (const { id, distance } of vocabulary.nearest(typed, allowedDistance(typed))) {
      found.set(id, 1 - 0.25 * distance);
    }
    if (mayComplete && typed.length > SHORT_PREFIX) {
      for (const id of vocabulary.withPrefix(typed, PREFIX_WORD_LIMIT)) {
        const quality = completionQuality(typed, words[id] ?? typed);
        if (quality > (found.get(id) ?? 0)) found.set(id, quality);
      }
    }
    return found;
  }

  function candidatesFor(
    matches: readonly ReadonlyMap<number, number>[],
    shortPrefix: string | undefined,
  ): Set<number> {
    const found = new Set<number>();
    for (const map of matches) {
      for (const id of map.keys()) {
        const list = wordEntries[id] ?? [];
        const take = Math.min(list.length, WORD_CANDIDATES, MAX_CANDIDATES - found.size);
        for (let index = 0; index < take; index++) found.add(list[index] ?? 0);
      }
    }
    if (shortPrefix !== undefined) for (const entry of shortPrefixes.get(shortPrefix) ?? []) found.add(entry);
    return found;
  }

  /**
   * 0..1: how well the typed words fit one written form of a name. The whole form typed exactly is
   * 1; every word exact ("lavrov" for "Sergei Lavrov") comes next; completions and misspellings
   * after; a form missing some typed words keeps only the share it covers.
   */
  function formQuality(
    form: { words: number[]; joined: number },
    matches: readonly ReadonlyMap<number, number>[],
    joinedMatches: ReadonlyMap<number, number>,
    shortPrefix: string | undefined,
  ): number {
    const joinedId = form.words.length > 1 ? form.joined : (form.words[0] ?? -1);
    const joinedQuality = joinedMatches.get(joinedId) ?? 0;
    if (joinedQuality === 1) return 1;
    let sum = 0;
    let matched = 0;
    const used = new Set<number>();
    matches.forEach((map, index) => {
      const completing = shortPrefix !== undefined && index === matches.length - 1 ? shortPrefix : undefined;
      let best = 0;
      let bestAt = -1;
      form.words.forEach((id, at) => {
        let quality = map.get(id) ?? 0;
        const written = words[id] ?? '';
        if (completing !== undefined && quality === 0 && written.startsWith(completing)) {
          quality = completionQuality(completing, written);
        }
        // News names people by surname; a near miss on a given name ("assad" for "Asaad
        // al-Shaibani") is weak evidence, whereas one on the surname ("lavrof") is not.
        if (quality < 1 && at < form.words.length - 1) quality *= GIVEN_NAME_NEAR_MISS;
        if (quality > best) {
          best = quality;
          bestAt = at;
        }
      });
      if (best > 0) {
        matched++;
        used.add(bestAt);
      }
      sum += best;
    });
    const joinedAsWords = joinedQuality > 0 ? joinedQuality * 0.9 : 0;
    if (matched === 0) return joinedAsWords;
    const wordsQuality = (sum / matches.length) * (0.9 + (0.1 * used.size) / form.words.length);
    return Math.max(wordsQuality * 0.95, joinedAsWords);
  }

  /**
   * Only reached when no word is within the usual edits: words two edits away (three for long
   * words) give a small set of candidates, and Fuse's whole-string similarity picks the "did you
   * mean" suggestions among them. Scores stay above any match threshold: these are guesses.
   */
  function nearestGuesses(query: string, queryWords: readonly string[], limit: number): NameHit[] {
    const found = new Set<number>();
    for (const word of [...queryWords, queryWords.join('')]) {
      if (word.length < GUESS_MIN_LENGTH) continue;
      for (const { id } of vocabulary.similar(word, word.length >= GUESS_LONG_WORD ? 3 : 2)) {
        for (const entry of wordEntries[id] ?? []) found.add(entry);
      }
    }
    if (found.size === 0) return [];
    const candidates = [...found].sort(byPopularity).slice(0, GUESS_CANDIDATES);
    const fuse = new Fuse(
      candidates.flatMap((entry) => (entries[entry]?.forms ?? []).map((form) => ({ entry, form }))),
      { keys: ['form'], includeScore: true, threshold: GUESS_THRESHOLD, ignoreLocation: true },
    );
    const best = new Map<number, number>();
    for (const hit of fuse.search(query)) {
      const score = Math.max(GUESS_SCORE_FLOOR, hit.score ?? 1);
      if (score < (best.get(hit.item.entry) ?? 2)) best.set(hit.item.entry, score);
    }
    return [...best]
      .map(([entry, score]) => ({ entry, score }))
      .sort((a, b) => a.score - b.score || byPopularity(a.entry, b.entry))
      .slice(0, limit);
  }

  return {
    find(query, limit) {
      if (limit <= 0) return [];
      // No name runs to more words than this; a longer query is a paste and would only cost time.
      const queryWords = nameWordsOf(query).slice(0, MAX_NAME_WORDS);
      if (queryWords.length === 0) {
        return mostPopular.slice(0, limit).map((entry) => ({ entry, score: 0 }));
      }
      const completeable = !/\s$/.test(query);
      const last = queryWords.length - 1;
      const matches = queryWords.map((word, index) => matchesOf(word, completeable && index === last));
      const joined = queryWords.join('');
      const joinedMatches =
        queryWords.length > 1 ? matchesOf(joined, completeable) : (matches[0] ?? new Map());
      const lastWord = queryWords[last] ?? '';
      const shortPrefix = completeable && lastWord.length <= SHORT_PREFIX ? lastWord : undefined;
      const hits: NameHit[] = [];
      for (const entry of candidatesFor([...matches, joinedMatches], shortPrefix)) {
        let quality = 0;
        for (const form of formIds[entry] ?? []) {
          quality = Math.max(quality, formQuality(form, matches, joinedMatches, shortPrefix));
        }
        if (quality > 0) hits.push({ entry, score: 1 - quality });
      }
      if (hits.length === 0) return nearestGuesses(query, queryWords, limit);
      return hits.sort((a, b) => a.score - b.score || byPopularity(a.entry, b.entry)).slice(0, limit);
    },
  };
}

/** Misspellings tolerated for a word of this length: none for short words, where one edit is another word. */
function allowedDistance(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/** A word typed so far and the word it may become: longer typed prefixes are surer. */
function completionQuality(typed: string, written: string): number {
  return 0.8 + (0.15 * typed.length) / written.length;
}
