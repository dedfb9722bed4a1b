import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a body named first and its head after "by"', () => {
  it('reads who chairs, founded, coaches or owns the body', () => {
    const analysis = analyseText(
      'Inquiry into harbour sale',
      'The review was ordered by the Harbour Trust, which is chaired by Siobhán Kearney.',
      'Most of the land belongs to a cooperative founded by Peter Wanjiru in 1998.',
      'The women’s side, coached by Sarah Mokoena, won all six of its games.',
      'The ferry is run on a lease from a company owned by Arjun Mehta.',
    );
    expect(entityNamed(analysis, 'Siobhán Kearney')?.role).toBe('chairs the Harbour Trust');
    expect(entityNamed(analysis, 'Peter Wanjiru')?.role).toBe('founded a cooperative');
    expect(entityNamed(analysis, 'Sarah Mokoena')?.role).toBe('coaches the women’s side');
    expect(entityNamed(analysis, 'Arjun Mehta')?.role).toBe('owns a company');
  });

  it('prefers a job named by a noun elsewhere in the story', () => {
    const analysis = analyseText(
      'Club sold',
      'The club, owned by Dmitri Volkov since 2011, has been sold.',
      'Volkov, the club’s chairman, said the sale was the right thing for the supporters.',
    );
    expect(entityNamed(analysis, 'Dmitri Volkov')?.role).toBe('club’s chairman');
  });

  it('reads no job from a deed done once, or from a body not set off as a noun phrase', () => {
    const analysis = analyseText(
      'Striker sent off',
      'The winger was fouled by Kwame Darko in the second minute.',
      'Cinderella Man, directed by Ron Fuller, opens on Friday.',
      'The march was led by Amina Diallo.',
    );
    expect(entityNamed(analysis, 'Kwame Darko')?.role ?? null).toBeNull();
    expect(entityNamed(analysis, 'Ron Fuller')?.role ?? null).toBeNull();
    expect(entityNamed(analysis, 'Amina Diallo')?.role ?? null).toBeNull();
  });
});
