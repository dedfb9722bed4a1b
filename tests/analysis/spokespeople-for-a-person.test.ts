import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a spokesperson for a named person', () => {
  const before =
    'Local MP Dana Whitfield said she had raised the closures with the Health Secretary, Tom Askew.';

  it('gives a partial quotation after "A spokesman for Mr X said" to X (Sydney Morning Herald style)', () => {
    const analysis = analyseText(
      'Clinic closures',
      before,
      'A spokesman for Mr Askew said the department was "looking carefully" at the figures.',
    );
    expect(quoteStartingWith(analysis, 'looking carefully')?.speaker).toBe('Tom Askew');
  });

  it('gives a full quotation with the attribution after it to the same person (Guardian style)', () => {
    const analysis = analyseText(
      'Clinic closures',
      before,
      '"No decision has been taken," a spokeswoman for Mr Askew said.',
    );
    expect(quoteStartingWith(analysis, 'No decision has been taken')?.speaker).toBe('Tom Askew');
  });

  it('still gives a spokesman for a company to the company (Financial Times style)', () => {
    const analysis = analyseText(
      'Clinic closures',
      before,
      '"We are reviewing our sites," a spokesman for Medway Health Group said.',
    );
    expect(quoteStartingWith(analysis, 'We are reviewing')?.speaker).toBe('Medway Health Group');
  });

  it('leaves a candidate’s campaign spokesman unnamed rather than putting words in the candidate’s mouth (Guardian style)', () => {
    const analysis = analyseText(
      'Final debate',
      'Ruth Adeyemi and Colin Marr clashed over housing in the last debate before the vote.',
      'Both camps claimed victory. A spokesman for Adeyemi said she had "won the argument on homes".',
    );
    expect(quoteStartingWith(analysis, 'won the argument')?.speaker).toBeNull();
  });
});
