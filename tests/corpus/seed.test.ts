import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';

const seedFile = fileURLToPath(new URL('../../corpus/syria-russia-mee.txt', import.meta.url));
const seed = parseArticle(readFileSync(seedFile), seedFile);
const paragraph = (n: number) => seed.paragraphs.find((candidate) => candidate.n === n);

describe('the seed article (Middle East Eye)', () => {
  it('reads the headline, publisher and date the page states', () => {
    expect(seed.title).toBe("Syrian foreign minister in Russia for first meeting since Assad's overthrow");
    expect(seed.source).toBe('Middle East Eye');
    expect(seed.published).toBe('2025-07-31');
  });

  it('numbers the standfirst 1, the photo caption 2 and the first body paragraph 3', () => {
    expect(paragraph(1)?.kind).toBe('standfirst');
    expect(paragraph(1)?.text).toBe(
      "Asaad al-Shaibani says Syria wants a 'correct and sound' relationship with Moscow after meeting Lavrov",
    );
    expect(paragraph(2)?.kind).toBe('caption');
    expect(paragraph(2)?.text).toMatch(/\(Shamil Zhumatov\/AFP\)$/);
    expect(paragraph(3)?.kind).toBe('body');
    expect(paragraph(3)?.text).toMatch(
      /^Syria’s foreign minister said his country wanted a “correct and sound”/,
    );
  });

  it('keeps the section headings as headings, not as reporting', () => {
    const headings = seed.paragraphs.filter((candidate) => candidate.kind === 'heading').map((p) => p.text);
    expect(headings).toEqual(['Assurances', 'Israeli attacks']);
  });

  it('drops the page furniture and says why', () => {
    const droppedText = seed.dropped.map((block) => block.text).join('\n');
    expect(droppedText).toContain('Skip to main content');
    expect(droppedText).toContain('New MEE newsletter: Jerusalem Dispatch');
    expect(droppedText).toContain('Why Syria needs to play the long game against Israel');
    expect(droppedText).toContain('Read More »');
    expect(droppedText).toMatch(/^Middle East Eye delivers independent/m);
    const kept = seed.paragraphs.map((candidate) => candidate.text).join('\n');
    expect(kept).not.toMatch(/newsletter|Read More|Skip to main content|delivers independent/);
    for (const block of seed.dropped) expect(block.reason).not.toBe('');
  });

  it('keeps a body paragraph that lost its full stop', () => {
    const unfinished = seed.paragraphs.find((candidate) =>
      candidate.text.startsWith('Speaking alongside Lavrov'),
    );
    expect(unfinished?.kind).toBe('body');
  });

  it('keeps curly and straight quotes exactly as published', () => {
    const texts = seed.paragraphs.map((candidate) => candidate.text);
    expect(texts).toContain(
      '“We are here today to represent the new Syria, as we want to establish a correct and sound relationship between the two countries based on cooperation and mutual respect.”',
    );
    expect(texts.some((text) => text.includes("Moscow's only official military outposts"))).toBe(true);
  });

  it('turns non-breaking spaces into ordinary ones so words match', () => {
    const bases = seed.paragraphs.find((candidate) => candidate.text.startsWith('On Thursday, Syria’s new'));
    expect(bases?.text).toContain('as well as the future of Russia’s military bases');
  });
});
