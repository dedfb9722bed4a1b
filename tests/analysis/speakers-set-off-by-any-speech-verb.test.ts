import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a name set off after a seat or an office speaks through any verb of speech', () => {
  it('takes "described … as" after a seat in Parliament (ZNBC, Daily Nation style)', () => {
    const analysis = analyseText(
      'Clinics run out of drugs',
      'Health centres in three townships have had no antibiotics for a month.',
      'Opposition Member of Parliament for Kabwata, Chanda Mulenga, described the situation as "a failure of planning".',
    );
    expect(quoteStartingWith(analysis, 'a failure of planning')?.speaker).toBe('Chanda Mulenga');
    expect(entityNamed(analysis, 'Chanda Mulenga')?.role).toContain('Member of Parliament');
  });

  it('takes "thanked" and "urged" after a ward or a union (Daily Graphic, Citizen style)', () => {
    const analysis = analyseText(
      'Market reopens after fire',
      'Traders returned to the market on Monday.',
      'The assemblyman for Zongo, Abdul-Rahman Issifu, thanked the fire service for "acting within minutes".',
      'The general secretary of the traders union, Wanjiru Kamau, urged members to "keep the lanes clear".',
    );
    expect(quoteStartingWith(analysis, 'acting within minutes')?.speaker).toBe('Abdul-Rahman Issifu');
    expect(quoteStartingWith(analysis, 'keep the lanes clear')?.speaker).toBe('Wanjiru Kamau');
  });

  it('takes a name straight after "Member of Parliament" that goes on to describe (Daily Mirror, Sri Lanka style)', () => {
    const analysis = analyseText(
      'Budget debate',
      'The debate ran late into the night.',
      'Member of Parliament Kumudini Wickramaratne described the proposal as "a tax on the poor".',
    );
    expect(quoteStartingWith(analysis, 'a tax on the poor')?.speaker).toBe('Kumudini Wickramaratne');
  });

  it('leaves a study set off after its authors, and a portfolio with no holder named, as nobody', () => {
    const analysis = analyseText(
      'Musicians split over downloads',
      'The survey by American researchers, Harlow Metrics, suggests that most artists are "not worried".',
      'Minister of Health Services announced that the clinics would "reopen soon".',
    );
    expect(peopleIn(analysis)).not.toContain('Harlow Metrics');
    expect(peopleIn(analysis)).not.toContain('Health Services');
  });
});
