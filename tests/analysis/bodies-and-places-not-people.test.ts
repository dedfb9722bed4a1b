import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, peopleIn, quoteStartingWith } from './build-article.js';

function kindOf(name: string, ...paragraphs: string[]) {
  return entityNamed(analyseText('Local news', ...paragraphs), name)?.kind ?? null;
}

describe('a name the article only ever uses as a body is a body', () => {
  it('reads a team spoken of with "the" and the jobs held at it (Australian league style)', () => {
    const analysis = analyseText(
      'Kestrels sweat on captain',
      'The Moreton Bay Giants will wait on scans before naming their side for Sunday.',
      'The 30-12 loss left the Giants three points outside the top four.',
      'Giants captain Liam Hewitt said the group was ready. "We have been here before," Hewitt said.',
      'Giants chief executive Dean Maddox said the club had been unlucky.',
    );
    expect(peopleIn(analysis)).not.toContain('Moreton Bay Giants');
    expect(organisationsIn(analysis)).toContain('Moreton Bay Giants');
    expect(peopleIn(analysis)).toContain('Liam Hewitt');
    expect(quoteStartingWith(analysis, 'We have been here')?.speaker).toBe('Liam Hewitt');
  });

  it('reads a body set off as "the agency" and a party by its spokesperson (Canadian and Welsh styles)', () => {
    const agency = analyseText(
      'Waiting times published',
      'Figures were released on Tuesday by Transports Wallonie.',
      'Transports Wallonie, the agency set up in 2019 to run the buses, will publish them every week.',
    );
    expect(peopleIn(agency)).not.toContain('Transports Wallonie');
    const party = analyseText(
      'Ambulance waits',
      "Mebyon Kernow's health spokesperson, Tamsin Pascoe, said the figures showed a service in crisis.",
    );
    expect(peopleIn(party)).not.toContain('Mebyon Kernow');
    expect(peopleIn(party)).toContain('Tamsin Pascoe');
  });

  it('reads a body named in full with "y" as the body its short form speaks for (Télam style)', () => {
    const analysis = analyseText(
      'Rail strike',
      'The stoppage affected services run by Ferrocarriles Mendoza y Carga and a private operator.',
      'Ferrocarriles Mendoza said in a statement that it had made "a fair offer to the union".',
    );
    expect(peopleIn(analysis)).not.toContain('Ferrocarriles Mendoza y Carga');
    expect(quoteStartingWith(analysis, 'a fair offer')?.speaker).toBe('Ferrocarriles Mendoza y Carga');
  });

  it('does not read a compass point after a particle as a family name (Latin American style)', () => {
    const analysis = analyseText(
      'Water contract on trial',
      'Prosecutors say the tender was written so that only one bidder, Aguas del Sur, could win it.',
    );
    expect(peopleIn(analysis)).not.toContain('Aguas del Sur');
  });
});

describe('where a body sits describes it and is no part of its name', () => {
  it('reads the seat before "-based" apart from the body (American business style)', () => {
    const analysis = analyseText(
      'Hotel sold',
      'The seller, San Diego-based Pacifica Hotel Group, said in a statement that staff would be kept on.',
      'Pacifica Hotel Group said all 300 workers would be offered jobs.',
    );
    expect(organisationsIn(analysis)).toContain('Pacifica Hotel Group');
    expect(organisationsIn(analysis).some((name) => name.includes('-based'))).toBe(false);
  });
});

describe('a body named in sentence case runs to its bracketed short form', () => {
  it('reads the whole French or Spanish name, lower-case words and all (Le Devoir and El País styles)', () => {
    const french = analyseText(
      'Nurses object',
      'The Fédération autonome des enseignants du Québec (FAEQ), which represents 60,000 teachers, said in a statement that the plan was unworkable.',
    );
    expect(organisationsIn(french)).toContain('Fédération autonome des enseignants du Québec');
    expect(entityNamed(french, 'FAEQ')?.name).toBe('Fédération autonome des enseignants du Québec');
    const spanish = analyseText(
      'Strike called',
      'Prices are set by the Federación nacional de cafeteros de Colombia (FNC) each morning.',
    );
    expect(organisationsIn(spanish)).toContain('Federación nacional de cafeteros de Colombia');
  });

  it('leaves a bracket after a person or a capitalised name alone', () => {
    const analysis = analyseText(
      'By-election',
      'The seat was won by Anne Roy (PQ), who said she would sit on the health committee.',
    );
    expect(organisationsIn(analysis).some((name) => name.includes('Roy'))).toBe(false);
  });
});

describe('a name the article only ever places things in is a place', () => {
  it('reads the part of a town before its name (American metro style)', () => {
    const analysis = analyseText(
      'Casino to become flats',
      '"Downtown Fresno has the jobs and the river," said Ana Ibarra, a city planner.',
      'It is the third conversion in downtown Fresno in five years, as trade moved to south Fresno.',
    );
    expect(peopleIn(analysis)).not.toContain('Downtown Fresno');
    expect(peopleIn(analysis)).not.toContain('Fresno');
    expect(entityNamed(analysis, 'Fresno')?.kind).toBe('place');
  });

  it('reads a named firm said to be in a town named like a person (trade press style)', () => {
    expect(
      kindOf(
        'Ann Arbor',
        '"Margins are thin," said Dana Whitlock, a principal at Corbel Freight Partners in Ann Arbor.',
      ),
    ).toBe('place');
  });

  it('reads a town that is only ever the tail of "of" phrases (wire style)', () => {
    const analysis = analyseText(
      'Former mayor on trial',
      'The former mayor of Villa Canales Norte, Edgar Pérez, went on trial on Monday.',
      'Two wells never delivered water to the neighbourhoods of Villa Canales Norte.',
      'The municipal council of Villa Canales Norte said it was cooperating.',
    );
    expect(peopleIn(analysis)).not.toContain('Villa Canales Norte');
  });

  it('reads a direction from a name as a direction from a place (Gulf agency style)', () => {
    const analysis = analyseText(
      'Seagrass survey',
      'Seagrass cover in the waters west of Umm Al Hatab island fell by a tenth, the survey found.',
    );
    expect(peopleIn(analysis)).not.toContain('Umm Al Hatab');
  });
});

describe('people named like places or bodies stay people', () => {
  it('keeps a person whose one mention sits after "in" or before a possessive job', () => {
    const trust = analyseText(
      'Poll slump',
      'Voters report a lack of trust in Gordon Brown, following the budget row.',
    );
    expect(peopleIn(trust)).toContain('Gordon Brown');
    const coach = analyseText(
      'Coaching shortlist',
      "Several names are linked with the job, including Kelly Sotherton' coach Jan Brands.",
      "Among them is Denise Harper' coach Charles Ruddock, who has worked with sprinters.",
    );
    expect(peopleIn(coach)).toContain('Denise Harper');
  });

  it('keeps given names that are also places or bodies when the person speaks or is described', () => {
    const analysis = analyseText(
      'Premiere night',
      'Paris Hilton, 24, said she would attend the premiere.',
      'Louise Christian, a human rights lawyer, said the case would be appealed.',
      'Sofia Coppola said the film had taken four years.',
      'Jack London wrote about the Klondike, and readers in Jack London’s home town still visit his ranch.',
    );
    for (const name of ['Paris Hilton', 'Louise Christian', 'Sofia Coppola', 'Jack London'])
      expect(peopleIn(analysis)).toContain(name);
  });

  it('keeps a person whose relatives are named by a possessive (court report style)', () => {
    const analysis = analyseText(
      'Kidnapping trial',
      'The family is divided. Brennan-Kirk’s cousin, Matthias Kirk, said the sale was a mistake.',
      'Orla Brennan-Kirk, the chief executive, said every option was open.',
    );
    expect(peopleIn(analysis)).toContain('Orla Brennan-Kirk');
  });

  it('keeps a person described by a name-based adjective phrase ("the Cash tapes")', () => {
    const analysis = analyseText(
      'Tapes withdrawn',
      'Johnny Cash recorded the songs in 1957.',
      'A spokesman said the Cash tapes were withdrawn because they did not meet the reserve.',
    );
    expect(peopleIn(analysis)).toContain('Johnny Cash');
  });
});
