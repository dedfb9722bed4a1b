import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a pronoun subject of coordinated verbs ending on "said:"', () => {
  it('gives "Asked…, he laughed and said:" to the man named in the sentence before (Irish Examiner style)', () => {
    const analysis = analyseText(
      'Semi-final win',
      'Former manager Ger Loughnane watched from the stand. Asked how the side compared with the teams of the past, he laughed and said: "Ask me in September."',
    );
    expect(quoteStartingWith(analysis, 'Ask me in September')?.speaker).toBe('Ger Loughnane');
  });

  it('gives "She paused and said:" to the woman just named (Irish Times style)', () => {
    const analysis = analyseText(
      'Hospital trolleys',
      'Nurse Aoife Brennan has worked on the ward for 20 years.',
      'She paused and said: "I have never seen it this bad."',
    );
    expect(quoteStartingWith(analysis, 'I have never seen it this bad')?.speaker).toBe('Aoife Brennan');
  });
});
