import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('an age is never a role', () => {
  it('gives the lede’s job, not the age, to a name set off after "The 61-year-old" (court report style)', () => {
    expect(
      roleIn(
        'Karen Holt',
        'A former finance director at the council was jailed on Monday for fraud.',
        'The 61-year-old, Karen Holt, showed no emotion as the sentence was read.',
      ),
    ).toBe('former finance director at the council');
  });

  it('gives no role at all when no job was told before the age', () => {
    expect(
      roleIn('Bilal Anwar', 'The 19-year-old, Bilal Anwar, was arrested at his home in Leeds on Friday.'),
    ).toBeNull();
  });

  it('still reads a job written after the age (sports desk style)', () => {
    expect(
      roleIn('Marta Kowalczyk', 'The 24-year-old midfielder, Marta Kowalczyk, signed a two-year deal.'),
    ).toBe('24-year-old midfielder');
  });
});

describe('a body’s short form in brackets leaves the job before the holder whole', () => {
  it('reads the job past "(Codeta)" and "(NUM)" as it would without them (South African style)', () => {
    expect(
      roleIn(
        'Thandiwe Mokoena',
        'The provincial secretary of the National Union of Mineworkers (NUM), Thandiwe Mokoena, said the talks had collapsed.',
      ),
    ).toBe('provincial secretary of the National Union of Mineworkers');
    expect(
      roleIn(
        'Kofi Mensah',
        'The general secretary of the Ghana Private Road Transport Union (Gprtu), Kofi Mensah, told reporters fares would rise.',
      ),
    ).toBe('general secretary of the Ghana Private Road Transport Union');
  });

  it('gives no role when the words before the brackets name no job', () => {
    expect(
      roleIn(
        'Pieter de Vries',
        'The protest outside the Department of Home Affairs (DHA), Pieter de Vries said, lasted six hours.',
      ),
    ).toBeNull();
  });
});

describe('a plural rank over a list of names with their ages', () => {
  it('gives each officer the rank when every name carries an age (police court style)', () => {
    const charged =
      'Sergeants Lwazi Khumalo, 44, Jabulani Zulu, 39, and Anele Dube, 41, appeared in the Durban Magistrate’s Court on Monday.';
    expect(roleIn('Jabulani Zulu', charged)).toBe('Sergeant');
    expect(roleIn('Anele Dube', charged)).toBe('Sergeant');
  });

  it('gives nothing to names after a plural noun that leads no list', () => {
    expect(
      roleIn(
        'Maria Okafor',
        'The Senators, 12, and the Kings, 9, were level at the break, and Maria Okafor, 30, scored twice after it.',
      ),
    ).toBeNull();
  });
});

describe('a playing position after a team’s name and the positions of rugby league', () => {
  it('reads "wing" after a team and "halfback" before a name (New Zealand and Australian style)', () => {
    expect(
      roleIn('Jordan Tuilagi', 'The match was settled by two tries from Waikato wing Jordan Tuilagi.'),
    ).toBe('Waikato wing');
    expect(
      roleIn(
        'Daniel Saifiti',
        'The Knights fear for star halfback Daniel Saifiti, who limped off in the 60th minute.',
      ),
    ).toBe('star halfback');
    expect(roleIn('Josh Addo', 'Broncos fullback Josh Addo will miss the next three games.')).toBe(
      'Broncos fullback',
    );
  });

  it('leaves a party’s or a building’s wing without a player', () => {
    expect(
      roleIn('Laura Pinto', 'The party’s youth wing Laura Pinto founded in 2019 has grown to 4,000 members.'),
    ).toBeNull();
    expect(
      roleIn('Grace Liu', 'Patients in the new wing Grace Liu opened last year were moved on Tuesday.'),
    ).toBeNull();
  });
});

describe('a post on a line or a station told in a clause', () => {
  it('reads "who has worked on the assembly line" and "who works on a cattle station" as the job', () => {
    expect(
      roleIn(
        'Jelena Ilić',
        'Jelena Ilić, who has worked on the assembly line since 2014, said she had two children at school.',
      ),
    ).toBe('has worked on the assembly line');
    expect(
      roleIn(
        'Tom Braddock',
        'Tom Braddock, who works on a cattle station near Katherine, said the roads were cut.',
      ),
    ).toBe('works on a cattle station near Katherine');
  });

  it('gives no job for having worked on a case or a plan', () => {
    expect(
      roleIn(
        'Ruth Adeyemi',
        'Ruth Adeyemi, who has worked on the case since 2021, said the family was relieved.',
      ),
    ).toBeNull();
    expect(
      roleIn('Carl Brandt', 'Carl Brandt, who worked on the plan with the mayor, said it was never costed.'),
    ).toBeNull();
  });
});
