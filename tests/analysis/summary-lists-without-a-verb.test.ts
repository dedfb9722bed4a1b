import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

const texts = (points: readonly { text: string }[]) => points.map((point) => point.text);

const report = (list: string) =>
  analyseText(
    'Harbour City reach cup final after win over Millbrook',
    'Harbour City reached the final of the regional cup with a 3-1 win over Millbrook on Saturday.',
    'Tom Price scored twice before half-time and Ali Reza added a third after the break.',
    'Millbrook pulled one back through a late penalty.',
    list,
    'Harbour City meet Castleford in the final in May.',
  );

describe('key points leave out lists that state nothing', () => {
  for (const list of [
    'Price 12, Price 38, Reza 61, Okafor 88 (pen).',
    'T Price (Harbour City), A Reza (Harbour City), J Okafor (Millbrook), S Lund (Millbrook), D Byrne (Harbour City), K Moss (Millbrook).',
    'Harbour City: Grant; Lowe, Mensah (Dyer 70), Hall, Ruiz; Price, Reza, Kaur (Ford 81); Tan, Byrne, Moss.',
  ])
    it(`leaves out "${list.slice(0, 30)}…"`, () => {
      const points = texts(report(list).summary.keyPoints);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points).not.toContain(list);
    });

  it('keeps a list told in a sentence, with its verb', () => {
    const { summary } = analyseText(
      'Four tobacco firms charged over smuggling',
      'Prosecutors in Manila have charged four tobacco companies with smuggling cigarettes worth $40m into the country through free ports.',
      'The companies charged were Eastern Leaf, Harbour Tobacco, Visayan Cigars and Northgate, the justice department said.',
      'All four deny wrongdoing and say they paid every tax that was due.',
      'The case is expected to reach court next year.',
    );
    expect(texts(summary.keyPoints)).toContain(
      'The companies charged were Eastern Leaf, Harbour Tobacco, Visayan Cigars and Northgate, the justice department said.',
    );
  });
});
