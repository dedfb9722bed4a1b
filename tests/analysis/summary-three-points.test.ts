import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

const wordsIn = (points: readonly { text: string }[]) =>
  points.reduce((sum, point) => sum + point.text.split(/\s+/).length, 0);

describe('key points stop at three, as an editor’s summary does', () => {
  it('gives a wire story of short sentences three points, not a fourth to fill the space', () => {
    const { summary } = analyseText(
      'Port strike halts container traffic in Antwerp',
      'Dock workers in Antwerp walked out on Monday over a plan to automate cranes.',
      'The strike stopped all container traffic at Europe’s second-largest port.',
      'About 40 ships were waiting at anchor off the coast by the evening.',
      'The port authority said talks with the unions would resume on Wednesday.',
      'Shipping lines warned that delays could spread to Rotterdam and Hamburg.',
      'The unions say the cranes would cost about 1,200 jobs over five years.',
    );
    expect(summary.keyPoints).toHaveLength(3);
    expect(summary.keyPoints[0]?.paragraph).toBe(1);
    expect(wordsIn(summary.keyPoints)).toBeLessThan(45);
  });

  it('keeps three for a local story whose first paragraphs are one short sentence each', () => {
    const { summary } = analyseText(
      'Library reopens after flood repairs',
      'Millbrook library reopened on Saturday, eight months after a burst pipe flooded its ground floor.',
      'Repairs cost the county council £310,000, most of it covered by insurance.',
      'The children’s section has moved upstairs, away from the old boiler room.',
      'Volunteers spent the week putting 14,000 books back on the shelves.',
      'Opening hours are unchanged, and the café will follow next month.',
    );
    expect(summary.keyPoints).toHaveLength(3);
    expect(summary.keyPoints.map((point) => point.paragraph)).toContain(1);
  });

  it('gives a match report of short lines three points, the result first', () => {
    const { summary } = analyseText(
      'Late penalty sends Corby into the cup final',
      'Corby Town reached the county cup final with a 2-1 win over Rushden on Tuesday night.',
      'Jamie Hollis scored the winning penalty four minutes from time.',
      'Rushden had gone ahead early through a header from their captain.',
      'Corby equalised just before half-time when a cross was turned into his own net.',
      'The final will be played at Sixfields on May 3.',
    );
    expect(summary.keyPoints).toHaveLength(3);
    expect(summary.keyPoints[0]?.paragraph).toBe(1);
  });
});
