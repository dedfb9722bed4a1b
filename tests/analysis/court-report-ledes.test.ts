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
      'Council will add 300 beds by winter, officials said on Tuesday.',
      'The city’s parks director, appointed in March, told councillors the camps would be cleared.',
      'Rosa Delgado-Ruiz, who ran a shelter in Tucson before coming to Denver, said the beds would help.',
    );
    expect(entityNamed(analysis, 'Rosa Delgado-Ruiz')?.role).toBe('city’s parks director');
  });
});

describe('a job named as the speaker after a comma, then its holder named', () => {
  it('gives "…, the city’s director of transport told councillors" to the person named next', () => {
    const analysis = analyseText(
      'Tram extension cost rises',
      'The extension will cost $900 million, the city’s director of transport told councillors on Monday.',
      'Olufemi Adeyemi-Clarke, who has run the department since 2021, said the price reflected steel costs.',
    );
    expect(entityNamed(analysis, 'Olufemi Adeyemi-Clarke')?.role).toBe('city’s director of transport');
  });

  it('reads a body named in full with its initials in brackets as part of the job', () => {
    const analysis = analyseText(
      'Teachers rally',
      'The head of the Estonian Teachers’ and Lecturers’ Trade Union (EHL), who has led two strikes, addressed the crowd.',
      '"We will not wait another year," said Reet Kask.',
    );
    expect(entityNamed(analysis, 'Reet Kask')?.role).toBe(
      'head of the Estonian Teachers’ and Lecturers’ Trade Union (EHL)',
    );
  });

  it('leaves a job after a comma to the person already named before it', () => {
    const analysis = analyseText(
      'Rates held',
      'Governor Amara Nwosu kept rates at 5%.',
      'Inflation will fall next year, the governor told reporters.',
      'Chidi Okeke, a trader in Lagos, said prices were still rising.',
    );
    expect(entityNamed(analysis, 'Chidi Okeke')?.role).toBe('trader in Lagos');
  });
});
