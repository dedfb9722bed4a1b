import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a tag that names a company by its parent ("the Delta subsidiary said")', () => {
  it('never gives the words to the parent (Reuters, AP and BBC business styles)', () => {
    const analysis = analyseText(
      'Airline apologises for cancellations',
      'Delta Air Lines owns several regional carriers. Its shares fell 3% on Monday.',
      '"We regret the disruption to passengers," the Delta subsidiary said in a statement.',
      'Hang Seng Bank expects profits to rise. "Demand is strong," the HSBC unit said.',
      'Sales at Unilever rose. "Tea is selling well," a Unilever affiliate said.',
    );
    expect(quoteStartingWith(analysis, 'We regret the disruption')?.speaker).not.toBe('Delta Air Lines');
    expect(quoteStartingWith(analysis, 'Demand is strong')?.speaker).not.toBe('HSBC');
    expect(quoteStartingWith(analysis, 'Tea is selling well')?.speaker).not.toBe('Unilever');
  });

  it('still gives the words to a company named in full in the tag', () => {
    const analysis = analyseText(
      'Airline apologises for cancellations',
      'Delta Air Lines cancelled 300 flights on Monday.',
      '"We regret the disruption to passengers," Delta Air Lines said in a statement.',
    );
    expect(quoteStartingWith(analysis, 'We regret the disruption')?.speaker).toBe('Delta Air Lines');
  });
});
