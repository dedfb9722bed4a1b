import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('an office whose title opens on "Lord"', () => {
  it('lets "she" mean a Deputy Lord Mayor named just before (Yorkshire Post style)', () => {
    const analysis = analyseText(
      'Council splits on tram depot',
      'Deputy Lord Mayor Helen Pryce voted against the plan. She said the city was "buying a problem it cannot sell" to residents.',
    );
    expect(quoteStartingWith(analysis, 'buying a problem')?.speaker).toBe('Helen Pryce');
  });

  it('gives a Lord Provost’s "she said" to her (Scotsman style)', () => {
    const analysis = analyseText(
      'Festival budget agreed',
      'Lord Provost Morag Ellis welcomed the deal on Tuesday.',
      '"The city has listened to its artists," she said.',
    );
    expect(quoteStartingWith(analysis, 'The city has listened')?.speaker).toBe('Morag Ellis');
  });

  it('still reads a peer as a man (Guardian style)', () => {
    const analysis = analyseText(
      'Peer criticises bill',
      'Lord Hanley told the chamber the bill was flawed. Baroness Tait disagreed.',
      '"It will not survive the courts," he said.',
    );
    expect(quoteStartingWith(analysis, 'It will not survive')?.speaker).toMatch(/Hanley/);
  });
});
