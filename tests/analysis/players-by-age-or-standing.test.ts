import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn } from './build-article.js';

describe('a player named by one name after a word for their age or standing', () => {
  it('reads "the youngster X" and "the veteran X" as people (Lance!, Globo Esporte style)', () => {
    const analysis = analyseText(
      'Bahia line-up',
      'The coach said he would not rush the youngster Kauê into the starting line-up.',
      'Against Ceará, the veteran Everton Ribeiro should move inside, with Kauê on the bench.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Kauê', 'Everton Ribeiro']));
  });

  it('reads a shortlisted "youngster" named by one name as a person (BBC Sport style)', () => {
    const analysis = analyseText(
      'World player award',
      'The nominees for the award are Sam Kerr of Australia and Brazilian youngster Kerolin.',
    );
    expect(peopleIn(analysis)).toEqual(['Sam Kerr', 'Kerolin']);
  });

  it('leaves a product or a firm after an ordinary noun alone', () => {
    const analysis = analyseText('Sales', 'The youngsters queued for the new Nintendo console at dawn.');
    expect(peopleIn(analysis)).toEqual([]);
  });
});
