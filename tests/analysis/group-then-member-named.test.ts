import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a group closing a sentence, then one of them named', () => {
  it('makes the person named next one of "some" of the group (Irish Times style)', () => {
    expect(
      roleIn(
        'Siobhán Walsh',
        'The decision dismayed many parents. Siobhán Walsh, whose daughter waited nine hours in the corridor, said nobody had told them why.',
      ),
    ).toBe('parent');
  });

  it('reads no group from a sentence that names none by "some" or "many" (Irish Times style)', () => {
    expect(
      roleIn(
        'Siobhán Walsh',
        'The decision dismayed the hospital board. Siobhán Walsh, whose daughter waited nine hours in the corridor, said nobody had told them why.',
      ),
    ).toBe('whose daughter waited nine hours in the corridor');
  });

  it('does not make whoever answers critics one of them (The Independent style)', () => {
    expect(
      roleIn(
        'Daniel Okafor',
        'The proposal has angered some critics. Daniel Okafor said the scheme would go ahead.',
      ),
    ).toBeNull();
  });
});
