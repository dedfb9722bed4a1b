import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the Bench observed" in a court report', () => {
  it('gives the words to the court the story named (The Hindu style)', () => {
    const analysis = analyseText(
      'Festival elephants',
      'The Madras High Court on Monday ordered new rules for temple elephants.',
      '"Custom cannot excuse cruelty," the Bench observed.',
    );
    expect(quoteStartingWith(analysis, 'Custom cannot excuse cruelty')?.speaker).toBe('Madras High Court');
  });
});

describe('"His message to the court was blunt:"', () => {
  it('gives the quotation to the man whose message it is, not the court (GhanaWeb style)', () => {
    const analysis = analyseText(
      'Mining trial adjourned',
      'The case was adjourned again at the Kumasi High Court on Tuesday.',
      'The coalition’s convener, Kofi Ansah, said villages had watched the rivers turn brown.',
      'His message to the court was blunt: "Every week of delay is another pit in the forest."',
    );
    expect(quoteStartingWith(analysis, 'Every week of delay')?.speaker).toBe('Kofi Ansah');
  });

  it('does the same for "Her answer was simple:" (Irish Times style)', () => {
    const analysis = analyseText(
      'Nurses vote',
      'Union president Siobhán Kerr was asked whether members would strike.',
      'Her answer was simple: "If we have to, yes."',
    );
    expect(quoteStartingWith(analysis, 'If we have to')?.speaker).toBe('Siobhán Kerr');
  });
});
