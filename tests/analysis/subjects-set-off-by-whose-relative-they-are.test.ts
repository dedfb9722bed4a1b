import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a subject set off by the person they belong to ("Name, Owner’s son, said")', () => {
  it('keeps the named subject for a later "he said", not the father named in the appositive (Delo style)', () => {
    const analysis = analyseText(
      'Builder fined over tender',
      'Tomaž Horvat, 58, received a suspended sentence for bribing an official.',
      'Luka Horvat, Tomaž Horvat’s son and director of the firm since 2021, said the company had done nothing wrong.',
      '"We built the school on time and on budget," he said.',
    );
    expect(quoteStartingWith(analysis, 'We built the school')?.speaker).toBe('Luka Horvat');
  });

  it('does so for a lawyer and for a daughter too (Irish Times and Namibian styles)', () => {
    const lawyer = analyseText(
      'Councillor cleared',
      'Councillor Brendan Walsh was cleared of all charges on Monday.',
      'Ciara Nolan, Brendan Walsh’s solicitor, said outside the court that the case should never have been brought.',
      '"My client has been through two years of hell," she said.',
    );
    expect(quoteStartingWith(lawyer, 'My client has been')?.speaker).toBe('Ciara Nolan');
    const daughter = analyseText(
      'Farmer dies in flood',
      'Petrus Amutenya, 74, drowned when the river burst its banks near Oshakati.',
      'Selma Amutenya, Petrus Amutenya’s daughter, said the family had begged him to leave.',
      '"He would not leave his cattle," she said.',
    );
    expect(quoteStartingWith(daughter, 'He would not leave')?.speaker).toBe('Selma Amutenya');
  });

  it('still gives "he said" to a subject whose appositive names no owner (Reuters style)', () => {
    const analysis = analyseText(
      'Miner to cut jobs',
      'Pieter Botha, the chief executive of Karoo Mining, said 400 jobs would go.',
      '"The price has fallen too far," he said.',
    );
    expect(quoteStartingWith(analysis, 'The price has fallen')?.speaker).toBe('Pieter Botha');
  });
});
