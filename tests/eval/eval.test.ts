import { describe, expect, it } from 'vitest';
import {
  type ArticleScore,
  HOLDOUT_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  HOLDOUT5_DIR,
  HOLDOUT6_DIR,
  HOLDOUT7_DIR,
  HOLDOUT8_DIR,
  loadGold,
  ratio,
  scoreArticle,
  sumTallies,
} from './evaluate.js';

describe('analysis against hand-annotated articles', () => {
  const scores = loadGold().map((gold) => scoreArticle(gold, 0));

  it('covers the seed and at least five written articles', () => {
    expect(scores.length).toBeGreaterThanOrEqual(6);
  });

  it('finds at least 98% of quotations', () => {
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(0.98);
  });

  it('names the right speaker for at least 95% of the quotations it finds', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 95% of the people', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
  });

  it('states at least 90% of roles as the article does', () => {
    expect(ratio(sumTallies(scores, (score) => score.rolesRight))).toBeGreaterThanOrEqual(0.9);
  });

  it('invents few people', () => {
    expect(ratio(sumTallies(scores, (score) => score.peoplePrecision))).toBeGreaterThanOrEqual(0.9);
  });

  it('reports few quotations that are not speech', () => {
    expect(ratio(sumTallies(scores, (score) => score.quotePrecision))).toBeGreaterThanOrEqual(0.9);
  });
});

const meanRouge = (scores: readonly ArticleScore[], pick: (score: ArticleScore) => number) =>
  scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;

describe('analysis against articles written by someone who never read the code', () => {
  const scores = loadGold(HOLDOUT_DIR).map((gold) => scoreArticle(gold, 0));

  it('names the right speaker for at least 95% of the quotations it finds', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 95% of quotations and of people', () => {
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
  });
});

describe('analysis against a second held-out set from eight other outlets', () => {
  const scores = loadGold(HOLDOUT2_DIR).map((gold) => scoreArticle(gold, 0));

  it('names the right speaker, organisations included, for at least 95% of the quotations it finds', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 85% of the organisations and places', () => {
    expect(ratio(sumTallies(scores, (score) => score.othersFound))).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 95% of the people and invents few', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.peoplePrecision))).toBeGreaterThanOrEqual(0.9);
  });
});

describe('analysis against a third held-out set from six more outlets', () => {
  const scores = loadGold(HOLDOUT3_DIR).map((gold) => scoreArticle(gold, 0));

  it('names the right speaker for at least 95% of the quotations it finds, and finds 98% of them', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(0.98);
  });

  it('finds at least 95% of the people and states 90% of their roles', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.rolesRight))).toBeGreaterThanOrEqual(0.9);
  });
});

// The fourth to eighth sets were scored blind first (see their READMEs); these floors are the
// figures reached once their misses were fixed as general rules, so any later change that loses
// one of them shows here.
describe.each([
  [
    'fourth',
    HOLDOUT4_DIR,
    { speaker: 70 / 70, recall: 1, quotes: 1, people: 38 / 38, precision: 38 / 38, roles: 35 / 35 },
  ],
  [
    'fifth',
    HOLDOUT5_DIR,
    { speaker: 66 / 67, recall: 1, quotes: 1, people: 32 / 32, precision: 32 / 32, roles: 30 / 30 },
  ],
  [
    'sixth',
    HOLDOUT6_DIR,
    { speaker: 66 / 66, recall: 1, quotes: 1, people: 35 / 35, precision: 35 / 36, roles: 34 / 34 },
  ],
  [
    'seventh',
    HOLDOUT7_DIR,
    { speaker: 80 / 80, recall: 1, quotes: 1, people: 42 / 42, precision: 42 / 42, roles: 40 / 40 },
  ],
  [
    'eighth',
    HOLDOUT8_DIR,
    { speaker: 84 / 84, recall: 1, quotes: 1, people: 40 / 40, precision: 40 / 40, roles: 40 / 40 },
  ],
])('analysis against the %s held-out set, eight more outlets', (_, dir, floor) => {
  const scores = loadGold(dir).map((gold) => scoreArticle(gold, 0));

  it('finds the quotations it found, reports no more false ones, and names the speakers it named when last tuned', () => {
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(floor.recall);
    expect(ratio(sumTallies(scores, (score) => score.quotePrecision))).toBeGreaterThanOrEqual(floor.quotes);
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(floor.speaker);
  });

  it('finds the people, invents no more of them, and states their roles as it did when last tuned', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(floor.people);
    expect(ratio(sumTallies(scores, (score) => score.peoplePrecision))).toBeGreaterThanOrEqual(
      floor.precision,
    );
    expect(ratio(sumTallies(scores, (score) => score.rolesRight))).toBeGreaterThanOrEqual(floor.roles);
  });
});

describe('key points against the first three sentences', () => {
  it.each([
    ['our gold', undefined],
    ['held-out', HOLDOUT_DIR],
  ])('share at least as many word pairs with the %s reference summaries as lead-3 does', (_, dir) => {
    const scores = loadGold(dir).map((gold) => scoreArticle(gold, 0));
    expect(meanRouge(scores, (score) => score.rouge.keyPoints[1])).toBeGreaterThanOrEqual(
      meanRouge(scores, (score) => score.rouge.lead3[1]),
    );
  });
});
