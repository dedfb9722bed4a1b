import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/search/library.js';
import { analyseFile, fixtureLibrary, fixturePath, passageText, seedPath } from './analysed-fixtures.js';

const library = fixtureLibrary();

// Queries as people type them into a chat box: words from the articles, typos, punctuation,
// other scripts, emoji, stray quote marks and runs of spaces.
const queryPiece = fc.oneof(
  fc.constantFrom(
    'Lavrov',
    'al-Shaibani',
    'Syria’s',
    "Russia's",
    'bases',
    'Erdoğan',
    'Kılıçdaroğlu',
    'the',
    'of',
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('“', '”', '’', '-', '—', '  ', '\t', '🙂', 'العربية', 'Москва', '"', '*', '\u0301'),
);
const query = fc.array(queryPiece, { maxLength: 8 }).map((pieces) => pieces.join(' '));

describe('search under any input', () => {
  it('returns well-formed passages for whatever is typed', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 30 }), (typed, limit) => {
        const matches = library.searchPassages(typed, { limit });
        expect(matches.length).toBeLessThanOrEqual(limit);
        let previous = 0;
        for (const match of matches) {
          expect(match.score).toBeGreaterThanOrEqual(previous);
          expect(match.score).toBeLessThanOrEqual(1);
          previous = match.score;
          const text = passageText(library, match);
          let end = 0;
          for (const [from, to] of match.highlights) {
            expect(from).toBeGreaterThanOrEqual(end);
            expect(to).toBeGreaterThan(from);
            expect(to).toBeLessThanOrEqual(text.length);
            end = to;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers name lookups for whatever is typed, within the limit and scored 0 to 1', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 25 }), (typed, limit) => {
        for (const matches of [
          library.findEntities(typed, limit),
          library.findSpeakers(typed, limit),
          library.findArticles(typed, limit),
        ]) {
          expect(matches.length).toBeLessThanOrEqual(limit);
          for (const match of matches) {
            expect(match.score).toBeGreaterThanOrEqual(0);
            expect(match.score).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('builds and searches an empty corpus', () => {
    const empty = buildLibrary([]);
    expect(empty.searchPassages('lavrov', { limit: 5 })).toEqual([]);
    expect(empty.findEntities('', 5)).toEqual([]);
    expect(empty.findSpeakers('lavrov', 5)).toEqual([]);
    expect(empty.findArticles('', 5)).toEqual([]);
  });
});

describe('words as they are written', () => {
  it('highlights the name in a possessive without its apostrophe and s', () => {
    const [match] = library.searchPassages('Shaibani discussions', { limit: 1 });
    if (match === undefined) throw new Error('no match');
    const text = passageText(library, match);
    const words = match.highlights.map(([from, to]) => text.slice(from, to));
    expect(text).toContain('Shaibani’s discussions');
    expect(words).toContain('Shaibani');
  });

  it('finds text written with decomposed accents from plain letters, and the reverse', () => {
    const decomposed = analyseFile(seedPath);
    const article = {
      ...decomposed.article,
      id: 'decomposed',
      paragraphs: [{ n: 1, kind: 'body' as const, text: 'President Erdog\u0306an spoke in Ankara.' }],
    };
    const combined = buildLibrary([
      { ...decomposed, article },
      analyseFile(fixturePath('turkey-election-bbc.txt')),
    ]);
    const found = combined.searchPassages('erdogan ankara', { limit: 1 })[0];
    expect(found?.articleId).toBe('decomposed');
    expect(combined.searchPassages('Erdoğan', { limit: 5 }).map((match) => match.articleId)).toContain(
      'decomposed',
    );
  });
});
