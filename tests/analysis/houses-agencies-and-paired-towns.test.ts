import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('bodies whose name runs through "for" or "of"', () => {
  it('reads "Transport for X" and a house of a legislature as one body each (Sydney Morning Herald style)', () => {
    const analysis = analyseText(
      'Rail review',
      'The review, commissioned by Transport for Queensland, was tabled in the House of Representatives and sent to the House of Lords for comment.',
    );
    expect(entityNamed(analysis, 'Transport for Queensland')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'House of Representatives')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'House of Lords')?.kind).toBe('organisation');
  });

  it('reads a stock exchange named alone as a body (Bloomberg style)', () => {
    const analysis = analyseText(
      'Shares slide',
      'Shares of Ozark Valley, which trade on the Nasdaq, fell 3%.',
    );
    expect(entityNamed(analysis, 'Nasdaq')?.kind).toBe('organisation');
  });
});

describe('a town paired with one a reader knows', () => {
  it('reads the second of two towns someone travels to as a place (The Hindu style)', () => {
    const analysis = analyseText(
      'Lab opens',
      '"A family no longer has to travel to Kolkata or Vellore," the minister said. Cargo may go to Riga or Klaipeda.',
    );
    expect(entityNamed(analysis, 'Vellore')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Klaipeda')?.kind).toBe('place');
  });

  it('does not pair a firm with the country it is fought by (BBC style)', () => {
    const analysis = analyseText(
      'Bankruptcy fight',
      'Lawyers argued over the right court for the fight between Russia and Novaneft. Local makers like Lenovo Group in China and Aquarion in Russia gained.',
    );
    expect(entityNamed(analysis, 'Novaneft')?.kind).not.toBe('place');
    expect(entityNamed(analysis, 'Aquarion')?.kind).not.toBe('place');
  });
});
