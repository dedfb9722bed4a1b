import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a rank kept in retirement beside the office held', () => {
  it('gives the office set off before "Captain (retd)" (Express Tribune, Dawn styles)', () => {
    expect(
      roleIn(
        'Naveed Ahmed Sheikh',
        'The judge directed the CDA chairman, Captain (retd) Naveed Ahmed Sheikh, to appear at the next hearing.',
      ),
    ).toBe('CDA chairman');
    expect(
      roleIn(
        'Kwame Mensah',
        'The authority’s chief executive, Brigadier General (retd) Kwame Mensah, said the levy would stay.',
      ),
    ).toBe('authority’s chief executive');
  });

  it('takes the job told after the name over the rank (Punch, Nigeria style)', () => {
    expect(
      roleIn(
        'Bello Danjuma',
        'The land was sold to a company owned by Major (rtd) Bello Danjuma, a former minister.',
      ),
    ).toBe('former minister');
  });

  it('keeps the whole rank and its mark when nothing else is told (Daily Graphic style)', () => {
    expect(roleIn('Kofi Asante', 'Lt Col (retd) Kofi Asante said the veterans would march on Friday.')).toBe(
      'Lt Col (retd)',
    );
  });
});
