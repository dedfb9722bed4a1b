import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('the Portuguese particle "do"', () => {
  it('keeps a lower-case "do" inside a name (Público style)', () => {
    const analysis = analyseText(
      'Cafés full for the contest',
      'Café owner Rosa do Carmo Vieira-Lopes said she had opened at six.',
      '"We sold a week of coffee in one morning," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Rosa do Carmo Vieira-Lopes']);
    expect(quoteStartingWith(analysis, 'We sold a week')?.speaker).toBe('Rosa do Carmo Vieira-Lopes');
  });

  it('leaves a capitalised "Do" in a company name alone', () => {
    const analysis = analyseText('Iron ore', 'Companhia Vale Do Rio Doce (CVRD) said output rose.');
    expect(peopleIn(analysis)).toEqual([]);
  });
});
