/**
 * One corpus size, measured in a process of its own so start-up time and memory are those of a
 * fresh bot: cold (empty analysis cache) or warm (cache filled by the cold run).
 */
import { loadavg } from 'node:os';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../src/answers/answer.js';
import type { Question } from '../src/answers/types.js';
import { type CacheStats, codeVersion, loadAnalysedCorpus } from '../src/search/cache.js';
import { buildLibrary } from '../src/search/library.js';
import type { Library } from '../src/search/types.js';
import {
  AUTOCOMPLETE_PREFIXES,
  type KnownItemQuery,
  knownItemQueries,
  QUOTE_QUERIES,
  SEARCH_QUERIES,
  WHO_QUERIES,
} from './queries.js';

export interface LatencyStats {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Wall-clock time is what a user waits; CPU time is the work itself, which a busy machine's
 * other processes cannot inflate.
 */
export interface Timing {
  wall: LatencyStats;
  cpu: LatencyStats;
}

export interface ReferenceResult {
  engine: string;
  buildMs: number;
  queries: number;
  latency: LatencyStats;
  /** Dossier's latency over the same queries, for the ratio. */
  dossierLatency: LatencyStats;
  /** Mean share of Dossier's top three that the reference also has in its top three. */
  top3Agreement: number;
  /** Known-item queries whose paragraph the reference puts in its top three. */
  knownItemsFound: number;
  knownItemsAsked: number;
  /** The same count for Dossier over the same known-item queries. */
  dossierKnownItemsFound: number;
}

export interface SizeResult {
  size: number;
  phase: 'cold' | 'warm';
  articles: number;
  paragraphs: number;
  /** Listing, reading, parsing and analysing (or taking all that from the cache). */
  loadMs: number;
  indexMs: number;
  readyMs: number;
  /** CPU time to ready across all threads (workers included): the work, whatever the neighbours do. */
  readyCpuMs: number;
  rssMb: number;
  cache: CacheStats;
  /** The code version the analysis cache was keyed on: a change between cold and warm empties it. */
  codeVersion: string;
  /** One-minute load average when the size finished: other work on the machine inflates latencies. */
  loadAverage: number;
  latency?: Record<'search' | 'who' | 'quote' | 'autocomplete', Timing>;
  /** The same questions answered by the Library alone, without building the answers. */
  lookups?: Record<'passages' | 'entities' | 'speakers', Timing>;
  answersPerSecond?: number;
  references?: ReferenceResult[];
  notes: string[];
}

export interface MeasureOptions {
  /** A corpus folder of exactly `size` articles, loaded as the bot would load it. */
  folder: string;
  size: number;
  phase: 'cold' | 'warm';
  cacheDir: string;
  /** How many search queries the plain Fuse reference may run at this size (0 skips it). */
  fuseQueryBudget: number;
}

/**
 * Enough rounds that p99 is a percentile rather than the second-worst sample: over a few hundred
 * answers one young-generation garbage collection decides it. A multiple of three, so autocomplete
 * gives entities, speakers and articles the same share.
 */
export const ROUNDS = 21;
const THROUGHPUT_MS = 1_500;
const RESULT_LIMIT = 25;
const KNOWN_ITEMS = 40;

export async function measureSize(options: MeasureOptions): Promise<SizeResult> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const loaded = await loadAnalysedCorpus(options.folder, { cacheDir: options.cacheDir });
  const analysedAt = performance.now();
  const library = buildLibrary(loaded.articles);
  const ready = performance.now();
  const cpuToReady = process.cpuUsage(cpuAtStart);
  const articles = loaded.articles.map((entry) => entry.article);
  const result: SizeResult = {
    size: options.size,
    phase: options.phase,
    articles: articles.length,
    paragraphs: articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    loadMs: analysedAt - started,
    indexMs: ready - analysedAt,
    readyMs: ready - started,
    readyCpuMs: (cpuToReady.user + cpuToReady.system) / 1000,
    rssMb: process.memoryUsage().rss / 1024 / 1024,
    cache: loaded.stats,
    codeVersion: await codeVersion(),
    loadAverage: loadavg()[0] ?? 0,
    notes: [],
  };
  if (options.phase === 'warm') return result;

  warmUp(library);
  result.latency = {
    search: timeEach(SEARCH_QUERIES, (query) => ask(library, 'search', query)),
    who: timeEach(WHO_QUERIES, (query) => ask(library, 'who', query)),
    quote: timeEach(QUOTE_QUERIES, (query) => ask(library, 'quote', query)),
    autocomplete: timeEach(AUTOCOMPLETE_PREFIXES, (prefix, round) => {
      if (round % 3 === 0) library.findEntities(prefix, 25);
      else if (round % 3 === 1) library.findSpeakers(prefix, 25);
      else library.findArticles(prefix, 25);
    }),
  };
  result.lookups = {
    passages: timeEach(SEARCH_QUERIES, (query) => library.searchPassages(query, { limit: RESULT_LIMIT })),
    entities: timeEach(WHO_QUERIES, (query) => library.findEntities(query, 5)),
    speakers: timeEach(QUOTE_QUERIES, (query) => library.findSpeakers(query, 5)),
  };
  result.answersPerSecond = mixedThroughput(library);

  // A repeat ("politics-012-copy3") counts as its original when judging a known item.
  const originById = new Map(articles.map((article) => [article.id, article.id.replace(/-copy\d+$/, '')]));
  // Spread over the whole corpus, whatever order the loader gave it.
  const step = Math.max(1, Math.ceil(articles.length / 100));
  const knownItems = knownItemQueries(
    articles.filter((_, index) => index % step === 0),
    (article) => originById.get(article.id) ?? '',
    KNOWN_ITEMS,
  );
  result.references = compareWithReferences(library, originById, knownItems, options, result.notes);
  result.loadAverage = loadavg()[0] ?? 0;
  return result;
}

function ask(library: Library, command: Question['command'], query: string): void {
  answerQuestion(library, { command, query });
}

/** Questions that are in none of the measured sets. */
const WARM_UP_QUERIES = [
  'weather forecast',
  'footbal',
  'parliament vote',
  'xylophone',
  'hospital waiting lists',
  'teachers strike',
  'nuclear power',
  'record labels',
  'cinema audiences',
  'ambasador',
  'smith',
  'jones',
];
const WARM_UP_MS = 1_000;

/**
 * A second of other questions before measuring, as a bot gets in its first minutes: the code is
 * compiled and the garbage of start-up collected, so the measured rounds show steady running
 * rather than the first few seconds after start-up.
 */
function warmUp(library: Library): void {
  const start = performance.now();
  for (let round = 0; performance.now() - start < WARM_UP_MS; round++) {
    const query = WARM_UP_QUERIES[round % WARM_UP_QUERIES.length] ?? '';
    ask(library, 'search', query);
    ask(library, 'who', query);
    ask(library, 'quote', query);
    library.findEntities(query.slice(0, 1 + (round % 4)), 25);
    library.findArticles(query.slice(0, 1 + (round % 4)), 25);
  }
}

function timeEach(queries: readonly string[], run: (query: string, round: number) => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      run(query, round);
      const used = process.cpuUsage(cpuStart);
      wall.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall: summarise(wall), cpu: summarise(cpu) };
}

export function summarise(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { samples: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

/** Questions as a busy server mixes them: mostly searches and autocomplete, some lookups. */
function mixedThroughput(library: Library): number {
  const workload: (() => void)[] = [];
  SEARCH_QUERIES.forEach((query, index) => {
    workload.push(() => ask(library, 'search', query));
    const name = WHO_QUERIES[index % WHO_QUERIES.length] ?? '';
    workload.push(() => ask(library, index % 2 === 0 ? 'who' : 'quote', name));
    workload.push(() => library.findEntities(name.slice(0, 1 + (index % 4)), 25));
  });
  let answered = 0;
  const start = performance.now();
  while (performance.now() - start < THROUGHPUT_MS) {
    workload[answered % workload.length]?.();
    answered++;
  }
  return answered / ((performance.now() - start) / 1000);
}

interface RankedPassage {
  articleId: string;
  paragraph: number;
}

function compareWithReferences(
  library: Library,
  originById: ReadonlyMap<string, string>,
  knownItems: readonly KnownItemQuery[],
  options: MeasureOptions,
  notes: string[],
): ReferenceResult[] {
  const passages = library.articles.flatMap(({ article }) =>
    article.paragraphs
      .filter((paragraph) => paragraph.kind !== 'heading')
      .map((paragraph) => ({
        id: `${article.id}#${paragraph.n}`,
        articleId: article.id,
        paragraph: paragraph.n,
        text: paragraph.text,
      })),
  );
  const queries = [
    ...SEARCH_QUERIES.map((query) => ({ query, known: undefined })),
    ...knownItems.map((known) => ({ query: known.query, known })),
  ];
  const dossier = (query: string): RankedPassage[] => library.searchPassages(query, { limit: RESULT_LIMIT });
  const references: ReferenceResult[] = [];

  const miniStart = performance.now();
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  mini.addAll(passages);
  const miniBuild = performance.now() - miniStart;
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const textById = new Map(passages.map((passage) => [passage.id, passage.text]));
  references.push(
    compare(
      'MiniSearch (fuzzy 0.2 + prefix)',
      miniBuild,
      queries,
      dossier,
      (query) =>
        mini
          .search(query, { fuzzy: 0.2, prefix: true })
          .slice(0, RESULT_LIMIT)
          .flatMap((hit) => {
            const passage = byId.get(String(hit.id));
            return passage === undefined ? [] : [passage];
          }),
      originById,
      textById,
    ),
  );

  if (options.fuseQueryBudget <= 0) {
    notes.push(
      `plain Fuse reference skipped at ${library.articles.length} articles: at ~1 s a query it would not fit the time budget`,
    );
    return references;
  }
  const fuseStart = performance.now();
  const fuse = new Fuse(passages, {
    keys: ['text'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 3,
  });
  const fuseBuild = performance.now() - fuseStart;
  const step = Math.max(1, Math.ceil(queries.length / options.fuseQueryBudget));
  const fuseQueries = queries.filter((_, index) => index % step === 0);
  if (fuseQueries.length < queries.length) {
    notes.push(
      `plain Fuse reference ran ${fuseQueries.length} of ${queries.length} search queries (one in ${step}) to stay within the time budget`,
    );
  }
  references.push(
    compare(
      'plain Fuse.js over all paragraphs',
      fuseBuild,
      fuseQueries,
      dossier,
      (query) => fuse.search(query, { limit: RESULT_LIMIT }).map((hit) => hit.item),
      originById,
      textById,
    ),
  );
  return references;
}

function compare(
  engine: string,
  buildMs: number,
  queries: readonly { query: string; known: KnownItemQuery | undefined }[],
  dossier: (query: string) => RankedPassage[],
  reference: (query: string) => RankedPassage[],
  originById: ReadonlyMap<string, string>,
  textById: ReadonlyMap<string, string>,
): ReferenceResult {
  const referenceTimes: number[] = [];
  const dossierTimes: number[] = [];
  let agreement = 0;
  let knownItemsAsked = 0;
  let knownItemsFound = 0;
  let dossierKnownItemsFound = 0;
  const key = (passage: RankedPassage) =>
    `${originById.get(passage.articleId) ?? passage.articleId}#${passage.paragraph}`;
  // The same text in two files is the same passage: search engines may show either copy.
  const textOf = (passage: RankedPassage) => textById.get(`${passage.articleId}#${passage.paragraph}`) ?? '';
  const sameItem = (passage: RankedPassage, target: string, targetText: string) =>
    key(passage) === target || textOf(passage) === targetText;
  for (const { query, known } of queries) {
    let start = performance.now();
    const ours = dossier(query).slice(0, 3);
    dossierTimes.push(performance.now() - start);
    start = performance.now();
    const theirs = reference(query).slice(0, 3);
    referenceTimes.push(performance.now() - start);
    const theirKeys = new Set(theirs.map(key));
    const theirTexts = new Set(theirs.map(textOf));
    const shared = ours.filter(
      (passage) => theirKeys.has(key(passage)) || theirTexts.has(textOf(passage)),
    ).length;
    agreement +=
      ours.length === 0 && theirs.length === 0
        ? 1
        : shared / Math.max(1, Math.min(3, Math.max(ours.length, theirs.length)));
    if (known !== undefined) {
      knownItemsAsked++;
      const target = `${known.origin}#${known.paragraph}`;
      const targetText = known.text;
      if (theirs.some((passage) => sameItem(passage, target, targetText))) knownItemsFound++;
      if (ours.some((passage) => sameItem(passage, target, targetText))) dossierKnownItemsFound++;
    }
  }
  return {
    engine,
    buildMs,
    queries: queries.length,
    latency: summarise(referenceTimes),
    dossierLatency: summarise(dossierTimes),
    top3Agreement: queries.length === 0 ? 0 : agreement / queries.length,
    knownItemsFound,
    knownItemsAsked,
    dossierKnownItemsFound,
  };
}
