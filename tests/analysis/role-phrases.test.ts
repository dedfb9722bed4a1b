import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rolePhrasePattern, rolePhrasesIn } from '../../src/analysis/role-phrases.js';

const JOBS = [
  'minister',
  'foreign minister',
  'prime minister',
  'chief executive',
  'vice-president',
  'acting president',
  'spokeswoman',
  'mp',
];

// Fragments of news prose around job titles: owners, demonyms, transient words, names after the
// job, plurals, possessives in both apostrophes, spaces of every width, letters outside ASCII.
const FRAGMENTS = [
  'the',
  'The',
  'THE',
  'Syria’s',
  "Britain's",
  'French',
  'Tory',
  'Ünal’s',
  'former',
  'acting',
  'long-time',
  'longtime',
  'then',
  'new',
  'newly',
  'minister',
  'Minister',
  'ministers',
  'ministerial',
  'foreign',
  'Foreign',
  'prime',
  'chief',
  'executive',
  'vice-president',
  'Vice-President',
  'president',
  'spokeswoman',
  'MP',
  'mp',
  'Lavrov',
  'Élodie',
  '𝐀bc',
  'said',
  ',',
  '.',
  '"',
  '“',
  '(',
  '-',
  '’s',
];
const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\n', '\u2009', ''];

const text = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SPACES)), { maxLength: 14 })
  .map((pieces) => pieces.map(([word, space]) => word + space).join(''));

function patternPhrases(source: string, job: string) {
  return [...source.matchAll(rolePhrasePattern(job))].map((match) => {
    const start = match.index ?? 0;
    return { start, end: start + match[0].length, article: match[1], owner: match[2], possessive: match[3] };
  });
}

describe('role phrases', () => {
  it('reads the owner, the possessive and the article of a job named as a person', () => {
    const source = 'Syria’s foreign minister met the French foreign minister and the prime minister.';
    expect(rolePhrasesIn(source, 'foreign minister')).toEqual([
      { start: 0, end: 24, article: undefined, owner: 'Syria', possessive: '’s' },
      { start: 29, end: 56, article: 'the', owner: 'French', possessive: undefined },
    ]);
  });

  it('does not take a job followed by a name, or a longer word, as a role phrase', () => {
    expect(rolePhrasesIn('Foreign Minister Sergei Lavrov spoke to ministers.', 'minister')).toEqual([]);
  });

  it('finds exactly the phrases its defining pattern finds, on any mix of prose', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...JOBS), (source, job) => {
        expect(rolePhrasesIn(source, job)).toEqual(patternPhrases(source, job));
      }),
      { numRuns: 3000 },
    );
  });
});
