import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { analyseText } from './build-article.js';

/**
 * Speech over several paragraphs leaves each paragraph unclosed and reopens the next. Scraped and
 * syndicated copy often loses those breaks, so one paragraph reads `"A. "B. "C."`: each reopened
 * stretch is a quotation of its own, by the same speaker, and none of them shows a stray mark.
 */
function quotesOf(analysis: Analysis): { text: string; speaker: string | null; partial: boolean }[] {
  return analysis.quotes.map(({ text, speaker, partial }) => ({ text, speaker, partial }));
}

describe('quotations reopened where a paragraph break was lost', () => {
  it('splits straight double marks after an introducing colon, each stretch whole and spoken by the same person', () => {
    const analysis = analyseText(
      'Nurses vote on strike',
      'Royal College of Nursing general secretary Pat Cullen said: "Nobody takes this step lightly. "Our members have been patient for two years and they have run out of patience. "The government still has time to talk."',
    );
    expect(quotesOf(analysis)).toEqual([
      { text: 'Nobody takes this step lightly.', speaker: 'Pat Cullen', partial: false },
      {
        text: 'Our members have been patient for two years and they have run out of patience.',
        speaker: 'Pat Cullen',
        partial: false,
      },
      { text: 'The government still has time to talk.', speaker: 'Pat Cullen', partial: false },
    ]);
  });

  it('does not carry a tag back over a mark reopened mid-sentence, which is no lost paragraph break', () => {
    const analysis = analyseText(
      'Depot plan',
      'Opposition leaders called the plan “a mess and “we will fight it,” said Labour councillor Ana Ruiz.',
    );
    expect(quotesOf(analysis).map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'a mess and', speaker: null },
      { text: 'we will fight it', speaker: 'Ana Ruiz' },
    ]);
  });

  it('splits curly marks when the speaker is named only after the last stretch', () => {
    const analysis = analyseText(
      'Port reopens',
      '“The backlog will take weeks to clear. “We are asking hauliers to be patient,” said harbour master Ingrid Solberg.',
    );
    expect(quotesOf(analysis)).toEqual([
      { text: 'The backlog will take weeks to clear.', speaker: 'Ingrid Solberg', partial: false },
      { text: 'We are asking hauliers to be patient', speaker: 'Ingrid Solberg', partial: false },
    ]);
  });

  it('gives every stretch the speaker the last one is tagged with, not the speaker of the paragraph before', () => {
    const analysis = analyseText(
      'Hospital merger',
      '"We have listened to patients," said health board chair Morag Dunn.',
      '"The new unit opens in March. "It will treat twice as many people as the old one," said surgeon Rashid Okafor.',
    );
    const stretches = quotesOf(analysis).filter((quote) => !quote.text.startsWith('We have listened'));
    expect(stretches).toEqual([
      { text: 'The new unit opens in March.', speaker: 'Rashid Okafor', partial: false },
      { text: 'It will treat twice as many people as the old one', speaker: 'Rashid Okafor', partial: false },
    ]);
  });

  it('gives every stretch the speaker who introduced the first, whatever the tag on the last', () => {
    const analysis = analyseText(
      'Police chiefs warn',
      'Federation chair Leonie Vance said: "Policing is a service, not a prize for the winning party. "These plans would put politics on the beat," she warned.',
    );
    expect(quotesOf(analysis).map((quote) => quote.speaker)).toEqual(['Leonie Vance', 'Leonie Vance']);
  });

  it('splits a single-mark house style the same way', () => {
    const analysis = analyseText(
      'Council tax rise',
      "Council leader Amina Yusuf said: 'Nobody wanted this rise. 'But the alternative was closing libraries and care homes.'",
    );
    expect(quotesOf(analysis)).toEqual([
      { text: 'Nobody wanted this rise.', speaker: 'Amina Yusuf', partial: false },
      {
        text: 'But the alternative was closing libraries and care homes.',
        speaker: 'Amina Yusuf',
        partial: false,
      },
    ]);
  });

  it('reads on past a thought in single marks that ends one stretch', () => {
    const analysis = analyseText(
      'Open champion reflects',
      `Defeated in the first set, Carla Mendes said she nearly gave up. "You walk back to the chair and you think: 'It is gone. Nothing is working.' "Then something changes and you fight for every point. "That is what I did today," she said.`,
    );
    const stretches = quotesOf(analysis).filter((quote) => !quote.text.startsWith('It is gone'));
    expect(stretches.map((quote) => quote.text)).toEqual([
      "You walk back to the chair and you think: 'It is gone. Nothing is working.'",
      'Then something changes and you fight for every point.',
      'That is what I did today',
    ]);
    expect(stretches.every((quote) => quote.speaker === 'Carla Mendes')).toBe(true);
  });

  it('keeps a quotation whole when a mark inside it is an elision or a quoted word', () => {
    const analysis = analyseText(
      'Festival line-up',
      `Organiser Tom Hale said: "We grew up on rock 'n' roll and the '90s bands. The 'secret stage' is back too."`,
    );
    expect(quotesOf(analysis)).toEqual([
      {
        text: "We grew up on rock 'n' roll and the '90s bands. The 'secret stage' is back too.",
        speaker: 'Tom Hale',
        partial: false,
      },
    ]);
  });
});
