import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a name set beside a noun that a preposition governs', () => {
  it('leaves "he said" with the consultant, not the consultancy after "of the consultancy" (Legal Week style)', () => {
    const analysis = analyseText(
      'Mergers lose partners',
      'Market consultant Ian Prowse of the consultancy Halden Ridge said mergers often lost partners.',
      '"The first year decides it," he said.',
    );
    expect(quoteStartingWith(analysis, 'The first year decides it')?.speaker).toBe('Ian Prowse');
  });

  it('does the same for "at the charity" (Third Sector style)', () => {
    const analysis = analyseText(
      'Grants cut',
      'Fundraising head Mara Quint at the charity Bright Start Futures said grants had halved.',
      '"We are turning families away," she said.',
    );
    expect(quoteStartingWith(analysis, 'We are turning families away')?.speaker).toBe('Mara Quint');
  });

  it('still reads "according to the lawyer X" as naming its source (Reuters style)', () => {
    const analysis = analyseText(
      'Appeal lodged',
      'The appeal was lodged on Friday, according to the lawyer Dmitri Volkov. "We expect a hearing in May," he said.',
    );
    expect(quoteStartingWith(analysis, 'We expect a hearing')?.speaker).toBe('Dmitri Volkov');
  });

  it('keeps a title that runs through "of the department" before the speaker’s name (VnExpress style)', () => {
    const analysis = analyseText(
      'Motorbike ban',
      'Deputy director of the department Pham Quoc Viet said the timetable would not change. "We cannot wait for everyone," he said.',
    );
    expect(quoteStartingWith(analysis, 'We cannot wait for everyone')?.speaker).toBe('Pham Quoc Viet');
  });

  it('keeps a name set off by commas after "on the commission" as the subject (Astana Times style)', () => {
    const analysis = analyseText(
      'Metro delays',
      'Commission chair Aruzhan Sadykova said deputies had been misled.',
      'Her colleague on the commission, Nurlan Sadykov, who is not related to her, disagreed. He said the delays were "the price of a seismic zone".',
    );
    expect(quoteStartingWith(analysis, 'the price of a seismic zone')?.speaker).toBe('Nurlan Sadykov');
  });
});
