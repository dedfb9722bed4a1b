import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a statement signed by a body’s own officer is the body’s', () => {
  it('gives "the statement said" to the company named earlier, not to the director who signed it', () => {
    const analysis = analyseText(
      'Water company cuts supply',
      'The Kisumu Water Company has cut supply to three estates, saying residents owe it millions.',
      'In a statement signed by its managing director, Ms Grace Auma, the company said it could no longer run pumps on credit.',
      '"We cannot pay for power we are not paid for," the statement said.',
    );
    expect(quoteStartingWith(analysis, 'We cannot pay for power')?.speaker).toBe('Kisumu Water Company');
  });

  it('does the same for a union’s statement signed by their general secretary', () => {
    const analysis = analyseText(
      'Nurses to strike',
      'The Allied Nurses Union has called a strike from Monday.',
      'In a statement signed by their general secretary, Peter Mwale, the union said talks had failed.',
      '"We have waited two years for an answer," the statement said.',
    );
    expect(quoteStartingWith(analysis, 'We have waited two years')?.speaker).toBe('Allied Nurses Union');
  });
});
