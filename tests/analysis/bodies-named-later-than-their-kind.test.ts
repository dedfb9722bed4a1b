import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the council said" in a standfirst, before the story names two councils', () => {
  it('is the council the story opens on (English regional daily style)', () => {
    const analysis = analyseText(
      'Lido to close',
      'Swimmers handed in a petition with more than 3,000 signatures but the council said the lido was "no longer safe to open".',
      "Bristol City Council's cabinet has voted to close the Eastville lido at the end of the summer.",
      'Councillor Jane Moss said the repair bill was too high.',
      'Gloucestershire County Council, which runs school swimming lessons nearby, said it would offer places at other pools.',
    );
    expect(quoteStartingWith(analysis, 'no longer safe to open')?.speaker).toBe('Bristol City Council');
  });

  it('does the same after "while"', () => {
    const analysis = analyseText(
      'Market hall sale',
      'Traders want the hall kept open, while the council says the building is "beyond saving".',
      'Leeds City Council agreed on Tuesday to sell the market hall to a developer.',
      'West Yorkshire Combined Authority, which funds the bus station next door, said it had not been consulted on the sale.',
    );
    expect(quoteStartingWith(analysis, 'beyond saving')?.speaker).toBe('Leeds City Council');
  });
});

describe('"the government said" before a foreign government is named', () => {
  it('does not take the foreign government named later (BBC politics style)', () => {
    const analysis = analyseText(
      'Engineers offered for flood relief',
      'Britain has offered to send 80 army engineers to help with flood relief in Pakistan, Downing Street said.',
      'Talks have begun on where they will go, but the government said the offer was "ready to go this week".',
      'A spokesman said the Pakistani government had welcomed the offer.',
    );
    expect(quoteStartingWith(analysis, 'ready to go this week')?.speaker).not.toBe('Pakistani government');
  });
});
