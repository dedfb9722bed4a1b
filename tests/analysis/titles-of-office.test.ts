import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('shortened titles after an inverted "said"', () => {
  it('reads past the stop of "Coun." to the councillor and her ward (Ottawa Citizen style)', () => {
    const analysis = analyseText(
      'Snow-clearing budget passes',
      '"Residents on side streets waited four days last winter," said Coun. Marisol Ferreira (Kanata North), who pushed for the change. "That cannot happen again."',
    );
    expect(peopleIn(analysis)).toEqual(['Marisol Ferreira']);
    expect(quoteStartingWith(analysis, 'Residents on side streets')?.speaker).toBe('Marisol Ferreira');
    expect(quoteStartingWith(analysis, 'That cannot happen')?.speaker).toBe('Marisol Ferreira');
    expect(entityNamed(analysis, 'Marisol Ferreira')?.role).toBe('Coun');
  });

  it('reads past "Sen." and "Gov." the same way (AP style)', () => {
    const analysis = analyseText(
      'Farm bill stalls',
      '"We are not going to vote on a bill nobody has read," said Sen. Harlan Whitcomb, a Republican from Kansas.',
    );
    expect(quoteStartingWith(analysis, 'We are not going to vote')?.speaker).toBe('Harlan Whitcomb');
  });
});

describe('court and local offices written before a name', () => {
  it('peels "Senior Magistrate" so the later "Ms" form is the same person (Jersey Evening Post style)', () => {
    const analysis = analyseText(
      'Landlord fined over damp flat',
      'Senior Magistrate Helena Corbière told the landlord that the flat had been unfit to live in for two years.',
      '"A tenant should not have to choose between mould and the street," Ms Corbière said.',
    );
    expect(peopleIn(analysis)).toEqual(['Helena Corbière']);
    expect(entityNamed(analysis, 'Helena Corbière')?.role).toBe('Senior Magistrate');
    expect(quoteStartingWith(analysis, 'A tenant should not')?.speaker).toBe('Helena Corbière');
  });

  it('peels "Coroner" and "Sheriff" the same way', () => {
    const analysis = analyseText(
      'Inquest into crash opens',
      'Coroner Gareth Pryce-Jones opened the inquest on Monday, and Sheriff Dolores Whitaker gave evidence.',
    );
    expect(peopleIn(analysis)).toEqual(['Gareth Pryce-Jones', 'Dolores Whitaker']);
  });
});

describe('school board titles', () => {
  it('peels "Trustee" so the trustee is found under her own name (Toronto Star style)', () => {
    const analysis = analyseText(
      'Board votes to close schools',
      'Trustee Farah Qadri-Mills said the board had "stopped listening" to parents.',
    );
    expect(peopleIn(analysis)).toEqual(['Farah Qadri-Mills']);
    expect(quoteStartingWith(analysis, 'stopped listening')?.speaker).toBe('Farah Qadri-Mills');
  });
});
