import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('Bangladeshi names and the roads named after people', () => {
  it('peels "Alhaj" and keeps three initials as the given names (Prothom Alo English style)', () => {
    const analysis = analyseText(
      'Jute mills reopen',
      'Alhaj ABM Nurul Islam, chairman of the Khulna Jute Mills Owners Association, said 12 mills would reopen in May.',
      '"The workers have waited two years," Nurul Islam said.',
    );
    expect(peopleIn(analysis)).toEqual(['ABM Nurul Islam']);
    expect(quoteStartingWith(analysis, 'The workers')?.speaker).toBe('ABM Nurul Islam');
  });

  it('does not read three capitals before a name as initials without a title (BBC style)', () => {
    const analysis = analyseText('Ratings up', 'ITV Evening News drew four million viewers.');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('reads a road named after a titled person, after a preposition of way, as a place (New Age style)', () => {
    const analysis = analyseText(
      'Traffic diverted',
      'Lorries were sent through Justice Shahabuddin Ahmed Sarani Road while the flyover was repaired.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(analysis.people.find((entity) => entity.name.endsWith('Road'))?.kind).toBe('place');
  });
});
