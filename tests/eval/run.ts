/**
 * `npm run eval`: scores the analysis on every gold article and prints the figures, then the
 * misses so they can be read against the text. `--corpus DIR` also times analysis over every
 * .txt file under DIR (for example a folder of BBC articles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { type ArticleScore, loadGold, ratio, scoreArticle, sumTallies, type Tally } from './evaluate.js';

const percent = (value: Tally) => `${(ratio(value) * 100).toFixed(1)}% (${value.hit}/${value.of})`;

function printRow(
  label: string,
  score: Pick<
    ArticleScore,
    | 'peopleFound'
    | 'peoplePrecision'
    | 'rolesRight'
    | 'quoteRecall'
    | 'quotePrecision'
    | 'speakerAccuracy'
    | 'paragraphRight'
    | 'othersFound'
  >,
  ms: number,
) {
  console.log(
    [
      label.padEnd(24),
      `people ${percent(score.peopleFound)}`,
      `real ${percent(score.peoplePrecision)}`,
      `roles ${percent(score.rolesRight)}`,
      `orgs/places ${percent(score.othersFound)}`,
      `quote recall ${percent(score.quoteRecall)}`,
      `precision ${percent(score.quotePrecision)}`,
      `speaker ${percent(score.speakerAccuracy)}`,
      `¶ ${percent(score.paragraphRight)}`,
      `${ms.toFixed(2)} ms`,
    ].join('  '),
  );
}

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

const scores = loadGold().map((gold) => scoreArticle(gold));
for (const score of scores) printRow(score.name, score, score.msPerAnalysis);
const total = {
  peopleFound: sumTallies(scores, (s) => s.peopleFound),
  peoplePrecision: sumTallies(scores, (s) => s.peoplePrecision),
  rolesRight: sumTallies(scores, (s) => s.rolesRight),
  othersFound: sumTallies(scores, (s) => s.othersFound),
  quoteRecall: sumTallies(scores, (s) => s.quoteRecall),
  quotePrecision: sumTallies(scores, (s) => s.quotePrecision),
  speakerAccuracy: sumTallies(scores, (s) => s.speakerAccuracy),
  paragraphRight: sumTallies(scores, (s) => s.paragraphRight),
};
printRow('TOTAL', total, scores.reduce((sum, s) => sum + s.msPerAnalysis, 0) / Math.max(1, scores.length));

const meanOf = (pick: (score: ArticleScore) => number) =>
  scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
console.log(
  `\nsummary ROUGE-1/2 F1: key points ${meanOf((s) => s.rouge.keyPoints[0]).toFixed(3)}/${meanOf((s) => s.rouge.keyPoints[1]).toFixed(3)}, lead-3 ${meanOf((s) => s.rouge.lead3[0]).toFixed(3)}/${meanOf((s) => s.rouge.lead3[1]).toFixed(3)}`,
);

for (const score of scores) {
  const notes = [
    ...score.missedPeople.map((note) => `missed person: ${note}`),
    ...score.spuriousPeople.map((note) => `spurious person: ${note}`),
    ...score.wrongRoles.map((note) => `role: ${note}`),
    ...score.missedQuotes.map((note) => `missed quote: ${note}`),
    ...score.extraQuotes.map((note) => `extra quote: ${note}`),
    ...score.wrongSpeakers.map((note) => `speaker: ${note}`),
  ];
  if (notes.length > 0) console.log(`\n${score.name}\n  ${notes.join('\n  ')}`);
}

const corpusFlag = process.argv.indexOf('--corpus');
const corpusDir = corpusFlag === -1 ? undefined : process.argv[corpusFlag + 1];
if (corpusDir) timeCorpus(corpusDir);
