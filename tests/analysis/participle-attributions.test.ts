import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a partial quotation governed by a reporting participle ("with X declaring…")', () => {
  it('takes "with the chairman declaring the board \'never flinched\'" as the chairman’s words (The Age style)', () => {
    const analysis = analyseText(
      'Demons stick with their coach',
      'Melbourne has re-signed Tom Hurley as senior coach until 2028, with club chairman Peter Lindqvist declaring the board "never flinched" after a poor season.',
      'The club confirmed the deal on Wednesday.',
    );
    expect(quoteStartingWith(analysis, 'never flinched')?.speaker).toBe('Peter Lindqvist');
  });

  it('reads "announcing", "acknowledging" and "labelling" the same way (Guardian style)', () => {
    const analysis = analyseText(
      'Rail fares to rise',
      'Fares will rise by 4% in March, with Transport Secretary Helen Acre announcing a "final squeeze" on season tickets.',
      'Opposition MPs attacked the plan, with Labour’s Rory Dane labelling it "a tax on commuting".',
      'The operator defended the rise, its chief executive Miriam Sole acknowledging it was "hard to swallow".',
    );
    expect(quoteStartingWith(analysis, 'final squeeze')?.speaker).toBe('Helen Acre');
    expect(quoteStartingWith(analysis, 'a tax on commuting')?.speaker).toBe('Rory Dane');
    expect(quoteStartingWith(analysis, 'hard to swallow')?.speaker).toBe('Miriam Sole');
  });

  it('leaves a scare-quoted phrase after a non-reporting -ing verb alone', () => {
    const analysis = analyseText(
      'Rail fares to rise',
      'Fares will rise by 4% in March, with the operator introducing a "flexi" ticket for part-time workers.',
    );
    expect(quoteStartingWith(analysis, 'flexi')).toBeUndefined();
  });
});
