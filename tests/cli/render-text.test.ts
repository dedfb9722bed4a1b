import { describe, expect, it } from 'vitest';
import { wrapForTerminal } from '../../src/cli/render-text.js';

describe('wrapForTerminal', () => {
  it('breaks long lines between words, never inside one', () => {
    const text =
      'Russia’s naval base in Tartus and its airbase at Hmeimim are Moscow’s only official military outposts.';
    const lines = wrapForTerminal(text, 30).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('continues an attribution line under its own indent', () => {
    const wrapped = wrapForTerminal(`   — ¶12 · ${'Syrian foreign minister in Russia '.repeat(3)}`, 40).split(
      '\n',
    );
    expect(wrapped[0]?.startsWith('   — ¶12')).toBe(true);
    expect(wrapped.slice(1).every((line) => line.startsWith('     '))).toBe(true);
  });

  it('does not count colour codes as width', () => {
    const bold = '\u001b[1mTartus\u001b[0m';
    expect(wrapForTerminal(`${bold} ${'x'.repeat(20)}`, 28)).not.toContain('\n');
  });
});
