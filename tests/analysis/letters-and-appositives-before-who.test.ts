import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('letters after a name', () => {
  it('reads a senior advocate’s SAN as part of the name, so "he" is the advocate (ThisDay style)', () => {
    const analysis = analyseText(
      'Court halts demolition',
      'Justice Ada Obi said the state had ignored its own law.',
      'Counsel to the traders, Mr Tunde Bakare, SAN, described the judgment as a victory for small businesses.',
      '"My clients are not lawbreakers," he told reporters outside the court.',
    );
    expect(quoteStartingWith(analysis, 'My clients are not lawbreakers')?.speaker).toBe('Tunde Bakare');
    expect(organisationsIn(analysis)).not.toContain('SAN');
  });

  it('never makes a body of a silk’s or an honour’s letters (Irish Times and BBC style)', () => {
    const analysis = analyseText(
      'Wind farm ruling',
      'For the developer, Michael Burke SC said the project would power 38,000 homes.',
      'The founder, Dame Ann Hale DBE, and the chairman, Sir Tom Ince QC, were at the hearing.',
    );
    for (const letters of ['SC', 'DBE', 'QC']) expect(organisationsIn(analysis)).not.toContain(letters);
  });
});

describe('"who" after a name and an appositive that ends on a place', () => {
  it('stands for the person the appositive describes, so a later "she" is her (Ukrinform style)', () => {
    const analysis = analyseText(
      'Gallery reopens',
      'Director Bohdan Marchuk said the decision had been difficult.',
      'Visitors queued for an hour. Among them was Iryna Koval, a schoolteacher from Stryi, who said she had brought her pupils.',
      '"The children know the word from textbooks," she said.',
    );
    expect(quoteStartingWith(analysis, 'The children know')?.speaker).toBe('Iryna Koval');
  });

  it('works after a plain subject as well (Reuters style)', () => {
    const analysis = analyseText(
      'Port strike',
      'Port director Hans Weber said talks would resume.',
      'Lena Vogt, a crane driver from Bremerhaven, who has worked at the port for 20 years, said the offer was "an insult".',
    );
    expect(quoteStartingWith(analysis, 'an insult')?.speaker).toBe('Lena Vogt');
  });
});

describe('"who" straight after a body or a town named by a preposition', () => {
  it('stands for the unnamed person the phrase describes, so "he" is no one named (Chronicle Live style)', () => {
    const analysis = analyseText(
      'Landlord fined',
      'Daniel Okafor, 52, admitted eight offences.',
      'One of the former tenants, a second-year engineering student at Northumbria University who asked not to be named, said the students had complained in October.',
      '"We were told it was on the list," he said.',
    );
    expect(quoteStartingWith(analysis, 'We were told it was on the list')?.speaker).toBeNull();
  });

  it('still stands for a passive’s agent, and for a name the clause is set off from (BBC style)', () => {
    const agent = analyseText(
      'Poster row',
      'The posters were labelled a "big misjudgement" by the Conservatives who said the campaign had "badly backfired".',
    );
    expect(quoteStartingWith(agent, 'badly backfired')?.speaker).toBe('Conservatives');
    const setOff = analyseText(
      'Rates hold',
      'A cut is "still within reach", according to Femke van Dijk, who said the bank would wait.',
    );
    expect(quoteStartingWith(setOff, 'still within reach')?.speaker).toBe('Femke van Dijk');
  });
});
