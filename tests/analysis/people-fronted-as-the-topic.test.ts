import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a person fronted with "For …," is who a following "she said" means', () => {
  it('gives the mother fronted by "For" her words, not the official named before (Folha style)', () => {
    const analysis = analyseText(
      'Clinic waits',
      'Health secretary Mariana Couto promised twelve more doctors by March.',
      'For Sandra Meireles, the promises are distant. "I just want someone to see my daughter," she said.',
    );
    expect(quoteStartingWith(analysis, 'I just want someone')?.speaker).toBe('Sandra Meireles');
  });

  it('reads past an age or a trade between "For" and the name (Guardian and ABC styles)', () => {
    const analysis = analyseText(
      'Library closures',
      'Councillor Helen Marsh defended the closures as the only way to balance the budget.',
      'For 71-year-old Margaret Doyle, the branch was a lifeline. "It is where I read the paper," she said.',
      'For retired nurse Linda Achterberg, the loss is personal. "I learned to read there," she said.',
    );
    expect(quoteStartingWith(analysis, 'It is where I read the paper')?.speaker).toBe('Margaret Doyle');
    expect(quoteStartingWith(analysis, 'I learned to read there')?.speaker).toBe('Linda Achterberg');
  });

  it('does not front a person owned by the phrase ("For Sandra Meireles\'s family")', () => {
    const analysis = analyseText(
      'Clinic waits',
      'Health secretary Mariana Couto promised twelve more doctors by March.',
      'For Sandra Meireles\'s family, the wait has been long. "We are doing all we can," she said.',
    );
    expect(quoteStartingWith(analysis, 'We are doing all we can')?.speaker).not.toBe('Sandra Meireles');
  });
});
