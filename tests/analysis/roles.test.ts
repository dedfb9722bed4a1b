import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('roles stated the ways reporters state them', () => {
  it('takes a local office of a named place in apposition as the role, but not an adverb of a former employer', () => {
    const analysis = analyseText(
      'Villagers fear for wells as river is diverted',
      'Tendai Moyo, headman of Chivhu ward, said the boreholes had run dry by August.',
      'Luke Garber, formerly of Anglo Farms, said the scheme had been "rushed".',
    );
    expect(entityNamed(analysis, 'Tendai Moyo')?.role).toBe('headman of Chivhu ward');
    expect(entityNamed(analysis, 'Luke Garber')?.role ?? null).toBeNull();
  });

  it('reads a long title set off by a comma before the name', () => {
    const analysis = analyseText(
      'Border talks end in agreement',
      'The deal was announced by Qatar’s minister of state for foreign affairs, Khalid bin Nasser al-Thani, after two days of talks.',
      'But the chief secretary to the Treasury, Marcus Ellery, refused to find the money, according to officials.',
    );
    expect(entityNamed(analysis, 'Khalid bin Nasser al-Thani')?.role).toContain(
      'minister of state for foreign affairs',
    );
    expect(entityNamed(analysis, 'Marcus Ellery')?.role).toBe('chief secretary to the Treasury');
  });

  it('takes "who runs…" or "who heads…" as the role when the article names no job', () => {
    const analysis = analyseText(
      'Heatwave bleaches reef',
      'Jo Maddox, who runs glass-bottom boat trips from the marina, said bookings had held up.',
      'Tomasz Nowak, who heads the local branch of the dockers’ union, said members were angry.',
    );
    expect(entityNamed(analysis, 'Jo Maddox')?.role).toBe('runs glass-bottom boat trips from the marina');
    expect(entityNamed(analysis, 'Tomasz Nowak')?.role).toContain('local branch of the dockers’ union');
  });

  it('prefers a job noun to what the person does when the article gives both', () => {
    const analysis = analyseText(
      'Library closure approved',
      '"This library raised three generations," said Edith Marlow, 80, who chairs the Friends of Hallam Library.',
      'Mrs Marlow, a retired nurse, handed in the petition before the vote.',
    );
    expect(entityNamed(analysis, 'Edith Marlow')?.role).toBe('retired nurse');
  });
});

describe('what is not a role', () => {
  it('does not take the predicate after an age for a role, but keeps "retired teacher"', () => {
    const analysis = analyseText(
      'Crash victims remembered',
      'Emma Hart, 52, lost her son in the crash on the A40.',
      'Graham Pike, 71, retired teacher, said the junction had "always been dangerous".',
    );
    expect(entityNamed(analysis, 'Emma Hart')?.role).toBeNull();
    expect(entityNamed(analysis, 'Graham Pike')?.role).toBe('retired teacher');
  });
});

describe('courtesy titles and appositives', () => {
  it('prefers the appositive to a courtesy title that is all the name carries', () => {
    const analysis = analyseText(
      'Border villages divided',
      'Sheikh Ahmad Bin Saleh, a tribal elder, said the new fence "divides families".',
    );
    expect(entityNamed(analysis, 'Ahmad Bin Saleh')?.role).toBe('tribal elder');
  });
});

describe('a role whose body is named by a common noun just before the holder', () => {
  it('reads "deputy head of the agency X" as X’s role, not X as the agency', () => {
    const analysis = analyseText(
      'Jakarta to ration tap water',
      'The city’s Water Resources Agency said rationing would begin in March.',
      'Deputy head of the agency Siti Rahmawati Kusuma said the reservoirs were at a record low. “We have never seen it this dry,” she said.',
    );
    const person = entityNamed(analysis, 'Siti Rahmawati Kusuma');
    expect(person?.kind).toBe('person');
    expect(person?.role).toBe('Deputy head of the agency');
    expect(analysis.quotes[0]?.speaker).toBe('Siti Rahmawati Kusuma');
  });
});

describe('roles stated the ways other outlets state them', () => {
  it('keeps every capital of a title written before the name ("Provincial Mobility Commissioner")', () => {
    const analysis = analyseText(
      'Bus lanes to open on ring road',
      'Provincial Mobility Commissioner Ingrid Solheim said the lanes would open in March.',
    );
    expect(entityNamed(analysis, 'Ingrid Solheim')?.role).toBe('Provincial Mobility Commissioner');
  });

  it('reads a lower-case job that opens the sentence before a comma and the name', () => {
    const analysis = analyseText(
      'Rates rise approved',
      'Council member for finance and property, Mere Tautahi, defended the increase on Tuesday.',
    );
    expect(entityNamed(analysis, 'Mere Tautahi')?.role).toBe('Council member for finance and property');
  });

  it('reads a portfolio after "on" that runs into a courtesy title and the name', () => {
    const analysis = analyseText(
      'Opposition demands hospital timetable',
      'Shadow spokeswoman on health Dr Marlene Grant-Powell called for the list to be published.',
    );
    expect(entityNamed(analysis, 'Marlene Grant-Powell')?.role).toBe('Shadow spokeswoman on health');
  });

  it('states a job by what someone grows, drives or delivers, without where they do it', () => {
    const analysis = analyseText(
      'Tea prices fall',
      'Wanjiru Mwangi, who grows tea on two acres near Kericho in the Rift Valley highlands of western Kenya, said prices had halved.',
      'Otieno Kamau, 38, who has driven a matatu for a Nairobi sacco for ten years, said fuel was the worry.',
    );
    expect(entityNamed(analysis, 'Wanjiru Mwangi')?.role).toBe('grows tea on two acres');
    expect(entityNamed(analysis, 'Otieno Kamau')?.role).toMatch(/^has driven a matatu/);
  });

  it('gives a title followed by a name to that name, not to the place before the comma', () => {
    const analysis = analyseText(
      'Schools still closed after storm',
      'At Oakridge Primary, principal Desmond Whyte-Campbell said classes were being held in a church.',
    );
    expect(analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual(
      ['Desmond Whyte-Campbell'],
    );
    expect(entityNamed(analysis, 'Desmond Whyte-Campbell')?.role).toBe('principal');
  });
});

describe('what a role followed by capitals is not', () => {
  it('keeps a title in capitals after the comma as the role of the name before it', () => {
    const analysis = analyseText(
      'Union threatens strike',
      '"Managers have ignored every agreement we made," said Tom Hearne, GMB General Secretary.',
    );
    expect(entityNamed(analysis, 'Tom Hearne')?.role).toBe('GMB General Secretary');
  });

  it('does not read a description before a city as a role that makes the city a person', () => {
    const analysis = analyseText(
      'Director casts newcomer',
      'The director, Mira Patel, said: "I was never a fan of the glossy Los Angeles romance."',
    );
    expect(analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual(
      ['Mira Patel'],
    );
  });
});

describe('courtesy titles between a role and a name', () => {
  it('leaves "Dame" to the name in "Chief Constable Dame Helen Marsh"', () => {
    const analysis = analyseText(
      'Force to close counters',
      'Northumbria Chief Constable Dame Helen Marsh said the counters cost more than they saved.',
    );
    expect(entityNamed(analysis, 'Helen Marsh')?.role).toBe('Northumbria Chief Constable');
  });
});

describe('a job stated as the predicate', () => {
  it('reads "X, 34, is the practice manager at a surgery" as her role', () => {
    const analysis = analyseText(
      'GP surgeries turn patients away',
      'Grace Okafor, 34, is the practice manager at a surgery in Leeds. She said staff were exhausted.',
    );
    expect(entityNamed(analysis, 'Grace Okafor')?.role).toBe('practice manager at a surgery in Leeds');
  });

  it('but not a judgement such as "is a fantastic player"', () => {
    const analysis = analyseText(
      'United win again',
      'Manager Ruben Amorim said Bruno Fernandes is a fantastic player and deserved his goal.',
    );
    expect(entityNamed(analysis, 'Bruno Fernandes')?.role ?? null).toBeNull();
  });
});

describe('where a job is done, written before it', () => {
  it('keeps every word of the body before a lower-case job: "William Hill spokesman"', () => {
    const analysis = analyseText(
      'Odds cut on Bond role',
      '"It has sparked a betting frenzy," said Paddy Power spokesman Rupert Adams. Wrexham manager Phil Parkinson was not surprised.',
    );
    expect(entityNamed(analysis, 'Rupert Adams')?.role).toBe('Paddy Power spokesman');
    expect(entityNamed(analysis, 'Phil Parkinson')?.role).toBe('Wrexham manager');
  });
});

describe('a job in a relative clause with "who is"', () => {
  it('reads "Sam Reyes, who is the group’s treasurer," as his role', () => {
    const analysis = analyseText(
      'Food bank running out of money',
      "Sam Reyes, who is the group's treasurer, said the money would run out by March.",
    );
    expect(entityNamed(analysis, 'Sam Reyes')?.role).toBe("group's treasurer");
  });
});

describe('ranked roles written with a hyphen', () => {
  it('reads "vice-chairman of the district people’s committee" as a role', () => {
    const analysis = analyseText(
      'Bridge ends ferry trade',
      '"Progress always has a cost," says Le Minh Duc, vice-chairman of the district people\'s committee.',
    );
    expect(entityNamed(analysis, 'Le Minh Duc')?.role).toBe(
      "vice-chairman of the district people's committee",
    );
  });
});
