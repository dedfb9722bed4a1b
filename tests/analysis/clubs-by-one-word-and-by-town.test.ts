import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a club or firm named by one word that speaks of itself as "it"', () => {
  it('makes a body of it, so "the club said" is the club (El Observador style)', () => {
    const analysis = analyseText(
      'Coach leaves',
      'Olimpia announced on Tuesday that it had terminated the contract of head coach Diego Sosa, two days after the Asunción club was knocked out of the cup.',
      'The club said in a statement that the decision had been taken "by mutual agreement".',
    );
    expect(organisationsIn(analysis)).toContain('Olimpia');
    expect(quoteStartingWith(analysis, 'by mutual agreement')?.speaker).toBe('Olimpia');
  });

  it('reads "confirmed it had" the same way (Reuters style)', () => {
    const analysis = analyseText(
      'Striker signs',
      'Brentwick confirmed it had signed the striker on a three-year deal.',
      '"We are delighted to welcome him," the club said.',
    );
    expect(quoteStartingWith(analysis, 'We are delighted')?.speaker).toBe('Brentwick');
  });

  it('never gives "the club said" to a body the story only names later', () => {
    const analysis = analyseText(
      'Coach leaves',
      'The Montevideo side sacked its coach on Wednesday, two days after the club was knocked out.',
      'The club said in a statement that the decision had been taken "by mutual agreement".',
      'Peñarol said in a statement that it "respected the decision".',
    );
    expect(quoteStartingWith(analysis, 'by mutual agreement')?.speaker).not.toBe('Peñarol');
  });

  it('keeps a one-word body apart from a longer name that opens with it', () => {
    const analysis = analyseText(
      'Coach leaves',
      'Olimpia announced on Tuesday that it had terminated the contract of its coach.',
      'Supporters’ group Olimpia Siempre said on social media that the board had to answer for a season it described as "mediocre".',
    );
    expect(quoteStartingWith(analysis, 'mediocre')?.speaker).not.toBe('Olimpia');
  });
});

describe('a town’s name with a plural verb', () => {
  it('is its football club, so the club’s statement is the club’s (The Athletic style)', () => {
    const analysis = analyseText(
      'Head coach sacked',
      'Hartlepool Town have sacked head coach Pieter de Groot after a run of nine games without a win.',
      '"The board would like to thank Pieter for his hard work," the club said in a statement.',
    );
    expect(organisationsIn(analysis)).toContain('Hartlepool Town');
    expect(quoteStartingWith(analysis, 'The board would like')?.speaker).toBe('Hartlepool Town');
  });

  it('stays a place with a singular verb or after a preposition', () => {
    const analysis = analyseText(
      'Market fire',
      'Hundreds of traders in Kitale Town are counting losses after a fire.',
      'Quezon City has a new mayor.',
    );
    expect(organisationsIn(analysis)).not.toContain('Kitale Town');
    expect(organisationsIn(analysis)).not.toContain('Quezon City');
  });
});
