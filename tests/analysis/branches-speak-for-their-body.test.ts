import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a spokesperson for a branch of a body the story named', () => {
  it('gives "a spokesperson for the union’s Glasgow branch" to the union, not the city (Herald style)', () => {
    const analysis = analyseText(
      'Swimming pools to shut',
      'GMB, which represents leisure staff, said 40 jobs were at risk.',
      'A spokesperson for the union’s Glasgow branch said: "Our members will stand with the people who use these pools."',
    );
    expect(quoteStartingWith(analysis, 'Our members will stand')?.speaker).toBe('GMB');
  });

  it('gives a council’s office to the council named in full', () => {
    const analysis = analyseText(
      'Depot plan shelved',
      'Bradford City Council said the depot would stay open until spring.',
      'A spokesman for the council’s Keighley office said: "No decision on the site has been taken."',
    );
    expect(quoteStartingWith(analysis, 'No decision on the site')?.speaker).toBe('Bradford City Council');
  });
});
