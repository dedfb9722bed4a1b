import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const HEADLINE = 'Ministers clash over rail strike talks';

describe('finding quotations', () => {
  it('takes a label a crowd uses ("what they called") as a scare quote, but keeps a named speaker\'s words', () => {
    const analysis = analyseText(
      'Fishers blockade harbour over quota cuts',
      'Boats blocked the harbour mouth at Killybegs and crews shouted slogans against what they called the "quota barons".',
      'The minister said the cuts were "painful but necessary".',
    );
    expect(quoteStartingWith(analysis, 'quota barons')).toBeUndefined();
    expect(quoteStartingWith(analysis, 'painful but necessary')).toBeDefined();
  });

  it('reads straight, curly, double and single marks but never an apostrophe', () => {
    const analysis = analyseText(
      HEADLINE,
      'Transport Secretary Helen Gray said the union’s offer was “a step forward” and the strike "doesn\'t help anyone".',
      "Union leader Mick Dalton said the government's deal was 'an insult to every driver' and Gray's plan would fail.",
    );
    expect(analysis.quotes.map((quote) => quote.text)).toEqual([
      'a step forward',
      "doesn't help anyone",
      'an insult to every driver',
    ]);
  });

  it('marks a fragment inside the reporter’s sentence as partial and a standalone quotation as full', () => {
    const analysis = analyseText(
      HEADLINE,
      'Helen Gray, the transport secretary, said the talks had been "constructive".',
      '"We will keep talking for as long as it takes," Gray told reporters on Monday.',
    );
    expect(quoteStartingWith(analysis, 'constructive')?.partial).toBe(true);
    expect(quoteStartingWith(analysis, 'We will keep talking')?.partial).toBe(false);
  });

  it('cites a quotation that runs into the next paragraph paragraph by paragraph, all in its speaker’s words', () => {
    const analysis = analyseText(
      HEADLINE,
      'Mick Dalton, the union’s general secretary, said: “Our members have not had a real pay rise in five years.',
      '“They are not asking for the moon. They are asking to be able to pay their rent.”',
    );
    expect(analysis.quotes.map(({ text, speaker, paragraph }) => ({ text, speaker, paragraph }))).toEqual([
      {
        text: 'Our members have not had a real pay rise in five years.',
        speaker: 'Mick Dalton',
        paragraph: 1,
      },
      {
        text: 'They are not asking for the moon. They are asking to be able to pay their rent.',
        speaker: 'Mick Dalton',
        paragraph: 2,
      },
    ]);
  });

  it('does not treat scare quotes, titles or named things as speech', () => {
    const analysis = analyseText(
      HEADLINE,
      'The dispute centres on the so-called "flexible rostering" scheme, which managers introduced last year.',
      'Drivers also object to the "Project Horizon" timetable, dubbed the "Night Tube plan" by staff.',
    );
    expect(analysis.quotes).toEqual([]);
  });

  it('does not let a speech verb in a later clause turn a quoted term into speech', () => {
    const analysis = analyseText(
      HEADLINE,
      'The band more than fit the term "urban", yet as a rock group they will never be described as such, critics say.',
    );
    expect(analysis.quotes).toEqual([]);
  });

  it('counts a fragment as speech when a speech verb governs it', () => {
    const analysis = analyseText(
      HEADLINE,
      'Helen Gray called for a "cooling-off period" and urged both sides to return to talks.',
    );
    expect(quoteStartingWith(analysis, 'cooling-off period')?.speaker).toBe('Helen Gray');
  });
});

describe('naming the speaker', () => {
  it('reads “X said”, “said X”, “X told <outlet>” and “according to X”', () => {
    const analysis = analyseText(
      HEADLINE,
      '"The offer is final," Helen Gray said on Tuesday.',
      '"We are ready to strike for as long as it takes," said Mick Dalton, the union’s general secretary.',
      'Rail analyst Priya Natarajan told the Financial Times the dispute could cost "hundreds of millions".',
      'A deal is "closer than people think", according to Gray.',
    );
    expect(quoteStartingWith(analysis, 'The offer is final')?.speaker).toBe('Helen Gray');
    expect(quoteStartingWith(analysis, 'We are ready')?.speaker).toBe('Mick Dalton');
    expect(quoteStartingWith(analysis, 'hundreds of millions')?.speaker).toBe('Priya Natarajan');
    expect(quoteStartingWith(analysis, 'closer than')?.speaker).toBe('Helen Gray');
  });

  it('follows a colon introduction and a pronoun to the right person', () => {
    const analysis = analyseText(
      HEADLINE,
      'Mick Dalton met Helen Gray at the Department for Transport on Monday.',
      'Speaking alongside Gray after the meeting, Dalton said the talks had gone nowhere.',
      '"Nothing has changed since last week," he said.',
      'He added: "Our members will decide what happens next."',
    );
    expect(quoteStartingWith(analysis, 'Nothing has changed')?.speaker).toBe('Mick Dalton');
    expect(quoteStartingWith(analysis, 'Our members will decide')?.speaker).toBe('Mick Dalton');
  });

  it('resolves she and he by sex when the article shows it', () => {
    const analysis = analyseText(
      HEADLINE,
      'Mr Dalton spoke after Ms Gray left the building, and she later issued a statement.',
      'Helen Gray said the union had walked away. Mick Dalton said it had not.',
      '"The door is open," she said.',
    );
    expect(quoteStartingWith(analysis, 'The door is open')?.speaker).toBe('Helen Gray');
  });

  it('gives a floating quotation paragraph to the previous paragraph’s speaker', () => {
    const analysis = analyseText(
      HEADLINE,
      '"We have been patient," said Mick Dalton, the union’s general secretary.',
      '"But patience runs out, and it has run out today."',
    );
    expect(quoteStartingWith(analysis, 'But patience')?.speaker).toBe('Mick Dalton');
  });

  it('resolves a title-only speaker to the person the article gives that title', () => {
    const analysis = analyseText(
      HEADLINE,
      'Prime Minister Sarah Blake chaired an emergency meeting of ministers on Wednesday.',
      '"Passengers have suffered enough," the prime minister said afterwards.',
    );
    expect(quoteStartingWith(analysis, 'Passengers have suffered')?.speaker).toBe('Sarah Blake');
  });

  it('follows an epithet to the person the story is following', () => {
    const analysis = analyseText(
      'Rovers win the cup',
      'Rovers manager Sean McAllister took over two years ago with the club bottom of the league.',
      '"People wrote us off," the Scot said.',
      'Kieran Walsh scored twice. "It doesn\'t feel real," the 24-year-old added.',
    );
    expect(quoteStartingWith(analysis, 'People wrote us off')?.speaker).toBe('Sean McAllister');
    expect(quoteStartingWith(analysis, "It doesn't feel real")?.speaker).toBe('Kieran Walsh');
  });

  it('gives a speech verb joined by “and” the subject that opens the sentence', () => {
    const analysis = analyseText(
      'Rovers win the cup',
      'City boss Pep Alvarez refused to blame his players and said they had met "a team that wanted it more".',
    );
    expect(quoteStartingWith(analysis, 'a team that wanted it more')?.speaker).toBe('Pep Alvarez');
  });

  it('reads reaction lists, passive agents, capitals speaking for governments and organisations by their kind', () => {
    const analysis = analyseText(
      'Reaction to the cup draw',
      '- Blackburn boss Mark Hughes: "Burnley are resolute but I fully expect us to progress."',
      'The new console was described by Steve Jobs as "the best thing we have ever made".',
      'Washington has claimed the four men were "enemy combatants".',
      'Manchester United Football Club rejected the bid. "The board has a duty to consider any offer," the club said.',
      'The Department for Transport said the timetable was "realistic".',
    );
    expect(quoteStartingWith(analysis, 'Burnley are resolute')?.speaker).toBe('Mark Hughes');
    expect(quoteStartingWith(analysis, 'the best thing')?.speaker).toBe('Steve Jobs');
    expect(quoteStartingWith(analysis, 'enemy combatants')?.speaker).toBe('Washington');
    expect(quoteStartingWith(analysis, 'The board has a duty')?.speaker).toBe(
      'Manchester United Football Club',
    );
    expect(quoteStartingWith(analysis, 'realistic')?.speaker).toBe('Department for Transport');
  });

  it('lets an organisation speak', () => {
    const analysis = analyseText(
      HEADLINE,
      'The Rail Delivery Group said the strike would cause "severe disruption" across the network.',
    );
    expect(quoteStartingWith(analysis, 'severe disruption')?.speaker).toBe('Rail Delivery Group');
  });

  it('never takes a name inside the quotation as its speaker', () => {
    const analysis = analyseText(
      HEADLINE,
      'Mick Dalton has led the union since 2019.',
      '"Helen Gray has not returned a single phone call," he said.',
    );
    expect(quoteStartingWith(analysis, 'Helen Gray has not')?.speaker).toBe('Mick Dalton');
  });

  it('leaves the speaker empty when the text names nobody', () => {
    const analysis = analyseText(
      HEADLINE,
      'Commuters at Waterloo station were resigned to another week of delays.',
      '"We just want to get to work," one passenger said.',
    );
    expect(quoteStartingWith(analysis, 'We just want')?.speaker).toBeNull();
  });
});
