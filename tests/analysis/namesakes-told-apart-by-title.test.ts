import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('two people sharing a surname, told apart by the title before it', () => {
  it('gives "Sen. Park said" to the senator, not the doctor of the same name (AP style)', () => {
    const analysis = analyseText(
      'Rural hospital to close its maternity ward',
      'The decision was announced by the hospital’s medical director, Dr. Grace Park, on Monday.',
      'State Sen. Daniel Park, R-Fairview, whose district includes the hospital, said he would seek emergency funds. The two are not related.',
      '"Mothers here will drive an hour to give birth," Sen. Park said.',
    );
    expect(quoteStartingWith(analysis, 'Mothers here will')?.speaker).toBe('Daniel Park');
  });

  it('reads a title written out in full the same way ("Mayor Okafor")', () => {
    const analysis = analyseText(
      'Market hall reopens',
      'Trader Ngozi Okafor has run a fabric stall in the hall for 20 years.',
      'The town’s mayor, Emeka Okafor, cut the ribbon on Saturday.',
      '"This hall is the heart of the town," Mayor Okafor said.',
    );
    expect(quoteStartingWith(analysis, 'This hall is')?.speaker).toBe('Emeka Okafor');
  });
});
