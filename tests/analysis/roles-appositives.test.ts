import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('roles set off before or after a name', () => {
  it('reads a long office before an honorific and a name, and a chair of a body named in full', () => {
    const analysis = analyseText(
      'Hawkers given a month to move',
      'The Minister for Urban Wellbeing and Local Government Affairs, Datuk Seri Halimah Yusof, said the deadline stood.',
      'The president of the Penang Island Hawkers and Petty Traders Association, Lim Boon Keat, said members would appeal.',
    );
    expect(entityNamed(analysis, 'Halimah Yusof')?.role).toBe(
      'Minister for Urban Wellbeing and Local Government Affairs',
    );
    expect(entityNamed(analysis, 'Lim Boon Keat')?.role).toBe(
      'president of the Penang Island Hawkers and Petty Traders Association',
    );
  });

  it('starts a job that ends a long clause at its own determiner, unless it completes a person noun', () => {
    const analysis = analyseText(
      'Miner faces tax inquiry',
      'Critics see the raid as a response to the political ambitions of its former chairman, Oleg Varkin.',
      'A close friend of the former chairman, Mr Dushin, now lives in Cyprus.',
    );
    expect(entityNamed(analysis, 'Oleg Varkin')?.role).toBe('former chairman');
    expect(entityNamed(analysis, 'Dushin')?.role).toBe('close friend of the former chairman');
  });

  it('takes the body someone speaks from, set off after the name, when no job is given', () => {
    const analysis = analyseText(
      'Turtle nesting beach to be lit at night',
      'Marisol Ebanks, of the Marine Turtle Society of the Caribbean, said the lights would disorient hatchlings.',
      'Pedro Alves, of Cascais, said he had swum there for 40 years.',
    );
    expect(entityNamed(analysis, 'Marisol Ebanks')?.role).toBe('Marine Turtle Society of the Caribbean');
    // A home town is not a role.
    expect(entityNamed(analysis, 'Pedro Alves')?.role ?? null).toBeNull();
  });

  it('prefers a job noun to the body the person is from', () => {
    const analysis = analyseText(
      'Hospital waiting lists grow',
      'Helen Price, of the Patients Association, said the figures were alarming.',
      'The association’s chief executive, Helen Price, called for an inquiry.',
    );
    expect(entityNamed(analysis, 'Helen Price')?.role).toBe('association’s chief executive');
  });

  it('reads a trade that also names businesses as a job only straight before a person’s name', () => {
    const analysis = analyseText(
      'Reef closures hit tourism',
      'Dive operator Carlos Mendes said bookings had halved.',
      'US operator Verizon Wireless said coverage would not change.',
      'Joy Mutesi, who operates a fruit stall at Nakasero market, said trade was slow.',
    );
    expect(entityNamed(analysis, 'Carlos Mendes')?.role).toBe('Dive operator');
    expect(entityNamed(analysis, 'Verizon Wireless')?.kind ?? 'organisation').not.toBe('person');
    expect(entityNamed(analysis, 'Joy Mutesi')?.role).toBe('operates a fruit stall at Nakasero market');
  });
});

describe('two people who share a family name written first', () => {
  it('keeps each with their own role and paragraphs', () => {
    const analysis = analyseText(
      'MRT fares to rise',
      'Director-General Lin Wei-ting of the rapid transit bureau said fares would rise in March.',
      'Councillor Wu Pei-chi said the rise was unfair.',
      'Mayor Lin Chia-hao said the fare was "still among the lowest in the region".',
    );
    const bureauChief = entityNamed(analysis, 'Lin Wei-ting');
    const mayor = entityNamed(analysis, 'Lin Chia-hao');
    expect(bureauChief?.role).toBe('Director-General');
    expect(mayor?.role).toBe('Mayor');
    expect(mayor?.name).not.toBe(bureauChief?.name);
    expect(mayor?.paragraphs).toEqual([3]);
  });
});
