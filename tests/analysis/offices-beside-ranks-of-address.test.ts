import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, roleIn } from './build-article.js';

describe('an office stated beside a rank or style of address', () => {
  it('gives the office set off after a police or military rank (Khaosod English, Dawn styles)', () => {
    expect(
      roleIn(
        'Somchai Wongsa',
        'Pol Lt Gen Somchai Wongsa, commissioner of the Provincial Police Region 5, said checkpoints would stay.',
      ),
    ).toBe('commissioner of the Provincial Police Region 5');
    expect(
      roleIn(
        'Tariq Mehmood',
        'Maj Gen Tariq Mehmood, head of the disaster management authority, said relief was on its way.',
      ),
    ).toBe('head of the disaster management authority');
  });

  it('gives the office written before an academic style, its branch in brackets (Daily Star, Dhaka, style)', () => {
    expect(
      roleIn(
        'Nazmul Haque',
        'Additional Director General (Planning and Development) Professor Dr Nazmul Haque said the wards were full.',
      ),
    ).toBe('Additional Director General (Planning and Development)');
  });

  it('keeps the rank when the article states nothing else (BBC style)', () => {
    expect(roleIn('Mark Avery', 'Colonel Mark Avery said the convoy had left at dawn.')).toBe('Colonel');
    expect(roleIn('Mark Avery', 'Lt Col Mark Avery, who led the raid, said it had gone to plan.')).toBe(
      'Lt Col',
    );
  });

  it('prefers a job stated at a later mention to the rank at the first (Straits Times style)', () => {
    const analysis = analyseText(
      'Haze',
      'Professor Lim Wei Ling warned that the haze would return in June.',
      'Prof Lim, a climatologist at the National University of Singapore, said fires were already burning.',
    );
    expect(entityNamed(analysis, 'Lim Wei Ling')?.role).toContain('climatologist');
  });

  it('keeps a professor a professor when the only other thing said is where (Guardian style)', () => {
    const analysis = analyseText(
      'Polls',
      'Professor Janet Orme, of the University of Kent, is doubtful.',
      '"It will be close," Professor Orme said.',
    );
    expect(entityNamed(analysis, 'Janet Orme')?.role).toBe('Professor');
  });

  it('reads past a chieftaincy to the office set off before it (Vanguard style)', () => {
    expect(
      roleIn(
        'Emeka Okafor',
        "The president of the Anambra traders' association in Onitsha, Chief Emeka Okafor, said shops would reopen.",
      ),
    ).toContain('president');
  });
});
