import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a body that spoke "in a note" or "in a memo" keeps speaking through it', () => {
  it('gives "the note said" to the brokerage that wrote the note (business wire style)', () => {
    const analysis = analyseText(
      'Copper slides',
      'Copper fell for a third day on Tuesday as stocks in Shanghai warehouses rose.',
      'Strategists at Marlowe Securities said in a note to clients that demand from builders was weakening.',
      '"We expect the slide to continue into the first quarter," the note said.',
    );
    expect(quoteStartingWith(analysis, 'We expect the slide')?.speaker).toBe('Marlowe Securities');
  });

  it('does the same for "the memo added" after a union wrote a memo to members', () => {
    const analysis = analyseText(
      'Nurses ballot',
      'The Allied Nursing Union said in a memo to members that a ballot would open next week.',
      '"No ward should be left with a single nurse at night," the memo added.',
    );
    expect(quoteStartingWith(analysis, 'No ward should be left')?.speaker).toBe('Allied Nursing Union');
  });
});

describe('a body called by the last word of its name', () => {
  it('gives "the branch called it" to the investigation branch named before (regional weekly style)', () => {
    const analysis = analyseText(
      'Trawler inquiry opens',
      'The inquiry will hear from investigators at the Rail Accident Investigation Branch (RAIB).',
      'Its report found that the brakes had not been serviced. The branch called the derailment "wholly avoidable".',
    );
    expect(quoteStartingWith(analysis, 'wholly avoidable')?.speaker).toBe(
      'Rail Accident Investigation Branch',
    );
  });

  it('gives "the directorate said" to the one directorate named', () => {
    const analysis = analyseText(
      'Fuel checks',
      'Inspectors from the Petroleum Safety Directorate visited the depot on Monday.',
      'The directorate said the tanks were "in a dangerous condition".',
    );
    expect(quoteStartingWith(analysis, 'in a dangerous condition')?.speaker).toBe(
      'Petroleum Safety Directorate',
    );
  });

  it('says nothing when the kind word belongs to no body in the story', () => {
    const analysis = analyseText(
      'Tree falls',
      'A tree fell on the Hillside Road garage of Ana Pereira on Sunday night.',
      'The branch that came down was "rotten to the core", Pereira said.',
    );
    expect(quoteStartingWith(analysis, 'rotten to the core')?.speaker).toBe('Ana Pereira');
  });
});

describe('"in a statement posted online, X said … and that …"', () => {
  it('keeps the second "that" clause with the body, not the participle naming the statement', () => {
    const analysis = analyseText(
      'Warehouse fire',
      'A fire broke out at a warehouse leased by Harbourline Logistics (HL) on Friday.',
      'In a statement posted on its website, Harbourline Logistics said it was "shocked" by the fire and that the building had "met every fire code".',
    );
    expect(quoteStartingWith(analysis, 'shocked')?.speaker).toBe('Harbourline Logistics');
    expect(quoteStartingWith(analysis, 'met every fire code')?.speaker).toBe('Harbourline Logistics');
  });

  it('still gives a second "that" clause to the reporting verb over a verb inside the first', () => {
    const analysis = analyseText(
      'Water supply',
      'Mayor Joan Okafor said testing had found low levels of lead, and that the supply was "safe to drink".',
    );
    expect(quoteStartingWith(analysis, 'safe to drink')?.speaker).toBe('Joan Okafor');
  });
});
