import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a nickname in quote marks inside a name', () => {
  it('finds the person under the name and answers to the nickname later (Jamaica Observer style)', () => {
    const analysis = analyseText(
      'Soca Monarch crowned',
      'Marlon "Lord Kitchener Jr" Baptiste-Hall beat Sharlene "Lady Tempest" Moses-Grant by two points.',
      '"I came to win," Baptiste-Hall said.',
      'Lady Tempest said she would be back. "Next year is mine," she told reporters.',
    );
    expect(peopleIn(analysis)).toEqual(['Marlon Baptiste-Hall', 'Sharlene Moses-Grant']);
    expect(quoteStartingWith(analysis, 'I came to win')?.speaker).toBe('Marlon Baptiste-Hall');
    expect(quoteStartingWith(analysis, 'Next year is mine')?.speaker).toBe('Sharlene Moses-Grant');
    expect(entityNamed(analysis, 'Sharlene Moses-Grant')?.role).toBeNull();
  });

  it('leaves a description before a quoted name alone', () => {
    const analysis = analyseText('Bond on television', 'The 1954 version had an Americanised "Jimmy" Bond.');
    expect(peopleIn(analysis)).toEqual([]);
  });
});
