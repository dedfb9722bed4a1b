import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"which she described as …" is her word, and "and said it" names no speaker', () => {
  it('gives the fragment to the councillor, not to the body named before or the "it" after', () => {
    const analysis = analyseText(
      'Council backs rates rise',
      'Mayor Anita Ropata said leaks were common, according to figures from Wellington Water, which manages the networks.',
      'Councillor Tui Lewis said the council had not done enough.',
      'She singled out the planned upgrade of the promenade, which she described as "a nice-to-have", and said it should have been deferred for two years.',
    );
    expect(quoteStartingWith(analysis, 'a nice-to-have')?.speaker).toBe('Tui Lewis');
  });

  it('reads "which he described as" the same way for a man', () => {
    const analysis = analyseText(
      'Bypass approved',
      'The Roads Authority published the figures on Monday.',
      'Mayor Tom Hart defended the plan, which he described as "long overdue".',
    );
    expect(quoteStartingWith(analysis, 'long overdue')?.speaker).toBe('Tom Hart');
  });

  it('keeps "called the plan X, and said it…" with the sentence’s subject', () => {
    const analysis = analyseText(
      'Plan criticised',
      'The Housing Trust said demand had doubled.',
      'Councillor Ama Owusu called the plan "reckless", and said it would hurt families.',
    );
    expect(quoteStartingWith(analysis, 'reckless')?.speaker).toBe('Ama Owusu');
  });

  it('still reads a tag straight after the fragment', () => {
    const analysis = analyseText(
      'Budget',
      'The deficit was "worse than feared", said Finance Minister Rui Costa.',
    );
    expect(quoteStartingWith(analysis, 'worse than feared')?.speaker).toBe('Rui Costa');
  });
});
