import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a job told with the place it is from, set off before a titled name', () => {
  it('reads "a farmer from Chake Chake, Mr X" (Daily News, Tanzania style)', () => {
    expect(
      roleIn(
        'Hamad Said Omar',
        'Speaking to reporters, a farmer from Chake Chake, Mr Hamad Said Omar, said the new price would let him hire more workers.',
      ),
    ).toBe('farmer from Chake Chake');
    expect(
      roleIn('Ngozi Eze', 'A trader from Onitsha, Mrs Ngozi Eze, said the market had been shut for a week.'),
    ).toBe('trader from Onitsha');
  });

  it('does not read a time or a source as the place (Billboard, Times styles)', () => {
    expect(
      roleIn('Hamad Omar', 'He had been an entrepreneur from an early age, Mr Hamad Omar said of his son.'),
    ).toBeNull();
    expect(
      roleIn('Maria Lopez', 'Under pressure from the mayor, Maria Lopez resigned on Friday.'),
    ).toBeNull();
  });
});
