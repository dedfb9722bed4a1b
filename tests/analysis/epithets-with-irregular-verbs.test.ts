import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('an epithet as the subject of an irregular past verb', () => {
  it('gives the epithet to the one person named just before (Sky Sports, Liverpool Echo styles)', () => {
    expect(
      roleIn(
        'Luuk de Wit',
        'Luuk de Wit scored twice in the second half.',
        'The Dutch striker rose highest to meet the corner in the fourth minute of added time.',
      ),
    ).toBe('Dutch striker');
  });

  it('gives nothing when the verb starts no clause of the epithet (BBC style)', () => {
    expect(
      roleIn(
        'Kieran Doyle',
        'Kieran Doyle was booked after 20 minutes.',
        'The Irish midfielder position is open.',
      ),
    ).toBeNull();
  });
});
