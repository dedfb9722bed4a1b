import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const lawyerThen = (residentSentence: string) =>
  analyseText(
    'Water fraud trial',
    'The treasurer’s lawyer, Inés Caballero, said her client had followed the rules. "She paid what others approved," Caballero said.',
    `Residents of San Miguel followed the hearing from the gallery. ${residentSentence}`,
    '"They promised us the well before the rains," she said.',
  );

describe('a person who speaks in a relative clause after an inverted or object name', () => {
  it('is the one a later "she said" means (El Periódico style)', () => {
    const analysis = lawyerThen(
      'Among them was Lucía Coj Xitumul, 61, who said her family still buys water from tankers.',
    );
    expect(quoteStartingWith(analysis, 'They promised us')?.speaker).toBe('Lucía Coj Xitumul');
  });

  it('is the one a later "she said" means without an age (The Guardian style)', () => {
    const analysis = lawyerThen(
      'Reporters spoke to Lucía Coj Xitumul, who said the wait had been four years.',
    );
    expect(quoteStartingWith(analysis, 'They promised us')?.speaker).toBe('Lucía Coj Xitumul');
  });

  it('is still not the earlier speaker when the clause after the name is not speech', () => {
    const analysis = lawyerThen('Among them was Lucía Coj Xitumul, who sells tortillas near the court.');
    expect(quoteStartingWith(analysis, 'They promised us')?.speaker).not.toBe('Inés Caballero');
  });
});
