import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a name set off after a head that names nobody is who speaks', () => {
  it('gives the words to the witness named with her age and town, not to a lawyer quoted before', () => {
    const analysis = analyseText(
      'Inquiry hears from players',
      '"The club did what it could," said Lisa Moyo, a lawyer for the club.',
      'A former player, 41-year-old Diane Okafor from Leeds, told the inquiry she had been "ignored for years".',
    );
    expect(quoteStartingWith(analysis, 'ignored for years')?.speaker).toBe('Diane Okafor');
  });

  it('reads "one of the tenants, 67-year-old …" the same way', () => {
    const analysis = analyseText(
      'Flats unfit, tenants say',
      'Landlord Peter Haas said repairs would start in March.',
      'One of the tenants, 67-year-old Grace Mwangi from Kilburn, said the flats were "unfit to live in".',
    );
    expect(quoteStartingWith(analysis, 'unfit to live in')?.speaker).toBe('Grace Mwangi');
  });

  it('still leaves a relative clause that names someone else to its head', () => {
    const analysis = analyseText(
      'Verdict welcomed',
      'Ann Smith was cleared on Friday.',
      'The family’s lawyer, who represents Ann Smith, said the verdict was "a relief".',
    );
    expect(quoteStartingWith(analysis, 'a relief')?.speaker).not.toBe('Ann Smith');
  });

  it('still gives the words to the named subject when the appositive describes them', () => {
    const analysis = analyseText(
      'Fire on Elm Street',
      'Rosa Diaz, 52, a neighbour of Tom Bell, said the fire was "terrifying".',
    );
    expect(quoteStartingWith(analysis, 'terrifying')?.speaker).toBe('Rosa Diaz');
  });
});
