import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a speaker whose workplace is set off after the name by "of"', () => {
  it('gives the words to the person, not the town the workplace is named for (El Tiempo style)', () => {
    const analysis = analyseText(
      'Festival loses funding',
      'Theatre director Jorge Eliécer Montaño, of the Teatro Popular de Bogotá, said the cut was "an act of cultural vandalism."',
      '"Every company that does not come is a hotel that does not get paid," said Cotelco\'s Bogotá chapter president, Luisa Fernanda Ramírez.',
    );
    expect(quoteStartingWith(analysis, 'an act of cultural vandalism')?.speaker).toBe(
      'Jorge Eliécer Montaño',
    );
  });

  it('reads a home town set off by "of" the same way (Toronto Star style)', () => {
    const analysis = analyseText(
      'Commuters fume',
      'Priya Nair, of Mississauga, said the delays were "a daily insult".',
    );
    expect(quoteStartingWith(analysis, 'a daily insult')?.speaker).toBe('Priya Nair');
  });

  it('still gives a body set off after its description its own words (The Hindu style)', () => {
    const analysis = analyseText(
      'Opposition walks out',
      'The main opposition party, the Bharat Rashtra Samithi (BRS), called the bill "a betrayal of farmers".',
    );
    expect(quoteStartingWith(analysis, 'a betrayal of farmers')?.speaker).toBe('Bharat Rashtra Samithi');
  });
});
