import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const outbreak = (relativeParagraph: string) =>
  analyseText(
    'Measles cases rise',
    'State health secretary Rui Falcão said 80% of children had been vaccinated. "We need the rest," he said.',
    relativeParagraph,
    '"I kept putting it off. I will never forgive myself," he told reporters.',
  );

describe('a relative the story leaves unnamed, then "he said"', () => {
  it('is not the official named before (Folha style)', () => {
    const analysis = outbreak(
      'The father of one of the infected children, a girl of two who spent a week in hospital, said he had meant to take her for the second dose.',
    );
    expect(quoteStartingWith(analysis, 'I kept putting it off')?.speaker).toBeNull();
  });

  it('is not the official named before when the relative is "a" grandfather of two', () => {
    const analysis = outbreak(
      'A grandfather of two of the children said he had not known a second dose was needed.',
    );
    expect(quoteStartingWith(analysis, 'I kept putting it off')?.speaker).toBeNull();
  });

  it('leaves the official speaking when the paragraph between is about the official', () => {
    const analysis = outbreak('The secretary said he had asked for 200,000 more doses.');
    expect(quoteStartingWith(analysis, 'I kept putting it off')?.speaker).toBe('Rui Falcão');
  });
});
