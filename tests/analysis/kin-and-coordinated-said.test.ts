import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('kinship given as a role tells the sex', () => {
  it('keeps "he said" off a mother introduced as "His mother, X," (New Era style)', () => {
    const analysis = analyseText(
      'Oxygen shortage',
      'Tom Haimbodi drove through the night behind the ambulance. His mother, Selma Iita, 67, was moved to Windhoek in August.',
      '"They told us there was not enough oxygen," he said.',
    );
    expect(quoteStartingWith(analysis, 'They told us')?.speaker).toBe('Tom Haimbodi');
  });

  it('keeps "she said" off a husband introduced as "her husband, X," (Irish Independent style)', () => {
    const analysis = analyseText(
      'Trolley wait',
      'Mary Walsh waited 19 hours for a bed. Her husband, Jim Kearney, stayed with her throughout.',
      '"Nobody could tell us anything," she said.',
    );
    expect(quoteStartingWith(analysis, 'Nobody could tell us')?.speaker).toBe('Mary Walsh');
  });
});

describe('a name after "and said" is in what was said', () => {
  it('gives the partial quotation to the spokesperson, not the hospital named in the reported clause (New Era style)', () => {
    const analysis = analyseText(
      'Oxygen shortage',
      'Ministry spokesperson Petra Kandjii repeated that assurance when contacted, and said the transfers to Katutura State Hospital had been made "out of caution".',
    );
    expect(quoteStartingWith(analysis, 'out of caution')?.speaker).toBe('Petra Kandjii');
  });

  it('still reads "…, said X" after a quotation as naming the speaker (Namibian style)', () => {
    const analysis = analyseText(
      'Oxygen shortage',
      '"The compressor will be fixed by December," said Petra Kandjii, a ministry spokesperson.',
    );
    expect(quoteStartingWith(analysis, 'The compressor will be fixed')?.speaker).toBe('Petra Kandjii');
  });
});

describe('a name, an age and a home town set off before "said"', () => {
  it('makes the patient the subject a later "she said" means, not the council’s spokesperson (Nottingham Post style)', () => {
    const analysis = analyseText(
      'Corridor care',
      'Derbyshire County Council said it was working with the trust. A spokesperson for the county council said it had "added 3,000 hours of home care."',
      'Patients described long waits. Joan Pickering, 84, from Long Eaton, said she spent a night on a trolley.',
      '"You just lie there and wait," she said.',
    );
    expect(quoteStartingWith(analysis, 'You just lie there')?.speaker).toBe('Joan Pickering');
  });

  it('does not make the defendant the speaker when the judge opens the sentence (Yorkshire Evening Post style)', () => {
    const analysis = analyseText(
      'Man jailed',
      'The judge, sentencing Tom Hebden, 24, of Leeds, said the attack was "cowardly".',
    );
    expect(quoteStartingWith(analysis, 'cowardly')?.speaker).not.toBe('Tom Hebden');
  });
});
