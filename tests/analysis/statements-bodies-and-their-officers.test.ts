import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('"said <body> <job>, <name>": a named officer keeps their own words', () => {
  it('gives the words to the named spokeswoman, not the company before her job (tech news style)', () => {
    expect(
      speakerOf(
        'We built it for everyone',
        'Vantage Software released a new version of its mail program on Monday.',
        '"We built it for everyone," said Vantage spokeswoman, Marta Kellner.',
      ),
    ).toBe('Marta Kellner');
  });

  it('does the same for a chief executive set off after a company named in full (wire style)', () => {
    expect(
      speakerOf(
        'This was a hard call',
        'Halvorsen Foods will cut 200 jobs at its Bergen plant, the company said on Tuesday.',
        '"This was a hard call," said Halvorsen Foods chief executive, Anna Berg.',
      ),
    ).toBe('Anna Berg');
  });

  it("gives a defendant's lawyer's words to the lawyer, not the defendant (court copy)", () => {
    expect(
      speakerOf(
        'He will fight this',
        'Pedro Alves, 44, was charged with fraud at Lisbon district court on Monday.',
        '"He will fight this," said Alves\'s lawyer, Joana Reis, outside court.',
      ),
    ).toBe('Joana Reis');
  });

  it("gives a paper's editor his words, not the paper (media column style)", () => {
    expect(
      speakerOf(
        'The photo was the news',
        'The Gazette printed the photograph on its front page on Monday.',
        '"The photo was the news," said the Gazette\'s picture editor, Tom Rell.',
      ),
    ).toBe('Tom Rell');
  });

  it("still gives an unnamed spokesman's words to the body", () => {
    expect(
      speakerOf(
        'This was a hard call',
        'Halvorsen Foods will cut 200 jobs at its Bergen plant.',
        '"This was a hard call," a Halvorsen Foods spokesman said.',
      ),
    ).toBe('Halvorsen Foods');
  });
});
