import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('American legislators with their party and home town', () => {
  it('reads "D-Garden Grove" as a party and a town, never a person (Sacramento Bee style)', () => {
    const analysis = analyseText(
      'Seepage bill',
      'Committee chair Mai Nguyen-Ortiz, D-Costa Mesa, said she would introduce a bill. Assemblymember Erik Blomqvist, R-Yuba City, who requested the hearing, said families had been failed.',
    );
    expect(peopleIn(analysis)).toEqual(['Mai Nguyen-Ortiz', 'Erik Blomqvist']);
    expect(entityNamed(analysis, 'Costa Mesa')?.kind).toBe('place');
  });

  it('reads a Swedish surname ending like "activist" as a surname, and a county supervisor as titled', () => {
    const analysis = analyseText(
      'Levee hearing',
      'Senator Anders Lindqvist said the levee had failed twice.',
      'Yolo County Supervisor Harjit Bains, whose district includes the town, told the committee 400 families were hit.',
    );
    expect(peopleIn(analysis)).toEqual(['Anders Lindqvist', 'Harjit Bains']);
    expect(entityNamed(analysis, 'Harjit Bains')?.role).toBe('Yolo County Supervisor');
  });
});
