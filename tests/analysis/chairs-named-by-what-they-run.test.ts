import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const chairUnnamed =
  'The committee’s chair said the scheme had been asked for by residents. "We have had petitions, we have had surveys," she told the meeting.';

describe('"the committee’s chair" quoted first, named next as the councillor "who chairs the committee"', () => {
  it('gives the chair’s words to the councillor named with a party label (Bristol Post style)', () => {
    const analysis = analyseText(
      'Parking zone approved',
      chairUnnamed,
      'Councillor Ellie Marsh (Green, Lawrence Hill), who chairs the committee, added that the zone would be reviewed.',
      'Residents will pay £72 a year for a permit.',
      'Visitors may park for two hours.',
      'The Traders’ Association opposed the plan. Its chair, Hodan Warsame, said the decision would be called in.',
    );
    expect(quoteStartingWith(analysis, 'We have had petitions')?.speaker).toBe('Ellie Marsh');
  });

  it('never gives them to another body’s chair named far down the story', () => {
    const analysis = analyseText(
      'Parking zone approved',
      chairUnnamed,
      'Residents will pay £72 a year for a permit.',
      'Visitors may park for two hours.',
      'The zone covers 41 streets.',
      'The Traders’ Association opposed the plan. Its chair, Hodan Warsame, said the decision would be called in.',
    );
    expect(quoteStartingWith(analysis, 'We have had petitions')?.speaker).not.toBe('Hodan Warsame');
  });
});
