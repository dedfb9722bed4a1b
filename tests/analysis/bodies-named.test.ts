import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const organisations = (analysis: ReturnType<typeof analyseText>) =>
  analysis.people.filter((entity) => entity.kind === 'organisation').map((entity) => entity.name);

describe('bodies whose names close on a country or a branch number', () => {
  it('keeps "Creative Scotland"-style names whole when a body word precedes the country (The Herald style)', () => {
    const analysis = analyseText(
      'Festival loses grant',
      'The festival has lost its Sports Council Wales grant.',
      'Sports Council Wales said it faced "impossible choices" this year.',
    );
    expect(organisations(analysis)).toContain('Sports Council Wales');
    expect(quoteStartingWith(analysis, 'impossible choices')?.speaker).toBe('Sports Council Wales');
  });

  it('names a union branch with its number and lets it speak past a number in its clause (Chicago Tribune style)', () => {
    const analysis = analyseText(
      'Pharmacy drivers ratify deal',
      'Teamsters Local 727, which represents 10,500 drivers and pharmacists in Illinois, said in a statement the deal was "the best in a generation."',
    );
    expect(organisations(analysis)).toContain('Teamsters Local 727');
    expect(quoteStartingWith(analysis, 'the best in a generation')?.speaker).toBe('Teamsters Local 727');
  });

  it('reads a person past a thousands separator in the clause about her', () => {
    const analysis = analyseText(
      'Mill to close',
      'Ingrid Solberg, whose family firm employs 1,150 people, said the closure was "a hammer blow."',
    );
    expect(quoteStartingWith(analysis, 'a hammer blow')?.speaker).toBe('Ingrid Solberg');
  });
});

describe('a chamber speaks through a release, and a second verb after "but" is the first one\'s subject\'s', () => {
  it('gives the fragment to the chamber that "welcomed … but said" (Barbados Advocate style)', () => {
    const analysis = analyseText(
      'Business reacts to budget',
      'The Barbados Chamber of Commerce, in a release yesterday, welcomed the tax measures but said it wanted "more certainty" on energy prices.',
    );
    expect(organisations(analysis)).toContain('Barbados Chamber of Commerce');
    expect(quoteStartingWith(analysis, 'more certainty')?.speaker).toBe('Barbados Chamber of Commerce');
  });

  it('gives a fragment after "but conceded" to the person the sentence opens on', () => {
    const analysis = analyseText(
      'Label boss tries again',
      'Tony Okafor-Hale has twice tried to revive the label but conceded the attempts had been "a slog".',
    );
    expect(quoteStartingWith(analysis, 'a slog')?.speaker).toBe('Tony Okafor-Hale');
  });
});
