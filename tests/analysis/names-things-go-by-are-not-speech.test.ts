import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('the name a thing goes by, or the text printed on it, is not a quotation', () => {
  it('drops the name a group calls itself', () => {
    const analysis = analyseText(
      'Court voids session',
      'Representative Josephine Kollie argued that a session held by a group calling itself the "majority bloc" had no standing.',
    );
    expect(quoteStartingWith(analysis, 'majority bloc')).toBeUndefined();
  });

  it('drops a name a body styles or brands itself by, in other tenses', () => {
    const analysis = analyseText(
      'Rebels claim town',
      'Army spokesman Colonel Idris Musa said fighters from a faction that styles itself "Sons of the Valley" had entered the town.',
      'Analyst Mira Patel said the network, which branded itself "the people’s lender", had collapsed.',
    );
    expect(quoteStartingWith(analysis, 'Sons of the Valley')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'the people’s lender')).toBeUndefined();
  });

  it('drops what a product was marketed or referred to as', () => {
    const analysis = analyseText(
      'Cot recalled',
      'Regulator Tom Hale said the cot, marketed as "the safest on the market", had failed two tests.',
    );
    expect(quoteStartingWith(analysis, 'the safest on the market')).toBeUndefined();
  });

  it('drops the wording of adverts, flyers and posters', () => {
    const analysis = analyseText(
      'Fake plumbers on trial',
      'Prosecutor Anna Berger says the group placed adverts for "24-hour emergency services" in directories.',
      'Detective Ruth Lang said the gang also handed out leaflets offering "free roof inspections" to pensioners.',
    );
    expect(quoteStartingWith(analysis, '24-hour emergency services')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'free roof inspections')).toBeUndefined();
  });

  it('keeps short fragments of speech beside them', () => {
    const analysis = analyseText(
      'Budget row',
      'Councillor Ben Ayo said the scheme was "a waste of money" and the forecast "a fantasy".',
      'The mayor, Lena Ortiz, called the vote "deeply disappointing".',
    );
    expect(quoteStartingWith(analysis, 'a waste of money')?.speaker).toBe('Ben Ayo');
    expect(quoteStartingWith(analysis, 'a fantasy')?.speaker).toBe('Ben Ayo');
    expect(quoteStartingWith(analysis, 'deeply disappointing')?.speaker).toBe('Lena Ortiz');
  });
});

describe('a clause that ends on "her" does not swallow the speech verb after its comma', () => {
  it('finds a short partial quotation after "who drove down to be with her, said"', () => {
    const analysis = analyseText(
      'Emergency waits',
      'Retired teacher Colleen Henare, 78, spent 13 hours in the department.',
      'Her daughter, Tania Henare, who drove down from Gore to be with her, said her mother had been "nothing but polite" to staff.',
    );
    expect(quoteStartingWith(analysis, 'nothing but polite')?.speaker).toBe('Tania Henare');
  });

  it('does the same when the verb is "told" or "added"', () => {
    const analysis = analyseText(
      'Tributes paid',
      'Ann Bye, a neighbour who often shopped for her, told the paper the widow was "a gentle soul".',
      'Pastor Joel Kim, who visited her, added that she had been "quietly brave".',
    );
    expect(quoteStartingWith(analysis, 'a gentle soul')?.speaker).toBe('Ann Bye');
    expect(quoteStartingWith(analysis, 'quietly brave')?.speaker).toBe('Joel Kim');
  });

  it('still reads "her warning" and "its claims" as nouns', () => {
    const analysis = analyseText(
      'Union rejects claims',
      'Union leader Sam Obi said the firm’s claims were "nonsense" and that her warning had been "ignored".',
    );
    expect(quoteStartingWith(analysis, 'nonsense')?.speaker).toBe('Sam Obi');
    expect(quoteStartingWith(analysis, 'ignored')?.speaker).toBe('Sam Obi');
  });
});
