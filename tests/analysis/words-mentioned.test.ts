import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a word written about is not a word quoted', () => {
  it('drops "the word \'loan\'" and "the term \'restitution\'" but keeps the speaker’s own phrase (NRC style)', () => {
    const analysis = analyseText(
      'Museum defends loan deal',
      "Curator Anouk Verbeek said the word 'loan' had confused visitors, and that the term 'restitution' meant different things in Amsterdam and Jakarta.",
      "She called the agreement 'a first step, not a last one'.",
    );
    expect(quoteStartingWith(analysis, 'loan')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'restitution')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'a first step')?.speaker).toBe('Anouk Verbeek');
  });

  it('keeps a partial quotation after "words" that are someone’s speech (Irish Examiner style)', () => {
    const analysis = analyseText(
      'Minister defends housing record',
      'Minister Cathal Rooney said in his words the plan was "working, slowly but surely".',
    );
    expect(quoteStartingWith(analysis, 'working, slowly')?.speaker).toBe('Cathal Rooney');
  });
});
