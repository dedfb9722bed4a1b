/** Worker thread entry: does the job it was started with and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../analysis/analyse.js';
import { readAndAnalyseClaimed, type WorkerJob } from './analysis-pool.js';

const job = workerData as WorkerJob;
if (job.kind === 'analyse') {
  parentPort?.postMessage(job.articles.map(analyseArticle));
} else {
  parentPort?.postMessage(
    await readAndAnalyseClaimed(job.files, new Set(job.known), job.claims, job.reserved),
  );
}
