import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('"Lanzoni’s lawyer said": the one known by a person’s job or kin speaks, not the person', () => {
  it('leaves a fragment from an unnamed co-defendant’s lawyer without a speaker (Corriere style)', () => {
    expect(
      speakerOf(
        'a marginal figure',
        'Roberto Zanardi and Fabio Lanzoni were convicted. His lawyer, Paolo Benassi, said the defence would appeal.',
        '"We respect the ruling," Benassi said.',
        'Lanzoni\'s lawyer said her client had been "a marginal figure" and would also appeal.',
      ),
    ).toBeNull();
  });

  it('does not give a wife’s words to her convicted husband (Daily Mail style)', () => {
    expect(
      speakerOf(
        'devastated',
        'Roberto Zanardi was convicted of fraud on Monday.',
        'Zanardi\'s wife told reporters outside court he was "devastated".',
      ),
    ).toBeNull();
  });

  it('does not give an agent’s words to the injured striker (The Athletic style)', () => {
    expect(
      speakerOf(
        'He is frustrated',
        'Striker Dean Alcott was injured in training.',
        '"He is frustrated but he will be back," Alcott\'s agent said.',
      ),
    ).toBeNull();
  });

  it('gives the words to the relative when the story names who holds that relation (CBC style)', () => {
    expect(
      speakerOf(
        'She was our whole world',
        'Ama Mensah, 16, was killed in the crash. Kojo Boateng, Mensah’s uncle, sat behind the family.',
        '"She was our whole world," Mensah\'s uncle told the court.',
      ),
    ).toBe('Kojo Boateng');
  });

  it('still gives a spokesman’s words to the office-holder he speaks for (AP convention)', () => {
    expect(
      speakerOf(
        'review it',
        'Senate Majority Leader Glenn Mertz has not said whether the chamber will take up the bill.',
        'Mertz\'s spokesman said the caucus would "review it".',
      ),
    ).toBe('Glenn Mertz');
  });
});
