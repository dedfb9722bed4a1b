import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, peopleIn, quoteStartingWith } from './build-article.js';

describe('a company named with the legal form it is registered under', () => {
  it('keeps the whole name of firms registered in Germany, Norway, Finland and Indonesia (Reuters style)', () => {
    const analysis = analyseText(
      'Telecoms results',
      'FRANKFURT (Reuters) - Shares in Meridian Telekom AG fell 4% on Tuesday after the group cut its forecast.',
      'The deal was approved by Halvorsen Shipping ASA, while Nordvik Paper Oyj said it would delay its results.',
      'PT Sinar Baru Tbk said profit rose, and Tan Seng Holdings Bhd declined to comment.',
    );
    const bodies = organisationsIn(analysis);
    for (const name of [
      'Meridian Telekom AG',
      'Halvorsen Shipping ASA',
      'Nordvik Paper Oyj',
      'PT Sinar Baru Tbk',
      'Tan Seng Holdings Bhd',
    ])
      expect(bodies).toContain(name);
    expect(bodies).not.toContain('AG');
    expect(bodies).not.toContain('ASA');
  });

  it('gives a statement to a company named with its Romance legal form (AP style)', () => {
    const analysis = analyseText(
      'Bus strike',
      'Transportes del Valle SRL said on Monday it had suspended 40 routes.',
      '"We cannot run buses that are not paid for," Transportes del Valle SRL said in a statement.',
    );
    expect(quoteStartingWith(analysis, 'We cannot run buses')?.speaker).toBe('Transportes del Valle SRL');
  });
});

describe('a sports club named by its initials or its opening word', () => {
  it('reads clubs named by the initials of their kind before or after the town as clubs, not people', () => {
    const analysis = analyseText(
      'Transfer round-up',
      'FC Luzern sacked their coach on Monday, a day after VfL Bochum signed the Danish winger.',
      'Rosenborg BK and IF Elfsborg meet on Sunday, and SSC Napoli confirmed an offer for the striker.',
    );
    const bodies = organisationsIn(analysis);
    for (const name of ['FC Luzern', 'VfL Bochum', 'Rosenborg BK', 'IF Elfsborg', 'SSC Napoli'])
      expect(bodies).toContain(name);
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('reads clubs named by Real, Dinamo or Olympique, or by Sporting before a town', () => {
    const analysis = analyseText(
      'Europa League draw',
      'Real Betis will face Dinamo Zagreb, while Sporting Lisbon were drawn against Olympique Lyonnais.',
    );
    const bodies = organisationsIn(analysis);
    for (const name of ['Real Betis', 'Dinamo Zagreb', 'Sporting Lisbon', 'Olympique Lyonnais'])
      expect(bodies).toContain(name);
  });

  it('gives "the club said" to the club named by its initials (Swiss press agency style)', () => {
    const analysis = analyseText(
      'Coach sacked',
      'EHC Kloten dismissed head coach Marco Rossi on Tuesday after a seventh straight defeat.',
      '"We needed a new impulse before the play-offs," the club said.',
    );
    expect(quoteStartingWith(analysis, 'We needed a new impulse')?.speaker).toBe('EHC Kloten');
  });

  it('keeps a person introduced by a club job that opens on a club word a person (BBC Sport style)', () => {
    const analysis = analyseText(
      'Transfer talks',
      'Sporting director Ana Lopes said the deal was off. Club president Anders Berg agreed.',
    );
    expect(peopleIn(analysis)).toEqual(['Ana Lopes', 'Anders Berg']);
  });

  it('keeps two initials before a surname a person, and a film named like a club a title', () => {
    const analysis = analyseText(
      'Book prize',
      'Novelist AS Byatt said the shortlist was strong.',
      'The film Racing Stripes opened on Friday.',
    );
    expect(peopleIn(analysis)).toContain('AS Byatt');
    expect(organisationsIn(analysis)).not.toContain('Racing Stripes');
  });
});

describe('a sovereign or a saint inside a body name', () => {
  it('keeps "Court of Queen\'s Bench" whole and gives it what the court said (Canadian Press style)', () => {
    const analysis = analyseText(
      'Bail refused',
      'A judge at the Court of Queen’s Bench in Regina refused bail for the accused on Thursday.',
      '"The risk to the public is too great," the court said in its written reasons.',
    );
    expect(organisationsIn(analysis)).toContain('Court of Queen’s Bench');
    expect(quoteStartingWith(analysis, 'The risk to the public')?.speaker).toBe('Court of Queen’s Bench');
  });

  it('names hospitals and colleges owned by a saint or a king in full (Guardian style)', () => {
    const analysis = analyseText(
      'Strike',
      'Nurses at St Bride’s Hospital walked out on Monday, and lecturers at King’s College Aberdeen joined them.',
      'Porters at Queen Adelaide’s Hospital will ballot next week.',
    );
    const bodies = organisationsIn(analysis);
    expect(bodies).toContain('St Bride’s Hospital');
    expect(bodies).toContain('Queen Adelaide’s Hospital');
    expect(bodies).toContain('King’s College Aberdeen');
  });
});

describe('houses, parties and papers known by their own names', () => {
  it('reads legislatures, parties and newspapers that carry no kind word as bodies', () => {
    const analysis = analyseText(
      'Budget vote',
      'The Storting approved the budget late on Friday, Aftenposten reported.',
      'In Dublin, Fine Gael accused Sinn Féin of stalling in the Dáil, according to Le Monde.',
      'The Knesset will vote next week, and Likud said it had the numbers.',
    );
    const bodies = organisationsIn(analysis);
    for (const name of [
      'Storting',
      'Aftenposten',
      'Fine Gael',
      'Sinn Féin',
      'Dáil',
      'Le Monde',
      'Knesset',
      'Likud',
    ])
      expect(bodies).toContain(name);
    expect(entityNamed(analysis, 'Fine Gael')?.kind).toBe('organisation');
  });
});

describe('a company named bare, known by how business copy speaks of it', () => {
  it('reads a name whose shares move, or that others hold shares or a stake in, as a company (FT style)', () => {
    const analysis = analyseText(
      'Markets',
      'Shares in Norvasc rose 5% after the results, while Talvex shares fell 3%.',
      'The fund raised its stake in Meridor to 12%.',
    );
    const bodies = organisationsIn(analysis);
    for (const name of ['Norvasc', 'Talvex', 'Meridor']) expect(bodies).toContain(name);
    expect(analysis.people.filter((entity) => entity.kind === 'place').map((entity) => entity.name)).toEqual(
      [],
    );
  });

  it('leaves regions, peoples and sectors whose shares move alone (Bloomberg style)', () => {
    const analysis = analyseText(
      'Markets close',
      'Asian shares fell on Monday, and travel stocks slid. Oil shares rose as Travel-related shares dropped.',
      'Funds bought shares in Japanese exporters.',
    );
    expect(organisationsIn(analysis)).toEqual([]);
  });

  it('reads a name a spokesman speaks for as a body, but not a person named in full before (AP style)', () => {
    const analysis = analyseText(
      'Plant to close',
      'A spokesman for Brandmoor said the plant would close in March.',
      'Union leader Kate Harlow met managers on Tuesday. A spokesman for Harlow said she would respond.',
    );
    expect(organisationsIn(analysis)).toContain('Brandmoor');
    expect(organisationsIn(analysis)).not.toContain('Harlow');
    expect(peopleIn(analysis)).toContain('Kate Harlow');
  });
});

describe('a body whose kind opens or closes its name in the language it is named in', () => {
  it('reads German, Dutch, Danish and Italian bodies named by their kind as bodies (swissinfo, DutchNews style)', () => {
    const analysis = analyseText(
      'Trial results',
      'Doctors at the Universität Bern said the trial worked, and the Gemeente Utrecht agreed to fund it.',
      'The Landgericht München sentenced him to four years. Aalborg Kommune said it would appeal.',
      'The Guardia di Finanza seized the accounts, and the Sozialdemokratische Partei tabled a motion.',
    );
    const bodies = organisationsIn(analysis);
    for (const name of [
      'Universität Bern',
      'Gemeente Utrecht',
      'Landgericht München',
      'Aalborg Kommune',
      'Guardia di Finanza',
      'Sozialdemokratische Partei',
    ])
      expect(bodies).toContain(name);
  });

  it('keeps a bank named for a country of two words whole, and gives it "the bank said" (Radio Tamazuj style)', () => {
    const analysis = analyseText(
      'Dollar auctions',
      'Importers said the Bank of North Macedonia had not auctioned dollars for three weeks.',
      'Traders blamed the delay for rising prices. "Auctions will resume on Monday," the bank said.',
    );
    expect(organisationsIn(analysis)).toContain('Bank of North Macedonia');
    expect(quoteStartingWith(analysis, 'Auctions will resume')?.speaker).toBe('Bank of North Macedonia');
  });

  it('keeps a hospital named for a ruler whole (The Star Malaysia style)', () => {
    const analysis = analyseText(
      'Emergency wards full',
      'Staff at Hospital Tengku Ampuan Rahimah in Klang said the emergency ward was full on Sunday.',
    );
    expect(organisationsIn(analysis)).toContain('Hospital Tengku Ampuan Rahimah');
    expect(peopleIn(analysis)).toEqual([]);
  });
});
