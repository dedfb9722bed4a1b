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

describe('thanks given in someone’s own words', () => {
  it('takes "the judge thanked jurors for their \'patience…\'" as the judge’s words (Law360 style)', () => {
    const analysis = analyseText(
      'Jury backs battery maker',
      'Judge Helen Okafor set a January hearing on damages. Before dismissing the panel, the judge thanked jurors for their "patience with a great deal of chemistry."',
    );
    expect(quoteStartingWith(analysis, 'patience with')?.speaker).toBe('Helen Okafor');
  });

  it('and "X thanked fans for enduring \'rubbish gigs\'" as the singer’s (NME style)', () => {
    const analysis = analyseText(
      'Band wins breakthrough prize',
      'Sam Tate, the band’s frontman, thanked fans for enduring "rubbish gigs" after they won the breakthrough prize.',
    );
    expect(quoteStartingWith(analysis, 'rubbish gigs')?.speaker).toBe('Sam Tate');
  });
});
