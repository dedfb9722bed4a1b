/**
 * Prints the evaluation: first one line of totals per set so the sets can be compared at a glance,
 * then each set's figures per article, ROUGE of the key points against lead-3, and every miss so it
 * can be read against the text.
 */
import { type ArticleScore, ratio, sumTallies, type Tally } from './evaluate.js';

type Measure = (score: ArticleScore) => Tally;

const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['people', (score) => score.peopleFound],
  ['real', (score) => score.peoplePrecision],
  ['roles', (score) => score.rolesRight],
  ['orgs/places', (score) => score.othersFound],
  ['quote recall', (score) => score.quoteRecall],
  ['precision', (score) => score.quotePrecision],
  ['speaker', (score) => score.speakerAccuracy],
  ['¶', (score) => score.paragraphRight],
];

const MISS_KINDS: ReadonlyArray<readonly [string, (score: ArticleScore) => readonly string[]]> = [
  ['missed person', (score) => score.missedPeople],
  ['missed', (score) => score.missedOthers],
  ['spurious person', (score) => score.spuriousPeople],
  ['role', (score) => score.wrongRoles],
  ['missed quote', (score) => score.missedQuotes],
  ['extra quote', (score) => score.extraQuotes],
  ['speaker', (score) => score.wrongSpeakers],
];

const percent = (value: Tally) => `${(ratio(value) * 100).toFixed(1)}% (${value.hit}/${value.of})`;

function figuresLine(label: string, pick: (measure: Measure) => Tally, ms: number): string {
  const figures = MEASURES.map(([name, measure]) => `${name} ${percent(pick(measure))}`);
  return [label.padEnd(34), ...figures, `${ms.toFixed(2)} ms`].join('  ');
}

export interface ScoredSet {
  heading: string;
  scores: readonly ArticleScore[];
}

const meanOver =
  (scores: readonly ArticleScore[]) =>
  (pick: (score: ArticleScore) => number): number =>
    scores.reduce((sum, score) => sum + pick(score), 0) / Math.max(1, scores.length);

function totalLine(label: string, scores: readonly ArticleScore[]): string {
  return figuresLine(
    label,
    (measure) => sumTallies(scores, measure),
    meanOver(scores)((score) => score.msPerAnalysis),
  );
}

function rougeLine(scores: readonly ArticleScore[]): string {
  const rouge = (pick: (score: ArticleScore) => number) => meanOver(scores)(pick).toFixed(3);
  return `ROUGE-1/2 F1: key points ${rouge((s) => s.rouge.keyPoints[0])}/${rouge((s) => s.rouge.keyPoints[1])}, lead-3 ${rouge((s) => s.rouge.lead3[0])}/${rouge((s) => s.rouge.lead3[1])}`;
}

export function printTotals(sets: readonly ScoredSet[], title = 'totals per set') {
  console.log(`== ${title}\n`);
  for (const { heading, scores } of sets) {
    console.log(`${heading} (${scores.length} articles)`);
    console.log(`  ${totalLine('TOTAL', scores)}`);
    console.log(`  summary ${rougeLine(scores)}`);
  }
  console.log('');
}

export function printScores(heading: string, scores: readonly ArticleScore[]) {
  console.log(`== ${heading} (${scores.length} articles)\n`);
  for (const score of scores)
    console.log(figuresLine(score.name, (measure) => measure(score), score.msPerAnalysis));
  console.log(totalLine('TOTAL', scores));
  console.log(`\nsummary ${rougeLine(scores)}`);
  for (const score of scores) {
    const misses = MISS_KINDS.flatMap(([kind, notes]) => notes(score).map((note) => `${kind}: ${note}`));
    if (misses.length > 0) console.log(`\n${score.name}\n  ${misses.join('\n  ')}`);
  }
  console.log('');
}
