import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a body named with its owner speaks itself', () => {
  it('gives "The Ministry of Energy’s Power Division said" to the division (Pakistan Today style)', () => {
    const analysis = analyseText(
      'Overbilling audit ordered',
      'The Ministry of Energy’s Power Division said in a statement that it had ordered "an audit of every estimated reading" this summer.',
    );
    expect(quoteStartingWith(analysis, 'an audit of every estimated reading')?.speaker).toBe(
      'Power Division',
    );
  });

  it('keeps the owner out when the owner itself is governed: "a report for the Ministry of Health’s Planning Unit"', () => {
    const analysis = analyseText(
      'Clinic closures',
      'Dr Sara Nkosi, who wrote a report for the Ministry of Health’s Planning Unit, said the clinics were "running on empty", Nkosi told reporters.',
    );
    expect(quoteStartingWith(analysis, 'running on empty')?.speaker).toBe('Sara Nkosi');
  });
});
