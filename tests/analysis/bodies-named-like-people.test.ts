import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('bodies whose names read like people', () => {
  it('takes a firm after "of" and a full name for where the person works (Crain’s style)', () => {
    const analysis = analyseText(
      'Bakery chain sold',
      'Retail analyst Marisa Kohn of Robert Baird said the price was high. "It is a full multiple for a shrinking category," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Marisa Kohn']);
    expect(quoteStartingWith(analysis, 'It is a full multiple')?.speaker).toBe('Marisa Kohn');
  });

  it('reads a rank word after a kind of body as the start of the body’s name (Ahram Online style)', () => {
    const analysis = analyseText(
      'Exports rise',
      'Analyst Heba Mansour of the Giza-based consultancy Principal Insight said the gain reflected the weaker pound.',
      '"It is a currency story, not a competitiveness story," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Heba Mansour']);
    expect(quoteStartingWith(analysis, 'It is a currency story')?.speaker).toBe('Heba Mansour');
  });

  it('still finds a person after "of" and a lower-case noun', () => {
    const analysis = analyseText(
      'Davis Cup won',
      'The victory was remarkable for the performance of Rafael Nadal, who beat the world number two.',
    );
    expect(peopleIn(analysis)).toEqual(['Rafael Nadal']);
  });

  it('does not make a government unit a person when a rank word opens its name (Daily Mirror Sri Lanka style)', () => {
    const analysis = analyseText(
      'Mosquito trial extended',
      'The trial was run with the National Malaria Control Unit and the district health office.',
      'The head of the National Malaria Control Unit, Dr Priyanka Jayasekara, said it would be extended.',
    );
    expect(peopleIn(analysis)).toEqual(['Priyanka Jayasekara']);
  });

  it('still finds a person after "the" and a nationality when a given name follows', () => {
    const analysis = analyseText(
      'Final reached',
      'It was left to the Australian Thomas Kerrigan to settle the tie, and he did so in straight sets.',
    );
    expect(peopleIn(analysis)).toEqual(['Thomas Kerrigan']);
  });
});
