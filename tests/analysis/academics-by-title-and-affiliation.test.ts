import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('an academic is a professor by a short title, and a job may follow where someone works', () => {
  it('reads "Prof." and "Prof" before a name as the job (Japan Times and Guardian styles)', () => {
    expect(
      roleIn(
        'Haruto Mori',
        '"The samples were clean," said Prof. Haruto Mori of Tohoku University, who led the work.',
      ),
    ).toBe('professor');
    expect(
      roleIn('Ingrid Solberg', 'Prof Ingrid Solberg of the University of Bergen said the ice was thinning.'),
    ).toBe('professor');
    expect(roleIn('Ingrid Solberg', 'Dr Ingrid Solberg said the ice was thinning.')).toBeNull();
  });

  it('reads the job set off after "of" an institution (Nature News style)', () => {
    expect(
      roleIn(
        'Amara Obi',
        'Amara Obi of the University of Ibadan, a hydrologist who was not involved in the study, said the model was sound.',
      ),
    ).toBe('hydrologist');
    expect(roleIn('Jan Holm', 'Jan Holm of Volvo, a unit of Geely, said sales fell.')).toBeNull();
  });
});
