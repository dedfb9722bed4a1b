import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('an appositive job with two words of field and a long employer', () => {
  it('reads the job and the body named at length (Windsor Star style)', () => {
    expect(
      roleIn(
        'Tom Okafor',
        'Tom Okafor, an auto industry analyst at the University of Windsor’s Odette School of Business, said suppliers had invested heavily.',
      ),
    ).toContain('auto industry analyst');
    expect(
      roleIn(
        'Ana Ruiz',
        'Ana Ruiz, a public health researcher at the University of Barcelona’s Institute for Global Health, said cases would rise.',
      ),
    ).toContain('public health researcher');
  });

  it('still reads no job where the words before the body judge rather than describe (Guardian style)', () => {
    expect(
      roleIn(
        'Leah Brandt',
        'Leah Brandt, a very vocal and persistent critic of the German Institute for Economic Research in Berlin, spoke.',
      ),
    ).toBeNull();
  });
});
