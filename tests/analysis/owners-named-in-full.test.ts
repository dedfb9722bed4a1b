import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('an appositive job whose owner is named in full', () => {
  it('reads "Leeds City Council’s portfolio holder for housing" after the name', () => {
    const analysis = analyseText(
      'Damp homes inquiry',
      'Cllr Amira Haddad, Leeds City Council’s portfolio holder for housing, said every complaint would be answered.',
      'Tom Okafor, Jane Harper’s former deputy, said the checks had been promised before.',
    );
    expect(entityNamed(analysis, 'Amira Haddad')?.role).toBe(
      'Leeds City Council’s portfolio holder for housing',
    );
    expect(entityNamed(analysis, 'Tom Okafor')?.role).toBe('Jane Harper’s former deputy');
  });

  it('reads no job when a title or a name follows the owner, as in a list of works', () => {
    const analysis = analyseText(
      'Festival line-up',
      'The films include Tokyo Story, Ozu’s masterpiece, and Mary Shelley, Peter Brook’s Kings And Queens.',
    );
    expect(entityNamed(analysis, 'Mary Shelley')?.role ?? null).toBeNull();
  });

  it('leaves a preposition out of the job after it', () => {
    const analysis = analyseText(
      'Sprint final',
      'Kim Collins finished third behind new world record holder Asafa Powell.',
    );
    const role = entityNamed(analysis, 'Asafa Powell')?.role ?? '';
    expect(role).toMatch(/record holder$/);
    expect(role).not.toContain('behind');
  });
});
