import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('laws and publications named in a story are no people', () => {
  it('leaves the statute a petition relies on out of the people (LiveLaw style)', () => {
    const analysis = analyseText(
      'High Court stays felling of 300 trees',
      'The petitioners said they were never heard, as the Karnataka Preservation of Trees Act, 1976 requires, and that the Right to Information Act had been ignored.',
      'Justice Meera Kulkarni said the corporation had "skipped every step the statute sets out".',
    );
    expect(peopleIn(analysis)).toEqual(['Meera Kulkarni']);
    expect(analysis.people.map((entity) => entity.name)).not.toContain('Trees Act');
  });

  it('leaves an amendment and an ordinance out too (Dawn style)', () => {
    const analysis = analyseText(
      'Ordinance challenged',
      'Lawyers said the Sindh Local Government Ordinance and the Eighteenth Amendment left the question open.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('makes a publication named for what it is an organisation (Apollo style)', () => {
    const analysis = analyseText(
      'Museum pulls manuscript from sale',
      '"We were told nothing," the curator, Hana Rezaei, told The Antiques Newspaper by telephone.',
      'In a bulletin seen by the Heritage Newsletter, the auction house said it would pause the sale.',
    );
    expect(entityNamed(analysis, 'Antiques Newspaper')?.kind).toBe('organisation');
    expect(peopleIn(analysis)).toEqual(['Hana Rezaei']);
  });
});
