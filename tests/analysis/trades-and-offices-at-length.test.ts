import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('trades the lexicon lacks and offices named at length', () => {
  it('reads a trade told by a doer noun after what is worked on (Prothom Alo, ABC styles)', () => {
    expect(
      roleIn(
        'Rafiqul Islam',
        'Rafiqul Islam, a van puller from Mirpur whose daughter was admitted last week, said they had slept in the corridor.',
      ),
    ).toContain('van puller');
    expect(
      roleIn(
        'Maria Santos',
        'Maria Santos, 41, a fruit picker in Mildura, said pay had not risen in three years.',
      ),
    ).toContain('fruit picker');
  });

  it('does not make a firm a person by what it makes (Reuters style)', () => {
    expect(roleIn('Foxconn', 'Foxconn, an iPhone assembler, said orders had fallen.')).toBeNull();
    expect(
      roleIn('Robert Bosch', 'The pumps were supplied by Robert Bosch, a parts maker, in 2003.'),
    ).toBeNull();
  });

  it('keeps a number whole in a clause that tells the trade (Jakarta Post style)', () => {
    expect(
      roleIn('Wagiman', 'Wagiman, 61, who farms 2.5 hectares in Subang, said the water had come late.'),
    ).toContain('farms 2.5 hectares');
    expect(
      roleIn('Jane Roe', 'Jane Roe, who farms 1,200 acres near Ames, said prices had fallen.'),
    ).toContain('farms 1,200 acres');
  });

  it('reads a job whose body is named at length after the name (La Presse de Tunisie style)', () => {
    expect(
      roleIn(
        'Hedi Ben Salem',
        'Hedi Ben Salem, head of the Sousse regional office of the National Union of Tunisian Farmers and Fishermen, said the harvest was poor.',
      ),
    ).toContain('head of the Sousse regional office');
  });

  it('stops a long appositive where the sentence goes on (BBC style)', () => {
    expect(
      roleIn(
        'Paul Hale',
        'Paul Hale, an analyst at research firm Acme Data believes the time is ripe for streaming to take off.',
      ),
    ).toBeNull();
    expect(
      roleIn(
        'Kim Dong-hyun',
        'Kim Dong-hyun, executive director of Korea Trade Bank - one of the lenders - said talks had failed.',
      ),
    ).toBe('executive director of Korea Trade Bank');
  });

  it('reads a portfolio that lists its fields with commas (El Tiempo, SABC styles)', () => {
    expect(
      roleIn(
        'Camila Ortiz Rueda',
        "Medellín's Secretary of Youth, Women and Sport, Camila Ortiz Rueda, said the budget had been cut.",
      ),
    ).toContain('Secretary of Youth, Women and Sport');
  });

  it('gives the job of a body named in full that runs into the name (VnExpress style)', () => {
    expect(
      roleIn(
        'Tran Thi Mai',
        'Deputy director of the provincial Department of Industry and Trade Tran Thi Mai said the factories had reopened.',
        '"Orders are coming back," Mai said.',
      ),
    ).toContain('Deputy director of the provincial Department of Industry and Trade');
  });

  it('gives the post taken up to a relative named before it (Fiji Sun style)', () => {
    expect(
      roleIn(
        'Semi Tabua',
        'Assistant coach Viliame Tabua stays on, and his cousin Semi Tabua joins from the Fijian Drua as scrum coach.',
      ),
    ).toBe('scrum coach');
    expect(roleIn('Tom Hale', 'Tom Hale joined as a trainee in 1990 and never left.')).toBeNull();
  });
});
