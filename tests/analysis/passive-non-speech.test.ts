import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a passive "admitted" is no speech', () => {
  it('keeps the mother at the bedside as who "she told" means, not the doctor quoted before (Fiji Times style)', () => {
    const analysis = analyseText(
      'Typhoid cases rise in Labasa',
      'The divisional medical officer, Dr. Anjali Prasad, said 30 people had been treated. "Boil your water," she said.',
      'At Labasa Hospital, Losana Vuki, 41, sat beside her daughter, who was admitted on Friday with a high fever.',
      '"She could not keep down even water," she told The Fiji Times.',
    );
    expect(quoteStartingWith(analysis, 'She could not keep down')?.speaker).toBe('Losana Vuki');
  });

  it('still reads "admitted" as speech when someone admits something', () => {
    const analysis = analyseText(
      'Council concedes error',
      'Councillor Tevita Naidu admitted the drains had been "neglected for a decade."',
    );
    expect(quoteStartingWith(analysis, 'neglected for a decade')?.speaker).toBe('Tevita Naidu');
  });
});
