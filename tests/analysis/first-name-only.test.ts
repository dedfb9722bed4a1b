import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('a person who gives only a first name', () => {
  it('finds "who gave only her first name, Amina," and gives her the "she said" after (Reuters style)', () => {
    const analysis = analyseText(
      'Queues at the border',
      'A spokesman for the border agency said crossings would reopen on Friday.',
      'One trader, who gave only her first name, Amina, said she had waited three days with a lorry of tomatoes.',
      '"Everything I carry will be rotten by Friday," she said.',
    );
    expect(peopleIn(analysis)).toContain('Amina');
    expect(quoteStartingWith(analysis, 'Everything I carry')?.speaker).toBe('Amina');
  });
});
