import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('pilgrimage and teaching titles before a name', () => {
  it('peels "Hajiya" from a commissioner named in apposition, so "she" is her (Daily Trust style)', () => {
    const analysis = analyseText(
      'Kano clinics to open at night',
      'Dr Musa Garba, who heads the state primary health board, said 40 clinics would stay open until 10pm.',
      'The Commissioner for Health, Hajiya Amina Lawal Bello, welcomed the plan. She told lawmakers that the old hours had been "a disgrace" for working mothers.',
    );
    expect(peopleIn(analysis)).toEqual(['Musa Garba', 'Amina Lawal Bello']);
    expect(quoteStartingWith(analysis, 'a disgrace')?.speaker).toBe('Amina Lawal Bello');
  });

  it('peels "Alhaji" before a chairman named first in his paragraph (Ghanaian style)', () => {
    const analysis = analyseText(
      'Tamale traders protest market levy',
      'Alhaji Issah Mahama, chairman of the Aboabo traders union, led the march to the assembly. "We pay and pay and the drains stay blocked," he said.',
    );
    expect(peopleIn(analysis)).toEqual(['Issah Mahama']);
    expect(quoteStartingWith(analysis, 'We pay and pay')?.speaker).toBe('Issah Mahama');
  });
});
