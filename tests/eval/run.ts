/**
 * `npm run eval`: scores the analysis on every gold set in EVAL_SETS (tests/eval/sets.ts): totals
 * per set first, marked tuned on or never tuned on, then each set's articles and misses so they can
 * be read against the text. `--set TEXT` keeps only the sets whose label contains TEXT (for example
 * `--set "blind set c"`, or `--set real` for the real BBC articles). `--corpus DIR` also times
 * analysis over every .txt file under DIR (for example a folder of BBC articles).
 *
 * The real BBC articles (tests/eval/real-bbc/) are scored apart and never pooled with the sets the
 * repository holds: their text is the shared corpus beside the repository, which a clone may not
 * have, so they are skipped with one line saying why when it is absent.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { BLIND_C_DIR, corporaRoot, loadCorpusGold, loadGold, scoreArticle } from './evaluate.js';
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
const wanted = (label: string) => !setFilter || label.toLowerCase().includes(setFilter);
const chosenSets = EVAL_SETS.filter((set) => wanted(set.label));
const scored = chosenSets.map((set) => ({
  set,
  heading: `${set.label}, ${set.tunedOn ? 'tuned on since its first scoring' : 'never tuned on'}`,
  scores: loadGold(set.dir).map((gold) => scoreArticle(gold)),
}));

// Blind set c's batches are small (four or five articles), so its pooled figures follow them.
const blindBatches = scored.filter(({ set }) => set.dir.startsWith(BLIND_C_DIR));
const lastBlindBatch = blindBatches.at(-1);
if (scored.length > 0)
  printTotals(
    scored.flatMap((entry): ScoredSet[] =>
      entry === lastBlindBatch && blindBatches.length > 1
        ? [
            entry,
            { heading: 'blind set c, all batches', scores: blindBatches.flatMap(({ scores }) => scores) },
          ]
        : [entry],
    ),
  );

const REAL_TEXT_LABEL = 'real BBC articles';
// Long articles: a mean over five analyses keeps the whole set's run under a minute.
const REAL_TEXT_TIMING_RUNS = 5;
const realText = wanted(REAL_TEXT_LABEL) ? loadCorpusGold() : undefined;
const realTextScored =
  realText?.available === true
    ? realText.golds.map(({ batch, gold }) => ({ batch, score: scoreArticle(gold, REAL_TEXT_TIMING_RUNS) }))
    : [];
if (realText?.available === false) console.log(`${REAL_TEXT_LABEL}: skipped, ${realText.reason}\n`);
if (realText?.available === true) {
  // Batch names carry their number ("g2", "g10"), so they sort as the order they were annotated in.
  const batches = [...new Set(realTextScored.map(({ batch }) => batch))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  printTotals(
    [
      ...batches.map((batch) => ({
        heading: `${REAL_TEXT_LABEL}, batch ${batch}`,
        scores: realTextScored.filter((entry) => entry.batch === batch).map(({ score }) => score),
      })),
      { heading: `${REAL_TEXT_LABEL}, all batches`, scores: realTextScored.map(({ score }) => score) },
    ],
    `${REAL_TEXT_LABEL}: totals, kept apart from the sets in the repository (tests/eval/real-bbc/README.md)`,
  );
}

for (const { heading, scores } of scored) printScores(heading, scores);
if (realText?.available === true) {
  printScores(
    `${REAL_TEXT_LABEL}, annotated blind, text from the corpus at ${corporaRoot()}`,
    realTextScored.map(({ score }) => score),
  );
  for (const note of realText.notes) console.log(`note: ${note}`);
}

const corpusDir = argumentAfter('--corpus');
if (corpusDir) timeCorpus(corpusDir);
