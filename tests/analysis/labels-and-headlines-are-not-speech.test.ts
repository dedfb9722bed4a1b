import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a label given in the passive with no one giving it', () => {
  it('is not speech after "has been called", "is often dubbed" or "was labelled" (BBC, Reuters, Guardian styles)', () => {
    const analysis = analyseText(
      'Phones change the news',
      'Analyst Mark Hollis said readers now film events before reporters arrive.',
      'It has been called "citizen reporting" or even "pocket journalism", Mr Hollis said.',
      'The district, which is often dubbed "little Lisbon", has lost half its cafes, Mr Hollis added.',
      'The shortfall was labelled the "pension gap" in the 1990s, according to Mr Hollis.',
    );
    for (const label of ['citizen reporting', 'pocket journalism', 'little Lisbon', 'pension gap'])
      expect(quoteStartingWith(analysis, label)).toBeUndefined();
  });

  it('stays speech when the one who gave the name follows with "by"', () => {
    const analysis = analyseText(
      'Ferry contract criticised',
      'Opposition leader Anne Cross has attacked the ferry contract.',
      'The contract was described as "a waste of public money" by Ms Cross on Tuesday.',
    );
    expect(quoteStartingWith(analysis, 'a waste of public money')).toBeDefined();
  });

  it("stays speech when the namers follow a second label (\"called 'X' and 'Y' by scouts\")", () => {
    const analysis = analyseText(
      'Band signs record deal',
      'The four-piece from Cork played pubs for years before anyone listened.',
      'They were once called "pretty dull" and "strange" by talent scouts who saw them live.',
    );
    expect(quoteStartingWith(analysis, 'pretty dull')).toBeDefined();
    expect(quoteStartingWith(analysis, 'strange')).toBeDefined();
  });

  it('stays speech when someone named calls it so in the active', () => {
    const analysis = analyseText(
      'Ferry contract criticised',
      'Opposition leader Anne Cross called the contract "a waste of public money".',
    );
    expect(quoteStartingWith(analysis, 'a waste of public money')?.speaker).toBe('Anne Cross');
  });
});

describe('the words of a headline or caption', () => {
  it('are print, not the speech of whoever the sentence names (tabloid and agency styles)', () => {
    const analysis = analyseText(
      'Minister under fire',
      'Transport minister Owen Pryce was pictured asleep in the Commons.',
      'The Mirror printed the photograph under the headline: "Wake up, minister!" Mr Pryce said he had been ill.',
      'A rival paper ran it with the caption "Sleeping on the job", and Mr Pryce later said the coverage was "unkind".',
    );
    expect(quoteStartingWith(analysis, 'Wake up, minister')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'Sleeping on the job')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'unkind')?.speaker).toBe('Owen Pryce');
  });
});
