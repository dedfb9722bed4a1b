import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/discord/truncate.js';

const SENTENCE =
  'Syria’s foreign minister said his country wanted a “correct and sound” relationship with Russia on Thursday.';

describe('truncate', () => {
  it('returns text that fits unchanged', () => {
    expect(truncate(SENTENCE, SENTENCE.length)).toBe(SENTENCE);
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    const cut = truncate(SENTENCE, 40);
    expect(cut).toBe('Syria’s foreign minister said his…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('does not leave a bold run open when the cut falls inside it', () => {
    const cut = truncate('The **military bases in Tartus and Hmeimim** were discussed at length', 30);
    expect(cut.match(/\*\*/g)?.length ?? 0).toBe(0);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('does not split an emoji in half', () => {
    const cut = truncate(`${'a'.repeat(9)}😀😀😀`, 11);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
  });

  it('never exceeds the limit and keeps a prefix of the text, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        else expect(cut.endsWith('…')).toBe(true);
      }),
    );
  });
});
