import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';

// Pieces of real news prose, recombined: names, titles, marks of every kind, apostrophes, dashes.
const pieces = [
  'Foreign Minister Anna Berg',
  'said',
  'told Reuters',
  'according to',
  '"We will not accept this,"',
  '“It is over.”',
  "'correct and sound'",
  '‘a new chapter’',
  'the ministers’ meeting',
  "doesn't",
  'Assad’s',
  'he added:',
  'she said.',
  'the prime minister',
  'Mr Berg',
  'al-Masri',
  '— ',
  '(AFP)',
  'U.S.',
  'Jan. 5',
  '3.5%',
  '"',
  '“',
  '’',
  "'",
  '.',
  ',',
];

const paragraph = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 })
  .map((words) => words.join(' '));

describe('analysis on any text', () => {
  it('never throws, and every quote and mention points at a real paragraph and entity', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 0, maxLength: 8 }), (paragraphs) => {
        const article = parseArticle(['Headline for the story', ...paragraphs].join('\n\n'), 'random.txt');
        const analysis = analyseArticle(article);
        const numbers = new Set(article.paragraphs.map((p) => p.n));
        const names = new Set(analysis.people.map((entity) => entity.name));
        for (const quote of analysis.quotes) {
          expect(numbers.has(quote.paragraph)).toBe(true);
          expect(quote.text).not.toBe('');
          if (quote.speaker !== null) expect(names.has(quote.speaker)).toBe(true);
        }
        for (const entity of analysis.people) {
          for (const n of entity.paragraphs) expect(numbers.has(n)).toBe(true);
        }
        expect(analysis.summary.keyPoints.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 200 },
    );
  });

  it('gives an empty analysis for an article with nothing but a headline', () => {
    const analysis = analyseArticle(parseArticle('Only a headline here', 'empty.txt'));
    expect(analysis.people).toEqual([]);
    expect(analysis.quotes).toEqual([]);
    expect(analysis.summary.keyPoints).toEqual([]);
  });
});
