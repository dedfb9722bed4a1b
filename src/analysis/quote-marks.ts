/**
 * Finding quotation marks in a paragraph and pairing them. Straight marks carry no direction, and
 * the same character (’ or ') is both a closing single quote and an apostrophe, so direction is read
 * from the characters either side.
 */

export type MarkStyle = 'double' | 'single';

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quotation runs past its end. */
  close: number;
  style: MarkStyle;
  /** The paragraph ends inside this quotation (the next paragraph may reopen it). */
  unclosed: boolean;
  /** Indexes of opening marks inside the span that reopen the same quotation after a paragraph join. */
  reopenings: number[];
}

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const DOUBLE_MARK = /["“„«”»]/g;
const SINGLE_OPENER = /['‘]/;
const SINGLE_CLOSER = /['’]/;
const SINGLE_CLOSERS = new Set(['’', "'"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const FOLLOWS_CLOSING_QUOTE = new Set(
  `on in at to and but or as that from for with by of he she they it we i said says told added
   was were is are had has have would will could the a an than when if because after before over
   while which who where since until about into during across against despite`.split(/\s+/),
);
const SPACE_BEFORE_OPEN = /[\s([{—–\-/]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function opensHere(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  const startsWord = before === undefined || SPACE_BEFORE_OPEN.test(before) || before === '‘';
  return startsWord && after !== undefined && !/\s/.test(after);
}

function doubleDirection(text: string, index: number): 'open' | 'close' | 'unknown' {
  const char = text[index] ?? '';
  if (DOUBLE_OPENERS.has(char)) return 'open';
  if (DOUBLE_CLOSERS.has(char)) return opensHere(text, index) && char === '”' ? 'unknown' : 'close';
  const before = text[index - 1];
  if (opensHere(text, index)) return 'open';
  if (before !== undefined && !/\s/.test(before)) return 'close';
  return 'unknown';
}

function endsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return /[.!?…]$/.test(before);
}

/** Double-quoted spans: the quotation marks reporters use for speech in most house styles. */
function findDoubleSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let current: QuotedSpan | null = null;
  for (const mark of text.matchAll(DOUBLE_MARK)) {
    const index = mark.index ?? 0;
    let direction = doubleDirection(text, index);
    if (direction === 'unknown') direction = current ? 'close' : 'open';
    if (direction === 'open') {
      if (current === null) {
        current = { open: index, close: text.length, style: 'double', unclosed: true, reopenings: [] };
      } else if (endsSentence(text, index)) {
        // A joined paragraph: the convention leaves the first part unclosed and reopens the next.
        current.reopenings.push(index);
      } else {
        current.close = index;
        current.unclosed = false;
        spans.push(current);
        current = { open: index, close: text.length, style: 'double', unclosed: true, reopenings: [] };
      }
    } else if (current !== null) {
      current.close = index;
      current.unclosed = false;
      spans.push(current);
      current = null;
    }
  }
  if (current !== null) spans.push(current);
  return spans;
}

/** 'closer' for a closing mark, 'possessive' for one that reads as a plural possessive, else null. */
function singleCloserKind(text: string, index: number): 'closer' | 'possessive' | null {
  const char = text[index] ?? '';
  if (!SINGLE_CLOSERS.has(char)) return null;
  const before = text[index - 1];
  const after = text[index + 1];
  if (before === undefined || /\s/.test(before)) return null;
  // Between two letters it is an apostrophe: doesn't, Russia’s.
  if (isWordChar(after)) return null;
  // "the ministers’ meeting": a plural possessive is followed by the noun it qualifies, where a
  // closing mark is followed by punctuation or by a function word ("…pounds' on a structure").
  if (before === 's') {
    const next = /^\s+([a-z]+)/.exec(text.slice(index + 1))?.[1];
    if (next !== undefined && !FOLLOWS_CLOSING_QUOTE.has(next)) return 'possessive';
  }
  return 'closer';
}

/** Single-quoted spans outside double quotations: headlines and standfirsts, and some house styles. */
function findSingleSpans(text: string, inside: readonly QuotedSpan[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const covered = (index: number) => inside.some((span) => index >= span.open && index <= span.close);
  const opener = new RegExp(SINGLE_OPENER.source, 'g');
  for (let found = opener.exec(text); found !== null; found = opener.exec(text)) {
    const index = found.index;
    if (covered(index) || !opensHere(text, index)) continue;
    if (!isWordChar(text[index + 1]) && text[index + 1] !== '…') continue;
    // The quotation cannot run into the next double quotation.
    const limit = inside.find((span) => span.open > index)?.open ?? text.length;
    let close = -1;
    // "Minister says 'difficult choices' needed": a mark that could be a plural possessive closes the
    // quotation when nothing after it can.
    let possessive = -1;
    const closer = new RegExp(SINGLE_CLOSER.source, 'g');
    closer.lastIndex = index + 2;
    for (let probe = closer.exec(text); probe !== null && probe.index < limit; probe = closer.exec(text)) {
      const kind = singleCloserKind(text, probe.index);
      if (kind === 'closer') {
        close = probe.index;
        break;
      }
      if (kind === 'possessive' && possessive === -1) possessive = probe.index;
    }
    if (close === -1) close = possessive;
    if (close === -1) {
      // An opening mark with no partner counts when it starts a sentence and the quotation runs on
      // past the paragraph's end (the next paragraph reopens it).
      if (index === 0 || /[.!?…]\s+$/.test(text.slice(0, index))) {
        spans.push({ open: index, close: text.length, style: 'single', unclosed: true, reopenings: [] });
      }
      break;
    }
    spans.push({ open: index, close, style: 'single', unclosed: false, reopenings: [] });
    opener.lastIndex = close + 1;
  }
  return spans;
}

/** Every quotation in a paragraph, in order. Single quotes nested in double quotes are part of them. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const doubles = findDoubleSpans(text);
  const singles = findSingleSpans(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

/** The words inside a span, without its marks, reopening marks or the comma a quote closes on. */
export function spanText(text: string, span: QuotedSpan): string {
  let inner = '';
  let from = span.open + 1;
  for (const reopening of span.reopenings) {
    inner += text.slice(from, reopening);
    from = reopening + 1;
  }
  inner += text.slice(from, span.close);
  return inner
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]$/, '')
    .trim();
}

/** A quoted title or name: a few capitalised words with no sentence punctuation (the "Marshall Plan"). */
export function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.,!?;:]/.test(text)) return false;
  const significant = words.filter((word) => !/^(?:of|the|and|for|in|on|a|an|to|de|al)$/i.test(word));
  return significant.length > 0 && significant.every((word) => /^[\p{Lu}\d]/u.test(word));
}
