import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('countries, states and cities a reader knows are places however the sentence names them', () => {
  it('finds a country, a province and a city named as owners (Stuff style)', () => {
    const analysis = analyseText(
      'Dairy prices',
      "New Zealand's dairy exports rose 4% in October, while Saskatchewan's canola harvest slipped.",
      "Traders in Chicago said Sri Lanka's demand for milk powder had held up.",
    );
    for (const name of ['New Zealand', 'Saskatchewan', 'Chicago', 'Sri Lanka'])
      expect(entityNamed(analysis, name)?.kind, name).toBe('place');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('knows regional towns and counties a wire story names without a preposition (Irish Times style)', () => {
    const analysis = analyseText(
      'Final fixed',
      "The Leinster final against a club from Offaly will be played on Sunday. Portland's council and Kumasi's traders were also named.",
    );
    for (const name of ['Offaly', 'Portland', 'Kumasi'])
      expect(entityNamed(analysis, name)?.kind, name).toBe('place');
  });

  it('keeps a two-word region whole rather than the country inside it (BBC style)', () => {
    const analysis = analyseText(
      'Fares rise',
      'Bus fares across Northern Ireland will rise by 6% from April, while services in Western Australia stay free.',
    );
    expect(entityNamed(analysis, 'Northern Ireland')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Western Australia')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Ireland')).toBeUndefined();
  });

  it('still reads a person whose surname is a place when a given name comes first (AP style)', () => {
    const analysis = analyseText(
      'Coach hired',
      '"We start tomorrow," said Mark Denver, the new head coach, who arrived from Montana on Monday.',
    );
    expect(entityNamed(analysis, 'Mark Denver')?.kind).toBe('person');
    expect(entityNamed(analysis, 'Montana')?.kind).toBe('place');
  });
});
