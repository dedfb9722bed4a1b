import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a field of work before a job stays with it', () => {
  it('keeps the "-ing" or "-ed" word that says which director, manager or nurse', () => {
    const analysis = analyseText(
      'Lyon part ways with coach after cup exit',
      'The board met sporting director Hélène Marchand on Tuesday after the defeat in Rennes.',
      'Marketing manager Tomás Ibarra said ticket sales had fallen by a fifth.',
      'Registered nurse Aisha Bello treated two supporters at the ground.',
      'The club is now led by reigning champion Pieter Claes on the pitch.',
    );
    expect(entityNamed(analysis, 'Hélène Marchand')?.role).toBe('sporting director');
    expect(entityNamed(analysis, 'Tomás Ibarra')?.role).toBe('Marketing manager');
    expect(entityNamed(analysis, 'Aisha Bello')?.role).toBe('Registered nurse');
    expect(entityNamed(analysis, 'Pieter Claes')?.role).toBe('reigning champion');
  });

  it('leaves a verb ending in "-ing" out of the job after it', () => {
    const analysis = analyseText(
      'Upset at Queens',
      'The qualifier stunned the crowd by beating champion Ruth Okello in straight sets.',
    );
    expect(entityNamed(analysis, 'Ruth Okello')?.role).toBe('champion');
  });
});

describe('a relation set off before a name gives way to the job after it', () => {
  it('reads the job, not how the two people stand', () => {
    const analysis = analyseText(
      'Budget vote delayed',
      'Marta Kowalczyk, who leads the Civic Coalition group, said the vote was rushed.',
      'Her ally and neighbour, Ewa Nowak, a councillor for the same district who sits on the audit panel, said the figures had not been checked.',
    );
    expect(entityNamed(analysis, 'Ewa Nowak')?.role).toBe('councillor for the same district');
  });

  it('keeps a family relation when nothing after the name names a job', () => {
    const analysis = analyseText(
      'Family waits for news',
      'His brother, Karim Haddad, who drove him to the border, said the family had heard nothing.',
    );
    expect(entityNamed(analysis, 'Karim Haddad')?.role).toBe('brother');
  });
});
