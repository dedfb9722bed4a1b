import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a given name used alone after the full name', () => {
  it('gives "Adaeze said" to the one Adaeze Nwosu named before (match report style)', () => {
    const analysis = analyseText(
      'Late winner lifts Rovers',
      'Rovers beat Town 2-1 at the Crescent on Saturday.',
      'Adaeze Nwosu came off the bench to score in the 90th minute.',
      '"I have waited all season for that," Adaeze said afterwards.',
    );
    expect(peopleIn(analysis)).toContain('Adaeze Nwosu');
    expect(peopleIn(analysis)).not.toContain('Adaeze');
    expect(quoteStartingWith(analysis, 'I have waited')?.speaker).toBe('Adaeze Nwosu');
  });

  it('keeps the given name to its owner when a brother shares the surname', () => {
    const analysis = analyseText(
      'Brothers on the scoresheet',
      'United won 3-0 at home on Tuesday night.',
      'Tunde Bakare opened the scoring and his brother Femi Bakare added a second.',
      '"Mum will be proud of both of us," Tunde said.',
    );
    expect(quoteStartingWith(analysis, 'Mum will be proud')?.speaker).toBe('Tunde Bakare');
    expect(entityNamed(analysis, 'Femi Bakare')?.aliases ?? []).not.toContain('Tunde');
  });

  it('leaves a firm that speaks by its first word a firm', () => {
    const analysis = analyseText(
      'Plant to close',
      'Harrowgate Foods opened a plant in the town in 1998.',
      '"We regret the decision," Harrowgate said in a statement.',
    );
    expect(peopleIn(analysis)).not.toContain('Harrowgate Foods');
    expect(peopleIn(analysis)).not.toContain('Harrowgate');
  });
});

describe('a given name that is also a group word', () => {
  it('keeps "Christian" in a minister\'s name and gives him his later "Mr." quote (Canadian style)', () => {
    const analysis = analyseText(
      'Minister promises shorter waits',
      'Health Minister Christian Tremblay promised on Wednesday that waits would fall.',
      '"It is not solved," Mr. Tremblay said.',
    );
    expect(peopleIn(analysis)).toContain('Christian Tremblay');
    expect(quoteStartingWith(analysis, 'It is not solved')?.speaker).toBe('Christian Tremblay');
  });

  it('finds an actor introduced by his job', () => {
    const analysis = analyseText(
      'Festival line-up',
      'The festival opens on Friday with a premiere.',
      'Actor Christian Holloway said he was delighted. "It is the role of my life," he said.',
    );
    expect(peopleIn(analysis)).toContain('Christian Holloway');
  });

  it('does not make people of a party or a charity named for a faith', () => {
    const analysis = analyseText(
      'Vote on aid budget',
      'The Christian Democrats said they would abstain.',
      'Christian Aid said it was worried about the cut.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('a word that modifies titles, used as a given name', () => {
  it('reads "commissioner Junior Castillo" as a full name once "Castillo said" confirms it (wire style)', () => {
    const analysis = analyseText(
      'Academy closed after illness',
      'Twenty players were taken to hospital on Sunday.',
      'Former national football commissioner Junior Castillo, who advises the government, said the case was "a warning".',
      '"One mistake is enough," Castillo said.',
    );
    expect(peopleIn(analysis)).toContain('Junior Castillo');
    expect(entityNamed(analysis, 'Junior Castillo')?.role).toBe('Former national football commissioner');
    expect(quoteStartingWith(analysis, 'One mistake')?.speaker).toBe('Junior Castillo');
  });

  it('keeps "Junior" a rank before a title, and a rank before a body the body\'s own word', () => {
    const analysis = analyseText(
      'League reviews ruling',
      'Major League Soccer said it would look at the ruling again.',
      'Junior Minister Ann Keller said the government would not intervene.',
      'Major General Paul Harte said the army was ready.',
    );
    expect(peopleIn(analysis)).toEqual(['Ann Keller', 'Paul Harte']);
    expect(entityNamed(analysis, 'Ann Keller')?.role).toBe('Junior Minister');
  });
});

describe('members of provincial legislatures by their initials', () => {
  it('finds an MNA and an MPP named after their party or province (Canadian style)', () => {
    const analysis = analyseText(
      'Opposition attacks hospital plan',
      'Québec solidaire MNA Vincent Laroche said the plan ignored staff shortages.',
      'Ontario MPP Jane Doherty said the province would watch closely.',
    );
    expect(peopleIn(analysis)).toEqual(['Vincent Laroche', 'Jane Doherty']);
  });
});

describe('names given in part, or closing on a title word', () => {
  it('finds a relative who gave only his surname and gives him his words (Hong Kong court style)', () => {
    const analysis = analyseText(
      'Five jailed over phone scam',
      'Five people were jailed on Monday for a phone scam that cheated pensioners.',
      'Her son, who gave his surname as Leung, spoke to reporters outside the court.',
      '"My mother lost everything she had saved," he said.',
    );
    expect(entityNamed(analysis, 'Leung')?.role).toBe('son');
    expect(quoteStartingWith(analysis, 'My mother lost')?.speaker).toBe('Leung');
  });

  it('finds a trader who would give only her family name', () => {
    const analysis = analyseText(
      'Prices double at market',
      'The market reopened on Tuesday after a week of protests.',
      'One trader, who would give only her family name, Mensah, said prices had doubled.',
    );
    expect(entityNamed(analysis, 'Mensah')?.role).toBe('trader');
  });

  it('keeps "Prince" or "Bishop" as the surname after a given name (sports desk style)', () => {
    const analysis = analyseText(
      'Titans under pressure',
      'The Titans have lost five games in a row.',
      'Former Titans halfback Scott Bishop, now a commentator, said the club had relied too heavily on one player.',
    );
    expect(peopleIn(analysis)).toContain('Scott Bishop');
  });

  it('does not make a person of a royal title before the realm', () => {
    const analysis = analyseText(
      'Exhibition opens',
      'Mary Queen of Scots was executed in 1587, the exhibition notes.',
    );
    expect(peopleIn(analysis)).not.toContain('Mary Queen');
  });

  it('keeps two given names before a nickname with the surname after it (Mexican sports style)', () => {
    const analysis = analyseText(
      'Club sacks manager',
      'The club dismissed its manager on Sunday after six defeats.',
      'Local media have linked former infielder Luis Alberto "El Chato" Moreno with the job.',
      'Moreno did not answer calls.',
    );
    expect(peopleIn(analysis)).toEqual(['Luis Alberto Moreno']);
    expect(entityNamed(analysis, 'El Chato')?.name).toBe('Luis Alberto Moreno');
  });
});

describe('full names the article shows to be people by what follows', () => {
  it('finds a victim named once in full, then by given name with a father (US court style)', () => {
    const analysis = analyseText(
      'Man jailed for shooting',
      'A man was jailed for 35 years on Friday.',
      'Marcus Hollis was convicted of murder in the death of Deshon Moreau, a sophomore at a local high school.',
      "Deshon, who was standing near the door, was struck once. Deshon's father, Wesner Moreau, told the court he had forgiven Hollis.",
    );
    expect(peopleIn(analysis)).toContain('Deshon Moreau');
    expect(entityNamed(analysis, 'Deshon Moreau')?.role).toContain('sophomore');
    expect(peopleIn(analysis)).not.toContain('Deshon');
  });

  it('finds each name listed after a plural job set off by a comma (Bolivian court style)', () => {
    const analysis = analyseText(
      'Three held over land titles',
      'The accused are the former director, Marcelo Quispe Mamani, and two surveyors, Jhonatan Rivas Soria and Edwar Llanos Choque.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining(['Jhonatan Rivas Soria', 'Edwar Llanos Choque']),
    );
    expect(entityNamed(analysis, 'Edwar Llanos Choque')?.role).toBe('surveyor');
  });

  it('makes no person of a one-word owner of a mother, and leaves the next "She said" to the woman', () => {
    const analysis = analyseText(
      'Housemate evicted',
      "The pundit left the house after Jackie Hartnell, the actor Sylvio's mother, was evicted.",
      'Sylvio Hartnell\'s ex-wife Greta Lund nominated him. She said: "He is a difficult human being."',
    );
    expect(peopleIn(analysis)).not.toContain('Sylvio');
    expect(quoteStartingWith(analysis, 'He is a difficult')?.speaker).toBe('Greta Lund');
  });

  it('reads a band set off after a plural job as no list of people', () => {
    const analysis = analyseText(
      'Rock poll',
      "Despite being disliked by many critics, Black Lantern's later albums sold millions.",
      'The study by US researchers, Pew Internet, suggests musicians disagree.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('keeps the prefix of a plural job with the role it gives each name (wire style)', () => {
    const analysis = analyseText(
      'Regulator settles with fund',
      'The regulator reached agreements with three ex-managers, Peter Marlow, Erik Gunnarsen and Joseph Palermo, who paid penalties.',
    );
    expect(entityNamed(analysis, 'Erik Gunnarsen')?.role).toBe('ex-manager');
  });

  it('leaves firms listed after a plural noun that is no job alone', () => {
    const analysis = analyseText(
      'Bank hires advisers',
      'The bank hired two firms, Harlow Brennan and Stott Keller, to advise it on the sale.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('finds a full name whose clause goes on "that she…", and not a firm\'s "that it…" (Welsh paper style)', () => {
    const analysis = analyseText(
      'Board told to act',
      'The health board met on Monday.',
      'Rhiannon Price-Owens later confirmed that she had asked officials to meet the board.',
      'Harlow Foods later confirmed that it had closed the plant.',
    );
    expect(peopleIn(analysis)).toEqual(['Rhiannon Price-Owens']);
  });
});

describe('a relative set off after the speaker', () => {
  it('gives "Name, X\'s sister, told reporters" to the sister, not to X', () => {
    const analysis = analyseText(
      'Surveyors detained',
      'Two surveyors, Jhonatan Rivas Soria and Edwar Llanos Choque, were detained on Monday.',
      'Outside the court, relatives waited through the night. "He is a surveyor, not a criminal," Marisol Rivas, Rivas Soria\'s sister, told reporters.',
    );
    expect(quoteStartingWith(analysis, 'He is a surveyor')?.speaker).toBe('Marisol Rivas');
  });

  it('does the same when the relative is cited by surname alone', () => {
    const analysis = analyseText(
      'Man jailed',
      'John Hartley was jailed for six years on Monday.',
      '"He is innocent," Mary Jones, Hartley\'s sister, told reporters.',
    );
    expect(quoteStartingWith(analysis, 'He is innocent')?.speaker).toBe('Mary Jones');
  });
});
