import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, speakerOf } from './build-article.js';

/** A story opening on `opening` and quoting `short` next: the full name is a person, and `short` is that person. */
function expectNameJoinedByShortForm(name: string, short: string, opening: string) {
  const analysis = analyseText('Local news', opening, `"Nobody listened to them," ${short} said.`);
  expect(peopleIn(analysis)).toContain(name);
  expect(entityNamed(analysis, short)).toBe(entityNamed(analysis, name));
  expect(speakerOf('Nobody listened', opening, `"Nobody listened to them," ${short} said.`)).toBe(name);
  return entityNamed(analysis, name);
}

describe('ranks and forms of address stay out of the name', () => {
  it.each([
    ['Brigadier', 'Lindiwe Mthembu', 'Mthembu'],
    ['Lance Corporal', 'Gareth Pryce', 'Pryce'],
    ['DCI', 'Rachel Osei', 'Osei'],
    ['Sub-Inspector', 'Harpreet Gill', 'Gill'],
    ['Maj.', 'Daniel Okafor', 'Okafor'],
    ['Pte', 'Connor Walsh', 'Walsh'],
  ])('a rank: "%s %s"', (rank, name, short) => {
    expectNameJoinedByShortForm(
      name,
      short,
      `${rank} ${name} said the patrol had come under fire near the bridge.`,
    );
  });

  it.each([
    ['Maître', 'Aminata Sow Diallo', 'Diallo'],
    ['Señora', 'Lucía Fernández', 'Fernández'],
    ['Herr', 'Jürgen Albrecht', 'Albrecht'],
    ['Frau', 'Katrin Vogel', 'Vogel'],
    ['Signora', 'Paola Ferri', 'Ferri'],
    ['Encik', 'Azlan Hashim', 'Hashim'],
    ['Kgosi', 'Mothusi Sechele', 'Sechele'],
  ])('a form of address: "%s %s"', (title, name, short) => {
    expectNameJoinedByShortForm(
      name,
      short,
      `${title} ${name}, who represents the families, told the hearing the evidence had been mishandled.`,
    );
  });

  it('keeps a firm named after a word that is also a rank whole', () => {
    const analysis = analyseText(
      'Suppliers named',
      'Private Label Distribution and Harbour Foods were among the suppliers named in the filing.',
    );
    expect(peopleIn(analysis)).not.toContain('Label Distribution');
  });
});

describe('naming traditions keep their particles', () => {
  it.each([
    ['Azamat Nurbek uulu', 'Nurbek uulu'],
    ['Aigul Toktosun kyzy', 'Toktosun kyzy'],
    ['Elchin Rasul oglu', 'Rasul oglu'],
    ['Dilnoza Karim qizi', 'Karim qizi'],
  ])('a Turkic patronymic closes the name: %s', (name, short) => {
    expectNameJoinedByShortForm(
      name,
      short,
      `${name}, head of the district administration, said the pass was blocked.`,
    );
  });

  it('an Iban name runs through "anak" to the father, and the given name stands for it', () => {
    const analysis = analyseText(
      'Drains blocked',
      'Village headman Jelani anak Sandai said the drains had not been cleared since the last monsoon.',
      '"Every year the water comes into the longhouse," Jelani said.',
    );
    expect(peopleIn(analysis)).toContain('Jelani anak Sandai');
    expect(entityNamed(analysis, 'Jelani')?.name).toBe('Jelani anak Sandai');
  });
});

describe('the fullest name joins its shorter forms', () => {
  it('a Swedish surname in its American spelling is no profession', () => {
    const judge = expectNameJoinedByShortForm(
      'Karin Bergquist Moen',
      'Moen',
      'Superior Court Judge Karin Bergquist Moen imposed the maximum sentence on Friday.',
    );
    expect(judge?.role).toBe('Superior Court Judge');
  });

  it.each([
    ['Coach Will Mitchell', 'Will Mitchell', 'Mitchell'],
    ['Centre Will Ashby-Cole', 'Will Ashby-Cole', 'Ashby-Cole'],
    ['Wing Josh Tamatea', 'Josh Tamatea', 'Tamatea'],
  ])('a given name that is a word, after a title or a position: %s', (written, name, short) => {
    expectNameJoinedByShortForm(
      name,
      short,
      `${written} scored twice in the second half as the home side came from behind.`,
    );
  });

  it.each([
    ['Minister for Trade, Industry and Maritime Affairs', 'Kjersti Lund Haugen', 'Haugen'],
    ['Minister of State for Rural Development', 'Kwabena Osei Mensah', 'Mensah'],
  ])('a long portfolio ends on its field, and the name after it is whole: %s', (title, name, short) => {
    const minister = expectNameJoinedByShortForm(
      name,
      short,
      `${title} ${name} visited the plant on Tuesday.`,
    );
    expect(minister?.role).toBe(title);
  });
});

describe('plainly named people in lists and sentences', () => {
  it('finds people whose given names are common abroad', () => {
    const analysis = analyseText(
      'Festival line-up',
      'Thierry Moreau, Daniela Kovac and Rainer Vogt joined the jury on Sunday.',
      'Organisers said Clive Ashworth had withdrawn for family reasons.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining(['Thierry Moreau', 'Daniela Kovac', 'Rainer Vogt', 'Clive Ashworth']),
    );
  });

  it('names a prize after a person without making the prize one', () => {
    const analysis = analyseText(
      'Awards season',
      'The revival has won two Federico Prizes this year and is shortlisted for three Olivier Awards.',
    );
    expect(peopleIn(analysis)).not.toContain('Olivier Awards');
  });
});
