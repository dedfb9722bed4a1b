import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('courtesy titles from many traditions stay out of the name', () => {
  it('drops the Zimbabwean party address "Cde" and keeps the quote with the person (The Herald style)', () => {
    const analysis = analyseText(
      'Dam works resume',
      'The Minister of Lands and Water Resources, Cde Rutendo Chinamasa, said Treasury had released the funds.',
      '"The contractor is back on site," said Cde Chinamasa.',
    );
    expect(peopleIn(analysis)).toEqual(['Rutendo Chinamasa']);
    expect(quoteStartingWith(analysis, 'The contractor is back')?.speaker).toBe('Rutendo Chinamasa');
  });

  it('drops "Comrade", "Shri", "Smt." and "Msgr." written before full names', () => {
    const analysis = analyseText(
      'Councils meet',
      'Comrade Tatenda Mhlanga said the branch would campaign. Shri Devraj Kulkarni said the scheme was ready.',
      'Smt. Savitri Bhosale said the self-help groups had been paid. Msgr. Aurelio Conti said the parish would stay open.',
    );
    expect(peopleIn(analysis)).toEqual([
      'Tatenda Mhlanga',
      'Devraj Kulkarni',
      'Savitri Bhosale',
      'Aurelio Conti',
    ]);
  });

  it('reads "Tun", "Engr."/"Eng.", "Arc.", "Barr." and "Adv." as titles before a name (Nigerian and Malaysian press)', () => {
    const analysis = analyseText(
      'Estate approved',
      'Tun Razali Othman said the estate was sound. Arc. Bolaji Ogunleye said the design was final.',
      'Barr. Ifeanyi Nwosu said the suit had merit. Adv. Lwazi Ntuli said the inquiry was flawed. Eng. Obinna Eze said the pipes were old.',
    );
    expect(peopleIn(analysis)).toEqual([
      'Razali Othman',
      'Bolaji Ogunleye',
      'Ifeanyi Nwosu',
      'Lwazi Ntuli',
      'Obinna Eze',
    ]);
  });

  it('reads Malaysian honours of two words, with or without the elided letter, and scholars’ titles (The Star, Dawn style)', () => {
    const analysis = analyseText(
      'Port deal signed',
      "Tan Sri Wong Siew Keat said the terminal would double capacity. Dato' Sri Hasnul Ariffin said the state would match the funds.",
      'Maulana Abdul Ghafoor Haideri said the party would join the talks. Ven. Kotapola Amarakitti said the temple would shelter families.',
    );
    expect(peopleIn(analysis)).toEqual([
      'Wong Siew Keat',
      'Hasnul Ariffin',
      'Abdul Ghafoor Haideri',
      'Kotapola Amarakitti',
    ]);
  });

  it('leaves a short title word that opens a thing’s name inside it ("Ven Diagram", an album)', () => {
    const analysis = analyseText(
      'Band reunites',
      'Ven Diagram was the band’s first album, and it sold poorly.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('keeps those words as surnames when they stand alone after another title', () => {
    const analysis = analyseText(
      'Inquiry opens',
      'Attorney General Stephen Barr said the report was clear.',
      '"We will publish it in full," Mr Barr said.',
    );
    expect(peopleIn(analysis)).toEqual(['Stephen Barr']);
    expect(quoteStartingWith(analysis, 'We will publish')?.speaker).toBe('Stephen Barr');
  });

  it('does not take a temple named with an honorific for a person, nor give it a quotation', () => {
    const analysis = analyseText(
      'Leader courts voters',
      'The party leader will visit the Shri Lakshmi Narayan Temple in Leicester. He will say the party "has always stood with every community".',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('given names written as initials', () => {
  it('finds a name opening on an initial without a stop when it speaks (The Hindu style)', () => {
    const analysis = analyseText(
      'Flyover diversions',
      'Joint Commissioner of Police (Traffic) P Venugopal Reddy said motorists should use the service road.',
    );
    expect(peopleIn(analysis)).toEqual(['P Venugopal Reddy']);
    expect(entityNamed(analysis, 'Reddy')?.name).toBe('P Venugopal Reddy');
  });

  it('finds two initials run together, and two with stops, before a given name and surname', () => {
    const analysis = analyseText(
      'Metro extended',
      'Minister GV Suresh Naidu said the line would open in May. Earlier, R. K. Anand Murthy said the depot was ready.',
    );
    expect(peopleIn(analysis)).toEqual(['GV Suresh Naidu', 'R. K. Anand Murthy']);
  });

  it('leaves a results table’s initial and surname to the player named in full', () => {
    const analysis = analyseText(
      'Leinster win at the RDS',
      'Fly-half Conor Dempsey kicked four penalties as Leinster beat Ospreys.',
      'Leinster: C Dempsey, M Brophy, T Kiely.',
    );
    expect(peopleIn(analysis)).toEqual(['Conor Dempsey']);
  });
});

describe('long names from South Asia', () => {
  it('keeps the whole name after a constituency title (Deccan Chronicle style)', () => {
    const analysis = analyseText(
      'Road widening',
      'AIMIM MLA for Yakutpura Syed Azhar Hussain Quadri said he had written to the commissioner.',
    );
    expect(peopleIn(analysis)).toEqual(['Syed Azhar Hussain Quadri']);
  });
});
