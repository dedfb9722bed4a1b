/** Worker thread entry: analyses the articles it was started with and posts the analyses back. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../analysis/analyse.js';
import type { Article } from '../corpus/types.js';

const { articles } = workerData as { articles: Article[] };
parentPort?.postMessage(articles.map(analyseArticle));
