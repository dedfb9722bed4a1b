import { describe, expect, it } from 'vitest';
import {
  type ArticleScore,
  HOLDOUT_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
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
