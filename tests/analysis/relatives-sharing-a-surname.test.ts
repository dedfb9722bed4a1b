import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('a relative introduced by a kinship word and the person they are related to', () => {
  it('finds the son named in passing and gives him "he said", not his mother (The Namibian style)', () => {
    const analysis = analyseText(
      'Patients sent 700km for oxygen',
      'Ndapewa Shikongo would not forget that night. Her father, Ruben Shikongo, 71, was taken to Windhoek by road.',
      '"Nobody told us why," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Ndapewa Shikongo', 'Ruben Shikongo']);
    expect(quoteStartingWith(analysis, 'Nobody told us')?.speaker).toBe('Ndapewa Shikongo');
  });
});
