import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('an office held over a body, told in the past', () => {
  it('reads "who headed", "who chaired" and "who managed" before a body (court report, obituary styles)', () => {
    expect(
      roleIn(
        'Celso Mabunda',
        'Judge Efigenio Baptista found Celso Mabunda, who headed the state fuel importer’s procurement department between 2019 and 2022, guilty of fraud.',
      ),
    ).toContain('headed the state fuel importer’s procurement department');
    expect(
      roleIn(
        'Ruth Okello',
        'Ruth Okello, who chaired the water board until March, said she had warned ministers.',
      ),
    ).toContain('chaired the water board');
    expect(
      roleIn('Dennis Pryce', 'Dennis Pryce, who managed Leyton Orient for six seasons, has died aged 81.'),
    ).toContain('managed Leyton Orient');
  });

  it('does not read a journey or an effort as an office (Evening Standard style)', () => {
    expect(
      roleIn('Ruth Okello', 'Ruth Okello, who headed home after the match, said the pitch was poor.'),
    ).toBeNull();
    expect(
      roleIn('Ruth Okello', 'Ruth Okello, who managed to escape, said the flames spread fast.'),
    ).toBeNull();
    expect(
      roleIn('Ruth Okello', 'Ruth Okello, who headed North to find work, said the mines had closed.'),
    ).toBeNull();
  });
});
