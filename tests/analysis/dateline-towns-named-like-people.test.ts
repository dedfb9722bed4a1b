import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('a dateline town that is also a given name', () => {
  it('reads the town before a day or an agency as a place (BTA, ANSA style)', () => {
    const sofia = analyseText(
      'Coach resigns',
      'Sofia, November 26 (BTA) - Levski head coach Stanislav Petrov resigned on Wednesday.',
    );
    expect(entityNamed(sofia, 'Sofia')?.kind).toBe('place');
    expect(peopleIn(sofia)).toEqual(['Stanislav Petrov']);
    const florence = analyseText('Museum', 'Florence (ANSA) - The mayor said the museum would reopen.');
    expect(entityNamed(florence, 'Florence')?.kind).toBe('place');
  });
});
