import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

const speakerIn = (start: string, ...paragraphs: string[]) =>
  quoteStartingWith(analyseText('Local news', ...paragraphs), start)?.speaker;

describe('a sentence opening on "Writing in…", "Asked about…" makes its subject the one speaking', () => {
  it('gives an untagged quotation after "Writing in the Guardian, Mr Brown outlined…" to Mr Brown, not the next speaker', () => {
    const start = 'Our ambition is not simply';
    const paragraphs = [
      'Chancellor Gordon Brown set out the themes of the campaign.',
      'Writing in the Guardian newspaper, Mr Brown outlined his view of the direction the party should take. "Our ambition is not simply tackling idleness but delivering full employment." Political editor Andrew Marr said the article was "a warning shot" to the prime minister.',
    ];
    expect(speakerIn(start, ...paragraphs)).toBe('Gordon Brown');
    expect(speakerIn('a warning shot', ...paragraphs)).toBe('Andrew Marr');
  });

  it('gives the answer to the minister asked the question (Público style press conference)', () => {
    expect(
      speakerIn(
        'Nobody should wait',
        'Health secretary Maria Costa and union leader Joao Pires met on Monday.',
        'Asked about the waiting times at the clinic, Costa was blunt. "Nobody should wait eight hours."',
      ),
    ).toBe('Maria Costa');
  });

  it('gives the words after "Addressing the council" to the councillor, not the mayor named before (Yorkshire Post style)', () => {
    expect(
      speakerIn(
        'This is a budget',
        'Mayor Ana Ruiz defended the budget.',
        'Addressing the council on Tuesday, Councillor Carlos Mena attacked the spending plans. "This is a budget for the few."',
      ),
    ).toBe('Carlos Mena');
  });

  it('gives the words after "Pressed by reporters" to the lawyer pressed (AP style)', () => {
    expect(
      speakerIn(
        'We will read the judgment',
        'Prosecutor Ann Walsh and defence counsel Tom Reid made their closing speeches.',
        'Pressed by reporters outside court, Reid declined to say whether his client would appeal. "We will read the judgment first."',
      ),
    ).toBe('Tom Reid');
  });

  it('does not make the subject a speaker after an opening participle that is not about speaking', () => {
    expect(
      speakerIn(
        'The pitch was a disgrace',
        'Referee Martin Hale sent off two players.',
        'Walking off the pitch, striker Dean Alcott was booed. "The pitch was a disgrace," Hale told reporters.',
      ),
    ).toBe('Martin Hale');
  });
});
