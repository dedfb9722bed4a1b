/**
 * `npm run eval`: scores the analysis on our gold articles, then, as a separate section, on the
 * held-out articles (tests/eval/holdout) and the second and third held-out sets (tests/eval/holdout2,
 * tests/eval/holdout3, holdout4 to holdout8), printing the figures and then the misses so they can be
 * read against the text. `--corpus DIR` also times analysis over every
 * .txt file under DIR (for example a folder of BBC articles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import {
  HOLDOUT_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  HOLDOUT5_DIR,
  HOLDOUT6_DIR,
  HOLDOUT7_DIR,
  HOLDOUT8_DIR,
  loadGold,
  scoreArticle,
} from './evaluate.js';
import { printScores } from './report.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

function timeCorpus(dir: string) {
  const articles = filesUnder(dir).map((file) => parseArticle(readFileSync(file), file));
  const times = articles.map((article) => {
    const started = performance.now();
    analyseArticle(article);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0;
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  console.log(
    `\n${articles.length} articles under ${dir}: mean ${mean.toFixed(2)} ms, p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms per analysis`,
  );
}

printScores(
  'our gold articles',
  loadGold().map((gold) => scoreArticle(gold)),
);
printScores(
  'held-out articles',
  loadGold(HOLDOUT_DIR).map((gold) => scoreArticle(gold)),
);
printScores(
  'second held-out articles',
  loadGold(HOLDOUT2_DIR).map((gold) => scoreArticle(gold)),
);
printScores(
  'third held-out articles (tuned on since its first scoring)',
  loadGold(HOLDOUT3_DIR).map((gold) => scoreArticle(gold)),
);
printScores(
  'fourth held-out articles (tuned on since its first scoring)',
  loadGold(HOLDOUT4_DIR).map((gold) => scoreArticle(gold)),
);
printScores(
  'fifth held-out articles (tuned on since its first scoring)',
  loadGold(HOLDOUT5_DIR).map((gold) => scoreArticle(gold)),
);
printScores(
  'sixth held-out articles (tuned on since its first scoring)',
  loadGold(HOLDOUT6_DIR).map((gold) => scoreArticle(gold)),
);
printScores(
  'seventh held-out articles (tuned on since its first scoring)',
  loadGold(HOLDOUT7_DIR).map((gold) => scoreArticle(gold)),
);

printScores(
  'eighth held-out articles (tuned on since its first scoring)',
  loadGold(HOLDOUT8_DIR).map((gold) => scoreArticle(gold)),
);

const corpusFlag = process.argv.indexOf('--corpus');
const corpusDir = corpusFlag === -1 ? undefined : process.argv[corpusFlag + 1];
if (corpusDir) timeCorpus(corpusDir);
