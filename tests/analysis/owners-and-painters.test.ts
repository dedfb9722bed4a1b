import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('people named in the history of a work of art', () => {
  it('finds the painter named by her trade and the owner with a double-barrelled surname (Apollo style)', () => {
    const analysis = analyseText(
      'Museum to return still life',
      'The museum will hand back a still life by the Dutch painter Maria van Oosterwijck to the heirs of a textile merchant.',
      'The painting belonged to Anselm Rothe-Weiss, who ran a linen business in Antwerp and fled in 1941.',
    );
    expect(entityNamed(analysis, 'Maria van Oosterwijck')?.role).toBe('Dutch painter');
    expect(peopleIn(analysis)).toContain('Anselm Rothe-Weiss');
    expect(entityNamed(analysis, 'Anselm Rothe-Weiss')?.role).toMatch(/^ran a linen business/);
  });

  it('reads no trade into running for an office', () => {
    const analysis = analyseText(
      'Council race',
      'Tom Reed, who ran for mayor in 2019, said little had changed.',
    );
    expect(entityNamed(analysis, 'Tom Reed')?.role ?? null).toBeNull();
  });

  it('leaves a double-barrelled place with a "who" after it alone (Guardian style)', () => {
    const analysis = analyseText(
      'Cup upset',
      'The visitors, who travelled from Baden-Württemberg, beat Stoke, who had won six in a row.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});
