import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from './analysed-fixtures.js';

const library = fixtureLibrary();
const topName = (query: string) => library.findEntities(query, 5)[0]?.name ?? '';
const mentionsIn = (name: string, articleId: string) =>
  library.article(articleId)?.analysis.people.find((entity) => entity.name === name)?.paragraphs.length ?? 0;

describe('people in the corpus', () => {
  it('finds people from misspelt, transliterated and particle-less names', () => {
    expect(topName('lavrof')).toMatch(/Lavrov/);
    expect(topName('sergey')).toMatch(/Lavrov/);
    expect(topName('al shaibani')).toMatch(/Shaibani/);
    expect(topName('assad')).toMatch(/Assad/);
    expect(topName('erdogan')).toMatch(/Erdoğan/);
  });

  it('merges one person across articles, the article that mentions them most first', () => {
    const lavrov = library.findEntities('lavrov', 5).filter((match) => /Lavrov/.test(match.name));
    expect(lavrov).toHaveLength(1);
    const [match] = lavrov;
    expect(match?.articleIds).toEqual(expect.arrayContaining(['syria-russia-mee', 'lavrov-un-reuters']));
    const counts = (match?.articleIds ?? []).map((id) => mentionsIn(match?.name ?? '', id));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('ranks an exact surname as a perfect match and a near miss on a given name as weaker', () => {
    const [assad] = library.findEntities('assad', 5);
    expect(assad?.score).toBe(0);
    // Nobody called Assad is quoted; Asaad al-Shaibani, whose given name is one letter away, is.
    const [nearSpeaker] = library.findSpeakers('assad', 5);
    const [lavrofSpeaker] = library.findSpeakers('lavrof', 5);
    expect(nearSpeaker?.score ?? 1).toBeGreaterThan(lavrofSpeaker?.score ?? 0);
  });

  it('lists the most mentioned people and places first for an empty query', () => {
    const listed = library.findEntities('', 10);
    expect(listed).toHaveLength(10);
    const totals = listed.map((match) =>
      match.articleIds.reduce((sum, id) => sum + mentionsIn(match.name, id), 0),
    );
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it('offers only people who are quoted as speakers', () => {
    const speakers = library.findSpeakers('', 50);
    expect(speakers.length).toBeGreaterThan(0);
    for (const speaker of speakers) {
      const quoted = speaker.articleIds.some((id) =>
        library.article(id)?.analysis.quotes.some((quote) => quote.speaker === speaker.name),
      );
      expect(quoted).toBe(true);
    }
    expect(library.findSpeakers('putin', 5).some((match) => match.score === 0)).toBe(false);
    expect(library.findEntities('putin', 5)[0]).toMatchObject({ name: 'Vladimir Putin', score: 0 });
  });

  it('completes names from the first keystrokes', () => {
    expect(library.findEntities('lav', 5)[0]?.name).toMatch(/Lavrov/);
    expect(library.findEntities('thomas-g', 5)[0]?.name).toMatch(/Thomas-Greenfield/);
  });
});
