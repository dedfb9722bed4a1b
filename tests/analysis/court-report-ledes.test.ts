import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a lede that tells who the story is about before naming them', () => {
  it('gives the job in the lede to the person named next with their age', () => {
    const analysis = analyseText(
      'Council clerk jailed for fraud',
      'A former finance clerk at Tameside Borough Council has been jailed for stealing £40,000 from the mayor’s charity fund.',
      'Karen Whitworth, 58, of Ashton Old Road, Manchester, admitted 14 counts of fraud at Minshull Street Crown Court.',
      'Judge Paul Delahunt said she had betrayed people who trusted her.',
    );
    expect(entityNamed(analysis, 'Karen Whitworth')?.role).toBe(
      'former finance clerk at Tameside Borough Council',
    );
  });

  it('reads a lede in the capitals some papers open with, and a job with a relative clause', () => {
    const analysis = analyseText(
      'Delivery driver banned',
      'A DELIVERY driver who crashed into a shelter while on his phone has been banned from the road for a year.',
      'Gary Pilling, 47, of Hollins Lane, Bury, pleaded guilty to dangerous driving.',
    );
    expect(entityNamed(analysis, 'Gary Pilling')?.role).toBe('delivery driver');
  });

  it('gives nothing to a person the lede does not introduce with an age, or who is not the next named', () => {
    const analysis = analyseText(
      'Soldier jailed',
      'A former soldier has been jailed for six years after a fight outside a nightclub.',
      'Police said Mark Tilly had been arrested at the scene.',
      'Defence lawyer Anne Roper, 44, said her client was sorry.',
    );
    expect(entityNamed(analysis, 'Mark Tilly')?.role ?? null).toBeNull();
    expect(entityNamed(analysis, 'Anne Roper')?.role).toBe('Defence lawyer');
  });
});

describe('a job named first, set off by an aside, then its holder speaking', () => {
  it('gives "the city’s housing director, hired in May, told…" to the person who speaks next', () => {
    const analysis = analyseText(
      'Shelter beds added',
      'Council will add 300 beds by winter, the city’s housing director told councillors on Tuesday.',
      'The city’s parks director, appointed in March, told councillors the camps would be cleared.',
      'Rosa Delgado-Ruiz, who ran a shelter in Tucson before coming to Denver, said the beds would help.',
    );
    expect(entityNamed(analysis, 'Rosa Delgado-Ruiz')?.role).toBe('city’s parks director');
  });
});
