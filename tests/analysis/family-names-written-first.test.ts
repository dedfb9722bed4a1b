import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('names written family name first', () => {
  it('starts a Vietnamese name at its family name after a title and its body (VnExpress style)', () => {
    const analysis = analyseText(
      'Province courts investors',
      "Chairman of the Dong Nai People's Committee Vo Tan Duc said the province had approved 40 projects.",
      'According to Tran Thi Hong Nhung, deputy director of the provincial Department of Finance, land would be cleared by June.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Vo Tan Duc', 'Tran Thi Hong Nhung']));
    expect(peopleIn(analysis)).not.toContain('Tan Duc');
  });

  it('reads a Korean or Taiwanese name with a hyphenated given name (Korea Herald style)', () => {
    const analysis = analyseText(
      'Chip wages rise',
      'Factories are competing for engineers, said Choi Min-seok, head of the regional chapter of the chamber of commerce in the province. "Wages are rising," he said.',
    );
    expect(peopleIn(analysis)).toContain('Choi Min-seok');
    expect(quoteStartingWith(analysis, 'Wages are rising')?.speaker).toBe('Choi Min-seok');
  });

  it('takes no English compound for a given name', () => {
    const analysis = analyseText(
      'Talent show returns',
      'The Pop Idol-style contest said it would return in the spring, and its producers said it was popular.',
    );
    expect(peopleIn(analysis).some((name) => name.includes('Idol'))).toBe(false);
    expect(entityNamed(analysis, 'Pop Idol-style')).toBeUndefined();
  });
});
