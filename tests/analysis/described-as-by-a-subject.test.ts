import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"described as" with a subject of its own before it', () => {
  it('counts "a blow their manager described as …" as speech (Kilkenny People style)', () => {
    const analysis = analyseText(
      'Semi-final',
      'Mooncoin lost their captain to a hamstring injury in the warm-up, a blow their manager described as "a punch in the gut".',
    );
    expect(quoteStartingWith(analysis, 'a punch in the gut')).toBeDefined();
  });

  it('gives "which Tom Walsh described as …" to Tom Walsh (Irish Examiner style)', () => {
    const analysis = analyseText(
      'Semi-final',
      'The injury, which Tom Walsh described as "a punch in the gut", came ten minutes before throw-in.',
    );
    expect(quoteStartingWith(analysis, 'a punch in the gut')?.speaker).toBe('Tom Walsh');
  });

  it('still reads "once hailed as …" after a noun as a label, not speech (Financial Times style)', () => {
    const analysis = analyseText(
      'Start-up collapses',
      'The start-up, once hailed as "the next big thing", collapsed into administration on Friday.',
    );
    expect(quoteStartingWith(analysis, 'the next big thing')).toBeUndefined();
  });
});
