import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('pilgrimage and teaching titles before a name', () => {
  it('peels "Hajiya" from a commissioner named in apposition, so "she" is her (Daily Trust style)', () => {
    const analysis = analyseText(
      'Kano clinics to open at night',
      'Dr Musa Garba, who heads the state primary health board, said 40 clinics would stay open until 10pm.',
      'The Commissioner for Health, Hajiya Amina Lawal Bello, welcomed the plan. She told lawmakers that the old hours had been "a disgrace" for working mothers.',
    );
    expect(peopleIn(analysis)).toEqual(['Musa Garba', 'Amina Lawal Bello']);
    expect(quoteStartingWith(analysis, 'a disgrace')?.speaker).toBe('Amina Lawal Bello');
  });

  it('peels "Alhaji" before a chairman named first in his paragraph (Ghanaian style)', () => {
    const analysis = analyseText(
      'Tamale traders protest market levy',
      'Alhaji Issah Mahama, chairman of the Aboabo traders union, led the march to the assembly. "We pay and pay and the drains stay blocked," he said.',
    );
    expect(peopleIn(analysis)).toEqual(['Issah Mahama']);
    expect(quoteStartingWith(analysis, 'We pay and pay')?.speaker).toBe('Issah Mahama');
  });
});

describe('a job at a body that acts before its holder is named', () => {
  it('gives "he said" after "The agency\'s chief engineer later gave…" to the engineer named next, not the minister before (The Straits Times style)', () => {
    const analysis = analyseText(
      'Bukit Timah flood works to start next year',
      'Minister for Sustainability Grace Tan said on Monday that the works would take five years.',
      'The agency\'s chief engineer later gave more detail at a briefing. "We will build a tank under the park that can hold a day of rain," he said.',
      'Chief engineer Lim Boon Keng said the tank would hold 80,000 cubic metres.',
    );
    expect(quoteStartingWith(analysis, 'We will build a tank')?.speaker).toBe('Lim Boon Keng');
  });

  it('reads "The actress dropped out" as the actress just named, whose "She said" it is (Variety style)', () => {
    const analysis = analyseText(
      'Star pulls out of premiere',
      'Maria Delgado cancelled an appearance at the premiere of her new film.',
      'The actress dropped out at the last minute. She said: "I am sorry to miss it, but my doctors told me to rest."',
    );
    expect(quoteStartingWith(analysis, 'I am sorry to miss it')?.speaker).toBe('Maria Delgado');
  });
});

describe('a name a body gives its own scheme', () => {
  it('does not quote "Clean Sweep" after "an operation police have branded" (Manchester Evening News style)', () => {
    const analysis = analyseText(
      'Fly-tipping crackdown in Salford',
      'Officers will patrol six hotspots under an operation the force has branded "Clean Sweep."',
    );
    expect(analysis.quotes).toEqual([]);
  });

  it('still quotes what a speaker calls a plan in words of their own (Manchester Evening News style)', () => {
    const analysis = analyseText(
      'Fly-tipping crackdown in Salford',
      'Councillors voted against a plan Mayor Paul Dennett called "the only way to clear the backlog".',
    );
    expect(quoteStartingWith(analysis, 'the only way')?.speaker).toBe('Paul Dennett');
  });
});

describe('a participle after a clause with no speaker of its own', () => {
  it('gives the word after "declined to say…, saying only" to the sentence\'s "she" (Bloomberg style)', () => {
    const analysis = analyseText(
      'Miner weighs sale of copper unit',
      'Chief Financial Officer Dana Whitlock said the board had met twice this month.',
      'She declined to name the bidders, saying only that talks were "advanced."',
    );
    expect(quoteStartingWith(analysis, 'advanced')?.speaker).toBe('Dana Whitlock');
  });

  it("does not give it to the person the sentence's subject acted on (Bloomberg style)", () => {
    const analysis = analyseText(
      'Host keeps awards job',
      'The show\'s producers defended Marcus Lee and confirmed he would host, saying his remarks were "harmless fun".',
    );
    expect(quoteStartingWith(analysis, 'harmless fun')?.speaker ?? null).toBeNull();
  });
});

describe('a body named in apposition to its description', () => {
  it('gives the words to "The official opposition, the Democratic Alliance (DA)," (Daily Maverick style)', () => {
    const analysis = analyseText(
      'Eskom tariff rise approved',
      'The official opposition, the Democratic Alliance (DA), called the increase "daylight robbery". Its energy spokesperson, Kevin Mileham, said households would pay the price.',
    );
    expect(quoteStartingWith(analysis, 'daylight robbery')?.speaker).toBe('Democratic Alliance');
  });

  it('still gives "Name, the chief executive of a body, said" to the person (Daily Maverick style)', () => {
    const analysis = analyseText(
      'Eskom tariff rise approved',
      'Thandi Mokoena, the chief executive of the Energy Council, said the rise was "long overdue".',
    );
    expect(quoteStartingWith(analysis, 'long overdue')?.speaker).toBe('Thandi Mokoena');
  });
});

describe("a municipality's formal name", () => {
  it('keeps "the City of Sydney Council" whole, so its spokesperson speaks for it (Sydney Morning Herald style)', () => {
    const analysis = analyseText(
      'Darling Harbour tower plan lodged',
      'The proposal must be approved by the City of Sydney Council. A council spokeswoman said it had received a "preliminary enquiry".',
    );
    expect(quoteStartingWith(analysis, 'preliminary enquiry')?.speaker).toBe('City of Sydney Council');
  });
});

describe('two people who share a family name', () => {
  it('gives "Chen said" and "said Chen" to the Chen last in mind when the family name comes first (Taipei Times style)', () => {
    const analysis = analyseText(
      'Taichung bus fares cut',
      'Mayor Chen Kuo-hua announced the cut on Monday.',
      'Transport bureau director Chen Mei-ling said the cut would cost NT$200 million. "We can afford it," Chen said.',
      '"Fares will fall by a third," said Chen.',
    );
    expect(quoteStartingWith(analysis, 'We can afford it')?.speaker).toBe('Chen Mei-ling');
    expect(quoteStartingWith(analysis, 'Fares will fall')?.speaker).toBe('Chen Mei-ling');
  });

  it('tells "Mr Reyes" from "Ms Reyes" by the courtesy title (Philippine Daily Inquirer style)', () => {
    const analysis = analyseText(
      'Cebu ferry operator sold',
      'The owner, Antonio Reyes, sold the line to his niece, Carmela Reyes, in March. She takes over in June.',
      '"It was time to step back," said Mr Reyes.',
    );
    expect(quoteStartingWith(analysis, 'It was time')?.speaker).toBe('Antonio Reyes');
  });
});

describe('quotations introduced by a colon', () => {
  it('gives "Name put it bluntly:" to the name the sentence opens on (The Irish Times style)', () => {
    const analysis = analyseText(
      'Hospital trolley numbers hit record',
      'Health Minister Priya Nair put it bluntly: "We are out of beds."',
    );
    expect(quoteStartingWith(analysis, 'We are out of beds')?.speaker).toBe('Priya Nair');
  });

  it('gives "A statement from the club read:" to the club (The Irish Times style)', () => {
    const analysis = analyseText(
      'Manager sacked',
      'Shamrock Rovers sacked their manager on Sunday. A statement from the club read: "We thank him for his service."',
    );
    expect(quoteStartingWith(analysis, 'We thank him')?.speaker).toBe('Shamrock Rovers');
  });
});

describe('a job that speaks before its holder is named', () => {
  it("gives the job's words to the name whose clause says they run its body (Namibian style)", () => {
    const analysis = analyseText(
      'Windhoek water rationing extended',
      '"Rain alone will not save us," the head of the water utility said.',
      'Maria Shikongo, who has led the utility since 2020, said the cuts would last until March.',
    );
    expect(quoteStartingWith(analysis, 'Rain alone')?.speaker).toBe('Maria Shikongo');
  });

  it('reads an inverted tag ("said the union\'s general secretary") as the job (Morning Star style)', () => {
    const analysis = analyseText(
      'Rail strike ballot opens',
      '"Members have had enough," said the union\'s general secretary.',
      'Ruth Mensah, who has led the union since 2019, said the ballot would close on Friday.',
    );
    expect(quoteStartingWith(analysis, 'Members have had enough')?.speaker).toBe('Ruth Mensah');
  });

  it('finds the holder later in the same paragraph (Mmegi style)', () => {
    const analysis = analyseText(
      'Gaborone dam falls to 18 per cent',
      '"We are at 18 per cent," the utility\'s chief executive said. Kagiso Molefe, who took up the post in May, said rationing would start on Monday.',
    );
    expect(quoteStartingWith(analysis, 'We are at 18')?.speaker).toBe('Kagiso Molefe');
  });

  it('leaves the job unnamed when the next name only supports its body (Mmegi style)', () => {
    const analysis = analyseText(
      'Township Rollers to leave stadium',
      '"We cannot stay here for ever," the club\'s chief executive said. Fan Neo Dube, who has supported the club since 1990, said he would miss the ground.',
    );
    expect(quoteStartingWith(analysis, 'We cannot stay')?.speaker).toBeNull();
  });
});

describe('a national body named by its field and its country', () => {
  it('keeps "Police Scotland" whole as the speaker, not the country (The Herald style)', () => {
    const analysis = analyseText(
      'Man charged after Paisley crash',
      '"Inquiries are ongoing," Police Scotland said in a statement.',
      'A spokesman for Police Scotland said the road would reopen on Tuesday.',
    );
    expect(quoteStartingWith(analysis, 'Inquiries are ongoing')?.speaker).toBe('Police Scotland');
  });
});

describe('speakers by their calling', () => {
  it('gives "the doctor said" to the one person the story titles Dr (Al Jazeera style)', () => {
    const analysis = analyseText(
      'Gaza hospital overwhelmed',
      'Dr Amir Haddad has treated more than 60 people since Friday.',
      '"Most of them had burns to their hands and faces," the doctor said.',
    );
    expect(quoteStartingWith(analysis, 'Most of them had burns')?.speaker).toBe('Amir Haddad');
  });

  it('reads "as X put it" as X speaking (The Economist style)', () => {
    const analysis = analyseText(
      'Rates on hold',
      'The decision is, as economist Raj Patel put it, "a bet that inflation has peaked".',
    );
    expect(quoteStartingWith(analysis, 'a bet that inflation')?.speaker).toBe('Raj Patel');
  });
});

describe('a pronoun inside the sentence whose subject it stands for', () => {
  it('does not give "what he called" to a man named before when the sentence opens on an unnamed job (The Star Malaysia style)', () => {
    const analysis = analyseText(
      'Ferry service gets new vessels',
      'Transport Minister Anthony Loke inspected the terminal on Monday.',
      'The operator\'s chief executive officer, who took charge in March, said the new vessels would end what he called "the daily lottery" of breakdowns.',
    );
    expect(quoteStartingWith(analysis, 'the daily lottery')?.speaker).toBeNull();
  });

  it('gives "what it called" to the body the sentence opens on, not the one named before (Inquirer style)', () => {
    const analysis = analyseText(
      'Fish kill blamed on pens',
      'The Laguna Lake Development Authority blamed overstocked fish pens.',
      'A fisherfolk group, the Laguna Fisherfolk Alliance, rejected this, saying small operators were blamed for what it called a "failure of governance".',
    );
    expect(quoteStartingWith(analysis, 'failure of governance')?.speaker).toBe('Laguna Fisherfolk Alliance');
  });
});

describe('single quotation marks after a plural', () => {
  it('closes a headline-style quotation on a plural that reads like a possessive (Belfast Live style)', () => {
    const analysis = analyseText(
      'Fares to rise',
      "Finance Minister Caoimhe Archibald says 'hard choices' needed to protect rural schools.",
    );
    expect(quoteStartingWith(analysis, 'hard choices')?.speaker).toBe('Caoimhe Archibald');
  });

  it('still reads a plural possessive inside a quotation as an apostrophe (Belfast Live style)', () => {
    const analysis = analyseText(
      'Strike called off',
      "Union leader Gerry Murphy said the deal 'protects the drivers' pensions' for a decade.",
    );
    expect(quoteStartingWith(analysis, 'protects the drivers')?.text).toBe("protects the drivers' pensions");
  });
});

describe('who a sentence is about, and who it only mentions', () => {
  it('gives a quotation with no tag to the person the next sentence has speaking (BBC style)', () => {
    const analysis = analyseText(
      'Club to appeal points deduction',
      '"We will appeal." Club chairman Tom Reed said the verdict was unjust.',
    );
    expect(quoteStartingWith(analysis, 'We will appeal')?.speaker).toBe('Tom Reed');
  });

  it('lets "she said" mean the woman a sentence names after its subject (BBC style)', () => {
    const analysis = analyseText(
      'Talks on pay resume',
      'Union leader Tom Reed met Health Secretary Ann Cole on Monday.',
      '"It was a good meeting," she said.',
    );
    expect(quoteStartingWith(analysis, 'It was a good meeting')?.speaker).toBe('Ann Cole');
  });

  it('reads "backed the proposals but said" as the subject speaking (BBC style)', () => {
    const analysis = analyseText(
      'Debt freeze backed',
      'Tory leader Michael Howard also backed the proposals but said ministers had been "playing catch-up".',
    );
    expect(quoteStartingWith(analysis, 'playing catch-up')?.speaker).toBe('Michael Howard');
  });

  it('does not make the object of a verb the speaker of the words after it (ESPN style)', () => {
    const analysis = analyseText(
      'Vitesse sack coach',
      'Head coach Maarten Visser was sacked on Monday. The owner, Faisal al-Marri, bought the club in 2025.',
      'Al-Marri told ESPN last month that he would give the coach "time and patience".',
    );
    expect(quoteStartingWith(analysis, 'time and patience')?.speaker).toBe('Faisal al-Marri');
  });

  it('does not read "the chancellor" as the shadow chancellor (BBC style)', () => {
    const analysis = analyseText(
      'Brown attacks Tory cuts',
      'Gordon Brown accused shadow chancellor Oliver Letwin of plotting cuts.',
      'The chancellor insisted his spending plans were "affordable".',
    );
    expect(quoteStartingWith(analysis, 'affordable')?.speaker).not.toBe('Oliver Letwin');
  });

  it('keeps the name that introduced a quotation when a pronoun tags it too (BBC style)', () => {
    const analysis = analyseText(
      'Tories warn of tax rise',
      'Chancellor Gordon Brown set out his plans on Wednesday.',
      'Shadow chief secretary George Osborne said: "There is a black hole," he said.',
    );
    expect(quoteStartingWith(analysis, 'There is a black hole')?.speaker).toBe('George Osborne');
  });

  it('does not read "the club said" as a government department (BBC style)', () => {
    const analysis = analyseText(
      'Glazer given access to books',
      'The Department of Trade and Industry (DTI) is watching the bid for the football club.',
      'In a statement, the club said it would allow the bidder "limited due diligence".',
    );
    expect(quoteStartingWith(analysis, 'limited due diligence')?.speaker).not.toBe(
      'Department of Trade and Industry',
    );
  });
});

describe('reporting verbs of feeling and defence', () => {
  it('reads "expressed" and "defended … as" as speech (The Guardian style)', () => {
    const analysis = analyseText(
      'Terror suspects bill',
      'The Conservatives have expressed "serious misgivings" about the plans.',
      'Home Secretary Charles Clarke defended the bill as "proportionate and necessary".',
    );
    expect(quoteStartingWith(analysis, 'serious misgivings')?.speaker).toBe('Conservatives');
    expect(quoteStartingWith(analysis, 'proportionate and necessary')?.speaker).toBe('Charles Clarke');
  });
});

describe('"according to" after another reporting word', () => {
  it('makes the source of "…letting people tell their stories, according to X" the one a later "she" means (BBC style)', () => {
    const analysis = analyseText(
      'Digital revolution about stories',
      'The digital revolution is about letting people tell their own stories, according to Carly Fiorina, chief of Hewlett Packard.',
      'The show runs until Sunday. "Revolution has always been about giving power to the people," she told delegates.',
      'Ms Fiorina also announced a radio service with Nokia.',
    );
    expect(quoteStartingWith(analysis, 'Revolution has always')?.speaker).toBe('Carly Fiorina');
  });
});

describe('a spokesperson who declines and then speaks', () => {
  it('gives "A spokesman for X declined to comment … but said:" to X (Reuters style)', () => {
    const analysis = analyseText(
      'Carmaker recalls vans',
      'A spokesman for Renault Group declined to comment on the report but said: "We follow every rule."',
    );
    expect(quoteStartingWith(analysis, 'We follow every rule')?.speaker).toBe('Renault Group');
  });
});
