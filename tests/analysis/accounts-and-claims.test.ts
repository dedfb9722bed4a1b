import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a fragment that completes someone’s account, claim or description', () => {
  it("gives \"the defense's account of a business that 'got away from him'\" to the defendant’s lawyer (Tampa Bay Times style)", () => {
    const analysis = analyseText(
      'Pool builder sentenced for fraud',
      'Assistant State Attorney Dana Pruitt, who led the prosecution, asked for ten years.',
      'Harlan Voss’s attorney, Marisol Vega, argued that her client had been overwhelmed by demand.',
      'The judge was not persuaded by the defense’s account of a business that simply "got away from him."',
      'Nor did she accept the prosecution’s description of Voss as "a predator in a polo shirt."',
    );
    expect(quoteStartingWith(analysis, 'got away from him')?.speaker).toBe('Marisol Vega');
    expect(quoteStartingWith(analysis, 'a predator in a polo shirt')?.speaker).toBe('Dana Pruitt');
  });

  it('gives a named owner’s description its words without making them the paragraph’s speaker (Times style)', () => {
    const analysis = analyseText(
      'Leader hits back',
      'Clare Dunn, the party chair, said on Friday that the opposition was rattled.',
      'Martin Hale had already rebuffed Clare Dunn’s description of him as an "attack dog". "We will win this election," he told the hall.',
    );
    expect(quoteStartingWith(analysis, 'attack dog')?.speaker).toBe('Clare Dunn');
    expect(quoteStartingWith(analysis, 'We will win')?.speaker).toBe('Martin Hale');
  });

  it('leaves a fragment after an account nobody owns as a scare quote (Guardian style)', () => {
    const analysis = analyseText(
      'Inquiry opens',
      'The inquiry heard a full account of the "lost weekend" at the hospital.',
    );
    expect(quoteStartingWith(analysis, 'lost weekend')).toBeUndefined();
  });
});
