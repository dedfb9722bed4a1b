import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('South African titles before a name', () => {
  it('peels "Gogo" and "Ntate" as honorifics that tell the sex (Daily Dispatch style)', () => {
    const analysis = analyseText(
      'Pension pay-point moved',
      'Gogo Thandeka Mbatha, 78, walked four kilometres to the new pay-point. "My knees are finished," she said.',
      'Ntate Lebohang Mofokeng, who runs the spaza shop next door, said the old hall had been closer.',
    );
    expect(peopleIn(analysis)).toEqual(['Thandeka Mbatha', 'Lebohang Mofokeng']);
    expect(quoteStartingWith(analysis, 'My knees are finished')?.speaker).toBe('Thandeka Mbatha');
  });

  it('reads a provincial "MEC" as a title of office (News24 style)', () => {
    const analysis = analyseText(
      'Schools to get water tanks',
      'Education MEC Lindiwe Sithole-Maseko said 120 schools would get tanks by March.',
    );
    expect(entityNamed(analysis, 'Lindiwe Sithole-Maseko')?.role).toBe('Education MEC');
  });
});
