import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a title in capitals read as a body’s initials', () => {
  it('gives "GM says the decision was ‘mine alone’" to the one general manager the story names (Sportsnet style)', () => {
    const analysis = analyseText(
      'Oilers fire coach',
      "Edmonton becomes the second team to change coaches this season; GM says the decision was 'mine alone'.",
      'The Edmonton Oilers fired head coach Paul Levesque on Tuesday.',
      '"We were not competitive," said Marc Tremblay, who took over as GM in the summer of 2024. "This is on me."',
    );
    expect(quoteStartingWith(analysis, 'mine alone')?.speaker).toBe('Marc Tremblay');
  });

  it('leaves the body speaking when the initials end someone’s role as the employer', () => {
    const analysis = analyseText(
      'Growth forecast cut',
      'The OECD said growth would be "slower than hoped" next year.',
      'Anna Lund, a senior economist with the OECD, said exports had weakened.',
    );
    expect(quoteStartingWith(analysis, 'slower than hoped')?.speaker).toBe('OECD');
  });
});
