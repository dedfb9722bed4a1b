import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a body cited by the end of its full name', () => {
  it('gives "a Pirates spokesperson said" to Orlando Pirates, named in full earlier (SuperSport style)', () => {
    const analysis = analyseText(
      'Pirates out of the cup',
      'Orlando Pirates coach Jorge Almeida said his side had thrown the tie away, Almeida told reporters.',
      'Club chairman Irvin Khoza left before the end. A Pirates spokesperson said there would be "no comment on speculation" about the coach.',
    );
    expect(quoteStartingWith(analysis, 'no comment on speculation')?.speaker).toBe('Orlando Pirates');
  });

  it('does not read two bodies joined by "and" as one body’s full name', () => {
    const analysis = analyseText(
      'Banks merge',
      'The boards of United Bank and Standard Trust met on Monday.',
      'Standard Trust said the merger was "a natural fit".',
    );
    expect(quoteStartingWith(analysis, 'a natural fit')?.speaker).not.toBe('United Bank and Standard Trust');
  });
});
