import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, quoteStartingWith } from './build-article.js';

const HEADLINE = 'Talks on Gaza ceasefire resume in Cairo';

describe('people, organisations and places', () => {
  it('keeps one entry per person, named by the fullest form, with surname and particle aliases', () => {
    const analysis = analyseText(
      HEADLINE,
      'Egyptian Foreign Minister Sameh al-Masri met his Qatari counterpart on Sunday.',
      'Masri said the talks were serious. Al-Masri later left for Doha, and al Masri’s aides stayed behind.',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person');
    expect(people.map((entity) => entity.name)).toEqual(['Sameh al-Masri']);
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['al-Masri', 'Masri', 'al Masri']));
    expect(people[0]?.paragraphs).toEqual([1, 2]);
  });

  it('finds a name however its parts are joined, and never inside a longer word', () => {
    const analysis = analyseText(
      HEADLINE,
      'Egyptian Foreign Minister Sameh al-Masri met his Qatari counterpart on Sunday.',
      'The Masrian delegation, a separate group, arrived late.',
      'Talks resumed once Sameh al\u00a0Masri returned.',
      'Officials from Al-Masri’s office declined to comment.',
    );
    expect(entityNamed(analysis, 'Sameh al-Masri')?.paragraphs).toEqual([1, 3, 4]);
  });

  it('merges spellings the article itself uses and keeps honorific forms', () => {
    const analysis = analyseText(
      HEADLINE,
      'Russian envoy Dmitry Orlov arrived in Cairo on Monday.',
      'Dmitri Orlov said Moscow backed the plan. Mr Orlov did not take questions.',
    );
    const orlov = entityNamed(analysis, 'Dmitry Orlov');
    expect(orlov?.aliases).toEqual(expect.arrayContaining(['Dmitri Orlov', 'Orlov', 'Mr Orlov']));
    expect(analysis.people.filter((entity) => entity.kind === 'person')).toHaveLength(1);
  });

  it('states roles written before and after a name', () => {
    const analysis = analyseText(
      HEADLINE,
      'Egypt’s intelligence chief, Hassan Rashad, hosted the delegations.',
      'Israeli Defence Minister Yoav Peretz said the army was ready. Lina Haddad, a Reuters correspondent, was at the talks.',
      'Egypt’s longtime president Abdel Fattah Mansour did not attend.',
    );
    expect(entityNamed(analysis, 'Hassan Rashad')?.role?.replace('’', "'")).toBe(
      "Egypt's intelligence chief",
    );
    expect(entityNamed(analysis, 'Yoav Peretz')?.role).toBe('Israeli Defence Minister');
    expect(entityNamed(analysis, 'Lina Haddad')?.role).toBe('Reuters correspondent');
    expect(entityNamed(analysis, 'Abdel Fattah Mansour')?.role?.replace('’', "'")).toBe(
      "Egypt's longtime president",
    );
  });

  it('links a paragraph that names only the role to the person who holds it', () => {
    const analysis = analyseText(
      HEADLINE,
      'Qatari Prime Minister Khalid al-Thani opened the session.',
      'The prime minister then met both delegations separately.',
    );
    expect(entityNamed(analysis, 'Khalid al-Thani')?.paragraphs).toEqual([1, 2]);
  });

  it('sorts organisations and places from people', () => {
    const analysis = analyseText(
      HEADLINE,
      'Hamas and the United Nations welcomed the talks, the Egyptian foreign ministry said in Cairo.',
      'Aid convoys reached Rafah, according to the World Food Programme.',
    );
    const kinds = Object.fromEntries(analysis.people.map((entity) => [entity.name, entity.kind]));
    expect(kinds.Hamas).toBe('organisation');
    expect(kinds['United Nations']).toBe('organisation');
    expect(kinds['Egyptian foreign ministry']).toBe('organisation');
    expect(kinds.Cairo).toBe('place');
    expect(kinds.Rafah).toBe('place');
    expect(analysis.people.filter((entity) => entity.kind === 'person')).toEqual([]);
  });

  it('invents no people from furniture, dates, outlets or sentence openings', () => {
    const analysis = analyseText(
      HEADLINE,
      'Read More: Ceasefire Explained',
      'On Tuesday, Despite Warnings, officials met again, the Washington Post and Al Jazeera reported.',
      'Earlier This Month the talks stalled in March and again in late July.',
    );
    expect(analysis.people.filter((entity) => entity.kind === 'person')).toEqual([]);
  });
});

describe('names that look like something else', () => {
  it('reads post-nominal letters and -ian given names as parts of a person’s name', () => {
    const analysis = analyseText(
      'Fraud trial opens',
      'Defending, Sarah Mensah KC said her client was ashamed. Gillian Forbes, 58, did not give evidence.',
      'Julian Hart, a forensic accountant, told the court the money had gone abroad.',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    expect(people).toEqual(['Sarah Mensah', 'Gillian Forbes', 'Julian Hart']);
    expect(analysis.people.some((entity) => entity.name === 'KC')).toBe(false);
  });

  it('does not let two people who share a surname share it as an alias', () => {
    const analysis = analyseText(
      'Fraud trial opens',
      'Gillian Forbes, 58, and her husband, Colin Forbes, 61, were both convicted.',
      'Forbes showed no emotion as the sentence was read out.',
    );
    expect(entityNamed(analysis, 'Gillian Forbes')?.aliases).not.toContain('Forbes');
    expect(entityNamed(analysis, 'Colin Forbes')?.aliases).not.toContain('Forbes');
  });
});

describe('kinds of organisation named before a name', () => {
  it('makes an organisation of "game maker Valve" but keeps "the property developer Nick Candy" a person', () => {
    const analysis = analyseText(
      'Pirates banned',
      'Game maker Halvard shut down the accounts of 20,000 players on Tuesday.',
      'The property developer Nick Candy said the ban was "overdue".',
    );
    expect(entityNamed(analysis, 'Halvard')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Nick Candy')?.kind).toBe('person');
  });
});

describe('a job, a person and where they work in one run of capitals', () => {
  it('reads "Economist Dr X of the University of Y" as an economist and a university, not one body', () => {
    const analysis = analyseText(
      'Electricity tariff to rise by 12%',
      'Economist Dr Lindiwe Khoza of the University of Johannesburg called the increase "a tax on the poor".',
    );
    expect(entityNamed(analysis, 'Lindiwe Khoza')?.kind).toBe('person');
    expect(entityNamed(analysis, 'Lindiwe Khoza')?.role).toMatch(/economist/i);
    expect(entityNamed(analysis, 'University of Johannesburg')?.kind).toBe('organisation');
    expect(analysis.quotes[0]?.speaker).toBe('Lindiwe Khoza');
  });
});

describe('surnames that are also places', () => {
  it('keeps "Thandiwe Lesotho, who…" a person and gives her the quotations after it', () => {
    const analysis = analyseText(
      'Taxi fares rise again',
      'In Soweto, Thandiwe Lesotho, who commutes two hours each way, said she had cut back on food.',
      '“I pay the taxi before I pay for bread,” she said.',
    );
    expect(entityNamed(analysis, 'Thandiwe Lesotho')?.kind).toBe('person');
    expect(analysis.quotes[0]?.speaker).toBe('Thandiwe Lesotho');
  });

  it('still reads a country after a place word as the country', () => {
    const analysis = analyseText(
      'Aid convoy reaches border',
      'The convoy crossed from Niger into Mali on Tuesday, officials said.',
    );
    expect(entityNamed(analysis, 'Mali')?.kind).toBe('place');
  });
});

describe('places named after people', () => {
  it('does not take "at Oliver Tambo station" for a person the story is about', () => {
    const analysis = analyseText(
      'Commuters stranded as trains halt',
      'Hundreds of commuters waited at Oliver Tambo station on Thursday after a power failure stopped trains on the northern line.',
      'Commuter Thabo Nkosi said he had waited three hours. "Nobody told us anything," he said.',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    expect(people).toEqual(['Thabo Nkosi']);
  });
});

describe('names from more naming traditions', () => {
  it('joins a Filipino "dela" to the surname and finds the person by it at the start of a sentence', () => {
    const analysis = analyseText(
      'Jeepney drivers strike',
      'Jeepney driver Ramil dela Paz, 41, said he had borrowed money to modernise his vehicle.',
      '"How will I pay it back?" dela Paz asked.',
    );
    expect(entityNamed(analysis, 'Ramil dela Paz')?.role).toBe('Jeepney driver');
    expect(analysis.quotes[0]?.speaker).toBe('Ramil dela Paz');
  });

  it('keeps a given name that is also a city when a title stands before it', () => {
    const analysis = analyseText(
      'Nurses return to wards',
      'Health Cabinet Secretary Jordan Wekesa welcomed the deal.',
      '"This is a victory for patients," Ms Wekesa said.',
    );
    expect(entityNamed(analysis, 'Jordan Wekesa')?.kind).toBe('person');
    expect(analysis.quotes[0]?.speaker).toBe('Jordan Wekesa');
  });

  it('does not make a country after "of" a person', () => {
    const analysis = analyseText(
      'Bloggers map the flood',
      'Volunteers sent text messages from the flooded districts of Sri Lanka, blogger Nimal Perera said.',
    );
    expect(entityNamed(analysis, 'Sri Lanka')?.kind).not.toBe('person');
  });
});

describe('short forms in mixed case', () => {
  it('links "Bay of Plenty Regional Council (BoPRC)" to the body, so it is found under the short form', () => {
    const analysis = analyseText(
      'Water take suspended',
      'The Bay of Plenty Regional Council (BoPRC) said takes from the Rangitāiki River were suspended.',
      'BoPRC said the ban would be reviewed daily.',
    );
    expect(entityNamed(analysis, 'BoPRC')?.name).toMatch(/Regional Council$/);
  });
});

describe('the name a person is known by', () => {
  it('finds "Mujica" inside "José Alberto Mujica Cordano" and gives him his quotations', () => {
    const analysis = analyseText(
      'Former president backs cannabis law',
      'Former Uruguayan President José Alberto Mujica Cordano said the law had worked.',
      '"We took the market away from the traffickers," Mujica said.',
    );
    expect(entityNamed(analysis, 'Mujica')?.name).toBe('José Alberto Mujica Cordano');
    expect(analysis.quotes[0]?.speaker).toBe('José Alberto Mujica Cordano');
  });
});

describe('surnames that are place words', () => {
  it('keeps "Sarah Hill, of the residents’ group, said" a person, and her husband too', () => {
    const analysis = analyseText(
      'Green belt homes approved',
      'Sarah Hill, of the Save Crimple Meadows group, said residents were "devastated".',
      'Her husband, Mark Hill, said the group would consider a legal challenge.',
    );
    expect(entityNamed(analysis, 'Sarah Hill')?.kind).toBe('person');
    expect(entityNamed(analysis, 'Mark Hill')?.kind).toBe('person');
    expect(quoteStartingWith(analysis, 'devastated')?.speaker).toBe('Sarah Hill');
  });

  it('does not count a job at the end of the sentence before as evidence for a name', () => {
    const analysis = analyseText(
      'Bookmakers shorten odds',
      'Bookmakers expect Cate Blanchett to be named best supporting actress. William Hill and Ladbrokes have cut her odds.',
    );
    expect(entityNamed(analysis, 'William Hill')?.kind).not.toBe('person');
  });
});

describe('title words inside the names of things', () => {
  it('does not make "Representative List of the Intangible Cultural Heritage" a person, but keeps a peer', () => {
    const analysis = analyseText(
      'Hawker culture honoured',
      "Hawker culture was inscribed on Unesco's Representative List of the Intangible Cultural Heritage of Humanity in 2020.",
      'Lord Nicholls of Birkenhead said: "Indefinite imprisonment without charge is the antithesis of the rule of law."',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    expect(people).toEqual(['Nicholls']);
  });
});

describe('respect titles', () => {
  it('keeps "Aunty" as a title before an elder’s name, not part of it', () => {
    const analysis = analyseText(
      'Community grieves cyclist',
      'Aunty Lorraine Webb, a Jagera elder who knew the family, said the community was still grieving.',
    );
    expect(entityNamed(analysis, 'Lorraine Webb')?.role).toBe('Jagera elder');
    expect(analysis.people.some((entity) => entity.name.startsWith('Aunty'))).toBe(false);
  });
});
