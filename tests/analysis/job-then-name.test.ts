import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a job that speaks first and is named at the start of the next paragraph', () => {
  it('gives the job’s words to the name set off after "The <job>," (The Hindu style)', () => {
    const analysis = analyseText(
      'Pipeline repairs to take a week',
      'The water board’s head of distribution said the repairs were "not a quick fix". "We have to drain the whole section first," he said.',
      'The hydrologist, Meera Pillai, who has worked on the network for two decades, said crews would work through the night.',
    );
    expect(quoteStartingWith(analysis, 'not a quick fix')?.speaker).toBe('Meera Pillai');
    expect(quoteStartingWith(analysis, 'We have to drain')?.speaker).toBe('Meera Pillai');
  });

  it('leaves the job unnamed when the next paragraph opens on someone else’s description', () => {
    const analysis = analyseText(
      'Pipeline repairs to take a week',
      'The water board’s head of distribution said the repairs were "not a quick fix".',
      'Residents were angry. One shopkeeper, Tomas Reyes, said he had bought bottled water for a week.',
    );
    expect(quoteStartingWith(analysis, 'not a quick fix')?.speaker).toBeNull();
  });

  it('names a job met mid-paragraph with "a" or "an" when the paragraph names its holder (Deccan Herald style)', () => {
    const analysis = analyseText(
      'Tank repairs stall',
      'The minor irrigation department blamed the contractor. An assistant engineer with the Hebbal tank project said the desilting was "months behind schedule". The engineer, Ramesh Gowda, said the contractor had been served notice.',
    );
    expect(quoteStartingWith(analysis, 'months behind schedule')?.speaker).toBe('Ramesh Gowda');
  });

  it('names a job that admits something mid-paragraph by the next paragraph’s "the <team> skipper, <name>" (Cricinfo style)', () => {
    const analysis = analyseText(
      'Vidarbha roll over Baroda',
      'Baroda were bowled out for 161 on the final morning. The visiting captain admitted his batters had been "too timid against the short ball".',
      '"We never got going and that is on all of us," the Baroda skipper, Hardik Solanki, said.',
    );
    expect(quoteStartingWith(analysis, 'too timid against')?.speaker).toBe('Hardik Solanki');
  });
});
