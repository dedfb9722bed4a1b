import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a participle after a comma speaks for the name its sentence opens on', () => {
  it('gives a later "He warned" to the councillor set off with his party, not to the mayor named before (Le Matin style)', () => {
    const analysis = analyseText(
      'Market plan',
      'Mayor Karim Benjelloun defended the plan.',
      'Opposition councillor Hamid Tazi, of the Popular Movement, voted against it, saying no list of traders had been published. He warned the stalls would go "to friends of the council".',
    );
    expect(quoteStartingWith(analysis, 'to friends of the council')?.speaker).toBe('Hamid Tazi');
  });

  it('reads past a set-off body to a woman the sentence opens on (Irish Times style)', () => {
    const analysis = analyseText(
      'Housing motion',
      'Minister Darragh Keane said the scheme was working.',
      'Senator Orla Brennan, of the Labour Party, opposed the motion, arguing it ignored renters. She said the scheme was "a gift to landlords".',
    );
    expect(quoteStartingWith(analysis, 'a gift to landlords')?.speaker).toBe('Orla Brennan');
  });

  it('reads the name in its own sentence when the paragraph named the councillor before (Star Tribune style)', () => {
    const analysis = analyseText(
      'Budget vote',
      'The budget was presented on Tuesday.',
      'Mayor Sven Dahl thanked Hamid Tazi for his questions. Councillor Hamid Tazi, of the Green Party, voted against it, saying the plan was rushed. He warned the cuts would "hit the poorest wards first".',
    );
    expect(quoteStartingWith(analysis, 'hit the poorest wards first')?.speaker).toBe('Hamid Tazi');
  });

  it('does not take the object of an action as the one speaking ("Police arrested …, saying")', () => {
    const analysis = analyseText(
      'Arrest',
      'Detective Inspector Ruth Mensah led the inquiry.',
      'Officers detained Kwame Asante, of the Tema branch, on Monday, saying he had fled. "He was found at the border," she said.',
    );
    expect(quoteStartingWith(analysis, 'He was found at the border')?.speaker).toBe('Ruth Mensah');
  });
});
