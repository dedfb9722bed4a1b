import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn } from './build-article.js';

describe('a full name listed beside a named person is a person too', () => {
  it('finds every lawyer of a counsel list (Reuters Legal style)', () => {
    const analysis = analyseText(
      'Battery maker sues former engineers',
      'Voltari is represented by Daniel Kruger, Ilse Moretti and Kevin Tran of Baird Lowe LLP.',
      'The engineers are represented by Thomas Okafor and Lena Vasquez-Roth of Hale & Mercer LLP.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining([
        'Daniel Kruger',
        'Ilse Moretti',
        'Kevin Tran',
        'Thomas Okafor',
        'Lena Vasquez-Roth',
      ]),
    );
  });

  it('leaves titles, bodies and bands in such lists out (Variety style)', () => {
    const analysis = analyseText(
      'Awards shortlist announced',
      'The nominees include Brad Keller, Finding Neverland and La Traviata, alongside Thomas Hale and Nintendo Europe.',
      'The judges praised the finding that the award had grown.',
    );
    const people = peopleIn(analysis);
    expect(people).not.toContain('Finding Neverland');
    expect(people).not.toContain('La Traviata');
    expect(people).not.toContain('Nintendo Europe');
  });
});
