import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/answer.js';
import type { Answer, Question } from '../../src/answers/types.js';
import { openLibrary } from '../../src/library.js';
import type { Library } from '../../src/search/types.js';

// A second article beside the seed, so answers must choose between articles.
const COUNCIL = `---
title: Council approves harbour dredging after long dispute
source: Kingsport Gazette
published: 2024-03-12
url: https://gazette.example/harbour-dredging
---
Kingsport's council approved dredging of the old harbour on Tuesday after a two-year dispute with local fishermen.

"This keeps the port open for another generation," said the harbour master, Ellen Brody.

Fishermen's leader Sam Okafor said the work would disturb spawning grounds. "We were not asked, we were told," he said.

The mayor, Rita Gomez, said the council would pay for an independent survey of the seabed.
`;

let library: Library;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-answers-'));
  writeFileSync(join(dir, 'syria-russia-mee.txt'), readFileSync('corpus/syria-russia-mee.txt'));
  writeFileSync(join(dir, 'harbour.txt'), COUNCIL);
  library = (await openLibrary(dir, { cacheDir: null })).library;
});

function ask(question: Question): Answer {
  return answerQuestion(library, question);
}

describe('/quote', () => {
  it("lists all eight of Shaibani's quotations and nothing of Lavrov's", () => {
    const answer = ask({ command: 'quote', query: 'shaibani' });
    expect(answer.kind).toBe('quote');
    if (answer.kind !== 'quote') return;
    expect(answer.speaker).toBe('Asaad al-Shaibani');
    const texts = answer.quotes.map((quote) => quote.text);
    expect(texts).toHaveLength(8);
    // Each quotation stands, verbatim, in the paragraph it is attributed to.
    const seed = library.article('syria-russia-mee')?.article;
    for (const quote of answer.quotes) {
      const paragraph = seed?.paragraphs.find((candidate) => candidate.n === quote.attribution.paragraph);
      expect(paragraph?.text).toContain(quote.text.slice(0, 30));
    }
    expect(texts.join(' ')).not.toMatch(/always been against|different conditions/);
    const paragraphs = answer.quotes.map((quote) => quote.attribution.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('gives Lavrov his three, each with its paragraph and attribution', () => {
    const answer = ask({ command: 'quote', query: 'lavrov' });
    expect(answer.kind).toBe('quote');
    if (answer.kind !== 'quote') return;
    expect(answer.quotes.map((quote) => quote.text)).toEqual([
      'agreements and contracts concluded under different conditions',
      "doesn't depend on the political situation or changes of government",
      expect.stringMatching(/^We have always been against the use of Syrian territory/),
    ]);
    expect(answer.quotes[0]?.attribution).toMatchObject({
      source: 'Middle East Eye',
      published: '2025-07-31',
    });
    expect(answer.quotes[0]?.context).toMatch(/^Lavrov said Moscow was ready to help Syria rebuild/);
  });

  it('matches a speaker written with the particle apart', () => {
    const answer = ask({ command: 'quote', query: 'al shaibani' });
    expect(answer.kind === 'quote' && answer.speaker).toBe('Asaad al-Shaibani');
  });

  it('restricts quotations to one article when asked', () => {
    const answer = ask({ command: 'quote', query: 'okafor', article: 'harbour' });
    expect(answer.kind === 'quote' && answer.quotes.map((quote) => quote.text)).toEqual([
      'We were not asked, we were told',
    ]);
  });

  it('offers the nearest speakers instead of a bare miss', () => {
    const answer = ask({ command: 'quote', query: 'zzyzx qqq' });
    expect(answer.kind).toBe('not-found');
  });
});

describe('/who', () => {
  it.each(['lavrov', 'lavrof', 'sergey', 'Sergei Lavrov'])('finds Sergei Lavrov from "%s"', (query) => {
    const answer = ask({ command: 'who', query });
    expect(answer.kind).toBe('who');
    if (answer.kind !== 'who') return;
    const [match] = answer.matches;
    expect(match?.name).toBe('Sergei Lavrov');
    expect(match?.role).toBe('Russian Foreign Minister');
    expect(match?.mentions.length).toBeGreaterThanOrEqual(5);
    expect(match?.mentions.filter((mention) => /Lavrov/.test(mention.text)).length).toBeGreaterThanOrEqual(5);
    expect(match?.mentions[0]?.attribution).toMatchObject({
      articleId: 'syria-russia-mee',
      source: 'Middle East Eye',
    });
  });

  it("gives Bashar al-Assad with the article's description", () => {
    const answer = ask({ command: 'who', query: 'assad' });
    expect(answer.kind === 'who' && answer.matches[0]).toMatchObject({
      name: 'Bashar al-Assad',
      role: expect.stringMatching(/^Syria['’]s longtime ruler$/),
    });
  });

  it('says who is not in the corpus and suggests names', () => {
    const answer = ask({ command: 'who', query: 'Napoleon Bonaparte' });
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found') expect(answer.message).toMatch(/nobody by that name/);
  });
});

describe('/search', () => {
  it('puts the Tartus and Hmeimim paragraph in the top three for military bases', () => {
    const answer = ask({ command: 'search', query: 'military bases' });
    expect(answer.kind).toBe('search');
    if (answer.kind !== 'search') return;
    expect(answer.passages.slice(0, 3).some((passage) => /Tartus.*Hmeimim/.test(passage.text))).toBe(true);
    for (const passage of answer.passages) {
      for (const [start, end] of passage.highlights) expect(passage.text.slice(start, end)).toMatch(/\S/);
    }
  });

  it('searches only the named article', () => {
    const answer = ask({ command: 'search', query: 'harbour', article: 'syria-russia-mee' });
    expect(answer.kind).not.toBe('search');
  });

  it('suggests titles when the article option names no article', () => {
    const answer = ask({ command: 'search', query: 'bases', article: 'the moon landing' });
    expect(answer).toMatchObject({ kind: 'not-found', looking: 'article' });
  });
});

describe('/summary and /article', () => {
  it('summarises the named article with paragraph-numbered key points', () => {
    const answer = ask({ command: 'summary', query: '', article: 'syria-russia-mee' });
    expect(answer.kind).toBe('summary');
    if (answer.kind !== 'summary') return;
    expect(answer.article.title).toBe(
      "Syrian foreign minister in Russia for first meeting since Assad's overthrow",
    );
    expect(answer.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(answer.keyPoints.length).toBeLessThanOrEqual(5);
    const paragraphs = new Map(
      library.article('syria-russia-mee')?.article.paragraphs.map((p) => [p.n, p.text]),
    );
    for (const point of answer.keyPoints) expect(paragraphs.get(point.paragraph)).toContain(point.text);
  });

  it('summarises the newest article when none is named', () => {
    const answer = ask({ command: 'summary', query: '' });
    expect(answer.kind === 'summary' && answer.article.id).toBe('syria-russia-mee');
  });

  it('lists every article newest first with its counts', () => {
    const answer = ask({ command: 'article', query: '' });
    expect(answer.kind).toBe('article');
    if (answer.kind !== 'article') return;
    expect(answer.articles.map((article) => article.id)).toEqual(['syria-russia-mee', 'harbour']);
    expect(answer.articles[1]).toMatchObject({
      source: 'Kingsport Gazette',
      published: '2024-03-12',
      url: 'https://gazette.example/harbour-dredging',
    });
    expect(answer.articles[1]?.paragraphs).toBe(4);
  });

  it('finds an article by a loosely typed title', () => {
    const answer = ask({ command: 'article', query: '', article: 'harbor dredging' });
    expect(answer.kind === 'article' && answer.articles.map((article) => article.id)).toEqual(['harbour']);
  });
});
