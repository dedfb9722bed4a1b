import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

const texts = (points: readonly { text: string }[]) => points.map((point) => point.text);

const story = (promotion: string) =>
  analyseText(
    'Striker Dalton says he will stay at Porto despite Premier League interest',
    'Porto striker Sam Dalton says he will stay at the Portuguese club until the end of his contract, despite interest from several Premier League clubs.',
    `The 26-year-old Welsh striker has scored 14 goals for Porto this season. ${promotion}`,
    'Dalton told reporters he was happy at Porto and wanted to win the league with the club before thinking about a move.',
    'Porto are second in the league, four points behind Benfica, with ten games left.',
  );

describe('key points leave out lines that send the reader elsewhere', () => {
  for (const promotion of [
    'Listen to the full interview with Sam Dalton on Radio Sport at 0900 on Sunday.',
    'Watch the interview with Dalton on our website and in the app.',
    'Follow all the transfer news from Porto and Premier League clubs on our live page.',
    'Sign up for our football newsletter to get the transfer news first.',
  ])
    it(`leaves out "${promotion.slice(0, 30)}…"`, () => {
      const points = texts(story(promotion).summary.keyPoints);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points).not.toContain(promotion);
    });

  it('keeps a sentence whose subject only begins like an imperative', () => {
    const { summary } = analyseText(
      'Watchdog fines Porto ticket seller over hidden fees',
      'The consumer watchdog has fined the ticket seller Bilhete €2m for adding hidden fees to football tickets sold online.',
      'Watchdog officials said more than 40,000 fans had paid fees of up to €15 that were shown only at the last step of the sale.',
      'Bilhete said it would appeal.',
      'Fans’ groups said the fine on the ticket seller was too small to change how tickets are sold.',
    );
    expect(texts(summary.keyPoints)).toContain(
      'Watchdog officials said more than 40,000 fans had paid fees of up to €15 that were shown only at the last step of the sale.',
    );
  });
});
