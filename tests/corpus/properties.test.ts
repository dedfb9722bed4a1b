import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleFileError } from '../../src/corpus/errors.js';
import { parseArticle } from '../../src/corpus/parse.js';

/** Lines of the kinds pasted pages are made of, to assemble plausible and implausible pages from. */
const LINES = [
  'Skip to main content',
  'Home',
  'World',
  'Share this article',
  'Advertisement',
  'Published 3 hours ago',
  'By Jane Smith, Reuters',
  'Harbour workers walk out over pay as talks collapse',
  'A crane operator at the container terminal in Felixstowe on Monday (Chris Radburn/Reuters)',
  'Dock workers at Britain’s busiest container port walked out on Tuesday after pay talks collapsed, the union said.',
  '“We have been left with no choice,” said Maria Lopez, the union’s regional organiser.',
  '"It is a sad day for the port," one manager said.',
  'The strike is expected to last 48 hours and could disrupt deliveries across the country',
  'Background',
  'Read More »',
  'Sign up to our morning newsletter',
  '© 2025 Example Media Ltd. All rights reserved.',
  'Reporting by Jane Smith; Editing by Tom Brown',
  'We use cookies to improve your experience on our site.',
  'Related Topics',
  '---',
  '',
];

const page = fc
  .array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 80 })), { minLength: 1, maxLength: 40 })
  .map((lines) => lines.join('\n'));

function parseOrFault(raw: string) {
  try {
    return parseArticle(raw, 'page.txt');
  } catch (error) {
    if (error instanceof ArticleFileError) return null;
    throw error;
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('cleaning arbitrary pages', () => {
  it('either returns an article or refuses the file with a typed reason, never crashes', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string({ maxLength: 400 })), (raw) => {
        parseOrFault(raw);
      }),
      { numRuns: 400 },
    );
  });

  it('numbers kept paragraphs 1..N and is deterministic', () => {
    fc.assert(
      fc.property(page, (raw) => {
        const article = parseOrFault(raw);
        if (article === null) return;
        expect(article.paragraphs.map((paragraph) => paragraph.n)).toEqual(
          article.paragraphs.map((_, index) => index + 1),
        );
        expect(parseOrFault(raw)).toEqual(article);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps passages verbatim and accounts for every line as kept, headline or dropped', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }), (lines) => {
        // A leading "---" opens front matter, which is metadata rather than page text.
        fc.pre(lines[0] !== '---');
        const raw = lines.join('\n');
        const article = parseOrFault(raw);
        if (article === null) return;
        const source = squash(raw.normalize('NFC'));
        for (const paragraph of article.paragraphs) expect(source).toContain(squash(paragraph.text));
        const accounted = [...article.paragraphs, ...article.dropped]
          .map((block) => squash(block.text))
          .join('\n');
        for (const line of lines.map(squash).filter((line) => line !== '')) {
          expect(accounted).toContain(line);
        }
      }),
      { numRuns: 300 },
    );
  });
});
