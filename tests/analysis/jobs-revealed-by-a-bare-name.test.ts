import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const ministerThen = (nextParagraph: string) =>
  analyseText(
    'Trolley figures',
    'Hospital waiting lists rose again in March.',
    'The health minister defended the record. "Nobody is pretending this is good enough," the minister said.',
    nextParagraph,
  );

describe('a job quoted for several paragraphs, then its holder named bare at the head of one', () => {
  it('is the person whose bare name opens the paragraph after the quotations (Otago Daily Times style)', () => {
    const analysis = analyseText(
      'Highlanders coach quits',
      'The man who took the Highlanders to a first playoff in a decade has resigned.',
      'The head coach told his squad in Dunedin on Tuesday that he would not see out his contract.',
      '"I have nothing left to give this group, and they need someone fresh," the coach said in a statement.',
      '"It has been the honour of my life.',
      '"I will be in the stands next year like everybody else."',
      'Ropata Henare, 51, a former All Blacks prop who played 80 games for the province, took over in 2021.',
    );
    expect(quoteStartingWith(analysis, 'I have nothing left')?.speaker).toBe('Ropata Henare');
    expect(quoteStartingWith(analysis, 'It has been the honour')?.speaker).toBe('Ropata Henare');
  });

  it('reaches a name with its own verb of speech, no description at all (Irish Times style)', () => {
    const analysis = ministerThen(
      'Siobhán Kearney-Walsh later confirmed that she had asked officials to meet hospital managers.',
    );
    expect(quoteStartingWith(analysis, 'Nobody is pretending')?.speaker).toBe('Siobhán Kearney-Walsh');
  });

  it('is not a newcomer introduced with a description of their own', () => {
    const analysis = ministerThen('Opposition spokeswoman Áine Doherty said the figures were a disgrace.');
    expect(quoteStartingWith(analysis, 'Nobody is pretending')?.speaker).not.toBe('Áine Doherty');
  });

  it('is not a name given another current job in apposition', () => {
    const analysis = ministerThen('Dermot Quinlan, a consultant at St Vincent’s, said staff were exhausted.');
    expect(quoteStartingWith(analysis, 'Nobody is pretending')?.speaker).not.toBe('Dermot Quinlan');
  });

  it('is not a name that comes after someone else has been named in between', () => {
    const analysis = analyseText(
      'Club statement',
      'The chairman addressed supporters on Friday. "We will not sell the ground," the chairman said.',
      'Supporters’ trust secretary Gwen Harris welcomed the promise.',
      'Tom Bakewell later said he expected a vote in June.',
    );
    expect(quoteStartingWith(analysis, 'We will not sell')?.speaker).not.toBe('Tom Bakewell');
  });
});

describe('a capitalised office read as a body, when one person holds it', () => {
  it('gives the office’s words to its holder (Daily Graphic style)', () => {
    const analysis = analyseText(
      'Assembly suspends contractor',
      'The Tamale Metropolitan Assembly has suspended its sanitation contractor.',
      'The Metropolitan Chief Executive said at a briefing that the firm had broken its agreement.',
      '"We warned them twice in writing," the MCE said.',
      'The Metropolitan Chief Executive, Mr Iddrisu Abdul-Rahman, added that the assembly would recover its money.',
    );
    expect(quoteStartingWith(analysis, 'We warned them')?.speaker).toBe('Iddrisu Abdul-Rahman');
  });
});

describe('a player called by a narrowed position', () => {
  it('is the player the story is following (Stuff style)', () => {
    const analysis = analyseText(
      'Captain backs coach',
      'Captain Ben Tuilagi, no relation to the assistant coach, said the players had known for a week.',
      '"He told us straight. We respect that," the loose forward said.',
    );
    expect(quoteStartingWith(analysis, 'He told us straight')?.speaker).toBe('Ben Tuilagi');
  });

  it('is not the coach just quoted, when a player is meant', () => {
    const analysis = analyseText(
      'Derby report',
      'Coach Lisa Brandt said her side had been unlucky.',
      '"We were the better team," the holding midfielder said.',
    );
    expect(quoteStartingWith(analysis, 'We were the better team')?.speaker).not.toBe('Lisa Brandt');
  });
});
