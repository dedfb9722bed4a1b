import { describe, expect, it } from 'vitest';
import { isPlaceAndDayLine, readDateline } from '../../src/corpus/datelines.js';

function storyAfter(text: string): string | null {
  const dateline = readDateline(text);
  return dateline === null ? null : text.slice(dateline.storyStart);
}

describe('a dateline before the story, in each outlet’s style', () => {
  it.each([
    ['BRUSSELS (Reuters) - EU ministers agreed on Monday to extend sanctions.', 'BRUSSELS', 'Reuters'],
    ['HARARE, Zimbabwe (AP) — Teachers went on strike on Tuesday over unpaid allowances.', 'HARARE', 'AP'],
    ['SEOUL, March 3 (Yonhap) -- North Korea fired two missiles into the sea.', 'SEOUL', 'Yonhap'],
    ['Lisbon (Lusa) – Portugal’s parliament approved the budget in a first reading.', 'Lisbon', 'Lusa'],
    ['(ANSA) - MILAN, MARCH 4 - Milan’s stock exchange opened higher on Wednesday.', 'MILAN', 'ANSA'],
    ['Bogotá (Colombia), Mar 4 (EFE).- Colombia’s coffee output rose 12% in February.', 'Bogotá', 'EFE'],
    ['Hanoi, March 4 (VNA) Vietnam’s exports of rice climbed in the first two months.', 'Hanoi', 'VNA'],
    [
      'DENVER, March 4, 2026 /PRNewswire/ -- Altamont Foods today announced a recall.',
      'DENVER',
      'PRNewswire',
    ],
  ])('%s', (text, place, agency) => {
    const dateline = readDateline(text);
    expect(dateline?.place).toBe(place);
    expect(dateline?.agency).toBe(agency);
    expect(storyAfter(text)).toMatch(/^\p{Lu}/u);
  });

  it.each([
    ['NAIROBI — ', 'Kenya’s shilling fell to a record low on Monday.'],
    ['PESHAWAR: ', 'Police arrested four men after the blast.'],
    ['ILOILO CITY, Iloilo, Philippines — ', 'Classes were suspended on Friday.'],
    ['ALEXANDRIA – 4 March 2026: ', 'The port reopened after a storm.'],
    ['MIRI (Mar 4): ', 'The state will build two new bridges.'],
    ['Abuja: ', 'The Senate confirmed three ministers on Tuesday.'],
    ['Kisumu – ', 'Fishermen on Lake Victoria say catches are falling.'],
    ['SHYMKENT. KAZINFORM – ', 'The city will open two new schools in September.'],
    ['ST. PAUL, Minn. (AP) — ', 'A snowstorm closed schools across the Twin Cities.'],
    ['BERNAMA.COM, Kuantan - ', 'The state will replant 2,000 hectares of mangroves.'],
  ])('reads an outlet’s own dateline, without an agency: %s', (dateline, story) => {
    expect(storyAfter(`${dateline}${story}`)).toBe(story);
  });

  it('reads an agency alone before the story, as broadcasters’ sites print it', () => {
    const dateline = readDateline('(KTVU) — A water main break flooded three streets in Oakland.');
    expect(dateline?.place).toBeNull();
    expect(dateline?.agency).toBe('KTVU');
  });

  it('tells a town in capitals from one in ordinary letters', () => {
    expect(readDateline('CAIRO — The central bank held rates.')?.placeInCapitals).toBe(true);
    expect(readDateline('Cairo (AFP) — The central bank held rates.')?.placeInCapitals).toBe(false);
  });
});

describe('what is not a dateline', () => {
  it.each([
    'NATO — the alliance of thirty-two countries — met on Tuesday.',
    'Wilkinson - who has a knee injury - will miss the match.',
    "Strictly Come Dancing - the BBC's most watched show - returns in September.",
    'Labour (which won the seat in 2019) said it would fight on.',
    'The minister said the plan would cost £2bn.',
    'Arsenal (Henry 2, Pires) Chelsea (Lampard)',
  ])('%s', (text) => {
    expect(readDateline(text)).toBeNull();
  });
});

describe('a place and a day on a line of their own', () => {
  it('reads the Indian and wire layout, with or without a year or an agency', () => {
    for (const line of [
      'Jaipur, March 4',
      'Kochi, 4 March',
      'Patna, March 4, 2026',
      'Guwahati, Mar 4 (IANS)',
      'Shimla, March 4:',
    ])
      expect(isPlaceAndDayLine(line), line).toBe(true);
  });

  it('does not take a headline or a line of the story for one', () => {
    for (const line of [
      'Jaipur, March 4 — Rains lashed the city.',
      'Floods hit Jaipur',
      'Updated March 4, 2026',
      'Kochi, Kerala',
    ])
      expect(isPlaceAndDayLine(line), line).toBe(false);
  });
});
