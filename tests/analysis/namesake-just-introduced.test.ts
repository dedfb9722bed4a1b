import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a surname two people share, after one of them is introduced', () => {
  it('gives "Crosby told" to the namesake introduced in the paragraph before (Kelowna Capital News style)', () => {
    const analysis = analyseText(
      'Parking fees vote',
      'Finance director Alan Marsh told council the fees would raise $2 million a year.',
      'He conceded that downtown shops would feel it first.',
      'The worry was shared by Tessa Marsh, a florist on Bernard Avenue who is no relation to the director.',
      '"Half my customers park for ten minutes," Marsh told the Capital News.',
    );
    expect(quoteStartingWith(analysis, 'Half my customers')?.speaker).toBe('Tessa Marsh');
  });

  it('gives it to the one just introduced when the quotation opens its own paragraph with "said"', () => {
    const analysis = analyseText(
      'Parking fees vote',
      'Finance director Alan Marsh told council the fees would raise $2 million a year.',
      'Among those in the gallery was Tessa Marsh, who runs a florist on Bernard Avenue.',
      'Marsh said: "Half my customers park for ten minutes."',
    );
    expect(quoteStartingWith(analysis, 'Half my customers')?.speaker).toBe('Tessa Marsh');
  });

  it('keeps the one who spoke last when neither is new (Globe and Mail style)', () => {
    const analysis = analyseText(
      'Parking fees vote',
      'Finance director Alan Marsh and florist Tessa Marsh both addressed council on Tuesday.',
      'The director said the fees were needed. "We cannot fix roads with goodwill," Mr Marsh said.',
      'Later in the debate, Marsh added: "The meters pay for themselves within three years."',
    );
    expect(quoteStartingWith(analysis, 'The meters pay')?.speaker).toBe('Alan Marsh');
  });
});
