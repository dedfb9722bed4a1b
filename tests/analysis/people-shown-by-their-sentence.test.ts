import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, peopleIn, quoteStartingWith } from './build-article.js';

describe('a royal style that is a given name, before a middle initial', () => {
  it('keeps "Prince" in a Liberian lawmaker\'s name (FrontPage Africa style)', () => {
    const analysis = analyseText(
      'House adjourns',
      'Deputy Speaker Prince A. Kollie adjourned the sitting on Thursday.',
      '"We will resume when the budget is ready," Kollie told reporters.',
    );
    expect(peopleIn(analysis)).toContain('Prince A. Kollie');
    expect(peopleIn(analysis)).not.toContain('A. Kollie');
    expect(quoteStartingWith(analysis, 'We will resume')?.speaker).toBe('Prince A. Kollie');
  });

  it('keeps "Princess" and "Earl" before an initial as given names (Ghanaian and American styles)', () => {
    const analysis = analyseText(
      'Market levy row',
      "Princess M. Boakye, who chairs the traders' association, said the levy was unfair.",
      'Earl W. Stafford, a local donor, said he would pay the first month himself.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Princess M. Boakye', 'Earl W. Stafford']));
  });

  it('still reads a royal before a given name alone as a title', () => {
    const analysis = analyseText(
      'Royal visit',
      'Prince William opened the new ward on Monday.',
      '"The staff here are remarkable," the prince said.',
    );
    expect(peopleIn(analysis)).toContain('William');
    expect(peopleIn(analysis)).not.toContain('Prince William');
  });
});

describe('pilgrimage titles as French-speaking Africa spells them', () => {
  it('leaves "Alhadji", "Elhadj" and "Hadja" out of the names they honour', () => {
    const analysis = analyseText(
      'Traders count losses',
      "The market's chairman, Alhadji Saidou Yaya, said forty stalls had burned.",
      '"We lost everything," said Hadja Aminata Sylla, a cloth seller.',
      'Elhadj Boubacar Sow, a wholesaler, said insurers had not yet come.',
    );
    const people = peopleIn(analysis);
    expect(people).toEqual(expect.arrayContaining(['Saidou Yaya', 'Aminata Sylla', 'Boubacar Sow']));
    expect(people.some((name) => /^(?:Alhadji|Hadja|Elhadj) /.test(name))).toBe(false);
  });

  it('leaves "El Hadj" written as two words out of the name (Senegalese style)', () => {
    const analysis = analyseText(
      'Fishermen count losses',
      '"The sea gave us nothing this year," said El Hadji Ousmane Ndiaye, who heads the fishermen\'s union.',
    );
    expect(peopleIn(analysis)).toContain('Ousmane Ndiaye');
    expect(quoteStartingWith(analysis, 'The sea gave')?.speaker).toBe('Ousmane Ndiaye');
  });
});

describe('church styles before a name (Nigerian and Zimbabwean papers)', () => {
  it('leaves "Apostle", "Prophet" and "Deaconess" out of the names they style', () => {
    const analysis = analyseText(
      'Churches pledge help',
      'Apostle Johnson Suleiman said the church would rebuild the school.',
      '"We will feed every family," said Prophet Walter Magaya.',
      'Deaconess Funmi Adebayo said the hall was already full.',
    );
    const people = peopleIn(analysis);
    expect(people).toEqual(expect.arrayContaining(['Johnson Suleiman', 'Walter Magaya', 'Funmi Adebayo']));
    expect(quoteStartingWith(analysis, 'We will feed')?.speaker).toBe('Walter Magaya');
  });
});

describe('people whose given names no list knows, shown by the sentence', () => {
  it("reads an age written before a name as a person's (Nordic court report)", () => {
    const analysis = analyseText(
      'Two jailed for warehouse fire',
      'A fourth man, 31-year-old Oskari Rautavaara, was acquitted of all charges.',
    );
    expect(peopleIn(analysis)).toContain('Oskari Rautavaara');
  });

  it('does not make a person of an old vehicle', () => {
    const analysis = analyseText(
      'Farmers wait for diesel',
      'Ngozi Eze, who drives a 30-year-old Massey Ferguson, said she had queued since dawn.',
    );
    expect(peopleIn(analysis)).not.toContain('Massey Ferguson');
  });

  it('gives an inverted "asked", "wrote" or "recalled" after a quotation to the name that follows', () => {
    const analysis = analyseText(
      'Residents angry over drains',
      '"Who will clean the drain if not the council?" asked Tarun Kanti Behera, a retired teacher.',
      '"The work was never finished," wrote Ilse Vandenbroucke, who lives on the street.',
      '"It flooded every monsoon," recalled Anup Kumar Sahoo, a shopkeeper.',
    );
    expect(quoteStartingWith(analysis, 'Who will clean')?.speaker).toBe('Tarun Kanti Behera');
    expect(quoteStartingWith(analysis, 'The work was never')?.speaker).toBe('Ilse Vandenbroucke');
    expect(quoteStartingWith(analysis, 'It flooded')?.speaker).toBe('Anup Kumar Sahoo');
  });

  it('reads a surname given as an initial, then "who", as a suspect\'s name (Latin American crime report)', () => {
    const analysis = analyseText(
      'Gang members held',
      'Among those held was a man identified as Wilmer T., who police say collected the payments.',
    );
    expect(peopleIn(analysis).some((name) => name.startsWith('Wilmer T'))).toBe(true);
  });

  it('finds a holder set off after a job of a guild or a bank (Austrian and Indian papers)', () => {
    const analysis = analyseText(
      'Tradesmen warn of fake plumbers',
      'Its guild master for electricians, Reinhold Pichlbauer, had a warning for customers.',
      'A bank employee, Sudam Charan Nayak, had lost his savings.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Reinhold Pichlbauer', 'Sudam Charan Nayak']));
  });
});

describe("a surname of two words shown to be a person's later", () => {
  it('makes a person of the full name when the surname has a brother (match report)', () => {
    const analysis = analyseText(
      'Derby ends level',
      'Union took the lead through Joël Nkoulou Essomba in the 12th minute.',
      "Nkoulou Essomba's elder brother, midfielder Paul Nkoulou, set up the equaliser.",
    );
    expect(peopleIn(analysis)).toContain('Joël Nkoulou Essomba');
    expect(organisationsIn(analysis)).not.toContain('Nkoulou Essomba');
    expect(entityNamed(analysis, 'Nkoulou Essomba')?.name).toBe('Joël Nkoulou Essomba');
  });

  it('leaves a firm whose "sister company" is named a firm', () => {
    const analysis = analyseText(
      'Buyer found for plant',
      "Harbour Logistics's sister company, Delta Freight, agreed to buy the plant.",
    );
    expect(peopleIn(analysis)).not.toContain('Harbour Logistics');
  });
});
