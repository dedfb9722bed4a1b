/**
 * Reading and analysing a thousand articles takes seconds on one core; the machine usually has
 * more. Large batches are split between worker threads and this thread, and any worker that
 * fails has its share done here instead, so parallelism can only make a start faster, never
 * break it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseArticle } from '../analysis/analyse.js';
import type { Analysis } from '../analysis/types.js';
import { type FileReading, readArticleFiles } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';

export interface PoolOptions {
  /** Batches smaller than this are done here: a worker's start-up would cost more than it saves. */
  minimumForWorkers?: number;
  /** At most this many worker threads, whatever the core count. */
  maxWorkers?: number;
}

export interface PoolResult {
  /** One analysis per article, in the articles' order. */
  analyses: Analysis[];
  /** How many of them worker threads produced. */
  inWorkers: number;
}

export interface ReadingResult {
  /** One reading per file, in the files' order. */
  readings: FileReading[];
  /** The analysis of every article read whose content hash was not already known. */
  analyses: Map<string, Analysis>;
  /** How many of those analyses worker threads produced. */
  inWorkers: number;
}

/**
 * What a worker is asked to do: analyse parsed articles, or read, parse and analyse files. Files
 * are not dealt out in fixed shares: every thread claims the next few through `claims` (a shared
 * counter) until none are left, so a worker that starts late or runs slow on a busy machine
 * leaves no thread waiting for it at the end.
 */
export type WorkerJob =
  | { kind: 'analyse'; articles: readonly Article[] }
  | {
      kind: 'read';
      files: readonly string[];
      known: readonly string[];
      claims: Int32Array;
      reserved: number;
    };

/** A worker's answer to a 'read' job. */
export interface WorkerReadings {
  readings: FileReading[];
  analyses: [string, Analysis][];
}

/** What one thread read of a 'read' job: the indices of the files it claimed, with their readings. */
export interface ClaimedReadings extends WorkerReadings {
  claimed: number[];
}

/** Files claimed at a time: enough to keep claiming cheap, few enough to even out the end. */
const CLAIM_SIZE = 8;

const DEFAULT_MINIMUM_FOR_WORKERS = 200;
const DEFAULT_MAX_WORKERS = 3;

function workerCountFor(items: number, options: PoolOptions): number {
  const minimum = options.minimumForWorkers ?? DEFAULT_MINIMUM_FOR_WORKERS;
  if (items < minimum) return 0;
  return Math.max(0, Math.min(options.maxWorkers ?? DEFAULT_MAX_WORKERS, availableParallelism() - 1));
}

/** This thread takes a share too, so two cores mean one worker and an even split. */
function shares<T>(items: readonly T[], workers: number): { forWorkers: T[][]; own: T[] } {
  const size = Math.ceil(items.length / (workers + 1));
  const slices = Array.from({ length: workers + 1 }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
  const own = slices.pop() ?? [];
  return { forWorkers: slices, own };
}

export async function analyseInParallel(
  articles: readonly Article[],
  options: PoolOptions = {},
): Promise<PoolResult> {
  const workers = workerCountFor(articles.length, options);
  if (workers === 0) return { analyses: articles.map(analyseArticle), inWorkers: 0 };
  const { forWorkers, own } = shares(articles, workers);
  const fromWorkers = forWorkers.map((slice) =>
    runWorker<Analysis[]>(
      { kind: 'analyse', articles: slice },
      (answer) => answer.length === slice.length,
    ).then(
      (analyses) => ({ analyses, inWorker: true }),
      () => ({ analyses: slice.map(analyseArticle), inWorker: false }),
    ),
  );
  const ownAnalyses = own.map(analyseArticle);
  const results = await Promise.all(fromWorkers);
  return {
    analyses: [...results.flatMap((result) => result.analyses), ...ownAnalyses],
    inWorkers: results.reduce(
      (sum, result, index) => sum + (result.inWorker ? (forWorkers[index]?.length ?? 0) : 0),
      0,
    ),
  };
}

/**
 * Reads and parses `files` and analyses every article whose content hash is not in `known`
 * (those analyses are cached). Parsing is a third of a cold start's work, so it is shared out
 * with the analysis rather than done here first.
 */
export async function readAndAnalyseInParallel(
  files: readonly string[],
  known: ReadonlySet<string>,
  options: PoolOptions = {},
): Promise<ReadingResult> {
  const workers = workerCountFor(files.length, options);
  if (workers === 0) {
    const own = await readAndAnalyse(files, known);
    return { readings: own.readings, analyses: new Map(own.analyses), inWorkers: 0 };
  }
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  // Each worker's first batch is kept for it, so a worker started is never a worker wasted.
  Atomics.store(claims, 0, workers * CLAIM_SIZE);
  const knownList = [...known];
  const fromWorkers = Array.from({ length: workers }, (_, worker) =>
    runWorker<ClaimedReadings>(
      { kind: 'read', files, known: knownList, claims, reserved: worker * CLAIM_SIZE },
      (answer) =>
        Array.isArray(answer.readings) &&
        Array.isArray(answer.claimed) &&
        answer.readings.length === answer.claimed.length,
    ).catch(() => undefined),
  );
  const own = await readAndAnalyseClaimed(files, known, claims);
  const answers = await Promise.all(fromWorkers);
  const readings: (FileReading | undefined)[] = new Array(files.length);
  const parts = [own, ...answers.flatMap((answer) => (answer === undefined ? [] : [answer]))];
  for (const share of parts) {
    share.claimed.forEach((index, position) => {
      readings[index] = share.readings[position];
    });
  }
  // A worker that failed took its claims with it: those files are read here instead.
  const unread = files.flatMap((file, index) => (readings[index] === undefined ? [{ file, index }] : []));
  const recovered = await readAndAnalyse(
    unread.map(({ file }) => file),
    known,
  );
  unread.forEach(({ index }, position) => {
    readings[index] = recovered.readings[position];
  });
  return {
    readings: readings as FileReading[],
    analyses: new Map([...parts.flatMap((share) => share.analyses), ...recovered.analyses]),
    inWorkers: answers.reduce((sum, answer) => sum + (answer?.analyses.length ?? 0), 0),
  };
}

/**
 * Claims batches of `files` until none are left, reading and analysing each, after the batch at
 * `reserved` when one was kept for this thread; a worker's loop too.
 */
export async function readAndAnalyseClaimed(
  files: readonly string[],
  known: ReadonlySet<string>,
  claims: Int32Array,
  reserved?: number,
): Promise<ClaimedReadings> {
  const result: ClaimedReadings = { readings: [], analyses: [], claimed: [] };
  const done = new Set(known);
  for (
    let start = reserved ?? Atomics.add(claims, 0, CLAIM_SIZE);
    start < files.length;
    start = Atomics.add(claims, 0, CLAIM_SIZE)
  ) {
    const batch = files.slice(start, start + CLAIM_SIZE);
    const { readings, analyses } = await readAndAnalyseBeyond(batch, done);
    result.readings.push(...readings);
    result.analyses.push(...analyses);
    result.claimed.push(...batch.map((_, offset) => start + offset));
  }
  return result;
}

/** Reads and analyses `files` on this thread, skipping articles whose hash is in `known`. */
export function readAndAnalyse(
  files: readonly string[],
  known: ReadonlySet<string>,
): Promise<WorkerReadings> {
  return readAndAnalyseBeyond(files, new Set(known));
}

/** As readAndAnalyse, adding each analysed article's hash to `done`, so batches share one set. */
async function readAndAnalyseBeyond(files: readonly string[], done: Set<string>): Promise<WorkerReadings> {
  const readings = await readArticleFiles(files);
  const analyses: [string, Analysis][] = [];
  for (const reading of readings) {
    if ('problem' in reading || done.has(reading.article.contentHash)) continue;
    done.add(reading.article.contentHash);
    analyses.push([reading.article.contentHash, analyseArticle(reading.article)]);
  }
  return { readings, analyses };
}

function runWorker<Answer>(job: WorkerJob, isComplete: (answer: Answer) => boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    worker.once('message', (answer: Answer) => {
      if (answer !== null && typeof answer === 'object' && isComplete(answer)) resolve(answer);
      else reject(new Error('the analysis worker answered with an incomplete result'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the analysis worker stopped (exit code ${code})`)));
  });
}

/**
 * The worker entry sits beside this module: compiled JavaScript in a build, TypeScript when run
 * from source, where the worker has to register the TypeScript loader before importing it.
 */
function startWorker(workerData: WorkerJob): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./analysis-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
