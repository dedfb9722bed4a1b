import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('someone told, inside what another person said', () => {
  it('leaves a partial quotation with the one who reports it (TSN style)', () => {
    const analysis = analyseText(
      'Oilers part ways with assistant coach',
      'Edmonton dismissed assistant coach Marc Tremblay on Tuesday.',
      'General manager Stan Bowers said Tremblay had been told in a meeting on Tuesday morning and had taken the news "like a professional."',
    );
    expect(quoteStartingWith(analysis, 'like a professional')?.speaker).toBe('Stan Bowers');
  });

  it('does the same in the present tense and with "asked" (Irish Times style)', () => {
    const analysis = analyseText(
      'Hospital defends discharge policy',
      'A patient, Siobhán Kearney, was discharged on Friday.',
      'The hospital’s clinical director, Dr Ruairí Phelan, says Ms Kearney was asked twice whether she felt ready and was "clear that she wanted to go home".',
    );
    expect(quoteStartingWith(analysis, 'clear that she wanted')?.speaker).toBe('Ruairí Phelan');
  });
});
