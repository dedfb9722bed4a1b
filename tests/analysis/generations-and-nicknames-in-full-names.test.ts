import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a generational suffix is part of the name its bearer signs', () => {
  it('keeps "Jr." after a middle initial and links the surname to it (Philippine Star style)', () => {
    const analysis = analyseText(
      'Bridge reopens in Iloilo',
      'DPWH Usec. Engr. Carlos T. Mendoza Jr. said the bridge would reopen to light vehicles on Friday.',
      '"We tested every span twice," Mendoza said.',
    );
    expect(peopleIn(analysis)).toEqual(['Carlos T. Mendoza Jr']);
    expect(entityNamed(analysis, 'Carlos T. Mendoza Jr')?.role).toBe('DPWH Usec');
    expect(quoteStartingWith(analysis, 'We tested')?.speaker).toBe('Carlos T. Mendoza Jr');
  });

  it('keeps "III" and "Sr" as a name’s and never reads them as an organisation (Associated Press style)', () => {
    const analysis = analyseText(
      'Cup final goes to extra time',
      'Andre Mbeki III scored twice in injury time. His father, Thomas Mbeki Sr, watched from the stand.',
    );
    expect(peopleIn(analysis)).toEqual(['Andre Mbeki III', 'Thomas Mbeki Sr']);
    expect(analysis.people.map((entity) => entity.name)).not.toContain('III');
  });

  it('still drops honours and professional letters after a name ("KC", "MP")', () => {
    const analysis = analyseText(
      'Inquiry opens',
      'Helen Carrow KC, for the families, said the inquiry had waited too long.',
    );
    expect(peopleIn(analysis)).toEqual(['Helen Carrow']);
  });
});

describe('a nickname in quotes between the given name and the rest of the name', () => {
  it('is an alias, and the middle initial and generation stay in the name (Inquirer style)', () => {
    const analysis = analyseText(
      'Governor suspends classes',
      'Sorsogon Gov. Francisco "Kiko" D. Escudero IV suspended classes in all public schools on Monday.',
      '"The roads to the upland barangays are cut," Escudero said.',
    );
    expect(peopleIn(analysis)).toEqual(['Francisco D. Escudero IV']);
    expect(entityNamed(analysis, 'Francisco D. Escudero IV')?.aliases).toContain('Kiko');
    expect(quoteStartingWith(analysis, 'The roads')?.speaker).toBe('Francisco D. Escudero IV');
  });
});
