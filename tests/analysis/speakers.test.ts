import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, quoteStartingWith } from './build-article.js';

describe('speakers a reporter names by title, organisation or honorific', () => {
  it('finds the minister a later "the minister said" refers to, though first named with a longer title', () => {
    const analysis = analyseText(
      'Drought relief package announced',
      'Federal Agriculture Minister Helen Varga, who toured the Murray basin on Friday, said the package was "overdue".',
      '"No farmer should have to sell the family property because the rain stopped," the minister said.',
    );
    expect(quoteStartingWith(analysis, 'No farmer')?.speaker).toBe('Helen Varga');
  });

  it('reads "Gov." as governor, so "the governor said later" finds the person', () => {
    const analysis = analyseText(
      'State appeals ruling on water rights',
      'Gov. Martin Delacroix, a Democrat, called the decision "a gift to the big growers."',
      'The governor said later that the state would "take this all the way to the Supreme Court."',
    );
    expect(quoteStartingWith(analysis, 'take this all the way')?.speaker).toBe('Martin Delacroix');
  });

  it('treats Cllr as a courtesy title, not part of the name', () => {
    const analysis = analyseText(
      'Councillors reject care home closure',
      'Cllr Amanda Fairweather, the cabinet member for adult care, said the home would stay open.',
      '"We listened to the families and we changed our minds," she told the Echo.',
    );
    expect(entityNamed(analysis, 'Amanda Fairweather')?.kind).toBe('person');
    expect(analysis.people.some((entity) => entity.name.startsWith('Cllr'))).toBe(false);
    expect(quoteStartingWith(analysis, 'We listened')?.speaker).toBe('Amanda Fairweather');
  });

  it('lets a company named by its kind ("German carmaker X") speak in a statement', () => {
    const analysis = analyseText(
      'Battery order cancelled',
      'The move follows German carmaker Brennwerk’s decision to cancel its contract last month.',
      'Brennwerk said in a statement that it “deeply regretted” the job losses.',
    );
    expect(entityNamed(analysis, 'Brennwerk')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'deeply regretted')?.speaker).toBe('Brennwerk');
  });

  it('knows a start-up described in an appositive is an organisation, and "the company" is it', () => {
    const analysis = analyseText(
      'Hydrogen start-up shuts plant',
      'Kvarnby, the Danish hydrogen start-up once tipped as a national champion, will close its plant in Esbjerg.',
      'The company said on Monday that it would “wind down in an orderly way” over the coming year.',
    );
    expect(entityNamed(analysis, 'Kvarnby')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'wind down')?.speaker).toBe('Kvarnby');
  });

  it('does not read a participle after a noun ("the jobs promised by") as the speech verb', () => {
    const analysis = analyseText(
      'Quarry extension refused',
      'Cllr Peter Langham, who chairs the planning board, said members had weighed the jobs promised by the operator against "serious and lasting damage" to the valley.',
    );
    expect(quoteStartingWith(analysis, 'serious and lasting')?.speaker).toBe('Peter Langham');
  });

  it('lets what a company is called in an appositive outweigh a caption that put it after "at"', () => {
    const analysis = analyseText(
      'Solar panel maker cuts jobs',
      'Workers leave at Sunfold’s factory gates in Leipzig',
      'Sunfold, the German solar start-up backed by state grants, will cut 400 jobs.',
      'The company said it would “keep research in Germany”.',
    );
    expect(entityNamed(analysis, 'Sunfold')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'keep research')?.speaker).toBe('Sunfold');
  });

  it('lets a country’s ministry with a lowercase qualifier speak ("Poland’s development ministry")', () => {
    const analysis = analyseText(
      'State aid clawback threatened',
      'Ireland’s enterprise ministry said it would seek to recover the grant and was “examining all legal options”.',
    );
    expect(quoteStartingWith(analysis, 'examining all legal')?.speaker).toBe('Ireland’s enterprise ministry');
  });

  it('reads past a party label in brackets to the councillor who speaks', () => {
    const analysis = analyseText(
      'Depot plan rejected',
      'Ward councillor Priya Natarajan (Lib Dem) said: "Nobody here is against jobs. We are against lorries at 3am."',
    );
    expect(quoteStartingWith(analysis, 'Nobody here')?.speaker).toBe('Priya Natarajan');
  });
});

describe('people a story is not about', () => {
  it('does not take photographers credited under pictures for people in the story', () => {
    const analysis = analyseText(
      'Flood barriers fail in market town',
      'Residents clear mud from a shop in Hebden Bridge. Photograph: Martin Ashcombe/The Guardian',
      'Volunteers fill sandbags by the river. (Lena Ortiz/AP)',
      'Firefighters pump water from homes. (AP Photo/Daniel Whitcroft, File)',
      'Council leader Ruth Bramley said the barriers had "simply been overwhelmed".',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    expect(people).toEqual(['Ruth Bramley']);
  });
});

describe('singular they', () => {
  it('gives "they said" to the person just quoted when no organisation intervenes', () => {
    const analysis = analyseText(
      'Reef tour operators count the cost',
      'Alex Moreno, who runs dive trips from the harbour, said bookings had halved.',
      '"People see the pictures and think the whole reef is dead," they said.',
    );
    expect(quoteStartingWith(analysis, 'People see the pictures')?.speaker).toBe('Alex Moreno');
  });
});

describe('quoted words that are not speech', () => {
  it('does not report the words on a protest sign as a quotation', () => {
    const analysis = analyseText(
      'Farmers protest outside court',
      'About 50 farmers gathered outside the court with banners reading "Our Land, Our Bread," as the hearing began.',
    );
    expect(analysis.quotes).toEqual([]);
  });
});

describe('names and words that only look like people or speech', () => {
  it('does not make a person of a name inside a slogan on a banner', () => {
    const analysis = analyseText(
      'Dairy farmers march on parliament',
      'Farmers carried banners reading "Real Milk, Real Wexford" through the city centre.',
      'Wexford produces a fifth of the country’s milk, and Wexford farmers say prices have fallen for a year.',
    );
    expect(analysis.people.some((entity) => entity.kind === 'person' && /Real/.test(entity.name))).toBe(
      false,
    );
  });

  it('treats one spelling joined and another split as the same person', () => {
    const analysis = analyseText(
      'Ceasefire talks resume',
      'Deputy Foreign Minister Abdelrahman Abu Saleh said the talks would resume on Sunday.',
      'Abdel Rahman Abu Saleh, speaking in Amman, said both sides had "shown goodwill".',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person');
    expect(people).toHaveLength(1);
  });

  it('does not report a single word a standfirst borrows from the story as a quotation', () => {
    const analysis = analyseText(
      'Rail fares to rise',
      'Transport secretary accused of ‘abandoning’ commuters as fares rise 5%',
      'The transport secretary, Joanna Reyes, said the rise was "the smallest we could responsibly make".',
    );
    expect(analysis.quotes.map((quote) => quote.text)).toEqual(['the smallest we could responsibly make']);
  });
});

describe('organisations that speak through a spokesperson or a second reference', () => {
  it('lets "A Tesco spokeswoman said" speak for the organisation, even one named only there', () => {
    const analysis = analyseText(
      'Salads recalled over listeria',
      'Bracknell Foods has recalled three bagged salads after listeria was found at a supplier.',
      'A Waitrose spokeswoman said: "Customers can return the products for a full refund."',
    );
    expect(entityNamed(analysis, 'Waitrose')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'Customers can return')?.speaker).toBe('Waitrose');
  });

  it('gives "the miner said" to the mining company the story follows', () => {
    const analysis = analyseText(
      'Miner cuts forecast',
      'Shares in Ardent Mining fell 12% after the company cut its copper forecast for the year.',
      'The miner said it expected output to "recover in the second half".',
    );
    expect(quoteStartingWith(analysis, 'recover in the second half')?.speaker).toBe('Ardent Mining');
  });
});

describe('pronouns that skip the nearest name', () => {
  it('finds "she" in the subject of a sentence that quoted someone else', () => {
    const analysis = analyseText(
      'Inquiry letter read out',
      'Maria Lopez read out a letter from John Barker: "I regret nothing."',
      '"It made me furious," she said.',
    );
    expect(quoteStartingWith(analysis, 'I regret nothing')?.speaker).toBe('John Barker');
    expect(quoteStartingWith(analysis, 'It made me furious')?.speaker).toBe('Maria Lopez');
  });

  it('finds "she" in the agent of a passive speech verb', () => {
    const analysis = analyseText(
      'Report welcomed',
      'The report was welcomed by Maria Lopez, whose son died in the fire.',
      '"It is long overdue," she said.',
    );
    expect(quoteStartingWith(analysis, 'It is long overdue')?.speaker).toBe('Maria Lopez');
  });

  it('gives a spokesperson for a body to the body, never the place in its name', () => {
    const analysis = analyseText(
      'Tube line suspended',
      'A spokesperson for Transport for London said: "Services will resume shortly."',
    );
    expect(quoteStartingWith(analysis, 'Services will resume')?.speaker).toBe('Transport for London');
  });
});

describe('verbs that look like speech but are not the one governing a quotation', () => {
  it('reads past "agreed to <do something>" to the minister who told the house', () => {
    const analysis = analyseText(
      'Detainees to be freed',
      'Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four after "intensive and complex discussions" over security.',
    );
    expect(quoteStartingWith(analysis, 'intensive and complex')?.speaker).toBe('Jack Straw');
  });

  it('gives words unnamed complainers used to no one, not to the person they complained about', () => {
    const analysis = analyseText(
      'Broadcaster upholds complaints',
      'The rapper Eminem was criticised after a performance in April led 12 viewers to complain he was "lewd".',
    );
    expect(quoteStartingWith(analysis, 'lewd')?.speaker).toBeNull();
  });
});

describe('plural they', () => {
  it('takes "they said" after a named pair for the pair, not the nearer name', () => {
    const analysis = analyseText(
      'High street shop to close',
      'Mark Ellis and Sarah Ward, who have run the shop since 1998, said trade had collapsed.',
      '"We cannot go on like this," they said.',
    );
    expect(quoteStartingWith(analysis, 'We cannot go on')?.speaker).toBeNull();
  });

  it('takes "they said" after "Police said" for the unnamed police, not the person named before', () => {
    const analysis = analyseText(
      'Man dies in crash',
      'Witness John Smith, who lives on the estate, said he had heard a loud bang at about 2am.',
      'Police said the driver of the van had been arrested. "We are keeping an open mind," they said.',
    );
    expect(quoteStartingWith(analysis, 'We are keeping')?.speaker).toBeNull();
  });

  it('takes "they added" after residents spoke for the residents', () => {
    const analysis = analyseText(
      'Bridge opens to complaints',
      'Mayor Ann Lee opened the new footbridge over the Severn on Friday.',
      '"It is far too narrow," residents said. "We were never asked," they added.',
    );
    expect(quoteStartingWith(analysis, 'We were never asked')?.speaker).toBeNull();
  });
});

describe('second references that name the job another way', () => {
  it('finds "the congresswoman" in the representative the story named', () => {
    const analysis = analyseText(
      'House passes hurricane relief',
      'Rep. Dana Whitfield, R-Fla., said in an interview Tuesday that the relief bill was "long overdue."',
      '"We waited two hurricane seasons for this," the congresswoman said.',
    );
    expect(quoteStartingWith(analysis, 'We waited two hurricane')?.speaker).toBe('Dana Whitfield');
  });
});

describe('sex the text shows for names the lexicon does not know', () => {
  it('learns "her party" and "his offer" so a later "she said" skips the nearer man', () => {
    const analysis = analyseText(
      'Coalition talks stall in Durban',
      'Opposition leader Nkosana Dlamini met Finance Minister Thandeka Mbeki in Durban on Monday. Mbeki said her party would not join the coalition.',
      'Dlamini, speaking later, said his offer stood.',
      '"We will wait," she said.',
    );
    expect(quoteStartingWith(analysis, 'We will wait')?.speaker).toBe('Thandeka Mbeki');
  });
});

describe('businesses named by one word', () => {
  it('makes an organisation of a lone name that speaks in a statement', () => {
    const analysis = analyseText(
      'Water bills to rise',
      'Northwind said in a statement that it was "disappointed" by the regulator’s decision.',
    );
    expect(entityNamed(analysis, 'Northwind')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'disappointed')?.speaker).toBe('Northwind');
  });

  it('makes an organisation of a lone name whose shares move, so "the company said" is it', () => {
    const analysis = analyseText(
      'Consumer goods maker cuts jobs',
      'Halvorsen’s shares rose 3% after it said it would cut 7,500 jobs.',
      'The company said the changes would "unlock growth".',
    );
    expect(quoteStartingWith(analysis, 'unlock growth')?.speaker).toBe('Halvorsen');
  });

  it('keeps a lone name that speaks as a person elsewhere an organisation once it speaks in a statement', () => {
    const analysis = analyseText(
      'Telecoms maker upbeat',
      'Shares in Halvik fell in early trading, Halvik said, after sales rose 9%.',
      '"Long-term growth drivers of the industry remain solid," Halvik said in a statement.',
    );
    expect(entityNamed(analysis, 'Halvik')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'Long-term growth')?.speaker).toBe('Halvik');
  });

  it('keeps "X said in a statement" as the short name of an organisation named in full before', () => {
    const analysis = analyseText(
      'Court backs start-up',
      'The case was brought by Meridian Foods, a California start-up.',
      'Meridian said in a statement that the ruling was "a win for consumers".',
    );
    expect(quoteStartingWith(analysis, 'a win for consumers')?.speaker).toBe('Meridian Foods');
  });
});

describe('the company a story follows', () => {
  it('gives "the company said" to the story’s company, not one it mentions in passing', () => {
    const analysis = analyseText(
      'Carmaker profits jump',
      'Brandt Motors said its profits rose 40% in 2024 as sales outside Europe grew.',
      'Brandt Motors sold 2.4 million vehicles, and Brandt Motors expects growth to continue.',
      'Its Japanese partner, Kaito Motors, also had a record year.',
      '"We intend to keep growing our global sales," the company said in a statement.',
    );
    expect(quoteStartingWith(analysis, 'We intend to keep')?.speaker).toBe('Brandt Motors');
  });
});

describe('owners and subjects that are not the speaker', () => {
  it('reads "Mr X, Y’s chief executive said" as X, not the company that owns the role', () => {
    const analysis = analyseText(
      'Insurers told to act',
      'Lindqvist’s shares fell 4% on the news.',
      '"They should seize the moment," Mr Harrow, Lindqvist’s chief executive said.',
    );
    expect(quoteStartingWith(analysis, 'They should seize')?.speaker).toBe('Harrow');
  });

  it('does not give a tag’s "he said" to the subject of the sentence the fragment sits in', () => {
    const analysis = analyseText(
      'Exchange bid under fire',
      'Shareholders are unhappy with the bid, said analyst Tomas Lindgren.',
      'Nordhavn Capital is "trying to buy them off in a sense", he said.',
    );
    expect(quoteStartingWith(analysis, 'trying to buy them off')?.speaker).toBe('Tomas Lindgren');
  });
});

describe('learning sex from the text without being misled', () => {
  it('does not take "a road named after him" as telling the subject is a man', () => {
    const analysis = analyseText(
      'Museum plan stalls',
      'Janie Okoro, the guitarist’s stepsister, said the family still hoped to see a road named after him. "That is something my father really wanted," she said.',
    );
    expect(quoteStartingWith(analysis, 'That is something')?.speaker).toBe('Janie Okoro');
  });

  it('does not make a company of a disc format in "said the firm"', () => {
    const analysis = analyseText(
      'Copy protection launched',
      'Veritone says its new technology will stop most DVD copying programs. "It is designed to reduce piracy," said the firm.',
    );
    expect(analysis.people.some((entity) => entity.name === 'DVD')).toBe(false);
  });
});

describe('"the firm said" when the firm itself went unrecognised', () => {
  it('does not hand the words to a company the story mentions once in passing', () => {
    const analysis = analyseText(
      'Copy protection launched',
      'The technology was tested with Orbis Media Group and two film studios.',
      'Ripguard will stop most copying programs when it goes on sale. "It is designed to reduce piracy," said the firm.',
      'Analysts at Hollin Securities said it would sell well.',
    );
    expect(quoteStartingWith(analysis, 'It is designed')?.speaker).toBeNull();
  });
});

describe('clipped names of organisations', () => {
  it('finds "the Fed" and "the Met" in the Federal Reserve and the Metropolitan Police', () => {
    const analysis = analyseText(
      'Rates rise as police face questions',
      'The Federal Reserve raised interest rates by a quarter point on Wednesday.',
      'In a statement, the Fed said that inflation remained "elevated".',
      'The Metropolitan Police has faced criticism over a separate arrest.',
      'The Met said in a statement that officers had "acted lawfully".',
    );
    expect(quoteStartingWith(analysis, 'elevated')?.speaker).toBe('Federal Reserve');
    expect(quoteStartingWith(analysis, 'acted lawfully')?.speaker).toBe('Metropolitan Police');
  });
});

describe('ranks and courtesy titles of the services, the church and parliament', () => {
  it('reads hyphenated ranks, and "the general" later finds the Maj-Gen', () => {
    const analysis = analyseText(
      'Garrison to close',
      'Maj-Gen Alan Roper said the garrison would close next year.',
      '"It is a sad day for the town," the general said.',
    );
    expect(entityNamed(analysis, 'Alan Roper')?.role).toBe('Maj-Gen');
    expect(quoteStartingWith(analysis, 'It is a sad day')?.speaker).toBe('Alan Roper');
  });

  it('keeps Fr and Rt Hon out of the names they precede', () => {
    const analysis = analyseText(
      'Parish church saved',
      'Fr Declan Moran said the church would "stay open for as long as people come".',
      'The Rt Hon Ruth Kellaway MP said the decision was "a relief".',
    );
    const people = analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    expect(people).toEqual(['Declan Moran', 'Ruth Kellaway']);
  });
});

describe('speakers the article does not name', () => {
  it('gives a later "he said" to an unnamed official who spoke last, not to the person named before', () => {
    const analysis = analyseText(
      'Fuel smugglers switch to back roads',
      'Goran Ilić, who runs a haulage firm in Šid, said drivers were being offered cash to carry jerry cans.',
      'A senior customs officer, who asked not to be named because he was not cleared to brief reporters, said seizures at the crossing had tripled since June.',
      '“They cross in the fog, when the cameras see nothing,” he said.',
    );
    expect(quoteStartingWith(analysis, 'They cross in the fog')?.speaker).toBeNull();
  });

  it('keeps an unnamed speaker quoted directly for the quotation that follows', () => {
    const analysis = analyseText(
      'Hospital waiting lists grow',
      'Dr Aoife Brennan, a consultant at St Vincent’s, said the winter had been the worst she had seen.',
      '“We are out of beds by ten in the morning,” a senior nurse said. “She is right about the winter.”',
      '“Nobody is listening,” she added.',
    );
    expect(quoteStartingWith(analysis, 'We are out of beds')?.speaker).toBeNull();
    expect(quoteStartingWith(analysis, 'Nobody is listening')?.speaker).toBeNull();
  });
});

describe('sources and the names their sentences mention', () => {
  it('gives a later "he said" to the source of "According to X", not to a president named after a preposition', () => {
    const analysis = analyseText(
      'Inspectors too few to stop illegal logging',
      'Rafael Moreira, who coordinates the Forest Watch network, said clearing had doubled.',
      'According to Moreira, the agency has yet to recover from cuts made under former President Carlos Albuquerque. "Three hundred inspectors cannot police a forest the size of Europe," he said.',
    );
    expect(quoteStartingWith(analysis, 'Three hundred inspectors')?.speaker).toBe('Rafael Moreira');
  });
});

describe('a party for its member', () => {
  it('reads "the Liberal Democrat said" as the member the story is following', () => {
    const analysis = analyseText(
      'Homes approved on green belt',
      'Local MP Tom Gordon said he was disappointed. In a post on social media, the Liberal Democrat said: "Our roads are already at breaking point."',
    );
    expect(quoteStartingWith(analysis, 'Our roads')?.speaker).toBe('Tom Gordon');
  });
});

describe('judges by their title', () => {
  it('reads "Justice" before a name as a judge’s title, so the judge speaks', () => {
    const analysis = analyseText(
      'Court pulls up governments over smog',
      '"Every winter it is the same story," a bench headed by Justice Meera K Sharma observed on Monday.',
    );
    expect(entityNamed(analysis, 'Meera K Sharma')?.kind).toBe('person');
    expect(analysis.quotes[0]?.speaker).toBe('Meera K Sharma');
  });
});

describe('quotations introduced by any verb and a colon', () => {
  it('gives "the 35-year-old Rodriguez smiled:" the quotation after it', () => {
    const analysis = analyseText(
      'Veteran striker seals late win',
      'A stoppage-time header from substitute Jay Rodriguez won the game. "That one will live with me," Rodriguez said.',
      'Manager Phil Parkinson said: "This group never stops."',
      'Asked about his own future, the 35-year-old Rodriguez smiled: "I\'ll keep going as long as the legs let me."',
    );
    expect(quoteStartingWith(analysis, "I'll keep going")?.speaker).toBe('Jay Rodriguez');
  });

  it('but not to what a copula says the message was', () => {
    const analysis = analyseText(
      'Business leaders warn chancellor',
      'Chancellor Rachel Reeves will deliver the budget on Wednesday.',
      'Sir Digby Jones said stability was all important. His message to the chancellor was: "Please don\'t give it away."',
    );
    expect(quoteStartingWith(analysis, "Please don't")?.speaker).toBe('Digby Jones');
  });
});

describe('months as surnames', () => {
  it('keeps "Labour MSP Christine May" a person with her title', () => {
    const analysis = analyseText(
      'Standards inquiry',
      'Labour MSP Christine May said the former leader had been "very clever".',
    );
    expect(entityNamed(analysis, 'Christine May')?.role).toBe('Labour MSP');
    expect(analysis.quotes[0]?.speaker).toBe('Christine May');
  });
});

describe('families in the story', () => {
  it('names a daughter given only by her first name and gives her the words', () => {
    const analysis = analyseText(
      'Ferry firm fined over passenger death',
      'Fiona MacLeod, 58, was swept overboard in October 2022.',
      'Her daughter, Kirsty, said outside court: "Nothing will bring Mum back."',
    );
    expect(quoteStartingWith(analysis, 'Nothing will bring')?.speaker).toBe('Kirsty');
  });

  it('learns nothing of either sex from "Ms MacLeod" when two MacLeods are in the story', () => {
    const analysis = analyseText(
      'Ferry firm fined over passenger death',
      'Lord Matthews said the firm had "gambled with lives".',
      'Her brother Alasdair MacLeod added that the family had waited too long. "Two and a half years," he said.',
      'Ms MacLeod, a nurse, was 58. Fiona MacLeod had worked at the hospital in Stornoway for 30 years.',
    );
    expect(quoteStartingWith(analysis, 'Two and a half years')?.speaker).toBe('Alasdair MacLeod');
  });
});

describe('names from more of these islands', () => {
  it('knows Martin as a given name, so a minister set off by a long portfolio is found and speaks', () => {
    const analysis = analyseText(
      'Fishing quotas agreed',
      'Ireland\'s Minister for Agriculture, Food and the Marine, Martin Heydon, said the outcome was "the best that could be achieved".',
    );
    expect(quoteStartingWith(analysis, 'the best that could')?.speaker).toBe('Martin Heydon');
  });

  it('keeps the Irish "Ó" with the surname and reads "the father of two" as the man just named', () => {
    const analysis = analyseText(
      'Fishing quotas agreed',
      'Pádraig Ó Ceallaigh, a 34-year-old skipper from Dingle, said he had tied up his boat. The father of two said: "There will be no young people left in fishing."',
    );
    expect(entityNamed(analysis, 'Ó Ceallaigh')?.name).toBe('Pádraig Ó Ceallaigh');
    expect(quoteStartingWith(analysis, 'There will be no young')?.speaker).toBe('Pádraig Ó Ceallaigh');
  });
});

describe('unnamed sources close to someone named', () => {
  it('leaves "a source close to the mayor said" unnamed rather than giving it to the mayor', () => {
    const analysis = analyseText(
      'Mayor orders review of protest policing',
      'Mayor Brandon Okoye ordered an independent review on Monday.',
      'A source close to the mayor said Okoye had been "furious" when he saw the footage.',
    );
    expect(quoteStartingWith(analysis, 'furious')?.speaker).toBeNull();
  });

  it('reads "one of the march’s organisers" as a role', () => {
    const analysis = analyseText(
      'Mayor orders review of protest policing',
      '"There was no violence until the police charged," said Amara Okafor, 29, one of the march\'s organisers.',
    );
    expect(entityNamed(analysis, 'Amara Okafor')?.role).toBe("one of the march's organisers");
  });
});

describe('people with one name', () => {
  it('finds "Suharti, 52, a street food seller," and gives her the words', () => {
    const analysis = analyseText(
      'Jakarta floods displace thousands',
      'Suharti, 52, a street food seller in East Jakarta, said the water had reached her chest. "Everything is gone," she said.',
    );
    expect(entityNamed(analysis, 'Suharti')?.kind).toBe('person');
    expect(quoteStartingWith(analysis, 'Everything is gone')?.speaker).toBe('Suharti');
  });

  it('but not a firm described after a comma', () => {
    const analysis = analyseText(
      'Whisky maker sold',
      'Glenmorangie, one of Scotland’s premier whisky firms, has been sold. DaimlerChrysler, the parent company of Mercedes, said profits fell.',
    );
    expect(analysis.people.filter((entity) => entity.kind === 'person')).toEqual([]);
  });
});

describe('a surname two people share', () => {
  it('gives "Silva told reporters" to the Silva the story has just been following', () => {
    const analysis = analyseText(
      'Amazon clearing rises',
      'President Luiz Inácio Lula da Silva vowed to reverse the rise.',
      'Environment Minister Marina Silva said 500 more agents would be sent. "The ruling sent the wrong signal," Silva told reporters.',
    );
    expect(quoteStartingWith(analysis, 'The ruling sent')?.speaker).toBe('Marina Silva');
  });
});
