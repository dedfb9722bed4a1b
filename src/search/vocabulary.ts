/**
 * The distinct terms of an index, searchable by prefix and by spelling distance. Scanning a few
 * thousand candidate words is what keeps typo tolerance cheap: the paragraphs themselves are only
 * ever reached through the postings of the words found here.
 */

export interface SimilarTerm {
  /** Position of the term in the vocabulary's term list. */
  id: number;
  distance: number;
}

export interface Vocabulary {
  readonly terms: readonly string[];
  /** Id of `term`, or -1. */
  idOf(term: string): number;
  /** Ids of the terms that start with `prefix` (the term itself included), in alphabetical order. */
  withPrefix(prefix: string, limit: number): number[];
  /** Terms within `maxDistance` edits (insert, delete, substitute, swap) of `term`, nearest first. */
  similar(term: string, maxDistance: number): SimilarTerm[];
  /**
   * The term itself if present, and the accepted terms at the smallest non-zero distance up to
   * `maxDistance`: "goverment" gives "government" (one edit), not also "movement" (two).
   * Wider distances are only searched when nearer ones give nothing, which is most of the cost.
   */
  nearest(term: string, maxDistance: number, accept?: (id: number) => boolean): SimilarTerm[];
}

const SIMILAR_CACHE_LIMIT = 5_000;

/** Builds the lookup structures over `terms` (distinct strings, any order). */
export function buildVocabulary(terms: readonly string[]): Vocabulary {
  const ids = new Map<string, number>();
  terms.forEach((term, id) => {
    ids.set(term, id);
  });
  const alphabetical = Int32Array.from(terms.keys()).sort((a, b) => compareStrings(terms[a], terms[b]));
  const bigrams = buildBigramIndex(terms);
  const counts = new Uint16Array(terms.length);
  const similarCache = new Map<string, SimilarTerm[]>();

  function firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = alphabetical.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareStrings(terms[alphabetical[middle] ?? 0], prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function computeSimilar(term: string, maxDistance: number): SimilarTerm[] {
    const grams = new Set(bigramsOf(term));
    const touched: number[] = [];
    for (const gram of grams) {
      const shortest = Math.max(0, term.length - maxDistance);
      const longest = Math.min(term.length + maxDistance, LENGTH_BUCKETS - 1);
      for (let length = Math.min(shortest, longest); length <= longest; length++) {
        const postings = bigrams.get(bigramKey(gram, length));
        if (postings === undefined) continue;
        for (const id of postings) {
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] ?? 0) + 1;
        }
      }
    }
    // Each edit breaks at most three padded bigrams (a swap breaks three), so a term with
    // fewer shared bigrams than this cannot be within reach.
    const needed = Math.max(1, grams.size - 3 * maxDistance);
    const found: SimilarTerm[] = [];
    for (const id of touched) {
      const shared = counts[id] ?? 0;
      counts[id] = 0;
      if (shared < needed) continue;
      const candidate = terms[id] ?? '';
      const distance = boundedEditDistance(term, candidate, maxDistance);
      if (distance <= maxDistance) found.push({ id, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }

  return {
    terms,
    idOf: (term) => ids.get(term) ?? -1,
    withPrefix(prefix, limit) {
      const found: number[] = [];
      for (let index = firstAtOrAfter(prefix); index < alphabetical.length && found.length < limit; index++) {
        const id = alphabetical[index] ?? 0;
        if (!(terms[id] ?? '').startsWith(prefix)) break;
        found.push(id);
      }
      return found;
    },
    nearest(term, maxDistance, accept = () => true) {
      const exact = ids.get(term);
      const found: SimilarTerm[] = exact === undefined ? [] : [{ id: exact, distance: 0 }];
      for (let distance = 1; distance <= maxDistance; distance++) {
        const tier = this.similar(term, distance).filter(
          (candidate) => candidate.distance === distance && accept(candidate.id),
        );
        if (tier.length > 0) return found.concat(tier);
      }
      return found;
    },
    similar(term, maxDistance) {
      if (maxDistance <= 0) {
        const id = ids.get(term);
        return id === undefined ? [] : [{ id, distance: 0 }];
      }
      const key = `${maxDistance}:${term}`;
      const cached = similarCache.get(key);
      if (cached !== undefined) return cached;
      const found = computeSimilar(term, maxDistance);
      if (similarCache.size >= SIMILAR_CACHE_LIMIT) similarCache.clear();
      similarCache.set(key, found);
      return found;
    },
  };
}

// Code-unit order, not locale order: binary search needs the same comparison as `startsWith`.
function compareStrings(a: string | undefined, b: string | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Bigrams of the term padded with a boundary mark, so first and last letters count too, each as
 * a number (two UTF-16 units): building the index makes millions of them, and strings cost more.
 */
function bigramsOf(term: string): number[] {
  const grams: number[] = [];
  let previous = BOUNDARY;
  for (let index = 0; index < term.length; index++) {
    const code = term.charCodeAt(index);
    grams.push(previous * 65_536 + code);
    previous = code;
  }
  grams.push(previous * 65_536 + BOUNDARY);
  return grams;
}

/** Tokens never contain control characters, so one can mark a word's edges. */
const BOUNDARY = 1;
const LENGTH_BUCKETS = 64;

/** Postings are split by term length: a lookup reads only terms short or long enough to be in reach. */
function bigramKey(gram: number, length: number): number {
  return gram * LENGTH_BUCKETS + Math.min(length, LENGTH_BUCKETS - 1);
}

function buildBigramIndex(terms: readonly string[]): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  terms.forEach((term, id) => {
    for (const gram of new Set(bigramsOf(term))) {
      const key = bigramKey(gram, term.length);
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [id]);
      else list.push(id);
    }
  });
  const packed = new Map<number, Int32Array>();
  for (const [gram, list] of lists) packed.set(gram, Int32Array.from(list));
  return packed;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up as soon as every
 * cell of a row exceeds `limit`: the answer is then anything above `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    let rowMinimum = row;
    for (let column = 1; column < width; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, (before[column - 2] ?? 0) + 1);
      }
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? limit + 1;
}
