import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('roles set off before or after a name', () => {
  it('reads a job tied to its place by "in" before the name (Mail & Guardian style)', () => {
    const analysis = analyseText(
      'Ambulance delays',
      "The EFF's health spokesperson in the KwaZulu-Natal legislature, Thobile Mkhize, said 40 ambulances were off the road.",
    );
    expect(entityNamed(analysis, 'Thobile Mkhize')?.role).toContain('health spokesperson');
  });

  it('reads a guard as a job after a name and its age (Cape Times style)', () => {
    const analysis = analyseText(
      'Mall robbery',
      'Andile Maseko, 44, a security guard, said the men had been armed.',
    );
    expect(entityNamed(analysis, 'Andile Maseko')?.role).toBe('security guard');
  });
});
