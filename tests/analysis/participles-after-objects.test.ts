import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a participle after a verb and its object', () => {
  it('never gives the words to the object of the main verb, nor to the last speaker (Guardian style)', () => {
    const analysis = analyseText(
      'Hall of fame honours soul singers',
      'The soul singer Marla Quinn, 71, was inducted alongside four other acts on Saturday.',
      '"This is the best night of my life," said Tom Reyes, the band’s drummer.',
      'Later the host of the evening introduced Quinn, citing her best-known hit Blue River as "one of the finest songs ever written".',
    );
    const quote = quoteStartingWith(analysis, 'one of the finest songs');
    expect(quote?.speaker).not.toBe('Marla Quinn');
    expect(quote?.speaker).not.toBe('Tom Reyes');
  });

  it('still gives the participle to a subject the story has named (Reuters style)', () => {
    const analysis = analyseText(
      'Talks stall',
      'Defence minister Pavel Novak praised Jan Dvorak, calling his plan "a serious piece of work".',
    );
    expect(quoteStartingWith(analysis, 'a serious piece of work')?.speaker).toBe('Pavel Novak');
  });

  it('gives the participle to someone a film or a recording showed in the act (BBC style)', () => {
    const analysis = analyseText(
      'MEP defends remarks',
      'The documentary showed Mr Harlow, apparently talking about the budget, telling the meeting: "The treasury is the big loser here and it does not care."',
    );
    expect(quoteStartingWith(analysis, 'The treasury is the big loser')?.speaker).toBe('Harlow');
  });
});

describe('a verb-first tag straight after a quotation', () => {
  it('beats a report named as the lead-in (BBC style)', () => {
    const analysis = analyseText(
      'Firms slow to plan',
      'The report, by the Global Health Council, was published on Monday. The report adds "a useful picture of how firms are reacting to the crisis," said Sarah Klein, professor of economics at Leeds University.',
    );
    expect(quoteStartingWith(analysis, 'a useful picture')?.speaker).toBe('Sarah Klein');
  });

  it('leaves a fragment that no tag follows with the verb before it', () => {
    const analysis = analyseText(
      'Firms slow to plan',
      'Maria Santos said the policy was "too little, too late", and the board agreed to meet again.',
    );
    expect(quoteStartingWith(analysis, 'too little, too late')?.speaker).toBe('Maria Santos');
  });
});
