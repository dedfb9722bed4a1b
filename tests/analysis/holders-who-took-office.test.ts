import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the minister told the chamber" before the minister is named as one who took office', () => {
  it('gives the words to the person introduced next as having taken office (Latin American daily style)', () => {
    const analysis = analyseText(
      'Congress censures minister',
      'Congress voted on Thursday to censure the Transport Minister over a series of bridge collapses.',
      '"I came to tell the country the truth: the inspectors are working," the minister told the chamber.',
      'Hernán Salas Prado, a civil engineer who took office in May, also blamed regional governments for the delays.',
    );
    expect(quoteStartingWith(analysis, 'I came to tell the country')?.speaker).toBe('Hernán Salas Prado');
  });

  it('does the same for one who was sworn in, named straight after', () => {
    const analysis = analyseText(
      'Mayor defends budget',
      '"We have not cut a single teacher," the mayor told reporters.',
      'Dolores Quiroga, who was sworn in last year, said the deficit was inherited.',
    );
    expect(quoteStartingWith(analysis, 'We have not cut a single teacher')?.speaker).toBe('Dolores Quiroga');
  });

  it('leaves the job unnamed when the next person named took over something else', () => {
    const analysis = analyseText(
      'Mayor defends budget',
      '"We have not cut a single teacher," the mayor told reporters.',
      'Dolores Quiroga, a retired teacher who took over the family bakery last year, also blamed the deficit.',
    );
    expect(quoteStartingWith(analysis, 'We have not cut a single teacher')?.speaker).toBeNull();
  });
});

describe('a speaker set off as "one of" a group', () => {
  it('keeps "she said" with a congresswoman described as one of the motion\'s authors', () => {
    const analysis = analyseText(
      'Censure vote',
      'Hernán Salas Prado, a civil engineer, accused judges of releasing suspects.',
      'Congresswoman Lucía Benavides of Avanza País, one of the authors of the motion, said the figures spoke for themselves.',
      '"Every week a driver is killed. People are tired of plans," she said.',
    );
    expect(quoteStartingWith(analysis, 'Every week a driver is killed')?.speaker).toBe('Lucía Benavides');
  });
});

describe('a speaker set off first by where they work, then as "one of" a group', () => {
  it('keeps the person as the speaker, not the lab they are from (technology news style)', () => {
    const analysis = analyseText(
      'Disc format war',
      '"We need far more storage," Nadia Quentin, from Lumitech\'s Optical Laboratories, one of the pioneers of the format, told reporters. "This disc holds six times as much."',
    );
    expect(quoteStartingWith(analysis, 'This disc holds')?.speaker).toBe('Nadia Quentin');
  });
});
