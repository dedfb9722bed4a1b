import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"X, his cousin, said" tells nothing of X\'s own sex', () => {
  it('gives "she said" to the cousin introduced as "his cousin" (Australian regional style)', () => {
    const analysis = analyseText(
      'Festival funding cut',
      'Cr Joanne Pell said she had received more than 200 emails. "My residents drive on those roads," she said.',
      'Festival president Michael Tan said organisers were "disappointed".',
      'Association spokeswoman Xiu Ying Tan, his cousin, said members were worried. "We have heard promises before," she said.',
    );
    expect(quoteStartingWith(analysis, 'We have heard promises')?.speaker).toBe('Xiu Ying Tan');
  });

  it('gives "he said" to the brother introduced as "her brother" (court report style)', () => {
    const analysis = analyseText(
      'Family speaks after verdict',
      'Lawyer Helen Marsh said the family was relieved. "Justice has been done," she said.',
      'Tane Price, her brother, said the family would now grieve in private. "We just want to be left alone," he said.',
    );
    expect(quoteStartingWith(analysis, 'We just want to be left alone')?.speaker).toBe('Tane Price');
  });
});
