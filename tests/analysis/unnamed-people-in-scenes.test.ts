import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('someone unnamed set in a scene is the one a pronoun then means', () => {
  it('leaves "she told the meeting" unnamed after "one resident held up a cloth" (Townsville Bulletin style)', () => {
    const analysis = analyseText(
      'Copper berth approved',
      'Mayor Tanya Galbraith said the berth would bring 400 jobs. Galbraith said her council backed it.',
      'At a community meeting last month, one resident held up a cloth blackened with dust. "This is off my kitchen windowsill," she told the meeting.',
    );
    expect(quoteStartingWith(analysis, 'This is off my kitchen windowsill')?.speaker).toBeNull();
  });

  it('does the same for "a parent from Kotu stood up" then "he said" (The Point style)', () => {
    const analysis = analyseText(
      'Dumpsite fire',
      'Council chairman Omar Bah said the fire was under control, Bah told reporters.',
      'A parent from Kotu stood up at the back of the hall. "Our children cannot breathe," he said.',
    );
    expect(quoteStartingWith(analysis, 'Our children cannot breathe')?.speaker).toBeNull();
  });

  it('still gives "he said" to the named man when a thing, not a person, opens the sentence', () => {
    const analysis = analyseText(
      'Dumpsite fire',
      'Council chairman Omar Bah visited the site on Monday, Bah told reporters.',
      'A fire engine stood by at the gate. "We have it under control," he said.',
    );
    expect(quoteStartingWith(analysis, 'We have it under control')?.speaker).toBe('Omar Bah');
  });
});
