import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleFile } from '../../src/corpus/parse.js';

const body = [
  'Copper thieves cut power to signals on the main line north of Leeds early on Tuesday, delaying dozens of trains.',
  '',
  'Network Rail said about 40 metres of cable had been taken from a trackside cabinet near Horsforth.',
].join('\n');

describe('front matter', () => {
  it('reads title, source, url, date, byline and id, quoted or not, and ignores unknown keys', () => {
    const file = [
      '---',
      'title: "Cable theft halts trains north of Leeds"',
      "source: 'Yorkshire Evening Ledger'",
      'url: https://ledger.example/news/cable-theft',
      'published: 3 June 2025',
      'author: Sam Okoye',
      'id: Cable Theft Leeds',
      'layout: article',
      'tags: [rail, crime]',
      '---',
      body,
    ].join('\n');
    const { article, warnings } = parseArticleFile(file, 'anything.md');
    expect(warnings).toEqual([]);
    expect(article.title).toBe('Cable theft halts trains north of Leeds');
    expect(article.source).toBe('Yorkshire Evening Ledger');
    expect(article.url).toBe('https://ledger.example/news/cable-theft');
    expect(article.published).toBe('2025-06-03');
    expect(article.byline).toBe('Sam Okoye');
    expect(article.id).toBe('cable-theft-leeds');
    expect(article.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['body', 'body']);
    expect(article.paragraphs[0]?.text).toMatch(/^Copper thieves/);
  });

  it('accepts the usual spellings of the date field and normalises them to YYYY-MM-DD', () => {
    for (const [line, expected] of [
      ['date: 2025-06-03', '2025-06-03'],
      ['date: 2025-06-03T07:15:00Z', '2025-06-03'],
      ['published_at: June 3, 2025', '2025-06-03'],
      ['pubdate: "03/06/2025"', '2025-06-03'],
    ] as const) {
      expect(parseArticle(`---\n${line}\n---\n${body}`, 'a.md').published).toBe(expected);
    }
  });

  it('wins over what the page itself suggests', () => {
    const page = `---\ntitle: The agreed title\nsource: The Agreed Source\n---\nA different headline on the page\n\n${body}\n\n© 2025 Some Other Publisher Ltd. All rights reserved.`;
    const article = parseArticle(page, 'a.md');
    expect(article.title).toBe('The agreed title');
    expect(article.source).toBe('The Agreed Source');
  });

  it('treats a headline that repeats the front matter title as the headline, not a paragraph', () => {
    const page = `---\ntitle: Cable theft halts trains\n---\n# Cable theft halts trains\n\n${body}`;
    const article = parseArticle(page, 'a.md');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain('Cable theft halts trains');
    expect(article.paragraphs[0]?.n).toBe(1);
    expect(article.paragraphs[0]?.text).toMatch(/^Copper thieves/);
  });

  it('recognises the page headline when it words the front matter title a little differently', () => {
    const page = `---\ntitle: Cable theft halts trains north of Leeds\n---\nCable thieves halt trains on the main line north of Leeds, delaying hundreds of commuters\n\n${body}`;
    const article = parseArticle(page, 'a.md');
    expect(article.title).toBe('Cable theft halts trains north of Leeds');
    expect(article.paragraphs[0]?.text).toMatch(/^Copper thieves/);
  });

  it('warns about a block with no closing line and still loads the article from the text', () => {
    const { article, warnings } = parseArticleFile(
      `---\ntitle: Cable theft halts trains\n\nCable theft halts trains north of Leeds\n\n${body}`,
      'a.md',
    );
    expect(warnings.join(' ')).toMatch(/no closing "---"/);
    expect(article.paragraphs.some((paragraph) => paragraph.text.startsWith('Copper thieves'))).toBe(true);
  });

  it('warns about lines that are not key: value, ignores the whole block and keeps the article', () => {
    const { article, warnings } = parseArticleFile(
      `---\ntitle: Ignored title\nthis line is not metadata\n---\nCable theft halts trains north of Leeds\n\n${body}`,
      'a.md',
    );
    expect(warnings.join(' ')).toMatch(/line 3 is not "key: value"/);
    expect(article.title).toBe('Cable theft halts trains north of Leeds');
    expect(article.paragraphs.map((paragraph) => paragraph.text).join(' ')).not.toMatch(
      /Ignored title|not metadata/,
    );
  });

  it('warns about a date it cannot read and falls back to the page', () => {
    const { article, warnings } = parseArticleFile(`---\ndate: last Tuesday\n---\n${body}`, 'a.md');
    expect(warnings.join(' ')).toMatch(/"last Tuesday" is not a date/);
    expect(article.published).toBeNull();
  });

  it('joins a YAML list of authors into the byline', () => {
    const article = parseArticle(`---\nauthors:\n  - Sam Okoye\n  - Lena Park\n---\n${body}`, 'a.md');
    expect(article.byline).toBe('Sam Okoye, Lena Park');
  });

  it('refuses a file that holds front matter and nothing else', () => {
    expect(() => parseArticle('---\ntitle: Only metadata\n---\n\n', 'a.md')).toThrow(/no article text/);
  });
});
