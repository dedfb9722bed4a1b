import { describe, expect, it } from 'vitest';
import { bodyScore, fixtureFiles, scoreFixture } from './measure.js';

const results = fixtureFiles().map((name) => scoreFixture(name));

describe('cleaning pages pasted from different outlets', () => {
  it('has at least six hand-labelled fixtures, each from a different page style', () => {
    expect(results.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps at least 98% of true body paragraphs as body, and at least 96% of what it calls body is body', () => {
    const score = bodyScore(results);
    expect(score.goldBody).toBeGreaterThan(80);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
    expect(score.precision).toBeGreaterThanOrEqual(0.96);
  });

  it('keeps the same standards on pages pasted without blank lines between paragraphs', () => {
    // Front matter needs its own lines, which survive; only the blank lines go.
    const collapsed = fixtureFiles().map((name) => scoreFixture(name, true));
    const score = bodyScore(collapsed);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
    expect(score.precision).toBeGreaterThanOrEqual(0.96);
    const titles = collapsed.filter((result) => result.article.title === result.gold.title).length;
    expect(titles / collapsed.length).toBeGreaterThanOrEqual(0.9);
  });

  for (const result of results) {
    describe(result.file, () => {
      it('labels every block as the gold file does', () => {
        const wrong = result.outcomes
          .filter((outcome) => outcome.actual !== outcome.expected && outcome.knownMiss === undefined)
          .map((outcome) => `${outcome.expected} -> ${outcome.actual}: ${outcome.text}`);
        expect(wrong).toEqual([]);
        expect(result.unaccounted).toEqual([]);
      });

      it('finds the title, publisher and publication date', () => {
        const known = result.gold.knownMetadataMisses ?? {};
        for (const field of ['title', 'source', 'published'] as const) {
          if (known[field] === undefined) expect(result.article[field]).toBe(result.gold[field]);
        }
      });

      it('numbers kept paragraphs 1..N in reading order', () => {
        expect(result.article.paragraphs.map((paragraph) => paragraph.n)).toEqual(
          result.article.paragraphs.map((_, index) => index + 1),
        );
      });
    });
  }
});
