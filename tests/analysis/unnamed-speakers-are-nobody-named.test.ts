import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a speaker the story leaves unnamed is nobody it named', () => {
  it('gives a pronoun after "a woman who sells…" to nobody, not to the official quoted before', () => {
    const analysis = analyseText(
      'Market traders describe years of extortion',
      'Police chief Maria Vargas said eleven suspects had been arrested on Tuesday.',
      'In the central market, traders reacted with caution. A woman who sells vegetables at a stall near the gate said she had paid every week for a year.',
      '"If you did not pay, they came back at night," she said.',
    );
    expect(quoteStartingWith(analysis, 'If you did not pay')?.speaker).toBeNull();
  });

  it('reads a driver described at length, after an opening phrase, as the unnamed man a later "he" means', () => {
    const analysis = analyseText(
      'Night routes go unserved',
      'Inspector Daniel Moyo said patrols would continue through the holiday.',
      'At the bus station, a driver in his fifties who has worked the route for years said he now carries a knife.',
      '"The police come once a month," he said.',
    );
    expect(quoteStartingWith(analysis, 'The police come once a month')?.speaker).toBeNull();
  });

  it('still gives "she said" to the named speaker when the unnamed one was only mentioned', () => {
    const analysis = analyseText(
      'Lights for the market',
      'Mayor Ruth Abena said the market would get new lights. One of the traders welcomed the news.',
      '"At last," Abena said. "We asked for years," she added.',
    );
    expect(quoteStartingWith(analysis, 'We asked for years')?.speaker).toBe('Ruth Abena');
  });

  it('gives an accusation by "an MP" to nobody, not to the MP the story named', () => {
    const analysis = analyseText(
      'House rejects budget cut',
      'Finance Minister Peter Banda defended the cuts. Opposition MP Grace Phiri said the plan was unlawful.',
      'Speaker of the House John Tembo had to call members to order twice, once when an MP accused the ministry of "hiding money" in the roads budget.',
    );
    expect(quoteStartingWith(analysis, 'hiding money')?.speaker).toBeNull();
  });

  it('gives words of "another minister" to nobody, not to the minister named in the same sentence', () => {
    const analysis = analyseText(
      'Cabinet split on figures',
      'Finance Minister Peter Banda said the plan was fair, and it grew tense when another minister described the figures as "pure fiction".',
    );
    expect(quoteStartingWith(analysis, 'pure fiction')?.speaker).toBeNull();
  });

  it('reads a clause opened by "if" or "when" as the one whose subject speaks', () => {
    const analysis = analyseText(
      'Senate row',
      'Senator Laila Haddad chaired the committee on Tuesday.',
      'The session was suspended when a senator called the bill "a disgrace to this chamber".',
    );
    expect(quoteStartingWith(analysis, 'a disgrace')?.speaker).toBeNull();
  });
});

describe('"according to him" is the person a "he" would be', () => {
  it('gives the fragment to the person named in the paragraph before', () => {
    const analysis = analyseText(
      'Transport agency under fire',
      'The opposition spokesperson on transport, Mr Daniel Okoro, called on the minister to resign.',
      'According to him, the failure showed that the agency was "beyond repair" and needed new leadership.',
    );
    expect(quoteStartingWith(analysis, 'beyond repair')?.speaker).toBe('Daniel Okoro');
  });

  it('resolves "according to her" by sex, past a man named later', () => {
    const analysis = analyseText(
      'Clinic without oxygen',
      'Dr Amina Yusuf, who runs the clinic, said the ward had no oxygen. Her deputy, Samuel Otieno, was on leave.',
      'According to her, the shortage was "a disaster waiting to happen".',
    );
    expect(quoteStartingWith(analysis, 'a disaster waiting')?.speaker).toBe('Amina Yusuf');
  });

  it('leaves "according to them" after an unnamed company to nobody', () => {
    const analysis = analyseText(
      'Profits fall',
      'The company said profits fell. According to them, demand was "very weak" in the autumn.',
    );
    expect(quoteStartingWith(analysis, 'very weak')?.speaker).toBeNull();
  });
});
