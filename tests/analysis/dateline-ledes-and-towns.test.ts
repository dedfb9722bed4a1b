import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

const FOLLOW_UP =
  'Officials said the work would be finished before the rainy season and paid for from the state budget.';

describe('the lede starts at the news, whatever dateline the outlet sets before it', () => {
  it.each([
    [
      'Hanoi, March 4 (VNA) Vietnam’s rice exports climbed by a fifth in the first two months of the year.',
      'Vietnam’s',
    ],
    [
      'MIRI (Mar 4): The state government will build two new bridges across the Baram river next year.',
      'The state',
    ],
    [
      'ALEXANDRIA – 4 March 2026: The city’s port reopened on Wednesday after a storm closed it for three days.',
      'The city’s',
    ],
    [
      'DENVER, March 4, 2026 /PRNewswire/ -- Altamont Foods today announced a recall of 40,000 jars of salsa.',
      'Altamont',
    ],
    [
      'ILOILO CITY, Iloilo, Philippines — Classes in 200 public schools were suspended on Friday as floods rose.',
      'Classes',
    ],
    [
      'Kisumu – Fishermen on Lake Victoria say their catches have fallen by half since the start of the year.',
      'Fishermen',
    ],
  ])('%s', (lede, start) => {
    const { summary } = analyseText('Headline', lede, FOLLOW_UP);
    expect(summary.keyPoints[0]?.text.startsWith(start)).toBe(true);
  });

  it('keeps a title set off by dashes at the start of the lede, which is no town', () => {
    const lede =
      "Strictly Come Dancing - the BBC's most watched entertainment show - returns in September with twelve new couples.";
    const { summary } = analyseText('Headline', lede, FOLLOW_UP);
    expect(summary.keyPoints[0]?.text).toBe(lede);
  });
});

describe('the town of a dateline is a place', () => {
  it.each([
    ['KUANTAN, March 4, 2026 (Bernama) - Residents will receive piped water for ten days.', 'KUANTAN'],
    ['Hanoi, March 4 (VNA) Residents will receive piped water for ten days.', 'Hanoi'],
    ['Erdenet, March 4, 2026 /MONTSAME/ Residents will receive piped water for ten days.', 'Erdenet'],
  ])('%s', (opening, town) => {
    const analysis = analyseText('Water returns', opening);
    expect(entityNamed(analysis, town)?.kind).toBe('place');
  });
});
