import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('words the subject heard rather than said', () => {
  it('leaves "he was told:" without a speaker rather than giving it to the man who heard it (Irish Times style)', () => {
    const analysis = analyseText(
      'Hip operations',
      'Declan Moloney, a retired postman from Tallaght, has been on the list for two years.',
      'When he rang the hospital in March, he said, he was told: "There are no beds until the autumn."',
    );
    expect(quoteStartingWith(analysis, 'There are no beds')?.speaker).toBeNull();
  });

  it('leaves "they were warned that" and "she was informed" without a speaker (Guardian style)', () => {
    const analysis = analyseText(
      'Tenants evicted',
      'Tenant Priya Lal, 34, said families on the estate were warned: "Pay by Friday or the locks change."',
      '"Your flat is no longer available," Lal was informed by letter in June.',
    );
    expect(quoteStartingWith(analysis, 'Pay by Friday')?.speaker).toBeNull();
    expect(quoteStartingWith(analysis, 'Your flat is no longer')?.speaker).toBeNull();
  });

  it('still gives "she told" and "he was quoted as saying" their own subjects (Reuters style)', () => {
    const analysis = analyseText(
      'Port strike',
      'Union leader Maria Okafor told the crowd: "We will not be moved."',
      'Transport minister Kofi Mensah said he had been assured of a quick settlement. "We expect the port to reopen on Monday," Mensah said.',
    );
    expect(quoteStartingWith(analysis, 'We will not be moved')?.speaker).toBe('Maria Okafor');
    expect(quoteStartingWith(analysis, 'We expect the port')?.speaker).toBe('Kofi Mensah');
  });
});

describe('a speaker the story does not name', () => {
  it('gives a "he said" after a clerk who did not want to be named to nobody, not to the accused named before (Hindustan Times style)', () => {
    const analysis = analyseText(
      'Loan app fraud',
      'Police arrested Rakesh Tiwari, 29, of Thane on Monday.',
      'The retired bank peon, who did not want to be named, told reporters he had lost his savings. "They took everything," he said.',
      '"I cannot face my children."',
    );
    expect(quoteStartingWith(analysis, 'They took everything')?.speaker).toBeNull();
    expect(quoteStartingWith(analysis, 'I cannot face my children')?.speaker).toBeNull();
  });

  it('treats "speaking on condition of anonymity" and "who asked not to be identified" alike (AP style)', () => {
    const analysis = analyseText(
      'Plant closure',
      'Plant manager Gary Olsen said the line would close in May.',
      'One worker, speaking on condition of anonymity, said the news came by text message. "Twenty years, and a text," he said.',
      'The shift supervisor, who asked not to be identified, said morale had collapsed. "Nobody is talking," she said.',
    );
    expect(quoteStartingWith(analysis, 'Twenty years, and a text')?.speaker).toBeNull();
    expect(quoteStartingWith(analysis, 'Nobody is talking')?.speaker).toBeNull();
  });

  it('gives "she said" after "His mother, seated behind him, wept." to nobody, not to the son (Star Tribune style)', () => {
    const analysis = analyseText(
      'Robbery verdict',
      'A jury on Tuesday convicted Marcus T. Bell, 27, of three counts of armed robbery.',
      'Bell showed no reaction. His mother, sitting in the second row, wept. Outside court, she said her son was "a good boy who got lost" and would not give her name.',
    );
    expect(quoteStartingWith(analysis, 'a good boy who got lost')?.speaker).toBeNull();
  });

  it('lets a "he" pass over an unnamed woman to the man named before her (Daily Nation style)', () => {
    const analysis = analyseText(
      'Land dispute',
      'Farmer Joseph Kiprono, 58, says the title deed to his land was forged.',
      'His wife, who sat beside him, wept quietly. "I have farmed here since 1989," he said.',
    );
    expect(quoteStartingWith(analysis, 'I have farmed here since 1989')?.speaker).toBe('Joseph Kiprono');
  });

  it('keeps a relative named in apposition as the speaker (BBC style)', () => {
    const analysis = analyseText(
      'Crash inquest',
      'Student Owen Pryce, 19, died at the scene.',
      'His mother, Carys Pryce, said the junction had been dangerous for years. "We told the council," she said.',
    );
    expect(quoteStartingWith(analysis, 'We told the council')?.speaker).toBe('Carys Pryce');
  });
});
