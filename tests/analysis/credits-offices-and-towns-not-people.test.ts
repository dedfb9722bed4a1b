import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, peopleIn, quoteStartingWith } from './build-article.js';

describe('a photographer credited after an agency and a slash', () => {
  it('names no one in "Photo: AGENCY/Name", "Foto: APA/Name" or "Kuva: Lehtikuva/Name" captions', () => {
    const analysis = analyseText(
      'Plumbing fraud trial opens',
      'The defendants in court on Monday. Photo: HERALD/Tomasz Wierzbicki',
      'Police outside the building. Foto: APA/Roland Schlager',
      'The new ward in Espoo. Kuva: Lehtikuva/Heikki Saukkomaa',
      'Judge Miriam Kessler said the trial would last a week.',
    );
    const people = peopleIn(analysis);
    expect(people).not.toContain('Tomasz Wierzbicki');
    expect(people).not.toContain('Roland Schlager');
    expect(people).not.toContain('Heikki Saukkomaa');
    expect(people).toContain('Miriam Kessler');
  });
});

describe('an office set off before the name of the one holding it', () => {
  it("leaves the office's portfolio out of the people and gives the quote to the holder (Ghanaian style)", () => {
    const analysis = analyseText(
      'Insurer promises to pay',
      '"All vetted claims will be paid," the authority\'s Head of Public Relations, Mrs Efua Asante, said.',
      "The bank's Head of Investor Affairs, Dr. Kojo Mensah, said the same.",
    );
    const people = peopleIn(analysis);
    expect(people).not.toContain('Public Relations');
    expect(people).not.toContain('Investor Affairs');
    expect(people).toEqual(expect.arrayContaining(['Efua Asante', 'Kojo Mensah']));
    expect(quoteStartingWith(analysis, 'All vetted claims')?.speaker).toBe('Efua Asante');
  });
});

describe('American towns named for a state and a landform', () => {
  it('reads "Virginia Beach", "Georgia Springs" and "Idaho Falls" as places', () => {
    const analysis = analyseText(
      'Stormwater fee debated',
      'The fee is modelled on ones charged in Virginia Beach and Idaho Falls.',
      'A similar plan failed in Georgia Springs last year.',
    );
    const people = peopleIn(analysis);
    expect(people).not.toContain('Virginia Beach');
    expect(people).not.toContain('Idaho Falls');
    expect(people).not.toContain('Georgia Springs');
  });

  it('keeps people whose surname is a landform', () => {
    const analysis = analyseText(
      'Coach signs on',
      '"We are ready," Ken Beach, the team\'s coach, said.',
      'Virginia Hills, a parent, said the new coach was welcome.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Ken Beach', 'Virginia Hills']));
  });
});

describe('bodies named in full', () => {
  it('runs a chamber\'s name on through "and" to the members it is named for (Paraguayan and Kenyan styles)', () => {
    const analysis = analyseText(
      'Exports fall',
      'Soy exports fell 20 per cent, the Bolivian Chamber of Grain and Oilseed Producers and Traders said.',
      'The Association of Tea Growers and Exporters warned of losses.',
    );
    const bodies = organisationsIn(analysis);
    expect(bodies).toContain('Bolivian Chamber of Grain and Oilseed Producers and Traders');
    expect(bodies).toContain('Association of Tea Growers and Exporters');
    expect(peopleIn(analysis)).not.toContain('Oilseed Producers');
  });

  it('keeps a person named after a body and "and" a person', () => {
    const analysis = analyseText(
      'Deal signed',
      'The Ministry of Health and Tom Peters, the contractor, signed the deal on Friday.',
    );
    expect(peopleIn(analysis)).toContain('Tom Peters');
  });

  it('stops at "and" before a name that only ends like a plural of members', () => {
    const analysis = analyseText(
      'Rail study',
      'The study was paid for by Fife Council, Perth Council and Scottish Borders Enterprise.',
    );
    expect(organisationsIn(analysis)).toContain('Perth Council');
    expect(organisationsIn(analysis)).not.toContain('Perth Council and Scottish Borders');
  });

  it('keeps "in" and a place before the body\'s bracketed initials, and only there', () => {
    const analysis = analyseText(
      'Rights groups react',
      'The Coalition for Justice and Peace in Sierra Leone (CJPSL) said the ruling was welcome.',
      'The Federation of Women Lawyers in Kenya (FIDA-Kenya) said it would appeal.',
      'The Red Cross in Liberia said it had sent supplies.',
    );
    const bodies = organisationsIn(analysis);
    expect(bodies).toContain('Coalition for Justice and Peace in Sierra Leone');
    expect(bodies).toContain('Federation of Women Lawyers in Kenya');
    expect(bodies).toContain('Red Cross');
    expect(bodies).not.toContain('Red Cross in Liberia');
  });
});

describe('places and bodies named for people', () => {
  it('reads "Hospital X" as a body and a later bare "X" as no one (Portuguese and Spanish papers)', () => {
    const analysis = analyseText(
      'Maternity ward to close at night',
      'The emergency unit at Hospital Pulido Valente will close at night from Monday.',
      'Women will be sent to Egas Moniz Hospital in Lisbon instead.',
      'At Egas Moniz, the head of obstetrics, Teresa Vilar Pinto, said the team was ready.',
    );
    const people = peopleIn(analysis);
    expect(organisationsIn(analysis)).toContain('Hospital Pulido Valente');
    expect(people).not.toContain('Pulido Valente');
    expect(people).not.toContain('Egas Moniz');
    expect(people).toContain('Teresa Vilar Pinto');
  });

  it('reads "Estadio X" and "Universidad X" as a place and a body', () => {
    const analysis = analyseText(
      'Final moved',
      'The final will be played at Estadio Nemesio Díez in Toluca.',
      'Students at Universidad Rafael Landívar staged a protest.',
    );
    expect(peopleIn(analysis)).not.toContain('Nemesio Díez');
    expect(organisationsIn(analysis)).toContain('Universidad Rafael Landívar');
  });

  it('keeps a person who shares a name with a hospital when a title introduces them', () => {
    const analysis = analyseText(
      'Hospital renamed',
      'The Mary Seacole Hospital reopened on Monday.',
      'Dr Mary Seacole, a nurse from the same town, said the name was a coincidence.',
    );
    expect(peopleIn(analysis)).toContain('Mary Seacole');
  });
});

describe('schools and hospitals written as one word ending on their kind', () => {
  it('reads Swedish, Norwegian and German compounds as bodies, not places (DN, Aftenposten styles)', () => {
    const analysis = analyseText(
      'School fire',
      'The fire at Hjulstaskolan destroyed the dining hall.',
      'Pupils were moved to Tøyenskolen and to the Lessinggymnasium for the term.',
    );
    const bodies = organisationsIn(analysis);
    expect(bodies).toEqual(expect.arrayContaining(['Hjulstaskolan', 'Tøyenskolen', 'Lessinggymnasium']));
  });

  it("keeps a surname with such an ending a person's", () => {
    const analysis = analyseText('Award', 'Nils Ekskolan said he was proud of the pupils.');
    expect(peopleIn(analysis)).toContain('Nils Ekskolan');
  });
});
