import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a standfirst fragment with nobody named, quoted in full lower down', () => {
  it('takes the speaker of the fuller quotation in the body (The42 style)', () => {
    const analysis = analyseText(
      'Offaly manager steps down',
      'The Tullamore man leaves with a year to run, saying the squad needs "fresh ideas on the training ground".',
      'Offaly senior hurling manager Ciarán Ó Dálaigh has stepped down, the county board confirmed last night.',
      '"I have given it everything, and I believe the players deserve fresh ideas on the training ground," Ó Dálaigh said.',
    );
    expect(quoteStartingWith(analysis, 'fresh ideas on the training ground')?.speaker).toBe(
      'Ciarán Ó Dálaigh',
    );
  });

  it('leaves a fragment alone when two people say those words', () => {
    const analysis = analyseText(
      'Budget row',
      'The plan is "not a tax rise", both sides said on Monday.',
      'Finance spokesman Liam Doherty said: "This is not a tax rise, whatever they claim."',
      'Opposition leader Maeve Carroll replied: "It is not a tax rise in name only."',
    );
    expect(quoteStartingWith(analysis, 'not a tax rise')?.speaker).toBeNull();
  });

  it('does not reach a fragment below the opening, where the words are often an echo', () => {
    const analysis = analyseText(
      'Mayor under fire',
      'The mayor was recorded at a reception on Tuesday night.',
      'On tape the mayor is heard asking reporter Oliver Fine if he is a "German war criminal".',
      'Mr Fine replies: "No, I was never a German war criminal. I am offended by that."',
    );
    expect(quoteStartingWith(analysis, 'German war criminal')?.speaker).not.toBe('Oliver Fine');
  });
});
