import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

describe('key points may repeat the lede’s names and figures when they add the next fact', () => {
  it('keeps the sentence that sizes the cut, though it names the same routes and company as the lede', () => {
    const { summary } = analyseText(
      'Bus operator to scrap 40 rural routes in Cumbria',
      'Lakeland Buses will withdraw 40 rural bus routes in Cumbria from April, leaving some villages without any public transport, after the county council cut its subsidy by half.',
      'The council said it could no longer afford to pay £3m a year to keep the routes running.',
      'The 40 rural bus routes in Cumbria carry about 2,000 passengers a day, and Lakeland Buses said many villages in the north would lose all public transport.',
      'Lakeland Buses managing director Tom Keane said the company had no choice.',
      'Parish councils in the Eden valley have started collecting money for a community minibus.',
      'The county council has cut spending on libraries and roads as well.',
      'Campaign for Better Transport called the cuts a disgrace.',
    );
    expect(summary.keyPoints.map((point) => point.paragraph)).toEqual([1, 2, 3]);
  });
});
