import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a player described by where the rankings or the draw put them', () => {
  it('reads a ranking set off after the name (AP style)', () => {
    const analysis = analyseText(
      'Upset in Miami',
      'Elena Varga, the world number seven, was beaten 6-4 6-2 by Jana Kovac, the Slovak number one.',
    );
    expect(entityNamed(analysis, 'Elena Varga')?.role).toBe('world number seven');
    expect(entityNamed(analysis, 'Jana Kovac')?.role).toBe('Slovak number one');
  });

  it('reads a seeding with the nationality it qualifies (Reuters style)', () => {
    const analysis = analyseText(
      'Seeds tumble in Paris',
      'Maria Ortiz, the 14th seeded Spaniard, lost in three sets, while Olga Petrova, an unseeded Russian, reached the last 16.',
      'Claire Dubois, the second-seeded Frenchwoman, withdrew with a back injury.',
    );
    expect(entityNamed(analysis, 'Maria Ortiz')?.role).toBe('14th seeded Spaniard');
    expect(entityNamed(analysis, 'Olga Petrova')?.role).toBe('unseeded Russian');
    expect(entityNamed(analysis, 'Claire Dubois')?.role).toBe('second-seeded Frenchwoman');
  });

  it('reads a ranking written straight before the name (Guardian style)', () => {
    const analysis = analyseText(
      'Qualifier stuns favourite',
      'Women’s number one Karen Holt needed three hours to see off world number 212 Emily Stone.',
    );
    expect(entityNamed(analysis, 'Emily Stone')?.role).toBe('world number 212');
  });

  it('gives no ranking to someone beside a house number or a count', () => {
    const analysis = analyseText(
      'Street party',
      'Residents of number 12, Peter Lowe said, had organised the party for the seventh year.',
    );
    expect(entityNamed(analysis, 'Peter Lowe')?.role ?? null).toBeNull();
  });
});
