import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const trial = (...lawyers: string[]) =>
  analyseText(
    'Mayor on trial',
    'Prosecutors say the contract was rigged. The defence calls the case "a settling of scores".',
    'The former mayor went on trial on Monday accused of fraud.',
    ...lawyers,
  );

describe('"the defence" as a speaker in a court report', () => {
  it('is the defence lawyer the story names later (La Nación style)', () => {
    const analysis = trial(
      'Defence lawyer Tomás Aguirre Benítez said the charges were politically motivated.',
    );
    expect(quoteStartingWith(analysis, 'a settling of scores')?.speaker).toBe('Tomás Aguirre Benítez');
  });

  it('is the one called a defence lawyer when a co-defendant’s lawyer is named too', () => {
    const analysis = trial(
      'Defence lawyer Tomás Aguirre Benítez said the charges were politically motivated.',
      'The treasurer’s lawyer, Inés Caballero, said her client had followed the rules.',
    );
    expect(quoteStartingWith(analysis, 'a settling of scores')?.speaker).toBe('Tomás Aguirre Benítez');
  });

  it('stays unnamed when the story names no lawyer', () => {
    const analysis = trial('The trial continues on Thursday.');
    expect(quoteStartingWith(analysis, 'a settling of scores')?.speaker).toBeNull();
  });

  it('stays unnamed when two lawyers could be it', () => {
    const analysis = trial(
      'Lawyer Tomás Aguirre Benítez said the charges were politically motivated.',
      'Lawyer Inés Caballero said her client had followed the rules.',
    );
    expect(quoteStartingWith(analysis, 'a settling of scores')?.speaker).toBeNull();
  });
});
