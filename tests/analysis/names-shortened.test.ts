import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe("a full name shown to be someone's, then shortened to its first word", () => {
  it('links "Mujeeb said" to the spinner introduced by a caption with "his" (Wisden style)', () => {
    const analysis = analyseText(
      'Spin seals it',
      'Mujeebullah Safi celebrates one of his four wickets.',
      "Mujeebullah Safi's spell of 4 for 18 turned the match.",
      '"I just tried to hit the stumps," Mujeebullah said.',
    );
    expect(peopleIn(analysis)).toEqual(['Mujeebullah Safi']);
    expect(quoteStartingWith(analysis, 'I just tried')?.speaker).toBe('Mujeebullah Safi');
  });

  it('does not make a person of a name whose clause has no "his" or "her"', () => {
    const analysis = analyseText('Ferry delays', 'Strangford Lough lost one of its two ferries on Monday.');
    expect(peopleIn(analysis)).toEqual([]);
  });
});
