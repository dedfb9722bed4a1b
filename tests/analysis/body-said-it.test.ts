import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the ministry said it had asked…" after a party was named', () => {
  const parties =
    'The councillors, from the Democratic Renewal Front (DRF) and the People’s Alliance (PA), accuse the council of secrecy.';

  it('gives the partial quotation to the ministry named before, not the party (Namibian style)', () => {
    const analysis = analyseText(
      'Plots row',
      parties,
      'PA councillor Anna Haufiku said the party had written to the Ministry of Lands and Housing twice.',
      'In a statement on Wednesday, the ministry said it had asked the council for "a full list of beneficiaries" within 14 days.',
    );
    expect(quoteStartingWith(analysis, 'a full list of beneficiaries')?.speaker).toBe(
      'Ministry of Lands and Housing',
    );
  });

  it('does the same for "the commission said that it" (Daily Nation style)', () => {
    const analysis = analyseText(
      'Audit ordered',
      parties,
      'The Ethics and Anti-Corruption Commission opened an inquiry in May.',
      'The commission said that it would demand "every invoice since 2019" from the county.',
    );
    expect(quoteStartingWith(analysis, 'every invoice since 2019')?.speaker).toBe(
      'Ethics and Anti-Corruption Commission',
    );
  });
});
