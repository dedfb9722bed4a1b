import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('names written family name first', () => {
  it('gives "Zhou said" to Zhou Min, named in full a paragraph before (South China Morning Post style)', () => {
    const analysis = analyseText(
      'Shenzhen metro extension opens',
      'Zhou Min, an urban planner at Shenzhen University, described the line as overdue.',
      '"Commuters have waited ten years for this," Zhou said.',
    );
    expect(peopleIn(analysis)).toEqual(['Zhou Min']);
    expect(quoteStartingWith(analysis, 'Commuters have waited')?.speaker).toBe('Zhou Min');
  });

  it('reads a short month after a family name as a given name, but keeps dates as dates', () => {
    const analysis = analyseText(
      'Port fees waived',
      'Li Jun, a shipping analyst at a Shanghai brokerage, expects volumes to rise. The fees were cut on Jun 3.',
      '"It is a signal to the lines," Li said.',
    );
    expect(entityNamed(analysis, 'Li Jun')?.kind).toBe('person');
    expect(quoteStartingWith(analysis, 'It is a signal')?.speaker).toBe('Li Jun');
  });

  it('does not make a place a person because its first word is used alone', () => {
    const analysis = analyseText(
      'Reef survey finds bleaching',
      'Divers surveyed Kimberley Reef last week. Tourism in Kimberley has slowed since.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('titles written in capitals between a body and a name', () => {
  it('peels "Chief" from a First Nation chief before his full name (CBC style)', () => {
    const analysis = analyseText(
      'Snow crab season delayed',
      'Eskasoni First Nation Chief Leroy Denny said the band’s boats would stay in port.',
      '"We will go out when it is safe," Denny said.',
    );
    expect(peopleIn(analysis)).toEqual(['Leroy Denny']);
    expect(quoteStartingWith(analysis, 'We will go out')?.speaker).toBe('Leroy Denny');
  });

  it('peels an administrator’s title from a full name after a body’s initials (The Daily Star style)', () => {
    const analysis = analyseText(
      'Waterlogging drive extended',
      'DSCC Administrator Farid Ahmed Chowdhury blamed the contractors for the delay.',
      '"We will cancel the work orders of anyone who does not deliver," the administrator said.',
    );
    expect(peopleIn(analysis)).toEqual(['Farid Ahmed Chowdhury']);
    expect(quoteStartingWith(analysis, 'We will cancel')?.speaker).toBe('Farid Ahmed Chowdhury');
  });

  it('leaves "Chief Executive" a title rather than part of a name', () => {
    const analysis = analyseText(
      'Lender cuts jobs',
      'Chief Executive Ruth Adair said 300 roles would go. "It is a hard day," Adair said.',
    );
    expect(peopleIn(analysis)).toEqual(['Ruth Adair']);
  });
});

describe('a job given before the name', () => {
  it('gives "Role, Name, said" the person, with the job as the role (Gleaner style)', () => {
    const analysis = analyseText(
      'Bridge repairs stall',
      'Member of Parliament for Clarendon South, Orville Daley-Hinds, said the bridge had been closed for a year.',
      '"People walk two miles to cross the river," he said.',
    );
    expect(entityNamed(analysis, 'Orville Daley-Hinds')?.role).toBe(
      'Member of Parliament for Clarendon South',
    );
    expect(quoteStartingWith(analysis, 'People walk')?.speaker).toBe('Orville Daley-Hinds');
  });

  it('takes "Minister with responsibility for…" as the title before a name', () => {
    const analysis = analyseText(
      'Housing scheme delayed',
      'Minister with responsibility for housing, Tamsin Oyelaran-Pike, said on Monday that tenders would close in March.',
    );
    expect(entityNamed(analysis, 'Tamsin Oyelaran-Pike')?.role).toBe(
      'Minister with responsibility for housing',
    );
  });

  it('gives a body’s unnamed officer the words when the next paragraph names the holder (Trinidad Express style)', () => {
    const analysis = analyseText(
      'Water outage enters fourth day',
      '"The main is forty years old," the authority’s corporate communications manager told the Express. "We patch it and it bursts again."',
      'The manager, Rhonda Baptiste-Ali, said crews would work through the night.',
    );
    expect(quoteStartingWith(analysis, 'The main is forty')?.speaker).toBe('Rhonda Baptiste-Ali');
    expect(quoteStartingWith(analysis, 'We patch it')?.speaker).toBe('Rhonda Baptiste-Ali');
  });

  it('does not hand a body’s officer the words of someone named earlier in another job', () => {
    const analysis = analyseText(
      'Book prize shortlist',
      'The judges included writer Joanne Harris and broadcaster Tom Price.',
      'Waterstone’s fiction writer buyer said: "It is great to see a first novel win."',
    );
    expect(quoteStartingWith(analysis, 'It is great')?.speaker).toBeNull();
  });
});

describe('public bodies and their spokespeople', () => {
  it('reads "Sport England" as a body, not a place with a word before it (Yorkshire Post style)', () => {
    const analysis = analyseText(
      'Pool funding cut',
      'Funding for the pool was withdrawn by Sport England last month.',
      'A Sport England spokeswoman said the grant had been "reallocated to projects with higher usage".',
    );
    expect(analysis.people.find((entity) => entity.name === 'Sport England')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'reallocated')?.speaker).toBe('Sport England');
  });

  it('gives "she said" after an unnamed spokeswoman to the body she speaks for (Herald style)', () => {
    const analysis = analyseText(
      'Rail timetable cut',
      'Commuter Ailsa Munro said the cuts would cost her an hour a day.',
      'A Network Rail spokeswoman said engineering work made the change unavoidable. "We apologise to passengers for the disruption," she said.',
    );
    expect(quoteStartingWith(analysis, 'We apologise')?.speaker).toBe('Network Rail');
  });

  it('still gives "she said" to a named woman who spoke after the spokeswoman', () => {
    const analysis = analyseText(
      'Rail timetable cut',
      'A Network Rail spokeswoman said engineering work made the change unavoidable.',
      'Commuter Ailsa Munro said the cuts would cost her an hour a day. "I will have to leave at six," she said.',
    );
    expect(quoteStartingWith(analysis, 'I will have to leave')?.speaker).toBe('Ailsa Munro');
  });
});

describe('a place or a body before a job and a name', () => {
  it('gives "said Kurri Kurri nurse Jess Pavlović"-style attributions to the person, not the town (Illawarra Mercury style)', () => {
    const analysis = analyseText(
      'Rail line closed after derailment',
      '"I waited two hours for a bus," said Wollongong Hills teacher Maya Ostrowski, who works in the city.',
    );
    expect(peopleIn(analysis)).toEqual(['Maya Ostrowski']);
    expect(quoteStartingWith(analysis, 'I waited two hours')?.speaker).toBe('Maya Ostrowski');
  });

  it('takes a long body’s name with its chief executive after it as the body, particles in her name and all', () => {
    const analysis = analyseText(
      'Coal exports slow',
      'Hunter Export Terminal Coordinator chief executive Mieke van der Berg said ships were queuing.',
    );
    expect(peopleIn(analysis)).toEqual(['Mieke van der Berg']);
    expect(analysis.people.find((entity) => entity.name === 'Hunter Export Terminal Coordinator')?.kind).toBe(
      'organisation',
    );
  });

  it('reads a railway line, a creek or a swamp as a place even after "said"', () => {
    const analysis = analyseText(
      'Trains replaced by buses',
      'The operator said Carrington Line trains would not run. Flooding closed roads near Ironbark Creek.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('bodies by their initials and by their level of government', () => {
  it('gives "An EPA spokeswoman said" to the Environment Protection Authority named in full before (ABC style)', () => {
    const analysis = analyseText(
      'Chemical spill in river',
      'The Environment Protection Authority said it was testing the water.',
      'An EPA spokeswoman said the site would be watched "until the last drum is removed".',
    );
    expect(quoteStartingWith(analysis, 'until the last drum')?.speaker).toBe(
      'Environment Protection Authority',
    );
    expect(analysis.people.filter((entity) => entity.name === 'EPA')).toEqual([]);
  });

  it('reads "the Guangdong provincial government said in a statement" as a body that speaks (China Daily style)', () => {
    const analysis = analyseText(
      'Ferry links expanded',
      'The Guangdong provincial government said in a statement that fares would be "kept at last year’s level".',
    );
    expect(quoteStartingWith(analysis, 'kept at last')?.speaker).toBe('Guangdong provincial government');
  });
});

describe('short forms from other languages', () => {
  it('links a bracketed short form that is not the English initials to the body before it (Buenos Aires Herald style)', () => {
    const analysis = analyseText(
      'Dairy farmers protest',
      'Prices paid to dairy farmers fell for a third month.',
      'The Argentine Dairy Producers’ Association (Aplea), which speaks for small farms, called the offer "an insult to anyone who milks a cow".',
    );
    expect(quoteStartingWith(analysis, 'an insult')?.speaker).toBe('Argentine Dairy Producers’ Association');
  });
});

describe('bodies whose remit names two fields', () => {
  it('keeps "and Skills" in the department’s name but not a second body after "and" (Times style)', () => {
    const analysis = analyseText(
      'Truancy figures rise',
      'A spokeswoman for the Department for Work and Pensions said: "Every claim is checked."',
      'The Bank of England and Treasury declined to comment.',
    );
    expect(quoteStartingWith(analysis, 'Every claim')?.speaker).toBe('Department for Work and Pensions');
    expect(analysis.people.map((entity) => entity.name)).toEqual(
      expect.arrayContaining(['Bank of England', 'Treasury']),
    );
  });
});

describe('the labelled layout of Ukrainian news sites', () => {
  it('gives a "Quote:" line to the person in the "Source:" line above it (Kyiv Independent live-page style)', () => {
    const analysis = analyseText(
      'Power restored in Kharkiv',
      'Electricity has been restored to most of Kharkiv after overnight strikes.',
      'Source: Ihor Terekhov, Mayor of Kharkiv, on Telegram',
      'Quote: "The lights are back in 80% of homes. Our engineers worked all night."',
    );
    expect(quoteStartingWith(analysis, 'The lights are back')?.speaker).toBe('Ihor Terekhov');
  });
});

describe('names of schemes in quote marks', () => {
  it('does not take a scheme’s name before "programme" or a title after "under the title" as speech (Philippine Star style)', () => {
    const analysis = analyseText(
      'Aid for fishermen',
      'The Bureau of Fisheries said fishermen may apply for fuel aid under its "Sagip Bangka" programme.',
      'The plan was published under the title "Clean Bay 2030."',
      'The council said it would move to a "street-by-street" approach, while residents said the delays were "a disgrace".',
    );
    expect(analysis.quotes.map((quote) => quote.text)).toEqual(['a disgrace']);
  });

  it('still counts a speaker’s own words used before a noun ("a “firm but fair” policy")', () => {
    const analysis = analyseText(
      'Party launches immigration pledge',
      'Party leader Tom Hale said the country needed "a fresh start" and promised a "firm but fair" policy on migration.',
    );
    expect(quoteStartingWith(analysis, 'firm but fair')?.speaker).toBe('Tom Hale');
  });
});

describe('quotations that end on a quotation inside them', () => {
  it('keeps "…a ‘minor realignment,’" van Horn said" as the farmer’s speech (Oregonian style)', () => {
    const analysis = analyseText(
      'Pipeline route angers farmers',
      'Farmer Jan de Vries has grown hazelnuts near the route for 30 years.',
      '"They keep calling it a \'minor adjustment,\'" de Vries said. "It is not minor if it is your orchard."',
    );
    expect(entityNamed(analysis, 'Jan de Vries')?.kind).toBe('person');
    expect(quoteStartingWith(analysis, 'They keep calling it')?.speaker).toBe('Jan de Vries');
  });
});

describe('titles with a portfolio of two fields', () => {
  it('finds "Deputy Minister of Health and Sport Olena Marchuk" and keeps the rank in her role (Ukrinform style)', () => {
    const analysis = analyseText(
      'Field hospitals expanded',
      'Deputy Minister of Health and Sport Olena Marchuk said in March that 40 field hospitals were planned.',
    );
    expect(entityNamed(analysis, 'Olena Marchuk')?.role).toBe('Deputy Minister of Health and Sport');
  });

  it('reads a cruise line described by its home port as a company, not a person', () => {
    const analysis = analyseText(
      'Cruise terminal opens',
      'Paolo Ferri, Asia president of the Naples-based Stella Marina Cruises, said bookings had doubled.',
    );
    expect(peopleIn(analysis)).toEqual(['Paolo Ferri']);
    expect(analysis.people.find((entity) => entity.name === 'Stella Marina Cruises')?.kind).toBe(
      'organisation',
    );
  });
});

describe('titles and honorifics from other traditions', () => {
  it('reads "Cr" and "Ald." as the jobs they shorten, so "the councillor" finds her later (Newcastle Herald style)', () => {
    const analysis = analyseText(
      'Council votes on rail corridor',
      'Cr Anneke Visser said the corridor should be kept for trains.',
      '"We will not give it up," the councillor said.',
      'Ald. Marcus Bell said Chicago had waited long enough.',
    );
    expect(entityNamed(analysis, 'Anneke Visser')?.role).toBe('Cr');
    expect(quoteStartingWith(analysis, 'We will not give it up')?.speaker).toBe('Anneke Visser');
    expect(entityNamed(analysis, 'Marcus Bell')?.role).toBe('Ald');
  });

  it('reads past "Engr." and "Datuk" to the name and its job (Manila Bulletin and The Star styles)', () => {
    const analysis = analyseText(
      'Fish kill losses mount',
      'In Cardona, the town engineer, Engr. Paolo Ramos, said pens had collapsed.',
      'Datuk Hamid Yusof, the state fisheries director, said aid would follow.',
    );
    expect(entityNamed(analysis, 'Paolo Ramos')?.role).toBe('town engineer');
    expect(entityNamed(analysis, 'Hamid Yusof')?.role).toBe('state fisheries director');
  });
});

describe('federal departments named by two fields and the country', () => {
  it('gives an e-mailed statement to "Fisheries and Oceans Canada" (CBC style)', () => {
    const analysis = analyseText(
      'Snow crab opening delayed',
      'Captain Rhonda Boudreau said crews were ready to sail.',
      'In an email, a spokesperson for Fisheries and Oceans Canada said ice had not cleared. "A new date will be set as soon as it is safe," the email said.',
    );
    expect(quoteStartingWith(analysis, 'A new date')?.speaker).toBe('Fisheries and Oceans Canada');
  });
});

describe('a job first, its holder named in the next paragraph', () => {
  it('gives the job’s words to "the councillor, Ewan Rendall" named next (Shetland Times style)', () => {
    const analysis = analyseText(
      'Ferry freight cut',
      'The convener of the islands council’s harbour board said the decision was taken "without a word to anyone here".',
      '"We read about it in the paper," said the councillor, Ewan Rendall.',
    );
    expect(quoteStartingWith(analysis, 'without a word')?.speaker).toBe('Ewan Rendall');
  });

  it('leaves the job’s words unattributed when the next paragraph names someone already known', () => {
    const analysis = analyseText(
      'Ferry freight cut',
      'Ewan Rendall, a haulier, said the cut would cost him work.',
      'The convener of the islands council’s harbour board said the decision was taken "without a word to anyone here".',
      '"We read about it in the paper," said the haulier, Ewan Rendall.',
    );
    expect(quoteStartingWith(analysis, 'without a word')?.speaker).toBeNull();
  });
});

describe('more ways of giving a job before the name', () => {
  it('gives the words of "the council’s general manager" to the woman who "took up the role" next (Stuff style)', () => {
    const analysis = analyseText(
      'Rates rise agreed',
      'The council’s general manager said the budget was tight. "We cannot do everything," she said.',
      'Anneke van der Berg, who took up the role in May, said savings would come from software.',
    );
    expect(quoteStartingWith(analysis, 'We cannot do everything')?.speaker).toBe('Anneke van der Berg');
  });

  it('reads "Special Agent in Charge" as one title before the name (AP style)', () => {
    const analysis = analyseText(
      'Raid on warehouse',
      'Special Agent in Charge Maria Delgado said the search was lawful. "We followed every rule," she said.',
    );
    expect(entityNamed(analysis, 'Maria Delgado')?.role).toBe('Special Agent in Charge');
    expect(quoteStartingWith(analysis, 'We followed')?.speaker).toBe('Maria Delgado');
  });
});

describe('spokespeople for a person, and verbs before a job', () => {
  it('gives "His spokesman said" to the man the story has just named (Politico style)', () => {
    const analysis = analyseText(
      'Senator denies claims',
      'Senator Mark Reid denied the claims on Tuesday. His spokesman said: "The senator has done nothing wrong."',
    );
    expect(quoteStartingWith(analysis, 'The senator has done')?.speaker).toBe('Mark Reid');
  });

  it('does not take the verb before a job into the role ("The minister met union leader Paul Otieno")', () => {
    const analysis = analyseText('Strike talks', 'The minister met union leader Paul Otieno on Monday.');
    expect(entityNamed(analysis, 'Paul Otieno')?.role).toBe('union leader');
  });
});

describe('"he said" after a name inside a relative clause', () => {
  it('keeps the sentence’s subject when a rival speaks only inside a "which" clause (El País English style)', () => {
    const analysis = analyseText(
      'Budget passes first vote',
      'Finance Minister Juan Torres defended the budget, which opposition leader Carlos Ruiz called reckless. "We have balanced the books," he said.',
    );
    expect(quoteStartingWith(analysis, 'We have balanced')?.speaker).toBe('Juan Torres');
  });

  it('keeps "He" as the subject when the object’s "who" clause has a speech verb', () => {
    const analysis = analyseText(
      'Budget passes first vote',
      'Finance Minister Juan Torres defended the budget on Monday.',
      'He met opposition leader Carlos Ruiz, who had called it reckless, and told him the figures were sound. "We have balanced the books," he said.',
    );
    expect(quoteStartingWith(analysis, 'We have balanced')?.speaker).toBe('Juan Torres');
  });
});

describe('towns named after people', () => {
  it('reads "George Town" as a place and "Datin" as a courtesy title (The Star, Malaysia style)', () => {
    const analysis = analyseText(
      'Heritage zone traffic',
      'Traffic in George Town has doubled, said Datin Farah Aziz, who chairs the heritage trust.',
    );
    expect(peopleIn(analysis)).toEqual(['Farah Aziz']);
    expect(analysis.people.find((entity) => entity.name === 'George Town')?.kind).toBe('place');
  });
});

describe('a business introduced by its trade at the start of a sentence', () => {
  it('reads "Mining company Karoo Gold said" as the firm "the company" later means (Business Day style)', () => {
    const analysis = analyseText(
      'Gold output falls',
      'Mining company Karoo Gold said output fell 12%.',
      '"We expect better weather in March," the company said.',
      'Music producer Lebo Mathosa said the strike had hit local events.',
    );
    expect(quoteStartingWith(analysis, 'We expect better')?.speaker).toBe('Karoo Gold');
    expect(peopleIn(analysis)).toEqual(['Lebo Mathosa']);
  });
});

describe('Malaysian honours of two words', () => {
  it('peels "Datuk Seri" and "Tan Sri" but keeps "Sri" as a given name on its own (New Straits Times style)', () => {
    const analysis = analyseText(
      'Port expansion approved',
      'Datuk Seri Hamzah Aziz said the budget was fair. "We have listened," he said.',
      'Tan Sri Lee Kah Choon, the chairman of the port authority, said the berth would open in March.',
      'Finance Minister Sri Wahyuni Pratiwi agreed.',
    );
    expect(peopleIn(analysis)).toEqual(['Hamzah Aziz', 'Lee Kah Choon', 'Sri Wahyuni Pratiwi']);
    expect(quoteStartingWith(analysis, 'We have listened')?.speaker).toBe('Hamzah Aziz');
  });
});

describe('a long name after a word that places it', () => {
  it('does not make a hospital a person because the city it ends on is used alone (Newcastle Herald style)', () => {
    const analysis = analyseText(
      'Buses replace trains',
      '"I waited forty minutes," said nurse Jess Marlow, who works at Calvary Mater Maitland.',
      'Trains between Maitland and Dungog were cancelled. Crowds gathered at Maitland station.',
    );
    expect(peopleIn(analysis)).toEqual(['Jess Marlow']);
  });
});

describe('patronymic particles', () => {
  it('keeps a Welsh "ap" inside one name and gives a later "he said" to it (BBC Cymru Wales style)', () => {
    const analysis = analyseText(
      'Hospital waiting lists fall',
      'The health secretary, Iestyn ap Huw, told the Senedd that waits of two years had halved.',
      'He said: "There is more to do, but the trend is the right one."',
    );
    expect(peopleIn(analysis)).toEqual(['Iestyn ap Huw']);
    expect(quoteStartingWith(analysis, 'There is more to do')?.speaker).toBe('Iestyn ap Huw');
  });

  it('keeps a Malay "binti" inside one name (The Star style)', () => {
    const analysis = analyseText(
      'Clinic hours extended',
      'State health director Dr Aisyah binti Rahman said the clinics would open until 10pm.',
      '"Patients should not have to take leave to see a doctor," said Aisyah.',
    );
    expect(peopleIn(analysis)).toEqual(['Aisyah binti Rahman']);
    expect(quoteStartingWith(analysis, 'Patients should not')?.speaker).toBe('Aisyah binti Rahman');
  });
});

describe('a town and its state in an appositive', () => {
  it('reads past "Tulsa, Okla.," to the person the appositive describes (Associated Press style)', () => {
    const analysis = analyseText(
      'Rural clinics short of nurses',
      'Dana Whitfield, a nurse practitioner in Tulsa, Okla., who has worked in rural clinics for 20 years, said the shortage was "the worst I have seen".',
    );
    expect(quoteStartingWith(analysis, 'the worst I have seen')?.speaker).toBe('Dana Whitfield');
  });
});

describe('a spokesperson for a body named by its kind', () => {
  it('gives "a council spokeswoman" and her second "that" clause to the one council named (Stuff style)', () => {
    const analysis = analyseText(
      'Boil-water notice lifted',
      'Hutt City Council lifted the notice on Friday after three clear samples.',
      'A council spokeswoman said sampling had shown no E. coli since Tuesday, and that the water was "fine to drink again".',
    );
    expect(quoteStartingWith(analysis, 'fine to drink again')?.speaker).toBe('Hutt City Council');
  });

  it('gives "a hospital spokesman" to the hospital the story names (Irish Examiner style)', () => {
    const analysis = analyseText(
      'Trolley numbers at record high',
      'There were 61 patients on trolleys at Cork University Hospital on Monday morning.',
      'A hospital spokesman said: "We apologise to every patient who has waited."',
    );
    expect(quoteStartingWith(analysis, 'We apologise')?.speaker).toBe('Cork University Hospital');
  });
});

describe('a job named first, its holder named two paragraphs on', () => {
  it('gives the job\'s words and the "he said" after them to the holder named next (Waikato Times style)', () => {
    const analysis = analyseText(
      'Library rebuild costs double',
      'The district council\'s property manager said the first estimate had been "a number pulled from the air".',
      '"We simply did not know how bad the foundations were," he said.',
      'Rangi Parata, who took over the role last year, said steel prices had also risen.',
    );
    expect(quoteStartingWith(analysis, 'a number pulled')?.speaker).toBe('Rangi Parata');
    expect(quoteStartingWith(analysis, 'We simply did not')?.speaker).toBe('Rangi Parata');
  });
});

describe('roles set off before or after a name', () => {
  it('keeps a trade and what it deals in as the role: "A trader in ..., Name," (Daily Nation style)', () => {
    const analysis = analyseText(
      'Floods hit Gikomba market',
      'A dealer in used shoes, Wanjiru Kamau, said the water rose in minutes.',
    );
    expect(entityNamed(analysis, 'Wanjiru Kamau')?.role).toBe('dealer in used shoes');
  });

  it('does not make a thing before "in" a role: "a flaw in Mail Server, Office Chat" (The Register style)', () => {
    const analysis = analyseText(
      'Patch released',
      'The patch closes a flaw in Mail Server, Office Chat and two other programs.',
    );
    expect(analysis.people.filter((entity) => entity.role !== null)).toEqual([]);
  });

  it('reads "an expatriate" as the description of the person it follows (Gulf News style)', () => {
    const analysis = analyseText(
      'Metro extension welcomed',
      '"It saves me an hour a day," said Ramon Castillo, a Filipino expatriate who works in Deira.',
    );
    expect(entityNamed(analysis, 'Ramon Castillo')?.role).toBe('Filipino expatriate');
  });
});

describe('labels in quote marks', () => {
  it('does not take a label something was disguised as for speech (Law360 style)', () => {
    const analysis = analyseText(
      'Pharmacy owner charged',
      'Prosecutors said the owner paid bribes disguised as "consulting payments" to two doctors.',
    );
    expect(quoteStartingWith(analysis, 'consulting payments')).toBeUndefined();
  });
});

describe('a body described by a kind noun that doubles as a job', () => {
  it('reads "Name, the ... regulator." at the end of a sentence as an organisation (RNZ style)', () => {
    const analysis = analyseText(
      'Drinking water rules tightened',
      'Councils must now report every failed test to Wai Ora Tonu, the drinking water regulator.',
    );
    expect(entityNamed(analysis, 'Wai Ora Tonu')?.kind).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('still reads "Name, a senior broadcaster with ..." as a person', () => {
    const analysis = analyseText(
      'Podcasts grow',
      'Mere Tapsell, a senior broadcaster with the national network, said listeners were younger.',
    );
    expect(peopleIn(analysis)).toEqual(['Mere Tapsell']);
  });
});
