import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a job, then why the name is short, then the name', () => {
  it('reads the job before a clause that says only a first name was given (AFP style)', () => {
    expect(
      roleIn('Ahmed', 'One taxi driver, who gave only his first name, Ahmed, said fares had doubled.'),
    ).toBe('taxi driver');
    expect(roleIn('Marta', 'A nurse, who gave only her first name, Marta, said the ward was full.')).toBe(
      'nurse',
    );
  });

  it('reads no job when the words before the clause name none (AFP style)', () => {
    expect(
      roleIn('Ahmed', 'One man, who gave only his first name, Ahmed, said fares had doubled.'),
    ).toBeNull();
  });
});
