import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { answerQuestion } from '../../src/answers/answer.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { renderAnswer } from '../../src/discord/render/answer.js';
import { embedLength, fitEmbeds } from '../../src/discord/render/fit.js';
import { emphasiseHighlights, escapeText, formatParagraphList } from '../../src/discord/render/format.js';
import { buildLibrary } from '../../src/search/library.js';
import { newsCorpus, type TestCorpus } from '../e2e/corpus.js';

const SEED_PARAGRAPH =
  "Russia’s naval base in Tartus and its airbase at Hmeimim are Moscow's only official military outposts outside the former Soviet Union.";

let corpus: TestCorpus;
beforeAll(async () => {
  corpus = await newsCorpus();
});
afterAll(() => corpus.remove());

describe('emphasiseHighlights', () => {
  it('bolds whole words even when the match covers part of one, and joins adjacent words', () => {
    const militar = SEED_PARAGRAPH.indexOf('military');
    const outposts = SEED_PARAGRAPH.indexOf('outposts');
    const text = emphasiseHighlights(SEED_PARAGRAPH, [
      [militar + 2, militar + 6],
      [outposts, outposts + 4],
    ]);
    expect(text).toContain('**military outposts**');
    expect(text.match(/\*\*/g)).toHaveLength(2);
  });

  it('escapes markdown in the article text so only our bold is bold', () => {
    const text = 'The *provisional* figure was revised to 1_200 by __officials__';
    const start = text.indexOf('revised');
    const rendered = emphasiseHighlights(text, [[start, start + 7]]);
    expect(rendered).toBe('The \\*provisional\\* figure was **revised** to 1\\_200 by \\_\\_officials\\_\\_');
  });
});

describe('escapeText', () => {
  it('neutralises masked links, headings and lists as well as emphasis', () => {
    const escaped = escapeText('# Breaking\n- [free nitro](https://phish.example) *now*');
    expect(escaped).toBe('\\# Breaking\n\\- \\[free nitro](https://phish.example) \\*now\\*');
  });
});

describe('formatParagraphList', () => {
  it('collapses runs of paragraphs the way an index does', () => {
    expect(formatParagraphList([9, 2, 5, 6, 7, 2])).toBe('¶2, ¶5–7, ¶9');
    expect(formatParagraphList([])).toBe('');
  });
});

describe('fitEmbeds', () => {
  it('brings many long passages within 6,000 characters while keeping every footer whole', () => {
    const footer = {
      text: "Syrian foreign minister in Russia for first meeting since Assad's overthrow · Middle East Eye",
    };
    const embeds = Array.from({ length: 12 }, (_, index) => ({
      title: `Passage ${index + 1}`,
      description: SEED_PARAGRAPH.repeat(8),
      fields: [{ name: `¶${index + 1}`, value: SEED_PARAGRAPH.repeat(10) }],
      footer,
    }));
    const fitted = fitEmbeds(embeds);
    expect(fitted).toHaveLength(DISCORD_LIMITS.embedsPerMessage);
    expect(fitted.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
      DISCORD_LIMITS.embedsTotal,
    );
    for (const embed of fitted) {
      expect(embed.footer?.text).toBe(footer.text);
      for (const field of embed.fields ?? [])
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
  });
});

describe('renderAnswer over the real pipeline', () => {
  it('pages a broad search so that every passage appears once, each page cited and within limits', () => {
    const answer = answerQuestion(corpus.library, { command: 'search', query: 'Russia' });
    if (answer.kind !== 'search') throw new Error(`expected passages, got ${answer.kind}`);
    const { pages } = renderAnswer(answer);
    expect(pages.length).toBeGreaterThan(1);
    const cited = pages.flatMap((page) =>
      page.embeds.flatMap((embed) =>
        (embed.fields ?? []).map((field) => ({ field: field.name, footer: embed.footer?.text ?? '' })),
      ),
    );
    expect(cited.map(({ field }) => Number(/^¶(\d+)/.exec(field)?.[1]))).toEqual(
      answer.passages.map((passage) => passage.attribution.paragraph),
    );
    // Each passage names its article: in its own field, or in the footer when the page shares one.
    cited.forEach(({ field, footer }, index) => {
      const title = answer.passages[index]?.attribution.title ?? '';
      expect(`${field}\n${footer}`).toContain(title.slice(0, 40));
    });
    for (const page of pages) {
      expect(page.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
        DISCORD_LIMITS.embedsTotal,
      );
    }
    expect(pages.at(-1)?.embeds[0]?.footer?.text).toContain(`page ${pages.length} of ${pages.length}`);
  });

  it('offers a link button only for a web address, never for a script or a bare word', async () => {
    const seed = await readFile(new URL('../../corpus/syria-russia-mee.txt', import.meta.url), 'utf8');
    const withUrl = (url: string, id: string) =>
      parseArticle(`---\nurl: ${url}\nid: ${id}\nsource: Middle East Eye\n---\n\n${seed}`, `${id}.txt`);
    const articles = [
      withUrl('javascript:alert(document.cookie)', 'scripted'),
      withUrl('https://www.middleeasteye.net/news/syria-foreign-minister-russia', 'linked'),
    ];
    const library = buildLibrary(articles.map((article) => ({ article, analysis: analyseArticle(article) })));
    const linkOf = (id: string) => {
      const answer = answerQuestion(library, { command: 'summary', query: '', article: id });
      return renderAnswer(answer).pages[0]?.links.map((link) => link.url);
    };
    expect(linkOf('scripted')).toEqual([]);
    expect(linkOf('linked')).toEqual(['https://www.middleeasteye.net/news/syria-foreign-minister-russia']);
  });

  it('answers a malformed question for the asker alone', () => {
    const rendered = renderAnswer(answerQuestion(corpus.library, { command: 'who', query: '' }));
    expect(rendered.onlyForAsker).toBe(true);
    expect(rendered.pages[0]?.embeds[0]?.description).toMatch(/who/i);
  });
});
