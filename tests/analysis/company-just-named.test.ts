import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the company said" right after a business has spoken in the same paragraph', () => {
  it('gives it to the contractor named in the sentence before, not a city named in the dateline (Astana Times style)', () => {
    const analysis = analyseText(
      'Tramline late',
      'SHYMKENT. – The city’s first tramline will open a year late, officials at Shymkent City Hall said on Monday.',
      'The contractor, Dala Kurylys Group, said in a statement that it had added night shifts. "The hardest section is now behind us," the company said.',
    );
    expect(quoteStartingWith(analysis, 'The hardest section')?.speaker).toBe('Dala Kurylys Group');
  });

  it('still gives "the company said" in a later paragraph to the business the story follows (Reuters style)', () => {
    const analysis = analyseText(
      'Carmaker cuts jobs',
      'Volantis Motors said on Tuesday it would cut 2,000 jobs. Volantis Motors shares fell 4%.',
      'Analysts at Berenberg Bank said the cuts were overdue.',
      '"We have to match capacity to demand," the company said.',
    );
    expect(quoteStartingWith(analysis, 'We have to match capacity')?.speaker).toBe('Volantis Motors');
  });
});
