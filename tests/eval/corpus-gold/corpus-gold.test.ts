import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { convertGoldFolder } from '../convert-corpus-gold.js';
import { type CorpusGold, type Gold, loadCorpusGold, scoreArticle } from '../evaluate.js';

// A council story written for these tests in the style of a regional wire, kept in a corpus folder
// of its own so the conversion and loading run as they do on the shared corpora.
const CORPORA = fileURLToPath(new URL('./corpora/', import.meta.url));
const ARTICLE = 'wire-2005/local/014.txt';

const annotated: Gold = {
  article: join(CORPORA, ARTICLE),
  summary:
    'Westhaven council put off its vote on a harbour car park until the spring after residents filled the meeting; the harbour master warned the fishing fleet needs the quay.',
  people: [
    { name: 'Margaret Hollis', kind: 'person', role: ['Councillor', 'chairs the planning committee'] },
    { name: 'Tom Beale', kind: 'person', role: ['harbour master'] },
    { name: 'Westhaven', kind: 'place', role: null },
  ],
  quotes: [
    {
      text: 'We have listened, and we will take the time to get this right,',
      speaker: 'Margaret Hollis',
      paragraph: 2,
    },
    { text: 'rushed', speaker: null, paragraph: 2 },
    // A quotation reopened without a closing mark: a paragraph break the plain text lost.
    { text: 'The boats need the quay, not the cars.', speaker: 'Tom Beale', paragraph: 3 },
    { text: 'If the quay goes, the last of the boats go with it.', speaker: 'Tom Beale', paragraph: 3 },
  ],
};

const scratch: string[] = [];
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-corpus-gold-'));
  scratch.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A source folder laid out as annotators hand it over: `<batch>/gold/*.json`, words written out. */
function sourceFolder(batch: string, gold: Gold): string {
  const dir = join(scratchDir(), batch, 'gold');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'local-014.json'), JSON.stringify(gold));
  return dir;
}

/** A copy of the fixture corpus whose article text has been changed by `edit`. */
function editedCorpora(edit: (text: string) => string): string {
  const corpora = scratchDir();
  cpSync(CORPORA, corpora, { recursive: true });
  const file = join(corpora, ARTICLE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return corpora;
}

function converted(batch = 'g1'): string {
  const target = scratchDir();
  const report = convertGoldFolder(sourceFolder(batch, annotated), target, { corpora: CORPORA });
  expect(report.failures).toEqual([]);
  return target;
}

describe('gold marking quotations by place in a corpus article', () => {
  it('names the article inside the corpora and carries none of the quoted words', () => {
    const target = converted();
    const written = readFileSync(join(target, 'local-014.json'), 'utf8');
    const gold = JSON.parse(written) as CorpusGold;
    expect(gold.article).toBe(ARTICLE);
    expect(gold.batch).toBe('g1');
    for (const quote of annotated.quotes) expect(written).not.toContain(quote.text);
  });

  it('rebuilds every quotation exactly as the annotator wrote it, with its speaker and paragraph', () => {
    const set = loadCorpusGold(converted(), CORPORA);
    if (!set.available) throw new Error(set.reason);
    expect(set.golds.map(({ gold }) => gold.quotes)).toEqual([annotated.quotes]);
    expect(set.notes).toEqual([]);
  });

  it('marks the quoted occurrence of a word the paragraph also uses unquoted', () => {
    const gold = JSON.parse(readFileSync(join(converted(), 'local-014.json'), 'utf8')) as CorpusGold;
    const paragraph = readFileSync(join(CORPORA, ARTICLE), 'utf8').split('\n\n')[2] ?? '';
    const fragment = gold.quotes[1];
    expect(paragraph.indexOf('rushed')).toBeLessThan(fragment?.start ?? 0);
    expect(paragraph.charAt((fragment?.start ?? 0) - 1)).toBe('"');
  });

  it('scores the rebuilt gold exactly as the gold with the words written out', () => {
    const set = loadCorpusGold(converted(), CORPORA);
    if (!set.available) throw new Error(set.reason);
    const {
      name: _rebuiltName,
      msPerAnalysis: _rebuiltMs,
      ...rebuilt
    } = scoreArticle(set.golds[0]?.gold ?? annotated, 0);
    const { name: _writtenName, msPerAnalysis: _writtenMs, ...written } = scoreArticle(annotated, 0);
    expect(rebuilt).toEqual(written);
    expect(rebuilt.quoteRecall.of).toBe(annotated.quotes.length);
  });

  it('finds a quotation again when an edition adds words before it, and says so', () => {
    const corpora = editedCorpora((text) =>
      text.replace('Harbour master', 'Speaking for the fishermen, harbour master'),
    );
    const set = loadCorpusGold(converted(), corpora);
    if (!set.available) throw new Error(set.reason);
    expect(set.golds[0]?.gold.quotes).toEqual(annotated.quotes);
    expect(set.notes.filter((note) => note.includes('¶3'))).toHaveLength(2);
  });

  it('follows a quotation to its new paragraph when an edition adds a paragraph before it', () => {
    const corpora = editedCorpora((text) =>
      text.replace('council meeting.\n', 'council meeting.\n\nThe meeting ran for three hours.\n'),
    );
    const set = loadCorpusGold(converted(), corpora);
    if (!set.available) throw new Error(set.reason);
    const moved = annotated.quotes.map((quote) => ({ ...quote, paragraph: quote.paragraph + 1 }));
    expect(set.golds[0]?.gold.quotes).toEqual(moved);
  });

  it('counts a quotation this copy no longer holds as one the analysis misses, and says so', () => {
    const corpora = editedCorpora((text) => text.replace('not the cars', 'not the lorries'));
    const set = loadCorpusGold(converted(), corpora);
    if (!set.available) throw new Error(set.reason);
    const score = scoreArticle(set.golds[0]?.gold ?? annotated, 0);
    expect(score.quoteRecall).toEqual({ hit: score.quoteRecall.hit, of: annotated.quotes.length });
    expect(score.missedQuotes.some((miss) => miss.includes('not in this copy'))).toBe(true);
    expect(set.notes.some((note) => note.includes('not found'))).toBe(true);
  });

  it('is skipped, saying where it looked, when the corpus is absent', () => {
    const nowhere = join(scratchDir(), 'no-corpora-here');
    const set = loadCorpusGold(converted(), nowhere);
    expect(set).toEqual({ available: false, reason: expect.stringContaining(nowhere) });
  });

  it('refuses a quotation the article does not hold, and writes nothing for that article', () => {
    const misquoted = {
      ...annotated,
      quotes: [{ text: 'We never listen.', speaker: 'Margaret Hollis', paragraph: 2 }],
    };
    const target = scratchDir();
    const report = convertGoldFolder(sourceFolder('g2', misquoted), target, { corpora: CORPORA });
    expect(report.failures).toHaveLength(1);
    expect(readdirSync(target)).toEqual([]);
  });

  it('keeps one batch from overwriting another batch’s gold for the same article', () => {
    const target = converted('g1');
    const report = convertGoldFolder(sourceFolder('g3', annotated), target, { corpora: CORPORA });
    expect(report.failures).toEqual([expect.stringContaining('batch g1')]);
    expect((JSON.parse(readFileSync(join(target, 'local-014.json'), 'utf8')) as CorpusGold).batch).toBe('g1');
  });
});
