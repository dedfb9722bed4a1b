import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

const paragraphsOf = (points: readonly { paragraph: number }[]) => points.map((point) => point.paragraph);

describe('key points keep the sentence that completes the lede', () => {
  it('takes the figure after the lede over a later sentence that repeats the headline’s words', () => {
    const { summary } = analyseText(
      'Water company fined record £90m for sewage spills into rivers',
      'Southern Vale Water has been fined a record £90m for pumping raw sewage into rivers and coastal waters across three counties, the environment regulator said on Thursday.',
      'The penalty will be paid by shareholders rather than customers, and the company must also spend £40m upgrading storage tanks at twelve treatment works by 2028.',
      'The regulator found that the water company had released sewage into rivers on more than 6,000 occasions over four years, often in dry weather when spills are banned.',
      'Sewage spills by water companies in England rose sharply last year, according to figures published in March, with rivers in the south among the worst affected.',
      'Southern Vale Water said it accepted the fine and apologised to customers.',
      'Campaigners said the record fine for sewage spills showed the water company had treated rivers as an open sewer.',
    );
    expect(paragraphsOf(summary.keyPoints).slice(0, 2)).toEqual([1, 2]);
    expect(paragraphsOf(summary.keyPoints)).not.toContain(3);
  });

  it('gives that place to the reporter’s next sentence when a quotation follows the lede', () => {
    const { summary } = analyseText(
      'Airline cancels 300 flights as pilots strike over pay',
      'NORDAIR cancelled more than 300 flights on Friday as its pilots walked out in a dispute over pay, stranding tens of thousands of passengers at the start of the school holidays.',
      '“We did not want to be here, but the company left us no choice,” said a pilot at the picket line in Oslo.',
      'The union is asking for a 12% rise over two years; management has offered 6%, saying fuel costs have wiped out its profits.',
      'Nordair said the pilots’ strike over pay had forced it to cancel flights to 40 airports and that passengers on cancelled flights would be offered refunds.',
      'The airline’s pilots last went on strike in 2019, when the airline cancelled flights for a week.',
      'Talks between the airline and the pilots are due to resume on Monday.',
    );
    const paragraphs = paragraphsOf(summary.keyPoints);
    expect(paragraphs).toContain(3);
    expect(paragraphs).not.toContain(2);
    expect(paragraphs).not.toContain(4);
  });

  it('keeps the sentence that delivers the news after a scene-setting opener', () => {
    const { summary } = analyseText(
      'Harriers snatch late win at Brookfield',
      'For an hour on Saturday afternoon, Harrow Vale looked like a side that had forgotten how to win.',
      'Then Tom Ashby came off the bench to score twice in the last 12 minutes, and the Harriers beat Brookfield Town 2-1 to climb out of the relegation places for the first time since August.',
      'Brookfield had led through a Dan Mercer penalty after Harrow Vale’s goalkeeper brought down Sam Ortiz in the 38th minute.',
      'Harrow Vale manager Gary Lund said the win over Brookfield had shown the Harriers could still win away from home.',
      'Brookfield, who had won their previous three home games, stay ninth.',
      'Harrow Vale host leaders Castleford on Tuesday night.',
    );
    expect(paragraphsOf(summary.keyPoints).slice(0, 2)).toEqual([1, 2]);
  });
});
