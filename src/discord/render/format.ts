import { escapeMarkdown } from 'discord.js';
import type { Highlight } from '../../answers/types.js';

/** "¶2, ¶5–7, ¶9": consecutive paragraphs collapsed into ranges. */
export function formatParagraphList(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (n === previous + 1) {
      previous = n;
      continue;
    }
    ranges.push(start === previous ? `¶${start}` : `¶${start}–${previous}`);
    start = n;
    previous = n;
  }
  return ranges.join(', ');
}

/**
 * Text from an article or a user, safe to place inside our own markdown. Beyond discord.js's
 * defaults this also escapes headings, lists and masked links: a query such as
 * "[free nitro](https://…)" echoed back must not become a link in Dossier's name.
 */
export function escapeText(text: string): string {
  return escapeLeftovers(
    escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }),
  );
}

const MARKDOWN_MARKS = new Set(['`', '*', '_', '~', '|']);

// escapeMarkdown works on whole runs and leaves the odd mark out: the fourth of "````", the third
// of "~~~", the fifth of "_____". One stray mark can pair with a later one and format the rest
// of a title, so every mark not already behind an escaping backslash is escaped here.
function escapeLeftovers(text: string): string {
  let output = '';
  let backslashes = 0;
  for (const character of text) {
    if (MARKDOWN_MARKS.has(character) && backslashes % 2 === 0) output += '\\';
    output += character;
    backslashes = character === '\\' ? backslashes + 1 : 0;
  }
  return output;
}

/**
 * Escapes a passage and bolds each matched word. Ranges are widened to whole words because a
 * fuzzy match often covers part of one ("militar" of "military"), and half-bold words read badly.
 */
export function emphasiseHighlights(text: string, highlights: readonly Highlight[]): string {
  const ranges = mergeRanges(highlights.map(([start, end]) => widenToWord(text, start, end)));
  let output = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
    output += escapeText(text.slice(cursor, start));
    output += `**${escapeText(text.slice(start, end))}**`;
    cursor = end;
  }
  return output + escapeText(text.slice(cursor));
}

const WORD_CHARACTER = /[\p{L}\p{N}'’-]/u;

function widenToWord(text: string, start: number, end: number): Highlight {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from > 0 && WORD_CHARACTER.test(text.charAt(from - 1))) from -= 1;
  while (to < text.length && WORD_CHARACTER.test(text.charAt(to))) to += 1;
  // A range that is only punctuation or space would bold nothing visible.
  const inner = text.slice(from, to).trim();
  return inner === '' ? [from, from] : [from, to];
}

function mergeRanges(ranges: readonly Highlight[]): Highlight[] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    // Ranges separated by a single space become one bold run: "**military bases**", not two.
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
