import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a body speaks through its board, commission or committee', () => {
  it('gives "the commission" to the federation whose disciplinary commission the story named (Reuters sport style)', () => {
    const analysis = analyseText(
      'Stadium ban',
      'Lokomotiv Varna will play two home games behind closed doors after crowd trouble on Sunday.',
      'The disciplinary commission of the Bulgarian Football Union also fined Lokomotiv Varna 20,000 leva.',
      'In its ruling, the commission said the club had shown "a total disregard for safety" at the turnstiles.',
    );
    expect(quoteStartingWith(analysis, 'a total disregard')?.speaker).toBe('Bulgarian Football Union');
  });

  it('gives "the board" to the body whose board was named with a possessive (trade press style)', () => {
    const analysis = analyseText(
      'Takeover rejected',
      'Harwell Logistics has rejected a second approach from a private equity group.',
      "Harwell Logistics' board met on Monday to consider the offer.",
      'The board said the proposal "significantly undervalues" the company.',
    );
    expect(quoteStartingWith(analysis, 'significantly undervalues')?.speaker).toBe('Harwell Logistics');
  });

  it('gives "the hospital\'s board of directors" to the hospital the story keeps naming, not one named in passing (Lusa style)', () => {
    const analysis = analyseText(
      'Night maternity closure',
      'The maternity unit at Hospital Santa Luzia will close at night from Monday.',
      'Staff at Hospital Santa Luzia said four obstetricians had resigned since September.',
      'Women in labour will be sent to Hospital de Braga instead.',
      'In a statement, the hospital\'s board of directors said the decision had been taken "with deep regret".',
    );
    expect(quoteStartingWith(analysis, 'with deep regret')?.speaker).toBe('Hospital Santa Luzia');
  });

  it('gives "the university\'s management" to the one university (campus paper style)', () => {
    const analysis = analyseText(
      'Fees frozen',
      'Fees at Lakehead University will not rise next year.',
      'The university\'s management said the freeze was "the right thing to do for students".',
    );
    expect(quoteStartingWith(analysis, 'the right thing')?.speaker).toBe('Lakehead University');
  });

  it('leaves "the hospital\'s board" unattributed when the story names no hospital', () => {
    const analysis = analyseText(
      'Ward closes',
      'Patients from Kelso will be sent to Edinburgh for surgery from January, NHS Borders said.',
      'The hospital\'s board said the move was "long overdue".',
    );
    expect(quoteStartingWith(analysis, 'long overdue')?.speaker).not.toBe('Kelso');
    expect(quoteStartingWith(analysis, 'long overdue')?.speaker).not.toBe('Edinburgh');
  });
});
