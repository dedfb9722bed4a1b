import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a job given in full and by its initials is one job', () => {
  it('gives "the CEO told the paper" to the chief executive officer named just before (Pacific weekly style)', () => {
    const analysis = analyseText(
      'Port fees to rise',
      'The Chief Executive Officer of the ports authority, Dr Semisi Lolohea, said the fees had not changed since 2010.',
      '"Nobody likes paying more, but the wharf is falling apart," the CEO told the Island Times.',
    );
    expect(quoteStartingWith(analysis, 'Nobody likes paying more')?.speaker).toBe('Semisi Lolohea');
  });

  it('gives "the chief executive said" to the CEO named by initials before (business wire style)', () => {
    const analysis = analyseText(
      'Grocer trims forecast',
      'Harvest Lane CEO Dominic Ashworth-Reid said trading had been tough since the summer.',
      'Shares fell 6% in early trading.',
      '"We are not going to chase volume at any price," the chief executive said.',
    );
    expect(quoteStartingWith(analysis, 'We are not going to chase')?.speaker).toBe('Dominic Ashworth-Reid');
  });

  it('tells the CFO from the COO when both are spelt out earlier (trade press style)', () => {
    const analysis = analyseText(
      'Brickworks to close kiln',
      'The company’s chief financial officer, Priti Bansal, told analysts the kiln had lost money.',
      'Chief operating officer Dev Rao said the site would shut in May.',
      '"The numbers simply did not add up," the CFO said.',
      '"We will redeploy who we can," the COO said.',
    );
    expect(quoteStartingWith(analysis, 'The numbers simply')?.speaker).toBe('Priti Bansal');
    expect(quoteStartingWith(analysis, 'We will redeploy')?.speaker).toBe('Dev Rao');
  });
});
