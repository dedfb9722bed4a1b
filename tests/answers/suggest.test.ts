import { beforeAll, describe, expect, it } from 'vitest';
import { suggestArticles, suggestNames } from '../../src/answers/suggest.js';
import { openLibrary } from '../../src/library.js';
import type { Library } from '../../src/search/types.js';

let library: Library;
beforeAll(async () => {
  library = (await openLibrary('corpus', { cacheDir: null })).library;
});

describe('suggestions while typing', () => {
  it('offers a person with the role the article gives them', () => {
    expect(suggestNames(library, 'lavr', 'entities', 25)[0]).toEqual({
      name: 'Sergei Lavrov',
      role: 'Russian Foreign Minister',
      kind: 'person',
    });
  });

  it('lists people and organisations before places for an empty field', () => {
    const kinds = suggestNames(library, '', 'entities', 25).map((suggestion) => suggestion.kind);
    expect(kinds.length).toBeGreaterThan(3);
    expect(
      kinds.indexOf('place') === -1 || kinds.slice(kinds.indexOf('place')).every((kind) => kind === 'place'),
    ).toBe(true);
  });

  it('offers only people and bodies who are quoted for a speaker field', () => {
    const names = suggestNames(library, '', 'speakers', 25).map((suggestion) => suggestion.name);
    expect(names).toContain('Asaad al-Shaibani');
    expect(names).not.toContain('Bashar al-Assad');
  });

  it('offers articles by a loosely typed title', () => {
    expect(suggestArticles(library, 'syrian foreign minister', 25).map((article) => article.id)).toEqual([
      'syria-russia-mee',
    ]);
  });
});
