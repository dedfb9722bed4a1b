import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith, speakerOf } from './build-article.js';

describe('"said <body> <job>, <name>": a named officer keeps their own words', () => {
  it('gives the words to the named spokeswoman, not the company before her job (tech news style)', () => {
    expect(
      speakerOf(
        'We built it for everyone',
        'Vantage Software released a new version of its mail program on Monday.',
        '"We built it for everyone," said Vantage spokeswoman, Marta Kellner.',
      ),
    ).toBe('Marta Kellner');
  });

  it('does the same for a chief executive set off after a company named in full (wire style)', () => {
    expect(
      speakerOf(
        'This was a hard call',
        'Halvorsen Foods will cut 200 jobs at its Bergen plant, the company said on Tuesday.',
        '"This was a hard call," said Halvorsen Foods chief executive, Anna Berg.',
      ),
    ).toBe('Anna Berg');
  });

  it("gives a defendant's lawyer's words to the lawyer, not the defendant (court copy)", () => {
    expect(
      speakerOf(
        'He will fight this',
        'Pedro Alves, 44, was charged with fraud at Lisbon district court on Monday.',
        '"He will fight this," said Alves\'s lawyer, Joana Reis, outside court.',
      ),
    ).toBe('Joana Reis');
  });

  it("gives a paper's editor his words, not the paper (media column style)", () => {
    expect(
      speakerOf(
        'The photo was the news',
        'The Gazette printed the photograph on its front page on Monday.',
        '"The photo was the news," said the Gazette\'s picture editor, Tom Rell.',
      ),
    ).toBe('Tom Rell');
  });

  it("still gives an unnamed spokesman's words to the body", () => {
    expect(
      speakerOf(
        'This was a hard call',
        'Halvorsen Foods will cut 200 jobs at its Bergen plant.',
        '"This was a hard call," a Halvorsen Foods spokesman said.',
      ),
    ).toBe('Halvorsen Foods');
  });
});

describe('a statement, a notice or a ruling speaks for whoever issued it', () => {
  it('gives "a <body> statement read" to the body, not the player the statement is about (sports desk style)', () => {
    expect(
      speakerOf(
        'He had been warned twice',
        'Kestrel Rovers have sacked striker Ian Marsh after a row with fans at the weekend.',
        '"He had been warned twice about his conduct," a Kestrel Rovers statement read.',
      ),
    ).toBe('Kestrel Rovers');
  });

  it('gives "the ministry\'s circular said" to the ministry (South Asian daily style)', () => {
    expect(
      speakerOf(
        'No school may charge',
        'The Ministry of Education ordered private schools to refund admission fees on Sunday.',
        'Parents had complained for months. "No school may charge a development fee," the ministry\'s circular said.',
      ),
    ).toBe('Ministry of Education');
  });

  it('gives "says its report" to the body the pronoun stands for (public-policy copy)', () => {
    expect(
      speakerOf(
        'We do not believe a cap',
        'The Boundary Commission published its review of party funding on Tuesday.',
        'The commission says a cap would cost taxpayers more. "We do not believe a cap would be sensible now," says its report.',
      ),
    ).toBe('Boundary Commission');
  });

  it('gives "the council\'s ruling said" to the council that banned the show (wire style)', () => {
    expect(
      speakerOf(
        'The film glorifies violence',
        'The Kenya Film Classification Board banned the film on Friday.',
        'Its makers say it is about peace. "The film glorifies violence and is hereby restricted," the board\'s ruling said.',
      ),
    ).toBe('Kenya Film Classification Board');
  });

  it('leaves writing on a sign with no speaker rather than the person the story is about', () => {
    expect(
      speakerOf(
        'Closed until further notice',
        'Baker Tom Lindqvist shut his shop in Malmo on Monday after the floods.',
        'Customers found the door locked. "Closed until further notice," a sign on the door read.',
      ),
    ).toBeNull();
  });
});

describe('"<body>, in a statement signed by <officer>, said": the body speaks, its officer only signs', () => {
  it('gives the words to the board, not the spokesperson who signed (Nigerian online style)', () => {
    expect(
      speakerOf(
        'tightened controls',
        'The Harbour Pension Board, in a statement signed by its spokesperson, Ada Obi, said it had "tightened controls" since 2023.',
      ),
    ).toBe('Harbour Pension Board');
  });

  it('does the same for a notice issued by a chief executive, with a time after his name (council copy)', () => {
    expect(
      speakerOf(
        'closed until March',
        'Ashby District Council, in a notice issued by its chief executive, Mark Pell, on Friday, said the road would stay "closed until March".',
      ),
    ).toBe('Ashby District Council');
  });

  it('does the same for a letter sent through a named lawyer (court copy)', () => {
    expect(
      speakerOf(
        'no case to answer',
        'Lakeview Holdings, in a letter sent through its lawyer, Priya Raman, said the company had "no case to answer".',
      ),
    ).toBe('Lakeview Holdings');
  });

  it('still gives the words to an officer who is the subject, his job set off after his name', () => {
    expect(
      speakerOf(
        'closed until March',
        'Mark Pell, the council\'s chief executive, said the road would stay "closed until March".',
      ),
    ).toBe('Mark Pell');
  });
});

describe('a statement read out in court is not a statement that "read"', () => {
  it('keeps the words with the victim who wrote the statement read to the court (court report style)', () => {
    expect(
      speakerOf(
        'I still cannot sleep',
        'Lorry driver Dean Holt, 41, was jailed for two years at Preston Crown Court on Friday.',
        'In a victim statement read to the court, cyclist Amy Shaw said she had lost her job.',
        '"I still cannot sleep through the night," she said.',
      ),
    ).toBe('Amy Shaw');
  });
});

describe('"Union warns…", "Club says…": a body named by its kind alone in a standfirst', () => {
  it('gives the words to the one union the story names, not the officer quoted in full later', () => {
    const analysis = analyseText(
      'Turbine plant to shed 300 jobs',
      'Company blames weak orders. Union calls the decision "a hammer blow" for the town',
      'Boreal Turbines will cut 300 jobs at its plant in Esbjerg, the company said on Monday.',
      '"This is a hammer blow," said Lise Holm, who chairs the local branch of the Metalworkers\' Union.',
    );
    expect(quoteStartingWith(analysis, 'a hammer blow')?.speaker).toBe("Metalworkers' Union");
  });

  it('leaves the words unattributed when no body of that kind is named (regional daily style)', () => {
    const analysis = analyseText(
      'Urgent care centre delayed',
      "Minister says the new centre will open in spring, but nurses' union warns staff 'cannot keep going'",
      'The Health Minister, Rob Gault, said the unit would open in April.',
      '"Staff cannot keep going like this," said ward sister Ann Kerr, who works at the Royal Infirmary.',
    );
    expect(quoteStartingWith(analysis, 'cannot keep going')?.speaker).toBeNull();
  });
});
