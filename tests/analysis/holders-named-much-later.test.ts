import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const squadStory = (holderParagraph: string) =>
  analyseText(
    'Squad row',
    'KATHMANDU – The association on Tuesday named a 15-member squad, leaving out all-rounder Prakash Dhami.',
    'The decision surprised many followers of the national team.',
    'The national team’s head coach, who also sits on the selection panel, said the omission was about workload. "He is not dropped, he is rested," the coach told reporters.',
    holderParagraph,
    'Dhami said he heard it on the news.',
    'Selector Binod Das said the door was open.',
    'Sheikh, 27, last played for Nepal in the Asian Games.',
    '"I want to thank my coach at the academy, Raju Tamang, who believed in me," Sheikh said.',
  );

describe('a job whose only named holder the story meets much later', () => {
  it('is not that later holder (Republica style)', () => {
    const analysis = squadStory('The team plays Oman in Muscat on December 6.');
    expect(quoteStartingWith(analysis, 'He is not dropped')?.speaker).not.toBe('Raju Tamang');
  });

  it('is the person said next to have taken charge of the team', () => {
    const analysis = squadStory(
      'The South African, Peter Hendricks, took charge of the team in August after two seasons as batting coach.',
    );
    expect(quoteStartingWith(analysis, 'He is not dropped')?.speaker).toBe('Peter Hendricks');
  });

  it('still reaches a title of office held by one person, however late it is named (NT News style)', () => {
    const analysis = analyseText(
      'Cyclone crosses coast',
      'The Chief Minister said contact with remote communities had been "patchy at best".',
      'Power was cut to 30,000 homes.',
      'Crews worked through the night.',
      'The airport will reopen on Friday.',
      'Chief Minister Katerina Vlahos also said schools would stay closed.',
    );
    expect(quoteStartingWith(analysis, 'patchy at best')?.speaker).toBe('Katerina Vlahos');
  });
});
