import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('a relative introduced by a kinship word and the person they are related to', () => {
  it('finds the son named in passing and gives him "he said", not his mother (The Namibian style)', () => {
    const analysis = analyseText(
      'Patients sent 700km for oxygen',
      'Ndapewa Shikongo would not forget that night. Her father, Ruben Shikongo, 71, was taken to Windhoek by road.',
      '"Nobody told us why," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Ndapewa Shikongo', 'Ruben Shikongo']);
    expect(quoteStartingWith(analysis, 'Nobody told us')?.speaker).toBe('Ndapewa Shikongo');
  });
});

describe('a speaker set off by an age and a home town', () => {
  it('keeps "Name, 81, from Town, said" as the subject a later "she said" stands for (Manchester Evening News style)', () => {
    const analysis = analyseText(
      'Ambulance waits top nine hours',
      'A spokesperson for Salford City Council said the authority had added home care places.',
      'Doreen Walsh, 84, from Eccles, said she waited nine hours on her kitchen floor.',
      '"I could not reach the phone," she said.',
    );
    expect(quoteStartingWith(analysis, 'I could not reach')?.speaker).toBe('Doreen Walsh');
  });

  it('does not read "The letter, from the Home Office, says:" as a person set off', () => {
    const analysis = analyseText(
      'Passports withdrawn',
      'The letter, from the Home Office, says: "Your passport is cancelled with immediate effect."',
    );
    expect(quoteStartingWith(analysis, 'Your passport')?.speaker).toBe('Home Office');
  });
});
