import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analysis/sentences.js';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('splitting sentences', () => {
  it('does not split after titles, months, initials or inside decimals', () => {
    expect(
      texts(
        'Mr. Smith met Dr. Jones on Jan. 5 in Washington. Inflation rose 3.5% in the U.S. economy last year.',
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 in Washington.',
      'Inflation rose 3.5% in the U.S. economy last year.',
    ]);
    expect(texts('The novel by J. K. Rowling sold well. It was her first.')).toEqual([
      'The novel by J. K. Rowling sold well.',
      'It was her first.',
    ]);
  });

  it('ends a sentence after a dotted abbreviation when a new sentence clearly begins', () => {
    expect(texts('The troops returned to the U.S. The war was over.')).toEqual([
      'The troops returned to the U.S.',
      'The war was over.',
    ]);
  });

  it('keeps a quotation with several sentences inside the reporter’s sentence that carries it', () => {
    expect(texts('“We are ready. We will act,” she said. Then she left.')).toEqual([
      '“We are ready. We will act,” she said.',
      'Then she left.',
    ]);
  });

  it('splits after a quotation that ends a sentence', () => {
    expect(texts('He said: "It is over." The crowd cheered.')).toEqual([
      'He said: "It is over."',
      'The crowd cheered.',
    ]);
  });
});
