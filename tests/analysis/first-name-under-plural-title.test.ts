import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('a plural title before a list of names', () => {
  it('finds the first name of the list and gives it the office in the singular (court desk style)', () => {
    const analysis = analyseText(
      'Graft conviction upheld',
      'The ruling was written by Associate Justice Lorna Dizon-Vale and concurred in by Associate Justices Efren Malabanan and Corazon Ilagan.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining(['Lorna Dizon-Vale', 'Efren Malabanan', 'Corazon Ilagan']),
    );
    expect(entityNamed(analysis, 'Efren Malabanan')?.role).toBe('Associate Justice');
    expect(peopleIn(analysis).some((name) => name.includes('Justices'))).toBe(false);
  });

  it('reads every name of a longer list under "Justices" and "-women" as one woman each', () => {
    const bench = analyseText(
      'Airline must pay',
      'The rapporteur was followed by Justices Anselmo Quaresma Lobo, Ilídio Barreto and Marta Nogueira.',
    );
    expect(peopleIn(bench)).toEqual(
      expect.arrayContaining(['Anselmo Quaresma Lobo', 'Ilídio Barreto', 'Marta Nogueira']),
    );
    const vote = analyseText(
      'Pipe plan passes',
      'Voting no were Councilwomen Tiwalade Okafor-Brandt and Rosalind Achebe, who said the plan was too slow.',
      'Aldermen Desmond Achterberg and Ruairi Fontes said they would abstain.',
    );
    expect(entityNamed(vote, 'Tiwalade Okafor-Brandt')?.role).toBe('Councilwoman');
    expect(entityNamed(vote, 'Ruairi Fontes')?.role).toBe('Alderman');
    expect(peopleIn(vote)).toContain('Desmond Achterberg');
  });

  it('takes no plural inside a list of products for a title (BBC style)', () => {
    const analysis = analyseText(
      'Recall widens',
      'The car giant is calling back Chevrolet Trailblazers, GMC Envoys and Isuzu Ascenders from the 2005 model year.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});
