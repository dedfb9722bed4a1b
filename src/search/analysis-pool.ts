/**
 * Analysing a thousand articles takes seconds on one core; the machine usually has more. Large
 * batches are split between worker threads and this thread, and any worker that fails has its
 * share analysed here instead, so parallelism can only make a start faster, never break it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseArticle } from '../analysis/analyse.js';
import type { Analysis } from '../analysis/types.js';
import type { Article } from '../corpus/types.js';

export interface PoolOptions {
  /** Batches smaller than this are analysed here: a worker's start-up would cost more than it saves. */
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

const DEFAULT_MINIMUM_FOR_WORKERS = 200;
const DEFAULT_MAX_WORKERS = 3;

export async function analyseInParallel(
  articles: readonly Article[],
  options: PoolOptions = {},
): Promise<PoolResult> {
  const minimum = options.minimumForWorkers ?? DEFAULT_MINIMUM_FOR_WORKERS;
  const workerCount = Math.min(options.maxWorkers ?? DEFAULT_MAX_WORKERS, availableParallelism() - 1);
  if (articles.length < minimum || workerCount < 1) {
    return { analyses: articles.map(analyseArticle), inWorkers: 0 };
  }
  // This thread takes a share too, so two cores mean one worker and an even split.
  const share = Math.ceil(articles.length / (workerCount + 1));
  const slices = Array.from({ length: workerCount + 1 }, (_, index) =>
    articles.slice(index * share, (index + 1) * share),
  );
  const own = slices.pop() ?? [];
  const fromWorkers = slices.map((slice) =>
    runWorker(slice).then(
      (analyses) => ({ analyses, inWorker: true }),
      () => ({ analyses: slice.map(analyseArticle), inWorker: false }),
    ),
  );
  const ownAnalyses = own.map(analyseArticle);
  const results = await Promise.all(fromWorkers);
  return {
    analyses: [...results.flatMap((result) => result.analyses), ...ownAnalyses],
    inWorkers: results.reduce(
      (sum, result, index) => sum + (result.inWorker ? (slices[index]?.length ?? 0) : 0),
      0,
    ),
  };
}

function runWorker(articles: readonly Article[]): Promise<Analysis[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ articles });
    worker.once('message', (analyses: Analysis[]) => {
      if (Array.isArray(analyses) && analyses.length === articles.length) resolve(analyses);
      else reject(new Error('the analysis worker answered with the wrong number of analyses'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the analysis worker stopped (exit code ${code})`)));
  });
}

/**
 * The worker entry sits beside this module: compiled JavaScript in a build, TypeScript when run
 * from source, where the worker has to register the TypeScript loader before importing it.
 */
function startWorker(workerData: { articles: readonly Article[] }): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./analysis-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
