/**
 * `npm run eval`: scores the analysis on every gold set in EVAL_SETS (tests/eval/sets.ts): totals
 * per set first, marked tuned on or never tuned on, then each set's articles and misses so they can
 * be read against the text. `--set TEXT` keeps only the sets whose label contains TEXT (for example
 * `--set "blind set c"`). `--corpus DIR` also times analysis over every .txt file under DIR (for
 * example a folder of BBC articles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { BLIND_C_DIR, loadGold, scoreArticle } from './evaluate.js';
import { printScores, printTotals, type ScoredSet } from './report.js';
import { EVAL_SETS } from './sets.js';

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

const argumentAfter = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
};

const setFilter = argumentAfter('--set')?.toLowerCase();
const chosenSets = EVAL_SETS.filter((set) => !setFilter || set.label.toLowerCase().includes(setFilter));
const scored = chosenSets.map((set) => ({
  set,
  heading: `${set.label}, ${set.tunedOn ? 'tuned on since its first scoring' : 'never tuned on'}`,
  scores: loadGold(set.dir).map((gold) => scoreArticle(gold)),
}));

// Blind set c's batches are small (four or five articles), so its pooled figures follow them.
const blindBatches = scored.filter(({ set }) => set.dir.startsWith(BLIND_C_DIR));
const lastBlindBatch = blindBatches.at(-1);
printTotals(
  scored.flatMap((entry): ScoredSet[] =>
    entry === lastBlindBatch && blindBatches.length > 1
      ? [entry, { heading: 'blind set c, all batches', scores: blindBatches.flatMap(({ scores }) => scores) }]
      : [entry],
  ),
);
for (const { heading, scores } of scored) printScores(heading, scores);

const corpusDir = argumentAfter('--corpus');
if (corpusDir) timeCorpus(corpusDir);
