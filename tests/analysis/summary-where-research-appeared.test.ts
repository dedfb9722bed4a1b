import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

const texts = (points: readonly { text: string }[]) => points.map((point) => point.text);

const study = (citation: string) =>
  analyseText(
    'Sea ice loss is pushing polar bears onto land for longer, study finds',
    'Polar bears in western Hudson Bay now spend an average of 130 days a year on land, almost a month longer than in the 1980s, as the sea ice they hunt from melts earlier each spring.',
    `Researchers at the University of Manitoba tracked 190 bears with satellite collars over 30 years. ${citation}`,
    'Bears that spent longer on land lost more weight and had fewer cubs, the researchers found.',
    'The team will now track bears in two other populations in the Canadian Arctic.',
  );

describe('key points leave out the line saying where research was published', () => {
  for (const citation of [
    'The study of polar bears and sea ice was published on Wednesday in the journal Ecology Letters.',
    'The polar bear study appears in the journal Global Change Biology.',
    'The results on sea ice and bears are published in Nature Climate Change.',
  ])
    it(`leaves out "${citation}"`, () => {
      const points = texts(study(citation).summary.keyPoints);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points).not.toContain(citation);
    });

  it('keeps a sentence that gives the findings along with where they appeared', () => {
    const { summary } = analyseText(
      'Ultra-processed food linked to faster memory decline',
      'People who got more than a fifth of their calories from ultra-processed food saw their memory decline faster over eight years, according to a study of 10,000 adults in Brazil published in JAMA Neurology on Monday.',
      'Researchers found that memory and thinking scores fell 28% faster among the heaviest consumers of ultra-processed food than among those who ate the least.',
      'The authors said the study showed an association and could not prove that the food caused the decline.',
      'Dietitians said people should cook more meals from fresh ingredients.',
    );
    expect(texts(summary.keyPoints)[0]).toMatch(/^People who got more than a fifth/);
  });
});
