import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('a name run straight on from a title with its portfolio or house', () => {
  it('starts a Nepali name at the given name before its middle name (Kathmandu Post style)', () => {
    const analysis = analyseText(
      'Drug act promised',
      'Minister for Health and Population Ram Bahadur Thapa said the ministry would bring a new drug act to parliament.',
    );
    expect(peopleIn(analysis)).toEqual(['Ram Bahadur Thapa']);
    expect(entityNamed(analysis, 'Ram Bahadur Thapa')?.role).toBe('Minister for Health and Population');
  });

  it('reads "Member of Parliament" as a title when an appositive follows the name (Stabroek News style)', () => {
    const analysis = analyseText(
      'Oil delay',
      'Opposition Member of Parliament Tameisha Hinds, the shadow spokesperson on energy, said the delay showed the project had been rushed.',
    );
    expect(peopleIn(analysis)).toEqual(['Tameisha Hinds']);
  });
});
