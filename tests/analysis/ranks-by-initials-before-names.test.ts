import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, peopleIn, quoteStartingWith } from './build-article.js';

describe('a rank written as initials before a full name', () => {
  it('peels a fire-service rank set off after the office (Daily Graphic style)', () => {
    const analysis = analyseText(
      'Market fire destroys 200 stalls',
      'Traders counted their losses on Sunday.',
      'The Ashanti Regional Commander of the Ghana National Fire Service, ACFO Abena Serwaa Boakye, told reporters that the hydrants were "bone dry".',
    );
    expect(quoteStartingWith(analysis, 'bone dry')?.speaker).toBe('Abena Serwaa Boakye');
    expect(organisationsIn(analysis)).not.toContain('ACFO');
  });

  it('peels a police rank opening the sentence (Malay Mail, Punch styles)', () => {
    const analysis = analyseText(
      'Robbery suspects held',
      'Three men were arrested on Friday.',
      'DSP Mohd Faizal Rahmat said the suspects had been "watching the shop for weeks".',
      'CSP Olumide Adeyemi told reporters that the arrests were "only the start".',
    );
    expect(quoteStartingWith(analysis, 'watching the shop')?.speaker).toBe('Mohd Faizal Rahmat');
    expect(quoteStartingWith(analysis, 'only the start')?.speaker).toBe('Olumide Adeyemi');
  });

  it('leaves initials that name a body, and a rank before one word, as they were', () => {
    const analysis = analyseText(
      'Fuel prices rise',
      'The NNPC said prices would rise "in line with the market".',
      'Officers under the AIG said the roads were clear.',
    );
    expect(quoteStartingWith(analysis, 'in line with')?.speaker).toBe('NNPC');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('keeps a rank with its beat and town when the holder is set off after (Greater Kashmir style)', () => {
    const analysis = analyseText(
      'Traffic diverted for procession',
      'SSP Traffic Srinagar, Imran Ahmed Lone, said the route would be "closed from dawn".',
    );
    expect(quoteStartingWith(analysis, 'closed from dawn')?.speaker).toBe('Imran Ahmed Lone');
    expect(peopleIn(analysis)).not.toContain('Traffic Srinagar');
  });
});
