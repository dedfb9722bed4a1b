import { describe, expect, it } from 'vitest';
import { buildNameIndex, type NamedEntry } from '../../src/search/name-index.js';
import { fixtureLibrary } from './analysed-fixtures.js';

// Names and aliases as the seed article and a BBC politics piece write them.
const people: NamedEntry[] = [
  { forms: ['Sergei Lavrov', 'Lavrov', 'Sergey Lavrov'], popularity: 9 },
  { forms: ['Asaad al-Shaibani', 'Shaibani', 'al-Shaibani'], popularity: 12 },
  { forms: ['Bashar al-Assad', 'Assad', 'al-Assad'], popularity: 10 },
  { forms: ['Vladimir Putin', 'Putin'], popularity: 2 },
  { forms: ['Ahmed al-Sharaa', 'Sharaa'], popularity: 2 },
  { forms: ['Murhaf Abu Qasra', 'Abu Qasra'], popularity: 1 },
  { forms: ['Recep Tayyip Erdoğan', 'Erdoğan'], popularity: 6 },
  { forms: ['Kemal Kılıçdaroğlu', 'Kılıçdaroğlu'], popularity: 3 },
  { forms: ['Sergio Marchionne', 'Marchionne'], popularity: 4 },
];
const index = buildNameIndex(people);
const firstForm = (query: string): string | undefined => {
  const [hit] = index.find(query, 5);
  return hit === undefined ? undefined : people[hit.entry]?.forms[0];
};

describe('name lookup', () => {
  it('finds people by misspelt or transliterated names', () => {
    expect(firstForm('lavrof')).toBe('Sergei Lavrov');
    expect(firstForm('sergey')).toBe('Sergei Lavrov');
    expect(firstForm('Sergey Lavrof')).toBe('Sergei Lavrov');
    expect(firstForm('erdogan')).toBe('Recep Tayyip Erdoğan');
    expect(firstForm('kilicdaroglu')).toBe('Kemal Kılıçdaroğlu');
  });

  it('finds al-Shaibani with or without the particle and the hyphen', () => {
    for (const query of ['al shaibani', 'al-Shaibani', 'Shaibani', 'alshaibani', 'Asaad al Shaibani']) {
      expect(firstForm(query)).toBe('Asaad al-Shaibani');
    }
  });

  it('ranks an exact alias or surname above a near spelling of another name', () => {
    // "Asaad" is one letter from "Assad": the man called Assad must still come first.
    const hits = index.find('assad', 5).map((hit) => people[hit.entry]?.forms[0]);
    expect(hits[0]).toBe('Bashar al-Assad');
    expect(hits).toContain('Asaad al-Shaibani');
    const [exact, near] = index.find('assad', 5);
    expect(exact?.score).toBe(0);
    expect(near?.score ?? 0).toBeGreaterThan(0);
  });

  it('completes a name from its first letters, most mentioned first', () => {
    expect(firstForm('la')).toBe('Sergei Lavrov');
    expect(firstForm('ser')).toBe('Sergei Lavrov');
    expect(index.find('ser', 5).map((hit) => people[hit.entry]?.forms[0])).toContain('Sergio Marchionne');
    expect(firstForm('abu q')).toBe('Murhaf Abu Qasra');
  });

  it('lists the most mentioned names for an empty query', () => {
    expect(index.find('', 3).map((hit) => people[hit.entry]?.forms[0])).toEqual([
      'Asaad al-Shaibani',
      'Bashar al-Assad',
      'Sergei Lavrov',
    ]);
  });

  it('offers the nearest names for a badly garbled query rather than nothing', () => {
    expect(firstForm('shaybanee')).toBe('Asaad al-Shaibani');
  });

  it('finds nothing for a name nobody in the corpus has', () => {
    expect(index.find('zxqwv', 5)).toEqual([]);
  });
});

describe('article lookup', () => {
  const library = fixtureLibrary();

  it('finds an article by its id or by words of its title', () => {
    expect(library.findArticles('navy-bases-reuters', 3)[0]).toEqual({
      articleId: 'navy-bases-reuters',
      score: 0,
    });
    expect(library.findArticles('turkey election', 3)[0]?.articleId).toBe('turkey-election-bbc');
    expect(library.findArticles('pentagon pacfic', 3)[0]?.articleId).toBe('navy-bases-reuters');
  });

  it('lists every article, up to the limit, for an empty query', () => {
    expect(library.findArticles('', 10)).toHaveLength(library.articles.length);
    expect(library.findArticles('', 2)).toHaveLength(2);
  });
});
