import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a question or exclamation closed inside its marks, then its tag as a sentence of its own', () => {
  it('gives a cross-examiner\'s question to the barrister who "pressed" (Press Association court copy)', () => {
    const analysis = analyseText(
      'Fraud trial hears from finance chief',
      'Defence barrister Helen Marsh QC cross-examined the former finance director, Paul Kerrigan.',
      '"I signed what I was given," Mr Kerrigan said. "Did you ever question a single invoice?" Ms Marsh pressed.',
    );
    expect(quoteStartingWith(analysis, 'Did you ever question')?.speaker).toBe('Helen Marsh');
    expect(quoteStartingWith(analysis, 'I signed what')?.speaker).toBe('Paul Kerrigan');
  });

  it('reads "shouted", "asked" and "persisted" after a closing question or exclamation (AP and Guardian styles)', () => {
    const analysis = analyseText(
      'Protest outside the assembly',
      'Councillor Rhys Pennant left the chamber as protesters gathered on the steps.',
      '"Shame on you!" one woman shouted. "Where is the money?" Mr Pennant asked.',
      'Reporter Dana Whitcombe followed him to his car. "Will you resign?" Ms Whitcombe persisted.',
    );
    expect(quoteStartingWith(analysis, 'Where is the money')?.speaker).toBe('Rhys Pennant');
    expect(quoteStartingWith(analysis, 'Will you resign')?.speaker).toBe('Dana Whitcombe');
    expect(quoteStartingWith(analysis, 'Shame on you')?.speaker).not.toBe('Rhys Pennant');
  });

  it('does not take the next sentence for a tag when it is an act, not speech', () => {
    const analysis = analyseText(
      'Minister walks out',
      'Health minister Carys Bevan was asked about the waiting lists on BBC Radio Wales.',
      '"Why should I answer that?" Ms Bevan said. "Enough!" The interviewer moved on.',
    );
    expect(quoteStartingWith(analysis, 'Why should I')?.speaker).toBe('Carys Bevan');
    expect(quoteStartingWith(analysis, 'Enough')?.speaker).not.toBe('interviewer');
  });

  it('keeps "pressed" an act when it does not close the clause', () => {
    const analysis = analyseText(
      'Charges over pub brawl',
      'Solicitor Amir Latif spoke for Dean Foley after the fight outside the Crown.',
      'Opposition MPs pressed Home Secretary Ruth Calloway on the figures, and Mr Latif said the case was "a farce".',
    );
    expect(quoteStartingWith(analysis, 'a farce')?.speaker).toBe('Amir Latif');
  });
});

describe('an answer tagged by a description in a question-and-answer exchange', () => {
  it('gives "replied the witness" to the one the questioner was examining (BBC court copy)', () => {
    const analysis = analyseText(
      'Accountant tells jury of transfers',
      'Prosecutor Jane Holloway questioned the accountant, Martin Reece, about the transfers.',
      '"I moved the money when I was told to," Mr Reece said. "Did you sign the cheques yourself?" Ms Holloway pressed. "Never," replied the witness.',
    );
    expect(quoteStartingWith(analysis, 'Never')?.speaker).toBe('Martin Reece');
  });

  it('gives "the singer answered" to the one being interviewed (Guardian interview copy)', () => {
    const analysis = analyseText(
      'A life in song',
      'Interviewer Tom Abernethy met Lucia Ferrante at her home in Bologna.',
      '"I never wanted fame," Ms Ferrante said. "Not even at the start?" Mr Abernethy asked. "Not for a day," the singer answered.',
    );
    expect(quoteStartingWith(analysis, 'Not for a day')?.speaker).toBe('Lucia Ferrante');
  });

  it('says nothing when no one had answered the questioner before', () => {
    const analysis = analyseText(
      'Council meeting',
      'Councillor Aled Prys asked about the budget at the meeting on Tuesday.',
      '"Where has the money gone?" Mr Prys asked. "Into the roads," replied the treasurer.',
    );
    expect(quoteStartingWith(analysis, 'Into the roads')?.speaker).not.toBe('Aled Prys');
  });

  it('follows the exchange when each turn is a paragraph of its own (court copy, one turn a paragraph)', () => {
    const analysis = analyseText(
      'Landlord denies forging tenancy papers',
      '"I was at the office all night," Graham Tolley told the jury.',
      '"Who else was there?" prosecutor Ruth Achebe asked.',
      '"No one," replied the defendant.',
    );
    expect(quoteStartingWith(analysis, 'No one')?.speaker).toBe('Graham Tolley');
    expect(quoteStartingWith(analysis, 'Who else')?.speaker).toBe('Ruth Achebe');
  });
});
