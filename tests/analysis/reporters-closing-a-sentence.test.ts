import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('a tag closing a sentence (", said Mr Clarke.") puts its speaker last in mind', () => {
  it('gives "He said:" to the minister whose tag closed the sentence before, not the man named inside it (BBC style)', () => {
    expect(
      speakerOf(
        'The problem is',
        'Home Secretary Charles Clarke defended the law. Farmer Tony Martin was jailed in 2000.',
        'The barrister who had represented Mr Martin had said the rules were "weighted overwhelmingly" in favour of the householder, said Mr Clarke. He said: "The problem is there has not been enough understanding of it."',
      ),
    ).toBe('Charles Clarke');
  });

  it('keeps "she added" with the mayor whose closing tag reported a rival’s claim (Canadian Press style)', () => {
    expect(
      speakerOf(
        'We will not be',
        'Mayor Ann Fortin faced Councillor Louise Bart at the meeting.',
        'Bart had claimed the budget was "a fiction", says Fortin. "We will not be lectured on numbers," she added.',
      ),
    ).toBe('Ann Fortin');
  });
});
