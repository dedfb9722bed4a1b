import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/search/library.js';
import {
  analyseFile,
  fixtureLibrary,
  fixturePath,
  highlightedWords,
  passageText,
} from './analysed-fixtures.js';

const library = fixtureLibrary();
const seedId = 'syria-russia-mee';

function texts(query: string, limit = 3, articleId?: string): string[] {
  return library.searchPassages(query, { limit, articleId }).map((match) => passageText(library, match));
}

describe('passage search', () => {
  it('finds Lavrov when his name is misspelt', () => {
    const found = texts('lavrof');
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text).toContain('Lavrov');
  });

  it('treats Sergey and Sergei as the same name', () => {
    for (const query of ['Sergey', 'Sergei']) {
      const found = texts(query, 5).join('\n');
      expect(found).toContain('Sergey Lavrov');
      expect(found).toContain('Sergei Lavrov');
    }
  });

  it('finds al-Shaibani however the particle is written', () => {
    const tops = ['al Shaibani', 'al-Shaibani', 'Shaibani', 'AL-SHAIBANI'].map((query) => texts(query, 3));
    for (const found of tops) {
      expect(found).toHaveLength(3);
      for (const text of found) expect(text).toContain('Shaibani');
    }
    expect(tops[0]).toEqual(tops[1]);
  });

  it('puts the Tartus and Hmeimim paragraph in the top three for "military bases"', () => {
    const found = texts('military bases');
    expect(found.some((text) => text.includes('naval base in Tartus'))).toBe(true);
    expect(found[0]).toMatch(/military bases/);
  });

  it('ranks the paragraph with the exact phrase above ones with the words apart', () => {
    const found = texts('naval facilities');
    expect(found[0]).toContain('naval facilities');
  });

  it('matches words without their accents, and accents without the typist', () => {
    expect(texts('Kilicdaroglu', 1)[0]).toContain('Kılıçdaroğlu');
    // The dotless ı has no accent to strip: it is folded to i, so this is an exact match.
    const [exact] = library.searchPassages('kilicdaroglu', { limit: 1 });
    expect(exact?.score).toBe(0);
    expect(texts('erdogan supporters', 1)[0]).toContain('Mr Erdoğan told supporters');
  });

  it('treats curly and straight apostrophes and possessives alike', () => {
    expect(texts('Syria’s foreign minister', 2)).toEqual(texts("Syria's foreign minister", 2));
    expect(texts('China foreign ministry', 1)[0]).toContain('China’s foreign ministry');
  });

  it('completes the last word as it is being typed', () => {
    expect(texts('anonym', 1)[0]).toContain('anonymity');
  });

  it('highlights the matched words, joining a phrase into one range', () => {
    const [first] = library.searchPassages('military bases', { limit: 1 });
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(highlightedWords(library, first)).toContain('military bases');
    const [shaibani] = library.searchPassages('al shaibani', { limit: 1 });
    if (shaibani === undefined) throw new Error('no match for al shaibani');
    expect(highlightedWords(library, shaibani)).toContain('al-Shaibani');
  });

  it('scores from 0 for the best match upwards, in ranking order', () => {
    const matches = library.searchPassages('Russia military bases Tartus', { limit: 10 });
    expect(matches.length).toBeGreaterThan(3);
    expect(matches[0]?.score).toBeLessThan(0.2);
    const scores = matches.map((match) => match.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('keeps to one article when asked', () => {
    const matches = library.searchPassages('bases', { limit: 10, articleId: 'navy-bases-reuters' });
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(match.articleId).toBe('navy-bases-reuters');
    expect(library.searchPassages('bases', { limit: 10, articleId: 'no-such-article' })).toEqual([]);
  });

  it('answers nothing for an empty query or gibberish, and never more than the limit', () => {
    expect(library.searchPassages('   ', { limit: 5 })).toEqual([]);
    expect(library.searchPassages('xqzvwk', { limit: 5 })).toEqual([]);
    expect(library.searchPassages('the said', { limit: 4 }).length).toBeLessThanOrEqual(4);
  });

  it('never searches headings', () => {
    const article = library.article(seedId)?.article;
    const headings = article?.paragraphs.filter((paragraph) => paragraph.kind === 'heading') ?? [];
    for (const heading of headings) {
      const matches = library.searchPassages(heading.text, { limit: 50, articleId: seedId });
      expect(matches.map((match) => match.paragraph)).not.toContain(heading.n);
    }
  });

  it('shows a paragraph that two files share once, not twice', () => {
    const story = analyseFile(fixturePath('navy-bases-reuters.txt'));
    const copy = { ...story, article: { ...story.article, id: 'navy-bases-reuters-copy' } };
    const withCopy = buildLibrary([story, copy]);
    const texts = withCopy
      .searchPassages('naval facilities Philippines', { limit: 10 })
      .map((match) => passageText(withCopy, match));
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads a capitalised little word as the acronym it is', () => {
    const health = analyseFile(fixturePath('who-health-guardian.txt'));
    const withHealth = buildLibrary([health, analyseFile(fixturePath('navy-bases-reuters.txt'))]);
    const [top] = withHealth.searchPassages('WHO warning', { limit: 1 });
    expect(top === undefined ? '' : passageText(withHealth, top)).toContain('the WHO said');
  });
});
