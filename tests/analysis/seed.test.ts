import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';

const file = new URL('../../corpus/syria-russia-mee.txt', import.meta.url).pathname;
const analysis = analyseArticle(parseArticle(readFileSync(file), file));
const spokenBy = (speaker: string) => analysis.quotes.filter((quote) => quote.speaker === speaker);
const person = (name: string) => analysis.people.find((entity) => entity.name === name);

describe('the seed article', () => {
  it('gives Asaad al-Shaibani exactly his eight quotations, standfirst included', () => {
    const texts = spokenBy('Asaad al-Shaibani').map((quote) => quote.text);
    expect(texts).toHaveLength(8);
    expect(texts.filter((text) => text === 'correct and sound')).toHaveLength(2);
    for (const start of [
      'The relationship between nations',
      'We are here today',
      'Of course',
      'transitional justice',
      'These attacks',
      'We have received a commitment',
    ]) {
      expect(texts.some((text) => text.startsWith(start))).toBe(true);
    }
    expect(spokenBy('Asaad al-Shaibani').map((quote) => quote.paragraph)).toContain(1);
  });

  it('gives Sergei Lavrov his three and nothing of Shaibani’s', () => {
    const texts = spokenBy('Sergei Lavrov').map((quote) => quote.text);
    expect(texts).toHaveLength(3);
    expect(texts).toContain('agreements and contracts concluded under different conditions');
    expect(texts).toContain("doesn't depend on the political situation or changes of government");
    expect(texts.some((text) => text.startsWith('We have always been against'))).toBe(true);
  });

  it('attributes the Kremlin readout to the Russian presidency, not to the Putin it names', () => {
    const readout = analysis.quotes.find((quote) => quote.text.startsWith('Vladimir Putin reaffirmed'));
    expect(readout?.speaker).toBe('Russian presidency');
    expect(person('Russian presidency')?.kind).toBe('organisation');
    expect(spokenBy('Vladimir Putin')).toHaveLength(0);
  });

  it('gives “benefits for Syria” to the defence minister', () => {
    expect(analysis.quotes.find((quote) => quote.text === 'benefits for Syria')?.speaker).toBe(
      'Murhaf Abu Qasra',
    );
  });

  it('states roles and aliases as the article does', () => {
    expect(person('Sergei Lavrov')?.role).toBe('Russian Foreign Minister');
    expect(person('Sergei Lavrov')?.aliases).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Lavrov']));
    expect(person('Bashar al-Assad')?.role?.replace('’', "'")).toBe("Syria's longtime ruler");
    expect(person('Bashar al-Assad')?.aliases).toEqual(expect.arrayContaining(['Assad', 'al-Assad']));
    expect(person('Asaad al-Shaibani')?.aliases).toEqual(expect.arrayContaining(['Shaibani', 'al Shaibani']));
  });

  it('links “Syria’s foreign minister” in ¶3 to Shaibani', () => {
    expect(person('Asaad al-Shaibani')?.paragraphs).toContain(3);
  });

  it('invents no people from furniture, outlets or headings', () => {
    const people = analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
    for (const name of ['New MEE', 'Read More', 'Middle East Eye', 'Washington Post', 'Assurances']) {
      expect(people).not.toContain(name);
    }
  });

  it('summarises with whole body sentences and the main people', () => {
    const { keyPoints, people, quotes } = analysis.summary;
    expect(keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(keyPoints.length).toBeLessThanOrEqual(5);
    for (const point of keyPoints) expect(point.text).toMatch(/^[A-Z“"].*[.”"]$/);
    expect(people.map((entry) => entry.name)).toContain('Asaad al-Shaibani');
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    expect(quotes[0]?.speaker).toBe('Asaad al-Shaibani');
  });
});
