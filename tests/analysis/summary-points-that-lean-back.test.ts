import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

const texts = (points: readonly { text: string }[]) => points.map((point) => point.text);

describe('key points that lean on the sentence before', () => {
  it('takes a sentence opening on "They" when the sentence it points at is a point too', () => {
    const { summary } = analyseText(
      'Pilots at Nordair vote to strike over pay',
      'Pilots at Nordair voted on Friday to strike for three days from next Monday in a dispute over pay, their union said.',
      'Managers met union officials for six hours on Thursday without an agreement on pay. They offered pilots a 6% pay rise, which the union said was far too little.',
      'The airline carries about 40,000 passengers a day on routes across Scandinavia and to southern Europe, and has said it expects a loss this year.',
      "The pilots' union has asked for a 12% rise over two years, saying pilots' pay has fallen behind inflation since 2021 and that many pilots had left for rival airlines.",
    );
    const points = texts(summary.keyPoints);
    expect(points).toContain('They offered pilots a 6% pay rise, which the union said was far too little.');
    expect(points).toContain(
      'Managers met union officials for six hours on Thursday without an agreement on pay.',
    );
  });

  it('leaves out "The move was condemned" when the sentence about the move is not a point', () => {
    const { summary } = analyseText(
      'Council closes three libraries to save £2m',
      'Ashdown Council will close three of its eleven libraries next month to save £2m a year, councillors decided on Tuesday night.',
      'The libraries at Millbrook, Castle Green and Hatherley will shut on 31 March, and their books will go to the central library.',
      "The council's budget for the year, agreed in February after months of argument between the parties about the cost of social care and the state of the roads, had assumed that the grant would stay the same. The move was condemned by library campaigners, who said closing libraries would hurt the poorest families.",
      'A petition gathered 9,000 signatures in a month, and campaigners held a vigil outside the town hall before the meeting.',
      'Opening hours at the remaining eight libraries in the borough will also be cut by a day a week from April, the council said.',
    );
    const points = texts(summary.keyPoints);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.some((text) => text.startsWith('The move was condemned'))).toBe(false);
  });

  it('keeps "The decision to …", which says what the decision was', () => {
    const { summary } = analyseText(
      'Regulator fines Westbank £40m over failures in money laundering checks',
      "The Financial Conduct Authority has fined Westbank £40m for failing to check where customers' money came from over a period of six years.",
      'The regulator found that the bank had opened accounts for more than 3,000 customers without the checks required by money laundering rules.',
      "Westbank's chief executive, Sarah Quinn, wrote to staff last year to say the bank's systems were being replaced at a cost of £200m, much of it spent on new software for its branches. The decision to fine Westbank £40m was welcomed by campaigners.",
      'Westbank said it accepted the findings and had cooperated with the investigation.',
    );
    expect(texts(summary.keyPoints)).toContain(
      'The decision to fine Westbank £40m was welcomed by campaigners.',
    );
  });
});
