import { endsSentence } from './text-signals.js';

/** One candidate paragraph: a block between blank lines, or one line of a block of separate lines. */
export interface TextUnit {
  text: string;
  /** Index of the blank-line-separated block it came from, so neighbours in one block can be told apart. */
  block: number;
  /** Written as a Markdown heading (`## Background`): the writer said what it is. */
  markedHeading: boolean;
}

const MARKDOWN_HEADING = /^#{1,6}\s+/;

/**
 * Splits article text into candidate paragraphs. Blank lines separate blocks; inside a block, lines
 * are separate units (pasted pages put a teaser and its "Read More" marker, or a standfirst and its
 * photo caption, on adjacent lines) unless the block is one hard-wrapped paragraph.
 */
export function splitUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  const blocks = text.split(/\n[ \t]*\n/);
  let block = 0;
  for (const raw of blocks) {
    const lines = raw
      .split('\n')
      .map((line) =>
        keepMenuSeparators(line)
          .replace(/[ \t]+/g, ' ')
          .trim(),
      )
      .filter((line) => line !== '');
    const joined = joinWrappedLines(lines).flatMap(splitInlineLink);
    // A page pasted without blank lines is one huge block; there each line is its own block, or a
    // cookie banner's buttons would seem to share a box with the headline and the story.
    const linePerBlock = joined.length > MAX_LINES_IN_BLOCK;
    for (const text of joined) {
      if (linePerBlock) block += 1;
      const markedHeading = MARKDOWN_HEADING.test(text);
      units.push({
        text: markedHeading ? text.replace(MARKDOWN_HEADING, '').replace(/\s+#+$/, '') : text,
        block,
        markedHeading,
      });
    }
    block += 1;
  }
  return units;
}

/** Wider gaps than typed prose leaves, even after a full stop. */
const ITEM_GAP = / {2,}|\t+/;
/** A section name: one to three capitalised words, no digits (a table row has them), no punctuation. */
const MENU_ITEM = /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,2}$/u;
const MIN_MENU_ITEMS = 4;

/**
 * A menu copied from a page as text keeps only gaps between its items ("Home  Kashmir  India  World");
 * once spaces are collapsed it reads like a headline. The gaps become the separator menus are
 * otherwise written with, so the furniture rules see a menu.
 */
function keepMenuSeparators(line: string): string {
  const items = line.trim().split(ITEM_GAP);
  if (items.length < MIN_MENU_ITEMS || !items.every((item) => MENU_ITEM.test(item))) return line;
  return items.join(' · ');
}

/**
 * Some sites glue an inline "read more" link to the end of a paragraph. It is not the paragraph's:
 * it becomes a line of its own, to be dropped as a teaser link.
 */
function splitInlineLink(text: string): string[] {
  const match = /^(.*[.!?…]["'”’)]*)\s+(read more\W*)$/i.exec(text);
  return match?.[1] !== undefined && match[2] !== undefined ? [match[1], match[2]] : [text];
}

/** More lines than any menu or box on a page: the page was pasted without blank lines. */
const MAX_LINES_IN_BLOCK = 12;

/** Shorter lines are labels and list items, not a wrapped sentence's first half. */
const MIN_WRAPPED_LINE = 40;

function joinWrappedLines(lines: string[]): string[] {
  if (isHardWrapped(lines)) return [lines.join(' ')];
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    // A line that starts in lower case continues the sentence the previous line left open, unless
    // both are short labels ("Recommended Stories" / "list of 3 items").
    if (
      previous !== undefined &&
      !/[.!?:…"”'’)]$/.test(previous) &&
      /^\p{Ll}/u.test(line) &&
      // "by Hans Nicholas Jong on 29 January 2026" under a headline is its byline, not its end.
      !/^by\s+\p{Lu}/u.test(line) &&
      previous.length >= MIN_WRAPPED_LINE &&
      (line.length >= MIN_WRAPPED_LINE / 2 || endsSentence(line))
    ) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/**
 * Text wrapped at a fixed width (e-mail, plain-text wire copy): several lines of similar length, most
 * of them broken mid-sentence so the next line carries on in lower case.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const wrapped = lines.slice(0, -1);
  const lengths = wrapped.map((line) => line.length);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  const carriedOn = wrapped.filter(
    (line, index) => !endsSentence(line) && /^[\p{Ll}\p{N}(]/u.test(lines[index + 1] ?? ''),
  ).length;
  return longest <= 90 && shortest >= 40 && longest - shortest <= 30 && carriedOn * 2 >= wrapped.length;
}
