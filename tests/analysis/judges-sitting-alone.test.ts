import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the court observed" when a single judge sits alone', () => {
  it('gives the words to the judge of a one-judge bench (Indian regional daily style)', () => {
    const analysis = analyseText(
      'Court pulls up civic body over potholes',
      'The High Court of Karnataka on Monday directed the city corporation to fill potholes on arterial roads within a month.',
      'A bench of Justice Meera Kulkarni passed the order while hearing a petition filed by a residents’ welfare association.',
      '"Citizens cannot be asked to risk their lives every time it rains," the court observed.',
    );
    expect(quoteStartingWith(analysis, 'Citizens cannot be asked')?.speaker).toBe('Meera Kulkarni');
  });

  it('does the same for "the bench noted" after a single bench comprising a justice', () => {
    const analysis = analyseText(
      'Tenants win reprieve',
      'The Lahore High Court on Friday stayed the eviction of 40 families from a railway colony.',
      'A single bench comprising Justice Tariq Mehmood heard the petition.',
      'The bench noted that the families had "lived there lawfully for three decades".',
    );
    expect(quoteStartingWith(analysis, 'lived there lawfully')?.speaker).toBe('Tariq Mehmood');
  });

  it('keeps a bench of two judges as the court', () => {
    const analysis = analyseText(
      'Court orders drains cleared',
      'The Sindh High Court on Tuesday ordered the city to clear its storm drains before the monsoon.',
      'A bench of Justice Aqeel Abbasi and Justice Nadeem Akhtar heard the petition.',
      '"The city cannot wait for the next flood to act," the court observed.',
    );
    expect(quoteStartingWith(analysis, 'The city cannot wait')?.speaker).toBe('Sindh High Court');
  });
});
