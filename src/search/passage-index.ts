/**
 * Free-text search over every paragraph: an inverted index (term -> paragraphs) scored with BM25,
 * query words widened to their misspellings and completions through the vocabulary, and the best
 * few candidates re-ranked by how close together the query's words stand.
 */
import { forEachWrittenWord, STOPWORDS, type Token, termOfWord, tokenise } from './tokenise.js';
import type { AnalysedArticle, Highlight, PassageMatch } from './types.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

export interface PassageSearchOptions {
  limit: number;
  articleId?: string;
}

export interface PassageIndex {
  readonly passageCount: number;
  readonly vocabulary: Vocabulary;
  search(query: string, options: PassageSearchOptions): PassageMatch[];
}

/** One way a query word can be found in a paragraph, and how much that way is worth (0..1). */
interface Expansion {
  termId: number;
  weight: number;
}

interface QueryWord {
  expansions: Expansion[];
  /** How much finding this word matters, as the idf of its best form. */
  importance: number;
}

// Classic BM25 constants (Robertson and Zaragoza): term frequency saturates quickly and long
// paragraphs are moderately penalised.
const K1 = 1.2;
const B = 0.75;
/** A word in more than this share of paragraphs is ordinary prose; its look-alikes are noise. */
const COMMON_WORD_SHARE = 0.02;
const MAX_FUZZY_EXPANSIONS = 8;
const MAX_PREFIX_EXPANSIONS = 12;
const PREFIX_SCAN_LIMIT = 400;
const FUZZY_WEIGHT = [1, 0.7, 0.5];
const JOINS_A_PHRASE = /^[\s\-‐–]+$/;
/** "who" where the reader typed "WHO" is probably the pronoun: kept, but well down. */
const LOWER_CASE_ACRONYM = 0.3;
/** Candidates re-ranked by word proximity: a page of answers plus room for the order to change. */
const MIN_RERANK = 30;
const RERANK_MARGIN = 15;
/** Words past this are a pasted paragraph, not a question; they would only cost time. */
const MAX_QUERY_WORDS = 16;

/** Indexes every paragraph except headings (they label sections, they report nothing). */
export function buildPassageIndex(articles: readonly AnalysedArticle[]): PassageIndex {
  const docArticle: number[] = [];
  const docParagraph: number[] = [];
  const docText: string[] = [];
  const docLength: number[] = [];
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const flatTerms: number[] = [];
  const flatFrequencies: number[] = [];
  // Every paragraph as its sequence of term ids: re-ranking by word distance reads these
  // instead of tokenising text again on every query.
  const sequence: number[] = [];
  const sequenceStarts: number[] = [0];
  // Where each of those words stands in its paragraph, so highlights need no tokenising either.
  const wordStarts: number[] = [];
  const wordLengths: number[] = [];
  const docStarts: number[] = [0];
  const articleIndexById = new Map<string, number>();

  // Per-term counts of the paragraph being read, reset through the list of terms it touched.
  const paragraphCounts: number[] = [];
  // Written forms repeat far more than terms do: each is folded and stemmed once.
  const idByWrittenWord = new Map<string, number>();
  const touchedTerms: number[] = [];
  articles.forEach(({ article }, articleIndex) => {
    articleIndexById.set(article.id, articleIndex);
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind === 'heading') continue;
      let length = 0;
      forEachWrittenWord(paragraph.text, (written, start, end) => {
        let id = idByWrittenWord.get(written);
        if (id === undefined) {
          const term = termOfWord(written);
          if (term === '') return;
          id = termIds.get(term);
          if (id === undefined) {
            id = terms.length;
            termIds.set(term, id);
            terms.push(term);
            paragraphCounts.push(0);
          }
          idByWrittenWord.set(written, id);
        }
        length++;
        const count = paragraphCounts[id] ?? 0;
        if (count === 0) touchedTerms.push(id);
        paragraphCounts[id] = count + 1;
        sequence.push(id);
        wordStarts.push(start);
        wordLengths.push(end - start);
      });
      sequenceStarts.push(sequence.length);
      for (const id of touchedTerms) {
        flatTerms.push(id);
        flatFrequencies.push(paragraphCounts[id] ?? 0);
        paragraphCounts[id] = 0;
      }
      touchedTerms.length = 0;
      docStarts.push(flatTerms.length);
      docArticle.push(articleIndex);
      docParagraph.push(paragraph.n);
      docText.push(paragraph.text);
      docLength.push(length);
    }
  });

  const docCount = docText.length;
  const documentFrequency = new Int32Array(terms.length);
  for (const id of flatTerms) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const postingStart = new Int32Array(terms.length + 1);
  for (let id = 0; id < terms.length; id++) {
    postingStart[id + 1] = (postingStart[id] ?? 0) + (documentFrequency[id] ?? 0);
  }
  const postingDocs = new Int32Array(flatTerms.length);
  const postingFrequencies = new Uint16Array(flatTerms.length);
  const fill = postingStart.slice(0, terms.length);
  for (let doc = 0; doc < docCount; doc++) {
    for (let index = docStarts[doc] ?? 0; index < (docStarts[doc + 1] ?? 0); index++) {
      const id = flatTerms[index] ?? 0;
      const slot = fill[id] ?? 0;
      postingDocs[slot] = doc;
      postingFrequencies[slot] = Math.min(flatFrequencies[index] ?? 0, 65_535);
      fill[id] = slot + 1;
    }
  }
  const tokenIds = Int32Array.from(sequence);
  const tokenOffsets = Int32Array.from(wordStarts);
  const tokenLengths = Uint16Array.from(wordLengths, (length) => Math.min(length, 65_535));
  const tokenStarts = Int32Array.from(sequenceStarts);
  const lengths = Float64Array.from(docLength);
  const averageLength = docCount === 0 ? 1 : lengths.reduce((sum, length) => sum + length, 0) / docCount;
  const lengthNorm = lengths.map((length) => K1 * (1 - B + (B * length) / averageLength));

  const vocabulary = buildVocabulary(terms);
  const commonThreshold = Math.max(20, docCount * COMMON_WORD_SHARE);
  const idf = (df: number): number => Math.log(1 + (docCount - df + 0.5) / (df + 0.5));

  // Scratch space reused by every query: allocating per query would cost more than the scoring.
  const wordBest = new Float64Array(docCount);
  const wordMatch = new Float64Array(docCount);
  const total = new Float64Array(docCount);
  const covered = new Float64Array(docCount);

  function expand(word: string, completeable: boolean): QueryWord {
    const byId = new Map<number, number>();
    const offer = (termId: number, weight: number) => {
      if (weight > (byId.get(termId) ?? 0)) byId.set(termId, weight);
    };
    const exact = vocabulary.idOf(word);
    if (exact >= 0) offer(exact, 1);
    const common = exact >= 0 && (documentFrequency[exact] ?? 0) > commonThreshold;
    if (word.length >= 4 && !common) {
      // A word the corpus never uses is surely misspelt, so it may reach one edit further.
      const maxDistance = word.length >= 8 || (exact < 0 && word.length >= 5) ? 2 : 1;
      // Only the nearest spellings, never a stopword: "goverment" means "government".
      const similar = vocabulary
        .nearest(word, maxDistance, (id) => !STOPWORDS.has(terms[id] ?? ''))
        .filter((candidate) => candidate.distance > 0)
        .sort(
          (a, b) =>
            a.distance - b.distance || (documentFrequency[b.id] ?? 0) - (documentFrequency[a.id] ?? 0),
        )
        .slice(0, MAX_FUZZY_EXPANSIONS);
      // Having the exact word in the corpus makes a look-alike less likely to be what was meant.
      const damping = exact >= 0 ? 0.8 : 1;
      for (const { id, distance } of similar) offer(id, (FUZZY_WEIGHT[distance] ?? 0.4) * damping);
    }
    if ((completeable || exact < 0) && word.length >= 3) {
      const completions = vocabulary
        .withPrefix(word, PREFIX_SCAN_LIMIT)
        .filter((id) => id !== exact)
        .sort((a, b) => (documentFrequency[b] ?? 0) - (documentFrequency[a] ?? 0))
        .slice(0, MAX_PREFIX_EXPANSIONS);
      for (const id of completions) {
        offer(id, 0.6 + (0.3 * word.length) / (terms[id]?.length ?? word.length));
      }
    }
    const expansions = [...byId].map(([termId, weight]) => ({ termId, weight }));
    const best = expansions.reduce(
      (max, { termId, weight }) => Math.max(max, weight * idf(documentFrequency[termId] ?? 0)),
      0,
    );
    // A word found nowhere still counts against coverage, as the rarest word would.
    return { expansions, importance: exact >= 0 ? idf(documentFrequency[exact] ?? 0) : best || idf(0) };
  }

  function scoreCandidates(words: QueryWord[], onlyArticle: number): { touched: number[] } {
    const touched: number[] = [];
    for (const word of words) {
      const wordTouched: number[] = [];
      for (const { termId, weight } of word.expansions) {
        const termIdf = weight * idf(documentFrequency[termId] ?? 0);
        const end = postingStart[termId + 1] ?? 0;
        for (let slot = postingStart[termId] ?? 0; slot < end; slot++) {
          const doc = postingDocs[slot] ?? 0;
          if (onlyArticle >= 0 && docArticle[doc] !== onlyArticle) continue;
          const frequency = postingFrequencies[slot] ?? 0;
          const contribution = (termIdf * frequency * (K1 + 1)) / (frequency + (lengthNorm[doc] ?? K1));
          if (wordBest[doc] === 0) wordTouched.push(doc);
          if (contribution > (wordBest[doc] ?? 0)) wordBest[doc] = contribution;
          if (weight > (wordMatch[doc] ?? 0)) wordMatch[doc] = weight;
        }
      }
      for (const doc of wordTouched) {
        if (total[doc] === 0) touched.push(doc);
        total[doc] = (total[doc] ?? 0) + (wordBest[doc] ?? 0);
        covered[doc] = (covered[doc] ?? 0) + word.importance * (wordMatch[doc] ?? 0);
        wordBest[doc] = 0;
        wordMatch[doc] = 0;
      }
    }
    return { touched };
  }

  /** Whether each acronym of the query that the paragraph contains is written there in capitals at least once. */
  function writesAcronymsInCapitals(doc: number, acronymIds: ReadonlySet<number>): boolean {
    const text = docText[doc] ?? '';
    const present = new Set<number>();
    const capitalised = new Set<number>();
    for (let position = tokenStarts[doc] ?? 0; position < (tokenStarts[doc + 1] ?? 0); position++) {
      const id = tokenIds[position] ?? -1;
      if (!acronymIds.has(id)) continue;
      present.add(id);
      const start = tokenOffsets[position] ?? 0;
      const written = text.slice(start, start + (tokenLengths[position] ?? 0));
      if (written === written.toUpperCase()) capitalised.add(id);
    }
    return [...present].every((id) => capitalised.has(id));
  }

  /** Ranges of the matched words; neighbours joined by spaces or hyphens become one ("military bases", "al-Shaibani"). */
  function highlightsOf(
    doc: number,
    matchedTermIds: ReadonlySet<number>,
    phrase: readonly number[],
    phraseLength: number,
  ): Highlight[] {
    const text = docText[doc] ?? '';
    const first = tokenStarts[doc] ?? 0;
    const inPhrase = new Set(
      phrase.flatMap((start) => Array.from({ length: phraseLength }, (_, at) => first + start + at)),
    );
    const ranges: [number, number][] = [];
    for (let position = first; position < (tokenStarts[doc + 1] ?? first); position++) {
      if (!inPhrase.has(position) && !matchedTermIds.has(tokenIds[position] ?? -1)) continue;
      const start = tokenOffsets[position] ?? 0;
      const end = start + (tokenLengths[position] ?? 0);
      const last = ranges[ranges.length - 1];
      if (last !== undefined && JOINS_A_PHRASE.test(text.slice(last[1], start))) last[1] = end;
      else ranges.push([start, end]);
    }
    return ranges.map(([start, end]) => [start, end] as const);
  }

  return {
    passageCount: docCount,
    vocabulary,
    search(query, { limit, articleId }) {
      if (limit <= 0) return [];
      const onlyArticle = articleId === undefined ? -1 : (articleIndexById.get(articleId) ?? -2);
      if (onlyArticle === -2) return [];
      const tokens = tokenise(query);
      const typed = tokens.map((token) => token.term);
      const allTerms = [...new Set(typed)];
      const acronyms = acronymsIn(query, tokens);
      const content = allTerms.filter((term) => !STOPWORDS.has(term) || acronyms.has(term));
      const wanted = (content.length > 0 ? content : allTerms).slice(0, MAX_QUERY_WORDS);
      if (wanted.length === 0) return [];
      const completeable = !/\s$/.test(query);
      const words = wanted.map((term, index) => expand(term, completeable && index === wanted.length - 1));
      const totalImportance = words.reduce((sum, word) => sum + word.importance, 0);

      const { touched } = scoreCandidates(words, onlyArticle);
      const keep = Math.max(limit + RERANK_MARGIN, MIN_RERANK);
      const shortlist = topByRelevance(touched, keep, (doc) => {
        const coverage = (covered[doc] ?? 0) / totalImportance;
        return (total[doc] ?? 0) * coverage * coverage;
      });
      const coverageOf = new Map(shortlist.map((doc) => [doc, (covered[doc] ?? 0) / totalImportance]));
      const baseRelevance = new Map(
        shortlist.map((doc) => [doc, (total[doc] ?? 0) * (coverageOf.get(doc) ?? 0) ** 2]),
      );
      for (const doc of touched) {
        total[doc] = 0;
        covered[doc] = 0;
      }

      const matchedIds = words.map((word) => new Set(word.expansions.map(({ termId }) => termId)));
      const typedIds = typed.map((term) => vocabulary.idOf(term));
      const acronymIds = new Set([...acronyms].map((term) => vocabulary.idOf(term)).filter((id) => id >= 0));
      const reranked = shortlist.map((doc) => {
        const ids = tokenIds.subarray(tokenStarts[doc] ?? 0, tokenStarts[doc + 1] ?? 0);
        const proximity = proximityOf(ids, matchedIds);
        const phrase = phraseStarts(ids, typedIds);
        const coverage = Math.min(1, coverageOf.get(doc) ?? 0);
        const casing =
          acronymIds.size > 0 && !writesAcronymsInCapitals(doc, acronymIds) ? LOWER_CASE_ACRONYM : 1;
        return {
          doc,
          phrase,
          relevance:
            (baseRelevance.get(doc) ?? 0) * (1 + 0.6 * proximity) * (phrase.length > 0 ? 1.2 : 1) * casing,
          quality: coverage * (words.length > 1 ? 0.75 + 0.25 * proximity : 1),
        };
      });
      reranked.sort((a, b) => b.relevance - a.relevance || a.doc - b.doc);
      const top = reranked[0];
      if (top === undefined || top.relevance <= 0) return [];
      const matchedTermIds = new Set(words.flatMap((word) => word.expansions.map(({ termId }) => termId)));
      // The same paragraph in two files (a wire story run twice, a file saved twice) is shown
      // once, from its best-ranked copy, so duplicates do not crowd out other reporting.
      const seenTexts = new Set<string>();
      const distinct = reranked.filter((entry) => {
        const text = docText[entry.doc] ?? '';
        if (seenTexts.has(text)) return false;
        seenTexts.add(text);
        return true;
      });
      return distinct.slice(0, limit).map(
        (entry): PassageMatch => ({
          articleId: articles[docArticle[entry.doc] ?? 0]?.article.id ?? '',
          paragraph: docParagraph[entry.doc] ?? 0,
          score: clamp01(1 - top.quality * (entry.relevance / top.relevance)),
          highlights: highlightsOf(entry.doc, matchedTermIds, entry.phrase, typed.length),
        }),
      );
    },
  };
}

/** The `keep` documents with the highest relevance, best first, without sorting all of them. */
function topByRelevance(docs: readonly number[], keep: number, relevance: (doc: number) => number): number[] {
  const heap: { doc: number; value: number }[] = [];
  for (const doc of docs) {
    const value = relevance(doc);
    if (heap.length < keep) {
      heap.push({ doc, value });
      siftUp(heap, heap.length - 1);
    } else if (value > (heap[0]?.value ?? 0)) {
      heap[0] = { doc, value };
      siftDown(heap, 0);
    }
  }
  return heap.sort((a, b) => b.value - a.value || a.doc - b.doc).map((entry) => entry.doc);
}

function siftUp(heap: { value: number }[], start: number): void {
  let index = start;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    const child = heap[index];
    const above = heap[parent];
    if (child === undefined || above === undefined || above.value <= child.value) return;
    heap[index] = above;
    heap[parent] = child;
    index = parent;
  }
}

function siftDown(heap: { value: number }[], start: number): void {
  let index = start;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if ((heap[left]?.value ?? Number.POSITIVE_INFINITY) < (heap[smallest]?.value ?? 0)) smallest = left;
    if ((heap[right]?.value ?? Number.POSITIVE_INFINITY) < (heap[smallest]?.value ?? 0)) smallest = right;
    if (smallest === index) return;
    const here = heap[index];
    const below = heap[smallest];
    if (here === undefined || below === undefined) return;
    heap[index] = below;
    heap[smallest] = here;
    index = smallest;
  }
}

/**
 * 0..1: how closely consecutive query words stand in the paragraph. Adjacent and in order (the
 * phrase as typed) is 1; ten words apart is nothing.
 */
function proximityOf(ids: Int32Array, matchedIds: readonly ReadonlySet<number>[]): number {
  if (matchedIds.length < 2) return 0;
  const positions = matchedIds.map(() => [] as number[]);
  for (let position = 0; position < ids.length; position++) {
    const id = ids[position] ?? -1;
    matchedIds.forEach((set, word) => {
      if (set.has(id)) positions[word]?.push(position);
    });
  }
  let sum = 0;
  for (let index = 0; index + 1 < positions.length; index++) {
    const here = positions[index] ?? [];
    const next = positions[index + 1] ?? [];
    let best = 0;
    for (const a of here) {
      for (const b of next) {
        const gap = b - a;
        const closeness = gap > 0 ? Math.max(0, 1 - (gap - 1) / 10) : Math.max(0, 0.8 - (-gap - 1) / 10);
        if (closeness > best) best = closeness;
      }
    }
    sum += best;
  }
  return sum / (positions.length - 1);
}

/**
 * Where the query's words, little words included, stand in the paragraph exactly as typed
 * ("al Shaibani" in "Asaad al-Shaibani"): token positions where each such run starts.
 */
function phraseStarts(ids: Int32Array, typedIds: readonly number[]): number[] {
  if (typedIds.length < 2 || typedIds.includes(-1)) return [];
  const starts: number[] = [];
  for (let start = 0; start + typedIds.length <= ids.length; start++) {
    if (typedIds.every((id, offset) => ids[start + offset] === id)) starts.push(start);
  }
  return starts;
}

/**
 * Terms typed in capitals in an otherwise mixed-case query: "WHO" and "IT" are organisations
 * and industries, not the little words "who" and "it".
 */
function acronymsIn(query: string, tokens: readonly Token[]): Set<string> {
  if (!/\p{Ll}/u.test(query)) return new Set();
  return new Set(
    tokens
      .filter((token) => {
        const written = query.slice(token.start, token.end);
        return written.length >= 2 && written === written.toUpperCase() && /\p{Lu}/u.test(written);
      })
      .map((token) => token.term),
  );
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
