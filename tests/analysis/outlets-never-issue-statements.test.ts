import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a broadcaster cited as where someone spoke is never "the club" or "the company"', () => {
  it('gives "the club said in a statement" to the club, not to the channel a pundit spoke on (Scotsman style)', () => {
    const analysis = analyseText(
      'Hearts part company with manager',
      'Hearts have sacked manager Callum Reid after a run of six defeats, the club confirmed on Monday.',
      '"Heart of Midlothian thanks Callum for his efforts and wishes him well," the club said in a statement.',
      'Former Hearts captain Gary Locke, now a pundit for BBC Scotland, said the decision was overdue. "It has been coming for weeks," Locke told BBC Scotland.',
      '"The players stopped believing in him a long time ago," he said on BBC Scotland\'s Sportsound programme.',
    );
    expect(quoteStartingWith(analysis, 'Heart of Midlothian thanks')?.speaker).toBe('Hearts');
    expect(quoteStartingWith(analysis, 'The players stopped')?.speaker).toBe('Gary Locke');
  });

  it('still lets a company the story also follows as an actor speak, though a rival told it something (FT style)', () => {
    const analysis = analyseText(
      'Grocer warns on profits',
      'Halden Foods cut its profit forecast on Tuesday after a weak Christmas, and Halden Foods shares fell 6%.',
      'Its supplier Marrow Dairies told Halden Foods in November that prices would rise.',
      '"Trading in December was below our expectations," the company said.',
    );
    expect(quoteStartingWith(analysis, 'Trading in December')?.speaker).toBe('Halden Foods');
  });

  it('does not hand a statement to the only other body when the one it cites is an outlet (BBC style)', () => {
    const analysis = analyseText(
      'Retailer issues profit warning',
      'Next said its annual profit would be lower than expected.',
      '"Clearance rates in our sale have been below our expectations," the company said.',
      '"It is a result," said Nick Bubb, an analyst at Evolution Securities. One dealer told Reuters the figures were "not what people had hoped for".',
    );
    expect(quoteStartingWith(analysis, 'Clearance rates')?.speaker).not.toBe('Evolution Securities');
    expect(quoteStartingWith(analysis, 'Clearance rates')?.speaker).not.toBe('Reuters');
  });
});
