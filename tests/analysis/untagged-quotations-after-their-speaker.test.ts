import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a paragraph that is nothing but an untagged quotation', () => {
  it('is the words of the person the paragraph before ended on (Bendigo Advertiser style)', () => {
    const analysis = analyseText(
      'Festival grant cut',
      'Councillors voted to reduce the grant from $360,000 to $250,000.',
      'Cr Maria Lentini moved an amendment to restore the full amount and spoke for almost ten minutes.',
      '"The festival is not a party. It is the oldest festival of its kind in the country.',
      '"If you cut it now, you will not get it back."',
      'The amendment was lost five votes to four.',
    );
    expect(quoteStartingWith(analysis, 'The festival is not a party')?.speaker).toBe('Maria Lentini');
    expect(quoteStartingWith(analysis, 'If you cut it now')?.speaker).toBe('Maria Lentini');
  });

  it('follows a subject set off by a clause (Las Vegas Review-Journal style)', () => {
    const analysis = analyseText(
      'County funds crosswalks',
      'Commissioner Dana Whitlock, whose district includes the east valley, pushed for the program after three pedestrians were killed in August.',
      '"I went to all three of those scenes. Every one of those people was doing something ordinary."',
    );
    expect(quoteStartingWith(analysis, 'I went to all three')?.speaker).toBe('Dana Whitlock');
  });

  it('still goes to a speaker the quotation’s own paragraph names', () => {
    const analysis = analyseText(
      'Festival grant cut',
      'Cr Maria Lentini moved an amendment to restore the full amount.',
      '"We cannot afford it," said Cr Tom Archer, who voted against.',
    );
    expect(quoteStartingWith(analysis, 'We cannot afford it')?.speaker).toBe('Tom Archer');
  });
});

describe('a job named before its holder, who is said to have been elected or appointed to it', () => {
  it('gives the job’s words to the holder named in the next paragraphs (regional paper style)', () => {
    const analysis = analyseText(
      'Festival grant cut',
      'The mayor, who used her casting vote on a separate amendment earlier in the evening, said the decision had been "one of the hardest of the term".',
      '"Nobody in this chamber wants to see the festival shrink," the mayor said.',
      'Cr Joanne Pettit, who was elected mayor last November, said the council would look for sponsors.',
    );
    expect(quoteStartingWith(analysis, 'one of the hardest')?.speaker).toBe('Joanne Pettit');
    expect(quoteStartingWith(analysis, 'Nobody in this chamber')?.speaker).toBe('Joanne Pettit');
  });

  it('reads "who was appointed chief engineer" the same way', () => {
    const analysis = analyseText(
      'Water works delayed',
      '"The pipes are older than anyone thought," the chief engineer said.',
      'Samuel Otieno, who was appointed chief engineer in March, said repairs would take a year.',
    );
    expect(quoteStartingWith(analysis, 'The pipes are older')?.speaker).toBe('Samuel Otieno');
  });

  it('does not give the job to someone whose clause names another post', () => {
    const analysis = analyseText(
      'Water works delayed',
      '"The pipes are older than anyone thought," the chief engineer said.',
      'Samuel Otieno, who was appointed treasurer in March, said the budget was tight.',
    );
    expect(quoteStartingWith(analysis, 'The pipes are older')?.speaker).not.toBe('Samuel Otieno');
  });
});
