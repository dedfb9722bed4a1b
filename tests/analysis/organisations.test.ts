import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

const kindOf = (analysis: Analysis, name: string) => entityNamed(analysis, name)?.kind;

describe('organisations named by what they do', () => {
  it('takes a transport operator by its last word and gives it the quote its statement makes', () => {
    const analysis = analyseText(
      'Tram drivers to strike over pay',
      'Leeds Metro drivers will walk out for two days next month.',
      'In a statement, Leeds Metro said the offer was "fair and final".',
    );
    expect(kindOf(analysis, 'Leeds Metro')).toBe('organisation');
    expect(quoteStartingWith(analysis, 'fair and final')?.speaker).toBe('Leeds Metro');
  });

  it('makes a name that speaks through a statement or a position paper an organisation, not a person', () => {
    const analysis = analyseText(
      'Developer objects to bypass route',
      'Brennock Estates Partners said in a statement that the route "cuts our site in half".',
      'Textile Recyclers Ireland said in a position paper that a levy was "overdue".',
    );
    expect(kindOf(analysis, 'Brennock Estates Partners')).toBe('organisation');
    expect(kindOf(analysis, 'Textile Recyclers Ireland')).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
    expect(quoteStartingWith(analysis, 'overdue')?.speaker).toBe('Textile Recyclers Ireland');
  });

  it('gives a company named later without its legal suffix its full name as speaker', () => {
    const analysis = analyseText(
      'Dockers walk out at Felixstowe',
      'The union accused the operator, Northgate Quay Holdings, of breaking a no-redundancy pledge.',
      'Northgate Quay said in a statement that it had "honoured every agreement" with staff.',
      'Staff at Northgate Quay Terminal were told on Monday that shifts would be cut.',
    );
    expect(quoteStartingWith(analysis, 'honoured every agreement')?.speaker).toBe('Northgate Quay Holdings');
    expect(entityNamed(analysis, 'Northgate Quay Terminal')?.name).not.toBe('Northgate Quay Holdings');
  });

  it('gives "the association said" to the association that acted last when two share the word', () => {
    const analysis = analyseText(
      'Landlords fight rent freeze',
      'The Dublin Tenants Association marched on the Dáil on Saturday.',
      'The Irish Property Owners Association has lobbied against a freeze. In a statement, the association said a cap "would drive small landlords out of the market".',
    );
    expect(quoteStartingWith(analysis, 'would drive small landlords')?.speaker).toBe(
      'Irish Property Owners Association',
    );
  });

  it('makes a name described by a "which" clause before it speaks an organisation, and its spokesman its voice', () => {
    const analysis = analyseText(
      'Grain terminal at capacity as harvest peaks',
      'Dock workers at Tilbury walked out on Monday.',
      'Brankholm Freight, which is owned by a pension fund, said it had taken on extra crews.',
      '"We are running flat out," a spokesman for the company said.',
    );
    expect(kindOf(analysis, 'Brankholm Freight')).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
    expect(quoteStartingWith(analysis, 'We are running flat out')?.speaker).toBe('Brankholm Freight');
  });

  it('gives "the company said" to the business, not the regulator that spoke more often', () => {
    const analysis = analyseText(
      'Slurry leak kills fish in River Taw',
      'The Devon Environment Agency said it had opened an inquiry. The Devon Environment Agency said samples were being tested.',
      'Torridge Creamery, which runs the plant, said the leak had been stopped.',
      'In a statement, the company said: "We are deeply sorry for the harm caused to the river."',
    );
    expect(quoteStartingWith(analysis, 'We are deeply sorry')?.speaker).toBe('Torridge Creamery');
  });

  it('keeps a person with a job before the name a person when they speak in a statement', () => {
    const analysis = analyseText(
      'Miner rejects bid',
      'Brakpan Mining chairman Tommie Vandeleur said in a statement that the offer was "inadequate".',
    );
    expect(kindOf(analysis, 'Tommie Vandeleur')).toBe('person');
    expect(quoteStartingWith(analysis, 'inadequate')?.speaker).toBe('Tommie Vandeleur');
  });

  it('makes a name that operates a line or owns land an organisation', () => {
    const analysis = analyseText(
      'Fares to rise on city lines',
      'Busan Transit, which operates three subway lines, lost money for a fifth year.',
      'Kerrigan Fold, which owns most of the valley floor, has lodged plans for 900 homes.',
    );
    expect(kindOf(analysis, 'Busan Transit')).toBe('organisation');
    expect(kindOf(analysis, 'Kerrigan Fold')).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('makes the workplace named before a job and a person an organisation, and keeps the person', () => {
    const analysis = analyseText(
      'Drought order for river farms',
      'WeatherWatch forecaster Tom Ruane said no rain was due before Sunday.',
      'Dairy Growers Otago president Helen Mather said farms would struggle.',
    );
    expect(kindOf(analysis, 'WeatherWatch')).toBe('organisation');
    expect(kindOf(analysis, 'Dairy Growers Otago')).toBe('organisation');
    expect(peopleIn(analysis)).toEqual(['Tom Ruane', 'Helen Mather']);
  });

  it('makes a name with a bracketed acronym of its own initials an organisation, but not a party tag', () => {
    const analysis = analyseText(
      'Council votes down depot plan',
      'Water Otago (WOt) said river levels were falling.',
      'Ward councillor Ravi Lakhani (Lab) said the depot would bring lorries.',
    );
    expect(kindOf(analysis, 'Water Otago')).toBe('organisation');
    expect(kindOf(analysis, 'Ravi Lakhani')).toBe('person');
  });

  it('makes a state-run name an organisation', () => {
    const analysis = analyseText(
      'Rail fares frozen',
      'Passengers on the state-run Ferrovia will pay the same as last year.',
    );
    expect(kindOf(analysis, 'Ferrovia')).toBe('organisation');
  });

  it('answers to the institution without its country, as well as with it', () => {
    const analysis = analyseText(
      'Temple tickets move online',
      "Chile's Ministry of Heritage said the new system would stop touts.",
    );
    const ministry = entityNamed(analysis, 'Ministry of Heritage');
    expect(ministry?.kind).toBe('organisation');
    expect(entityNamed(analysis, "Chile's Ministry of Heritage")).toBe(ministry);
  });
});

describe('places named by where they stand', () => {
  it('takes a dateline town placed in its country, and a multi-word name after "near"', () => {
    const analysis = analyseText(
      'Climbers stranded as road collapses',
      'Huaraz, Peru (AFP) - Dozens of climbers were stranded near Nevado Pisco on Tuesday.',
    );
    expect(kindOf(analysis, 'Huaraz')).toBe('place');
    expect(kindOf(analysis, 'Nevado Pisco')).toBe('place');
  });

  it('takes a lone name after a mooring "off" as a place, not one after "held off"', () => {
    const analysis = analyseText(
      'Ships queue for grain',
      'Twenty bulk carriers are anchored off Nanaimo, and Lewis held off Ramos in the final.',
    );
    expect(kindOf(analysis, 'Nanaimo')).toBe('place');
    expect(kindOf(analysis, 'Ramos')).not.toBe('place');
  });
});

describe('titles whose constituency or portfolio runs into the name', () => {
  it('finds the person after "TD for <constituency>" and gives them the quote, not the title', () => {
    const analysis = analyseText(
      'Hospital waiting lists grow again',
      'Sinn Féin TD for Cork North Central Aoibheann Daly said the figures were "a disgrace".',
    );
    const daly = entityNamed(analysis, 'Aoibheann Daly');
    expect(daly?.kind).toBe('person');
    expect(daly?.role).toContain('TD for Cork North Central');
    expect(quoteStartingWith(analysis, 'a disgrace')?.speaker).toBe('Aoibheann Daly');
  });

  it('keeps a portfolio with "and the" in the role of the minister named after it', () => {
    const analysis = analyseText(
      'Market rents to be capped',
      'Minister of State for Housing and the Regions Hamid Osman said the cap would hold for three years.',
      'Mr Osman said stallholders had been consulted.',
    );
    const osman = entityNamed(analysis, 'Hamid Osman');
    expect(osman?.role).toContain('Minister of State');
    expect(peopleIn(analysis)).toEqual(['Hamid Osman']);
  });

  it('leaves a lowercase job "of the" a named group alone', () => {
    const analysis = analyseText(
      'Quarry plan refused',
      'Speaking at the meeting, Carol Ennis, chairman of the Save Linby Woods campaign, said the quarry was "too close".',
    );
    expect(peopleIn(analysis)).toEqual(['Carol Ennis']);
  });
});

describe('terms in quotation marks', () => {
  it('does not report a word the sentence names with "calls" as speech', () => {
    const analysis = analyseText(
      'Freight rates climb on single-line routes',
      'Many elevators are served by only one carrier, a situation shippers call "captive."',
      '"We have nowhere else to go," said Dale Porter, a grain buyer.',
    );
    expect(analysis.quotes.map((quote) => quote.text)).toEqual(['We have nowhere else to go']);
  });
});

describe('organisations that own something', () => {
  it('finds a university before its possessive, and the quote goes to the academic, not the department', () => {
    const analysis = analyseText(
      'Rent caps may shift costs, economist warns',
      "Dr Priya Raman of the University of Leeds's Business School warned that caps could backfire.",
      '"Landlords will find other ways to charge," she told the Yorkshire Post.',
    );
    expect(kindOf(analysis, 'University of Leeds')).toBe('organisation');
    expect(quoteStartingWith(analysis, 'Landlords will find')?.speaker).toBe('Priya Raman');
  });

  it('finds a parliament named by its committee', () => {
    const analysis = analyseText(
      'Vote on car recycling rules delayed',
      "The European Parliament's transport committee will vote on the text next month.",
    );
    expect(kindOf(analysis, 'European Parliament')).toBe('organisation');
  });
});

describe('organisation names joined by "and", "&" and lists of portfolios', () => {
  it('keeps a union, a ministry with its portfolios and an ampersand name whole', () => {
    const analysis = analyseText(
      'Rail workers reject pay offer',
      'The Transport Salaried Staffs and Rail Union (TSSRU) and Unite rejected the offer on Friday.',
      'The Department for Energy, Climate and Rural Affairs said it had "no plans" to intervene.',
      'Hills & Dales Water chief executive Moira Blake said supply was secure.',
    );
    expect(kindOf(analysis, 'Transport Salaried Staffs and Rail Union')).toBe('organisation');
    expect(kindOf(analysis, 'Department for Energy, Climate and Rural Affairs')).toBe('organisation');
    expect(quoteStartingWith(analysis, 'no plans')?.speaker).toBe(
      'Department for Energy, Climate and Rural Affairs',
    );
    expect(kindOf(analysis, 'Hills & Dales Water')).toBe('organisation');
    expect(peopleIn(analysis)).toEqual(['Moira Blake']);
  });

  it('keeps two bodies apart when each carries its own organisation word or name', () => {
    const analysis = analyseText(
      'Parties agree pact',
      'The Labour Party and Green Party signed the pact, the Independent and The Times reported.',
    );
    expect(kindOf(analysis, 'Labour Party')).toBe('organisation');
    expect(kindOf(analysis, 'Green Party')).toBe('organisation');
    expect(entityNamed(analysis, 'Labour Party and Green Party')).toBeUndefined();
    expect(entityNamed(analysis, 'Independent and The Times')).toBeUndefined();
  });

  it("keeps an irregular plural owner inside a party's name", () => {
    const analysis = analyseText(
      'Vote split',
      "Within the European People's Party (EPP), views are divided.",
    );
    expect(kindOf(analysis, "European People's Party")).toBe('organisation');
  });
});

describe('places in pairs and with their qualifiers', () => {
  it('takes the second of a pair of places, and a direction or nationality before a place word', () => {
    const analysis = analyseText(
      'New markets for the north-east',
      'Stalls will open near Punggol and Sembawang, and the pass will cover Kent County and Medway.',
      'Ferries waited in Scottish Bay while snow fell in the Northern Ranges.',
    );
    expect(kindOf(analysis, 'Sembawang')).toBe('place');
    expect(kindOf(analysis, 'Medway')).toBe('place');
    expect(kindOf(analysis, 'Scottish Bay')).toBe('place');
    expect(kindOf(analysis, 'Northern Ranges')).toBe('place');
  });

  it('keeps a person in a pair a person, and a month in a pair no place', () => {
    const analysis = analyseText(
      'Fund sold',
      'The fund was valued in March and Halvorsen said it was sold soon after, the Northern Echo reported.',
      'Lars Halvorsen declined to comment further.',
    );
    expect(kindOf(analysis, 'Halvorsen')).toBe('person');
    expect(entityNamed(analysis, 'Northern Echo')?.kind).not.toBe('place');
  });

  it('makes a name after a clause-opening kind noun an organisation', () => {
    const analysis = analyseText(
      'Trains halted',
      'Services to the coast were cancelled for a third day, operator Vialinea said.',
    );
    expect(kindOf(analysis, 'Vialinea')).toBe('organisation');
  });

  it('does not make a common noun opening a sentence before a job an organisation', () => {
    const analysis = analyseText(
      'Artists back appeal',
      'Film director Ken Loach and others signed the letter about the film.',
    );
    expect(entityNamed(analysis, 'Film')).toBeUndefined();
    expect(peopleIn(analysis)).toEqual(['Ken Loach']);
  });
});

describe('documents that speak for their author', () => {
  it('gives a quote "the statement said" to the body whose statement it is', () => {
    const analysis = analyseText(
      'Ferry crews to strike',
      'In a statement, Harbour Ferries Ltd said the new timetable was needed to cut costs.',
      '"The company remains open to talks at any time," the statement said.',
    );
    expect(quoteStartingWith(analysis, 'The company remains open')?.speaker).toBe('Harbour Ferries Ltd');
  });
});

describe('jobs stated without a title', () => {
  it('reads "a member of" and "who has sold" as what the person does', () => {
    const analysis = analyseText(
      'Market traders split over rent cap',
      '"We are not asking for charity," said Ana Condori, 39, a member of the market traders\' association.',
      'Madam Tan Bee Leng, 58, who has sold laksa at Tiong Bahru for 20 years, said the cap was fair.',
    );
    expect(entityNamed(analysis, 'Ana Condori')?.role).toContain("member of the market traders' association");
    expect(entityNamed(analysis, 'Tan Bee Leng')?.role).toContain('sold laksa');
  });
});

describe('initials that name a state', () => {
  it('takes initials that own a government as a place, however else they are used', () => {
    const analysis = analyseText(
      'Bypass delayed again',
      'The WA government will review the route, commissioned by Main Roads WA, next year.',
      'It is one of few roads in WA without a koala crossing.',
    );
    expect(kindOf(analysis, 'WA')).toBe('place');
  });
});

describe('ampersands', () => {
  it('make a firm of partners, never a person with a title', () => {
    const analysis = analyseText(
      'Retailer beats forecasts',
      'Hollis & Crane said sales rose 4%. Bill Armstrong, an analyst at RT King & Associates, said more would follow.',
    );
    expect(kindOf(analysis, 'Hollis & Crane')).toBe('organisation');
    expect(kindOf(analysis, 'RT King & Associates')).toBe('organisation');
    expect(peopleIn(analysis)).toEqual(['Bill Armstrong']);
  });
});

describe('groups in brackets after a name', () => {
  it('makes a bracketed group with a place or initials an organisation, not a bracketed actor', () => {
    const analysis = analyseText(
      'Quota vote split',
      'Danish MEP Sofie Lund (Renew Europe) backed the text, as did Kai Berg (Bremen AC).',
      'The film starred Buck Rogers (Gil Gerard) alongside a robot.',
    );
    expect(kindOf(analysis, 'Renew Europe')).toBe('organisation');
    expect(kindOf(analysis, 'Bremen AC')).toBe('organisation');
    expect(kindOf(analysis, 'Gil Gerard')).not.toBe('organisation');
  });
});

describe('organisations speaking through a representative', () => {
  it('gives "A Bolt Kenya representative said" to the company', () => {
    const analysis = analyseText(
      'Nairobi ride-hailing drivers strike',
      'Drivers in Nairobi switched off their apps on Monday over a cut in fares.',
      'A Bolt Kenya representative said the company was "listening to every driver" and would meet their leaders this week.',
    );
    expect(entityNamed(analysis, 'Bolt Kenya')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'listening to every driver')?.speaker).toBe('Bolt Kenya');
  });
});

describe('a body called by its kind after it was named without one', () => {
  it('gives "a spokesperson for the council" to the body that last acted when no council is named', () => {
    const analysis = analyseText(
      'Hosepipe ban for Nelson',
      'Tasman Waters said in a statement on Friday that garden sprinklers would be banned from Monday.',
      'A spokesperson for the council said staff would be "knocking on doors" to remind residents.',
    );
    expect(quoteStartingWith(analysis, 'knocking on doors')?.speaker).toBe('Tasman Waters');
  });

  it('leaves "the government says" to the government, not to the body named before', () => {
    const analysis = analyseText(
      'Hosepipe ban for Nelson',
      'Tasman Waters said in a statement on Friday that garden sprinklers would be banned from Monday.',
      'The government says households will not be "left to fend for themselves".',
    );
    expect(quoteStartingWith(analysis, 'left to fend')?.speaker).toBeNull();
  });

  it('does not hand it to a body whose name says it is something else', () => {
    const analysis = analyseText(
      'Hosepipe ban for Nelson',
      'The Nelson Growers Association said on Friday that orchards would be hit hardest.',
      'A spokesperson for the council said staff would be "knocking on doors" to remind residents.',
    );
    expect(quoteStartingWith(analysis, 'knocking on doors')?.speaker).toBeNull();
  });
});

describe('a spokesperson for nobody named', () => {
  it('speaks for the body that has just spoken', () => {
    const analysis = analyseText(
      'Teachers reject pay offer',
      'The Scottish Qualifications Authority said the offer was "fair and final". In a statement, a spokesperson said: "Strikes will only hurt pupils."',
    );
    expect(quoteStartingWith(analysis, 'Strikes will only hurt')?.speaker).toBe(
      'Scottish Qualifications Authority',
    );
  });

  it('but not when a kind of body is named for it ("a council spokesman")', () => {
    const analysis = analyseText(
      'Pier to be demolished',
      'The Pier Trust said it was "heartbroken". A council spokesman said: "We share that sadness."',
    );
    expect(quoteStartingWith(analysis, 'We share that sadness')?.speaker).toBeNull();
  });
});

describe('reports that speak for the body that published them', () => {
  it('gives "the report said" to the institute the report was by', () => {
    const analysis = analyseText(
      'Nurses leaving for Australia',
      'Ward sister Jane Okoro said she had lost four colleagues this year.',
      'A study published on Monday by the Nuffield Trust found that one in five nurses planned to leave. "Pay has not kept pace with rents," the study said.',
    );
    expect(quoteStartingWith(analysis, 'Pay has not kept pace')?.speaker).toBe('Nuffield Trust');
  });

  it('and "the survey found" to the body whose survey it was', () => {
    const analysis = analyseText(
      'Business confidence falls',
      'The Resolution Foundation’s quarterly survey, published on Tuesday, showed confidence at a two-year low. "Firms are holding back on hiring," the survey said.',
    );
    expect(quoteStartingWith(analysis, 'Firms are holding back')?.speaker).toBe('Resolution Foundation');
  });
});

describe('capitals that are neither initials nor bodies', () => {
  it('reads amounts in rand, dong and pesos as money, not organisations', () => {
    const analysis = analyseText(
      'Water charge to rise',
      'The charge would add R185 a month to every bill, while riders earn about VND12 million and drivers borrowed P80,000.',
    );
    const organisations = analysis.people.filter((entity) => entity.kind === 'organisation');
    expect(organisations.map((entity) => entity.name)).toEqual([]);
  });

  it('reads a dateline town in capitals as a place', () => {
    const analysis = analyseText('Power cut', 'LAGOS, Nigeria — Power was cut to half the city on Monday.');
    expect(entityNamed(analysis, 'LAGOS')?.kind).toBe('place');
  });
});

describe('bodies a member is named at', () => {
  it('turns "Moviment Graffitti, one of the objectors, said" into the group once "Graffitti activist X" appears', () => {
    const analysis = analyseText(
      'Tower refused on appeal',
      'Kollettiv Verde, one of the objectors, said the ruling showed the system could work.',
      '"For once, the law was applied as it is written," Verde activist Andre Camilleri said.',
    );
    expect(entityNamed(analysis, 'Kollettiv Verde')?.kind).toBe('organisation');
    expect(analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual(
      ['Andre Camilleri'],
    );
  });

  it('reads a firm before its analyst or economist as the firm', () => {
    const analysis = analyseText(
      'Mortgage approvals rise',
      '"The rise is modest," said Global Insight analyst Howard Archer.',
    );
    expect(quoteStartingWith(analysis, 'The rise is modest')?.speaker).toBe('Howard Archer');
    expect(entityNamed(analysis, 'Global Insight')?.kind).toBe('organisation');
  });
});

describe('bodies named the way business and labour reporters name them', () => {
  it('reads "Grocery chain X", "In a statement, X said" and "the X union said" as organisations that speak', () => {
    const analysis = analyseText(
      'Supermarket chain to close 40 stores',
      'Grocery chain Greenleaf will close 40 of its 310 stores by the end of March.',
      'In a statement, Greenleaf said the closures were "a painful but necessary step".',
      'The Usdaw union said it was "devastated" for its members.',
    );
    expect(entityNamed(analysis, 'Greenleaf')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'a painful but necessary')?.speaker).toBe('Greenleaf');
    expect(quoteStartingWith(analysis, 'devastated')?.speaker).toBe('Usdaw');
  });

  it('but not "the South Yorkshire company", which says where a firm is', () => {
    const analysis = analyseText(
      'Coal producer falls to a loss',
      'UK Coal said it was making "significant progress". The South Yorkshire company said the changes should "uplift earnings".',
    );
    expect(entityNamed(analysis, 'South Yorkshire')?.kind).not.toBe('organisation');
  });
});
