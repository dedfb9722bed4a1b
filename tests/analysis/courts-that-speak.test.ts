import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a court and the people before it', () => {
  it('gives what "the Bench observed" to the court (Dawn style)', () => {
    const analysis = analyseText(
      'Court orders Karachi drains cleared',
      'The Sindh High Court on Tuesday ordered the city to clear its storm drains before the monsoon.',
      'A two-member Bench of Justice Aqeel Ahmed Abbasi and Justice Nadeem Akhtar heard the petition.',
      '"The city cannot wait for the next flood to act," the Bench observed.',
    );
    expect(quoteStartingWith(analysis, 'The city cannot wait')?.speaker).toBe('Sindh High Court');
  });

  it('gives "His message to the court was blunt:" to the man the pronoun stands for, not the court (Daily Graphic style)', () => {
    const analysis = analyseText(
      'Illegal mining trial adjourned again',
      'The Kumasi High Court adjourned the case against the three officials to February.',
      'The coalition’s spokesman, Kwabena Asante, said villagers had given evidence twice already.',
      'His message to the court was blunt: "Witnesses are tired of coming back for nothing."',
    );
    expect(quoteStartingWith(analysis, 'Witnesses are tired')?.speaker).toBe('Kwabena Asante');
  });
});
