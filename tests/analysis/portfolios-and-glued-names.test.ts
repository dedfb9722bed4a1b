import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a portfolio or a job glued before a name', () => {
  it('starts the name at the given name after a two-field portfolio and before ", who" (Lusaka Times style)', () => {
    const analysis = analyseText(
      'Smelter back in service',
      'Minister of Lands and Natural Resources Mutale Nkonde, who toured the site on Tuesday, said the smelter would reopen in March.',
      '"We will not choose between jobs and clean air," Nkonde said.',
    );
    expect(peopleIn(analysis)).toContain('Mutale Nkonde');
    expect(peopleIn(analysis).some((name) => name.startsWith('Natural Resources'))).toBe(false);
    expect(quoteStartingWith(analysis, 'We will not choose')?.speaker).toBe('Mutale Nkonde');
  });

  it('does the same when the relative clause is "whose" (Kyiv Independent style)', () => {
    const analysis = analyseText(
      'Archive reopens',
      'Deputy Minister of Education and Digital Transformation Oksana Lytvynenko, whose office funded the repairs, opened the reading room.',
    );
    expect(peopleIn(analysis)).toContain('Oksana Lytvynenko');
  });

  it('keeps the whole name after a courtesy title, even before ", who"', () => {
    const analysis = analyseText(
      'Clinic opens',
      'Minister of Social Affairs Dr Khalid Saad Al-Mutairi, who opened the clinic, said waiting lists would fall.',
    );
    expect(peopleIn(analysis)).toContain('Khalid Saad Al-Mutairi');
  });

  it('keeps the qualifying word of a title that opens the paragraph (Daily Star style)', () => {
    const analysis = analyseText(
      'Dengue cases climb',
      'Civil Surgeon of Sylhet Dr Mahbubur Rahman Chowdhury said most patients came from the city wards.',
    );
    expect(peopleIn(analysis)).toContain('Mahbubur Rahman Chowdhury');
    expect(entityNamed(analysis, 'Mahbubur Rahman Chowdhury')?.role).toBe('Civil Surgeon of Sylhet');
  });

  it('never makes a person of the portfolio set off before the holder (Punch style)', () => {
    const analysis = analyseText(
      'Demolition halted',
      'Reacting, the Commissioner for Lands and Housing Development, Mrs Funmilayo Adebanjo-Ojo, said the state would appeal.',
      'But as MP for Dwyfor Meirionnydd, Liz Saville Roberts said the ruling was fair.',
    );
    const people = peopleIn(analysis);
    expect(people).toContain('Funmilayo Adebanjo-Ojo');
    expect(people).not.toContain('Housing Development');
    expect(people).not.toContain('Dwyfor Meirionnydd');
  });

  it('peels a trade that opens the sentence (ArtNews style)', () => {
    const analysis = analyseText(
      'Altarpiece returns',
      'Restorer Marta Kowalczyk, who spent two years on the panels, said the gilding had been saved.',
    );
    expect(peopleIn(analysis)).toContain('Marta Kowalczyk');
    expect(peopleIn(analysis)).not.toContain('Restorer Marta Kowalczyk');
  });
});

describe('surnames of several words', () => {
  it('keeps an Irish "Mac" or "Ó" surname whole after a portfolio (Irish Times style)', () => {
    const analysis = analyseText(
      'Trolley numbers rise',
      'Minister for Housing Seán Mac Giolla Bhríde said he accepted the figures.',
      '"There is no hiding from it," Mac Giolla Bhríde told reporters.',
    );
    expect(peopleIn(analysis)).toContain('Seán Mac Giolla Bhríde');
    expect(peopleIn(analysis)).not.toContain('Giolla Bhríde');
    expect(quoteStartingWith(analysis, 'There is no hiding')?.speaker).toBe('Seán Mac Giolla Bhríde');
  });

  it('keeps an "Ó" surname whole after a portfolio', () => {
    const analysis = analyseText(
      'Schools plan',
      'Minister for Education Colm Ó Súilleabháin said the plan would be published in spring.',
    );
    expect(peopleIn(analysis)).toContain('Colm Ó Súilleabháin');
  });

  it('joins a Spanish father\'s and mother\'s surname across "y" (Albuquerque Journal style)', () => {
    const analysis = analyseText(
      'Rental cap challenged',
      '"The county may regulate, but it may not ban," said Lucía Baca y Montoya, the lawyer for the owners.',
      '"A licence is a privilege," Baca y Montoya added.',
    );
    expect(peopleIn(analysis)).toContain('Lucía Baca y Montoya');
    expect(peopleIn(analysis)).not.toContain('Lucía Baca');
    expect(quoteStartingWith(analysis, 'A licence is a privilege')?.speaker).toBe('Lucía Baca y Montoya');
  });
});

describe('an initial glued to a given name (Mongolian style)', () => {
  it('reads "T.Batbayar" as one person, never the initial alone (UB Post style)', () => {
    const analysis = analyseText(
      'Clinics stretched',
      'Minister of Energy T.Batbayar said on Monday that the ministry would extend the subsidy.',
      'Dr. S.Enkhjargal, head of the district clinic, said beds were full. "We see the same children every week," said S.Enkhjargal.',
      '"Nobody came to check the stoves," said D.Solongo, a mother of two.',
    );
    const people = peopleIn(analysis);
    expect(people).toEqual(expect.arrayContaining(['T.Batbayar', 'S.Enkhjargal', 'D.Solongo']));
    for (const initial of ['T', 'S', 'D', 'Batbayar', 'Enkhjargal']) expect(people).not.toContain(initial);
    expect(entityNamed(analysis, 'T.Batbayar')?.role).toBe('Minister of Energy');
    expect(quoteStartingWith(analysis, 'Nobody came')?.speaker).toBe('D.Solongo');
  });

  it('leaves dotted abbreviations such as "U.S.A." alone', () => {
    const analysis = analyseText(
      'Team named',
      'The U.S.A.Today poll was cited by Mark Delaney, who coaches the side.',
    );
    expect(peopleIn(analysis)).toContain('Mark Delaney');
    expect(peopleIn(analysis).some((name) => name.includes('Today'))).toBe(false);
  });
});
