import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a pronoun after a subject with a party label or a set-off object', () => {
  it('gives "she said" to "Sen. Dana Whitfield, D-Spokane," not to the man named before (Seattle Times style)', () => {
    const analysis = analyseText(
      'Transit levy',
      'Rep. Carl Obuya, R-Yakima, said the levy would not pass the House.',
      'Sen. Dana Whitfield, D-Spokane, said commuters east of the mountains had waited long enough.',
      '"We have been paying for Seattle\'s trains for a decade," she said.',
    );
    expect(quoteStartingWith(analysis, 'We have been paying')?.speaker).toBe('Dana Whitfield');
  });

  it('reads "Rep. Luis Ortega, D-Texas," and "Sen. Amy Roth, R-N.H.," as their names (Politico style)', () => {
    const analysis = analyseText(
      'Border funding',
      'Sen. Amy Roth, R-N.H., said the bill went too far. Rep. Luis Ortega, D-Texas, disagreed.',
      '"This money keeps agents on the line," he said.',
    );
    expect(quoteStartingWith(analysis, 'This money keeps agents')?.speaker).toBe('Luis Ortega');
  });

  it('keeps the lawyer, not the client set off after "appearing for the petitioners", as the subject (The Hindu style)', () => {
    const analysis = analyseText(
      'Demolition stayed',
      'The Commissioner, Rakesh Malhotra, said the demolition would go ahead.',
      'Senior advocate Meera Krishnan, appearing for the petitioners, the Yamuna Vihar Residents Welfare Association, said the notices were illegal. "Nobody was heard," she argued.',
    );
    expect(quoteStartingWith(analysis, 'Nobody was heard')?.speaker).toBe('Meera Krishnan');
  });

  it('still takes a body set off after its own description as the subject (Hindustan Times style)', () => {
    const analysis = analyseText(
      'Farm budget',
      'The main opposition party, the Bharat Rashtra Samithi (BRS), said the budget was "anti-farmer".',
      'The tenants group, the Riverside Residents Association, said the ruling was "a vindication".',
    );
    expect(quoteStartingWith(analysis, 'anti-farmer')?.speaker).toBe('Bharat Rashtra Samithi');
    expect(quoteStartingWith(analysis, 'a vindication')?.speaker).toBe('Riverside Residents Association');
  });
});
