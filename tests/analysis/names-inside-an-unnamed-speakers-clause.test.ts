import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('a name inside a relative clause after an unnamed head is not who speaks', () => {
  it('leaves words reported from the barrister who represented the farmer without a speaker (Telegraph style)', () => {
    expect(
      speakerOf(
        'weighted overwhelmingly',
        'Home Secretary Charles Clarke defended the law. Farmer Tony Martin was jailed in 2000.',
        'The barrister who had represented Mr Martin had said the rules were "weighted overwhelmingly" in favour of the householder, said Mr Clarke.',
      ),
    ).toBeNull();
  });

  it('does not give a neighbour’s words to the pensioner she found (Manchester Evening News style)', () => {
    expect(
      speakerOf(
        'barely conscious',
        'Detective Sergeant Amy Cole led the inquiry. Pensioner Joan Ruiz, 81, was found injured.',
        'A neighbour who found Ruiz told police she was "barely conscious".',
      ),
    ).toBeNull();
  });

  it('does not give the referee’s words to the player he booked (ESPN style)', () => {
    expect(
      speakerOf(
        'reckless',
        'Striker Dean Alcott was sent off.',
        'The referee who booked Alcott said the challenge was "reckless".',
      ),
    ).toBeNull();
  });

  it('still gives the words to a named subject whose own who-clause names someone else', () => {
    expect(
      speakerOf(
        'reckless',
        'Striker Dean Alcott was sent off.',
        'Referee Mark Hale, who booked Alcott, said the challenge was "reckless".',
      ),
    ).toBe('Mark Hale');
  });

  it('gives the words to the woman when her own clause names her ("who gave her name only as")', () => {
    expect(
      speakerOf(
        'They always find money',
        'Mayor Harold Pettiford backed the floodwall.',
        'Others were skeptical. A woman who gave her name only as Mrs. Tillman said her street had flooded for 30 years.',
        '“They always find money for the water side of town,” she said.',
      ),
    ).toBe('Tillman');
  });
});
