import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a party and ward in brackets after a councillor’s name', () => {
  it('keeps the councillor as the subject of a later speech verb (Manchester Evening News style)', () => {
    const analysis = analyseText(
      'Bin collections to go fortnightly',
      'Councillor Priya Lal (Green, Moss Side), who chairs the environment committee, added that the council would "look again at the rounds in six months".',
    );
    expect(quoteStartingWith(analysis, 'look again at the rounds')?.speaker).toBe('Priya Lal');
  });

  it('does not make a technology spelt out in brackets the speaker of how it was described (BBC style)', () => {
    const analysis = analyseText(
      'Faster mobile downloads on show',
      'UMTS (Universal Mobile Telecommunications System) has been described as "a pipe for everything" by analysts.',
    );
    expect(quoteStartingWith(analysis, 'a pipe for everything')?.speaker ?? null).not.toBe('UMTS');
  });
});
