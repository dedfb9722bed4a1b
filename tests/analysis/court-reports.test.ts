import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('the British court report', () => {
  it('finds barristers named by their part in the case and the recorder who sentences (Northern Echo style)', () => {
    const analysis = analyseText(
      'Care home bookkeeper jailed',
      'Ruth Garside-Pike, 58, admitted stealing £40,000 from the home where she kept the books.',
      'Prosecuting, Ngozi Adeyemi-Cole said the thefts had gone on for three years.',
      'Mitigating, Orla Brennan-Fitch said her client was ashamed. "She has lost everything," she said.',
      'Sentencing, Recorder Imran Qureshi-Lowe told her the breach of trust was serious.',
      '"The residents\' families trusted you with their money," the recorder said.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining(['Ngozi Adeyemi-Cole', 'Orla Brennan-Fitch', 'Imran Qureshi-Lowe']),
    );
    expect(entityNamed(analysis, 'Imran Qureshi-Lowe')?.role).toBe('Recorder');
    expect(quoteStartingWith(analysis, 'She has lost everything')?.speaker).toBe('Orla Brennan-Fitch');
    expect(quoteStartingWith(analysis, "The residents' families")?.speaker).toBe('Imran Qureshi-Lowe');
  });

  it('finds a barrister named before ", defending,"', () => {
    const analysis = analyseText(
      'Driver banned',
      'Tamsin Oduya-Pryce, defending, said her client needed his licence for work.',
    );
    expect(peopleIn(analysis)).toEqual(['Tamsin Oduya-Pryce']);
  });
});

describe('two jobs held at once and union branches with a letter', () => {
  it('reads "Singer-songwriter" and "writer-director" as roles before a name (Rolling Stone style)', () => {
    const analysis = analyseText(
      'Venue saved',
      'Singer-songwriter Maren Olafsdottir-Kell wrote that the club was "where I learned to play to strangers."',
      'The writer-director Tomasz Wielgus-Brandt backed the campaign.',
    );
    expect(entityNamed(analysis, 'Maren Olafsdottir-Kell')?.role).toBe('Singer-songwriter');
    expect(entityNamed(analysis, 'Tomasz Wielgus-Brandt')?.role).toBe('writer-director');
    expect(quoteStartingWith(analysis, 'where I learned')?.speaker).toBe('Maren Olafsdottir-Kell');
  });

  it('keeps a letter in a union branch number (Edmonton Journal style)', () => {
    const analysis = analyseText(
      'Refinery deal',
      'Unifor Local 530A, which represents 900 refinery workers, said the deal was "a fair one."',
    );
    expect(quoteStartingWith(analysis, 'a fair one')?.speaker).toBe('Unifor Local 530A');
  });
});

describe('the Irish court report', () => {
  it('reads "Garda" and "Detective Garda" as titles before a name (Irish Independent style)', () => {
    const analysis = analyseText(
      'Shop raider jailed',
      'Garda Aoife Delahunt-Byrne said the shop worker had been threatened with a bar.',
      'Detective Garda Pádraig Ó Catháin told the court the accused had 31 previous convictions.',
    );
    expect(peopleIn(analysis)).toEqual(['Aoife Delahunt-Byrne', 'Pádraig Ó Catháin']);
    expect(entityNamed(analysis, 'Aoife Delahunt-Byrne')?.role).toBe('Garda');
  });
});
