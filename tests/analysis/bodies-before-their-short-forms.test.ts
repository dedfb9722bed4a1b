import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a body named in its own language before its bracketed short form', () => {
  it('reads a name through Tagalog joining words and a syllable short form, and gives the group its words (Manila Bulletin style)', () => {
    const analysis = analyseText(
      'Fish kill in Laguna de Bay',
      'A fisherfolk group, Lakas ng Mangingisda sa Lawa (LAMALA), rejected the findings on Tuesday.',
      '"Small operators are being blamed for a failure of governance," LAMALA said in a statement.',
    );
    expect(entityNamed(analysis, 'Lakas ng Mangingisda sa Lawa')?.aliases).toContain('LAMALA');
    expect(organisationsIn(analysis)).not.toContain('LAMALA');
    expect(quoteStartingWith(analysis, 'Small operators')?.speaker).toBe('Lakas ng Mangingisda sa Lawa');
  });

  it('reads initials through a lower-case joining word after a time phrase (Philippine Daily Inquirer style)', () => {
    const analysis = analyseText(
      'Farmers march to Mendiola',
      'On Monday the Kilusang Magbubukid ng Pilipinas (KMP) said farmers had been "abandoned" by the agriculture department.',
    );
    expect(entityNamed(analysis, 'Kilusang Magbubukid ng Pilipinas')?.aliases).toContain('KMP');
    expect(quoteStartingWith(analysis, 'abandoned')?.speaker).toBe('Kilusang Magbubukid ng Pilipinas');
  });

  it('keeps a person whose bracket holds a party, never a body spelt from her name (Rappler style)', () => {
    const analysis = analyseText(
      'Senate race tightens',
      'Councillor Maria Santos Dizon (MSD) said she would "run to win" in May.',
    );
    expect(organisationsIn(analysis)).toEqual([]);
    expect(quoteStartingWith(analysis, 'run to win')?.speaker).toBe('Maria Santos Dizon');
  });
});
