/**
 * `npx tsx tests/eval/holdout/run.ts`: scores the analysis on the held-out articles under
 * tests/fixtures/holdout, whose gold files sit beside this script. These articles were written and
 * annotated without reading the analysis code, so their figures say how it generalises; tuning the
 * analysis on them would spend that independence. Scoring rules are those of ../evaluate.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleScore, type Gold, ratio, scoreArticle, sumTallies, type Tally } from '../evaluate.js';

const HOLDOUT_DIR = dirname(fileURLToPath(import.meta.url));

type Measure = (score: ArticleScore) => Tally;

const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['people', (score) => score.peopleFound],
  ['roles', (score) => score.rolesRight],
  ['orgs/places', (score) => score.othersFound],
  ['quote recall', (score) => score.quoteRecall],
  ['precision', (score) => score.quotePrecision],
  ['speaker', (score) => score.speakerAccuracy],
  ['¶', (score) => score.paragraphRight],
];

function loadHoldoutGold(): Gold[] {
  return readdirSync(HOLDOUT_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(HOLDOUT_DIR, file), 'utf8')) as Gold);
}

function describe(value: Tally): string {
  return `${(ratio(value) * 100).toFixed(1)}% (${value.hit}/${value.of})`;
}

function figuresLine(label: string, pickTally: (measure: Measure) => Tally, ms: number): string {
  const figures = MEASURES.map(([name, measure]) => `${name} ${describe(pickTally(measure))}`);
  return [label.padEnd(32), ...figures, `${ms.toFixed(2)} ms`].join('  ');
}

const MISS_KINDS: ReadonlyArray<readonly [string, (score: ArticleScore) => readonly string[]]> = [
  ['missed person', (score) => score.missedPeople],
  ['spurious person', (score) => score.spuriousPeople],
  ['role', (score) => score.wrongRoles],
  ['missed quote', (score) => score.missedQuotes],
  ['extra quote', (score) => score.extraQuotes],
  ['speaker', (score) => score.wrongSpeakers],
];

const missesOf = (score: ArticleScore): string[] =>
  MISS_KINDS.flatMap(([kind, notes]) => notes(score).map((note) => `${kind}: ${note}`));

const scores = loadHoldoutGold().map((gold) => scoreArticle(gold));
for (const score of scores) {
  console.log(figuresLine(score.name, (measure) => measure(score), score.msPerAnalysis));
}
const meanMs = scores.reduce((sum, score) => sum + score.msPerAnalysis, 0) / Math.max(1, scores.length);
console.log(figuresLine('TOTAL', (measure) => sumTallies(scores, measure), meanMs));

const meanRouge = (pick: (score: ArticleScore) => number) =>
  (scores.reduce((sum, score) => sum + pick(score), 0) / Math.max(1, scores.length)).toFixed(3);
console.log(
  `\nsummary ROUGE-1/2 F1: key points ${meanRouge((s) => s.rouge.keyPoints[0])}/${meanRouge((s) => s.rouge.keyPoints[1])}, lead-3 ${meanRouge((s) => s.rouge.lead3[0])}/${meanRouge((s) => s.rouge.lead3[1])}`,
);

for (const score of scores) {
  const misses = missesOf(score);
  if (misses.length > 0) console.log(`\n${score.name}\n  ${misses.join('\n  ')}`);
}
