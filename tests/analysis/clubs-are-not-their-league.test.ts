import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the club said" in a story that names the league the club plays in', () => {
  it('is never the league (Mexico News Daily style)', () => {
    const analysis = analyseText(
      'Manager out',
      'The Sultanes de Monterrey said on Monday that their manager would leave after three seasons, in which they reached two Mexican League finals.',
      'In a statement, the club thanked him for "three years of hard work" and said a successor would be named in January.',
    );
    expect(quoteStartingWith(analysis, 'three years of hard work')?.speaker).not.toBe('Mexican League');
  });

  it('is the club when the club is named as a business (Irish Independent style)', () => {
    const analysis = analyseText(
      'Striker signs',
      'Shelbourne FC have signed the striker on a two-year deal, the League of Ireland confirmed on Friday.',
      'The club said he was "exactly the player we needed" for the European campaign.',
    );
    expect(quoteStartingWith(analysis, 'exactly the player')?.speaker).toBe('Shelbourne FC');
  });
});
