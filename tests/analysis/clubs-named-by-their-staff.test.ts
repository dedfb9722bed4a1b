import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a club is known by the job its staff hold there', () => {
  it('reads a name before "coach" and a full name as the club (SuperSport style)', () => {
    const analysis = analyseText(
      'Cup exit',
      'Marabastad Rovers coach Tumelo Khoza admitted his side "did not deserve to go through".',
      'Halden Flames head coach Daryl Moreau was dismissed on Sunday.',
    );
    expect(entityNamed(analysis, 'Marabastad Rovers')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Halden Flames')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Tumelo Khoza')?.kind).toBe('person');
  });

  it('keeps a country whose coach is named as the place its side plays for (BBC style)', () => {
    const analysis = analyseText('Squad named', 'Wales coach Mike Ruddock named his squad on Tuesday.');
    expect(entityNamed(analysis, 'Wales')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Mike Ruddock')?.kind).toBe('person');
  });

  it('does not read a description opening the sentence as a club (Guardian style)', () => {
    const analysis = analyseText('Injury', 'Injured Brentwick striker Tomas Varga will miss the final.');
    expect(entityNamed(analysis, 'Injured Brentwick')?.kind).not.toBe('organisation');
    expect(entityNamed(analysis, 'Tomas Varga')?.kind).toBe('person');
  });
});

describe('an outlet called by its own head word is still an outlet', () => {
  it('reads "told The Times" as the paper and "told the Court" as no new body (Times of Malta style)', () => {
    const analysis = analyseText(
      'Appeal heard',
      'The Court of Appeal heard the case on Monday. "We were never consulted," Ms Vella told The Times.',
      'Counsel told the Court that the permit had lapsed.',
    );
    expect(entityNamed(analysis, 'The Times')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Court')).toBeUndefined();
  });
});
