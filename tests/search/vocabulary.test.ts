import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, buildVocabulary } from '../../src/search/vocabulary.js';

/** Textbook optimal string alignment distance, without any early exit, to check the fast one against. */
function referenceDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, row) =>
    Array.from({ length: b.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row <= a.length; row++) {
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      const here = rows[row] as number[];
      const above = rows[row - 1] as number[];
      let value = Math.min(
        (above[column] ?? 0) + 1,
        (here[column - 1] ?? 0) + 1,
        (above[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, ((rows[row - 2] as number[])[column - 2] ?? 0) + 1);
      }
      here[column] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'r', 'v', 'o', 'f', 'l'), maxLength: 9 });

describe('spelling distance', () => {
  it('agrees with the textbook distance whenever that is within the limit', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const exact = referenceDistance(a, b);
        const bounded = boundedEditDistance(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(limit);
      }),
      { numRuns: 500 },
    );
  });

  it('counts a swap of neighbouring letters as one slip', () => {
    expect(boundedEditDistance('lavrov', 'lavorv', 2)).toBe(1);
  });
});

describe('vocabulary lookups', () => {
  const terms = [
    'lavrov',
    'lavrova',
    'sergei',
    'sergey',
    'serge',
    'base',
    'based',
    'bases',
    'basis',
    'assad',
    'asaad',
  ];
  const vocabulary = buildVocabulary(terms);
  const named = (ids: number[]) => ids.map((id) => terms[id]);

  it('finds every term within reach, and only those', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 2 }), (typed, limit) => {
        const found = new Set(named(vocabulary.similar(typed, limit).map((hit) => hit.id)));
        for (const term of terms) expect(found.has(term)).toBe(referenceDistance(typed, term) <= limit);
      }),
      { numRuns: 300 },
    );
  });

  it('completes a prefix from the sorted terms', () => {
    expect(named(vocabulary.withPrefix('bas', 10)).sort()).toEqual(['base', 'based', 'bases', 'basis']);
    expect(vocabulary.withPrefix('bas', 2)).toHaveLength(2);
    expect(vocabulary.withPrefix('zz', 10)).toEqual([]);
  });

  it('keeps only the nearest spellings', () => {
    expect(named(vocabulary.nearest('sergej', 2).map((hit) => hit.id)).sort()).toEqual([
      'serge',
      'sergei',
      'sergey',
    ]);
    expect(named(vocabulary.nearest('sergeiy', 2).map((hit) => hit.id)).sort()).toEqual(['sergei', 'sergey']);
    expect(named(vocabulary.nearest('lavrof', 2).map((hit) => hit.id))).toEqual(['lavrov']);
  });
});
