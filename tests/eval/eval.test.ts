import { describe, expect, it } from 'vitest';
import { loadGold, ratio, scoreArticle, sumTallies } from './evaluate.js';

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
