import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('Bhutanese titles and a passive "referred"', () => {
  it('reads "Lyonpo" as the minister\'s office, answered to alone, and "Aum" as a woman\'s honorific (BBS style)', () => {
    const analysis = analyseText(
      'New dialysis unit for Mongar',
      'Agriculture Minister Lyonpo Karma Dorji-Wangdi opened the unit on Monday. "No one should travel to Thimphu three times a week," Lyonpo said.',
      'Dr Kinley Pelden-Om, the unit\'s nephrologist, said 40 patients were on the list. "We will start with twelve," she said.',
      'Aum Deki Yangzom-Lhamo, 58, was referred to Thimphu for dialysis in 2023.',
      '"I have spent three years on the road," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Karma Dorji-Wangdi', 'Kinley Pelden-Om', 'Deki Yangzom-Lhamo']);
    expect(quoteStartingWith(analysis, 'No one should travel')?.speaker).toBe('Karma Dorji-Wangdi');
    expect(quoteStartingWith(analysis, 'I have spent three years')?.speaker).toBe('Deki Yangzom-Lhamo');
  });
});
