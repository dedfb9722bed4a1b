import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a body named in full, then by its initials or first word without brackets', () => {
  it('gives "a spokesman for the NTA" to the National Transport Authority (Irish Times style)', () => {
    const analysis = analyseText(
      'Bus fares to fall',
      'The National Transport Authority confirmed the cut in a notice to operators on Monday.',
      'A spokesman for the NTA said the change would "take effect from January".',
    );
    expect(quoteStartingWith(analysis, 'take effect')?.speaker).toBe('National Transport Authority');
    expect(organisationsIn(analysis)).not.toContain('NTA');
  });

  it('spells initials from a word already in capitals ("US Geological Survey" is USGS)', () => {
    const analysis = analyseText(
      'Quake shakes coast',
      'The tremor was measured at magnitude 5.1 by the US Geological Survey.',
      'USGS said aftershocks were "likely for several days".',
    );
    expect(quoteStartingWith(analysis, 'likely for several')?.speaker).toBe('US Geological Survey');
  });

  it('gives a company cited by its first word to its full name (Business Day style)', () => {
    const analysis = analyseText(
      'Smelter reopens',
      'The plant, owned by Kalahari Copper Mines, was closed for a rebuild last year.',
      'A Kalahari spokeswoman said the company was "confident of full output by March".',
    );
    expect(quoteStartingWith(analysis, 'confident of full')?.speaker).toBe('Kalahari Copper Mines');
    expect(organisationsIn(analysis)).not.toContain('Kalahari');
  });

  it('keeps a parent company apart from a division named after it', () => {
    const analysis = analyseText(
      'Broadband prices rise',
      'BT Retail will raise its line rental from April, the division confirmed.',
      'BT said the rise was "needed to fund fibre".',
    );
    expect(quoteStartingWith(analysis, 'needed to fund')?.speaker).toBe('BT');
  });
});
