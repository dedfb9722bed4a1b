import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a bare name two people share goes on meaning the one a title last picked out', () => {
  it('reads "Lassiter" after "Mr. Lassiter" as the man, so his "he said" is his (Knoxville court style)', () => {
    const analysis = analyseText(
      'Landlord sentenced',
      'Gordon Pryor, 61, pleaded guilty to fraud in March.',
      'The tenant who first complained, Margaret Pryor, his former wife, told the court the heating had failed for two winters. She testified for an hour and was questioned twice.',
      'Her account was not disputed. "She did everything right," the prosecutor said.',
      '"Mr. Pryor has lost everything," defence lawyer Nathan Oyelaran said.',
      'Pryor briefly addressed the judge before sentence was passed.',
      '"I let those families down," he said.',
    );
    expect(quoteStartingWith(analysis, 'I let those families down')?.speaker).toBe('Gordon Pryor');
  });

  it('reads "Mrs Okafor" then "Okafor" as the woman when her husband was named first (Nigerian court style)', () => {
    const analysis = analyseText(
      'School fees case',
      'Emeka Okafor, the proprietor, was absent from court on Monday.',
      'His wife and co-director, Ngozi Okafor, was cross-examined by the prosecution. The case was then adjourned to the afternoon.',
      'The court also heard from two parents and a clerk of the school board.',
      'Counsel for the parents, Tunde Bakare, said the fees had been "collected twice".',
      '"Mrs Okafor signed every receipt," Bakare said.',
      'Okafor wept in the dock.',
      '"I only followed instructions," she said.',
    );
    expect(quoteStartingWith(analysis, 'I only followed instructions')?.speaker).toBe('Ngozi Okafor');
  });
});
