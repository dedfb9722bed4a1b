import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a body named in full, then by the name it is popularly known by', () => {
  it('gives "a Scorpions spokesperson said" to the directorate named in full (Mail & Guardian style)', () => {
    const analysis = analyseText(
      'Tender fraud probe widens',
      'The case was referred to the Directorate of Special Operations, known as the Scorpions, in March.',
      'A Scorpions spokesperson said the unit was "following the money wherever it leads".',
    );
    expect(quoteStartingWith(analysis, 'following the money')?.speaker).toBe(
      'Directorate of Special Operations',
    );
    expect(organisationsIn(analysis)).not.toContain('Scorpions');
  });

  it('links "popularly known as" in brackets the same way', () => {
    const analysis = analyseText(
      'Rail operator fined',
      'The Metropolitan Transit Corporation (popularly known as Metrolink) was fined on Friday.',
      'Metrolink said it would "study the ruling carefully" before deciding on an appeal.',
    );
    expect(quoteStartingWith(analysis, 'study the ruling')?.speaker).toBe('Metropolitan Transit Corporation');
  });

  it('leaves a place known by another name alone', () => {
    const analysis = analyseText(
      'Floods close roads',
      'The district known as the Flats was under water by noon.',
      'Resident Joan Pike said the water "came up through the floor".',
    );
    expect(quoteStartingWith(analysis, 'came up through')?.speaker).toBe('Joan Pike');
  });
});
