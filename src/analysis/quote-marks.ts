/**
 * Finding quotation marks in a paragraph and pairing them. Straight marks carry no direction, and
 * the same character (’ or ') is both a closing single quote and an apostrophe, so direction is read
 * from the characters either side.
 */

import type { Paragraph } from '../corpus/types.js';
import type { Quote } from './types.js';

export type MarkStyle = 'double' | 'single';

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quotation runs past its end. */
  close: number;
  style: MarkStyle;
  /** The paragraph ends inside this quotation (the next paragraph may reopen it). */
  unclosed: boolean;
  /** Opens where the quotation before it broke off with no closing mark: the same speech goes on. */
  reopens?: boolean;
}

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const DOUBLE_MARK = /["“„«”»]/g;
const SINGLE_OPENER = /['‘]/;
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

/**
 * Where a stretch of speech ends when the next opens without a closing mark: on the space before the
 * reopening mark, which stands in for the lost closing mark and paragraph break, so the stretch and
 * the next never share an index.
 */
function closeBeforeReopening(text: string, reopening: number): number {
  let close = reopening;
  while (close > 0 && /\s/.test(text[close - 1] ?? '')) close--;
  return close;
}

/** A sentence's end, with any closing marks or bracket after it, just before a reopening mark. */
const SENTENCE_ENDS_BEFORE = /[.!?…][’'”")]*\s*$/u;

/** Double-quoted spans: the quotation marks reporters use for speech in most house styles. */
function findDoubleSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let current: QuotedSpan | null = null;
  for (const mark of text.matchAll(DOUBLE_MARK)) {
    const index = mark.index ?? 0;
    let direction = doubleDirection(text, index);
    if (direction === 'unknown') direction = current ? 'close' : 'open';
    if (direction === 'open') {
      // An opening mark inside an open quotation ends it there. After a sentence's end it is a
      // paragraph break the text lost: speech over paragraphs leaves each one unclosed and reopens
      // the next, and each paragraph of speech is a quotation of its own.
      const reopens: boolean =
        current !== null && SENTENCE_ENDS_BEFORE.test(text.slice(Math.max(0, index - 4), index));
      if (current !== null) {
        current.close = closeBeforeReopening(text, index);
        current.unclosed = false;
        spans.push(current);
      }
      current = { open: index, close: text.length, style: 'double', unclosed: true, reopens };
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

const ANY_SINGLE_MARK = /['‘’]/g;

/**
 * "…a fair deal. 'We will not…": inside an open single quotation, a mark after a sentence's end and
 * before a capital opens the next paragraph of speech the text ran in. Only a capital counts, since
 * a mark before a lower-case word or a figure is as often an elision ('n', '90s).
 */
function reopensAfterLostBreak(text: string, index: number): boolean {
  const char = text[index];
  if (char !== "'" && char !== '‘') return false;
  return (
    /^\p{Lu}/u.test(text[index + 1] ?? '') &&
    /[.!?…][’'”")]*\s+$/u.test(text.slice(Math.max(0, index - 4), index))
  );
}

/** Single-quoted spans outside double quotations: headlines and standfirsts, and some house styles. */
function findSingleSpans(text: string, inside: readonly QuotedSpan[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const covered = (index: number) => inside.some((span) => index >= span.open && index <= span.close);
  const opener = new RegExp(SINGLE_OPENER.source, 'g');
  let reopenedAt = -1;
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
    let reopened = -1;
    const closer = ANY_SINGLE_MARK;
    closer.lastIndex = index + 2;
    for (let probe = closer.exec(text); probe !== null && probe.index < limit; probe = closer.exec(text)) {
      if (reopensAfterLostBreak(text, probe.index)) {
        close = closeBeforeReopening(text, probe.index);
        reopened = probe.index;
        break;
      }
      const kind = singleCloserKind(text, probe.index);
      if (kind === 'closer') {
        close = probe.index;
        break;
      }
      if (kind === 'possessive' && possessive === -1) possessive = probe.index;
    }
    if (close === -1) close = possessive;
    const reopens = reopenedAt === index;
    reopenedAt = reopened;
    if (close === -1) {
      // An opening mark with no partner counts when it starts a sentence and the quotation runs on
      // past the paragraph's end (the next paragraph reopens it).
      if (index === 0 || /[.!?…]\s+$/.test(text.slice(0, index))) {
        spans.push({ open: index, close: text.length, style: 'single', unclosed: true, reopens });
      }
      break;
    }
    spans.push({ open: index, close, style: 'single', unclosed: false, reopens });
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

/** The words inside a span, without its marks or the comma a quote closes on. */
export function spanText(text: string, span: QuotedSpan): string {
  return text
    .slice(span.open + 1, span.close)
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

/** Letters outside quotation marks: a speech tag or an introduction, not only the space between. */
const TAG_WORDS = /\p{L}/u;
const SENTENCE_END_BEFORE = /[.!?…]['’”"]?\s+(?=[^.!?…]*$)/u;

/** Quotations split where a paragraph break was lost, as runs of spans: [first stretch, …, last]. */
function reopenedRuns(spans: readonly QuotedSpan[]): QuotedSpan[][] {
  const runs: QuotedSpan[][] = [];
  for (const [index, span] of spans.entries()) {
    const previous = spans[index - 1];
    if (span.reopens && previous !== undefined && runs.at(-1)?.at(-1) === previous) runs.at(-1)?.push(span);
    else if (span.reopens && previous !== undefined) runs.push([previous, span]);
  }
  return runs;
}

/**
 * One quotation over paragraphs whose breaks the text lost reads `"A. "B," said X.`: every stretch
 * is X's, as the tag or introduction of the whole says. Only the first stretch can be introduced
 * ("X said: "A.") and only the last tagged ("B," he said); when just one of them names a speaker,
 * the stretches read without one take theirs. Two different speakers leave each stretch as read:
 * the text between them was narrative the marks lost.
 */
export function shareSpeakerOverReopenedStretches(paragraphs: readonly Paragraph[], quotes: Quote[]): void {
  const byParagraph = new Map<number, Quote[]>();
  for (const quote of quotes)
    byParagraph.set(quote.paragraph, [...(byParagraph.get(quote.paragraph) ?? []), quote]);
  for (const paragraph of paragraphs) {
    const own = byParagraph.get(paragraph.n);
    if (own === undefined || own.length < 2) continue;
    const text = paragraph.text;
    const spans = findQuotedSpans(text);
    for (const run of reopenedRuns(spans)) {
      const first = run[0] as QuotedSpan;
      const last = run.at(-1) as QuotedSpan;
      const quoteOf = (span: QuotedSpan) => own.find((quote) => quote.text === spanText(text, span));
      const introduced = TAG_WORDS.test(sentenceTail(text.slice(0, first.open)));
      const nextOpen = spans.find((span) => span.open > last.close)?.open ?? text.length;
      // '…help," he said.' is tagged; '…help." But she…' ended its sentence inside the marks.
      const tagged =
        !/[.!?…]['’]?$/u.test(spanText(text, last)) &&
        TAG_WORDS.test(text.slice(last.close + 1, nextOpen).split(/[.!?…]/u)[0] ?? '');
      const speakers = new Set<string>();
      if (introduced) speakers.add(quoteOf(first)?.speaker ?? '');
      if (tagged) speakers.add(quoteOf(last)?.speaker ?? '');
      speakers.delete('');
      if (speakers.size !== 1) continue;
      const [speaker] = speakers;
      for (const span of run) {
        const quote = quoteOf(span);
        if (quote !== undefined) quote.speaker = speaker ?? null;
      }
    }
  }
}

/** The part of a text after its last sentence's end. */
function sentenceTail(text: string): string {
  const end = SENTENCE_END_BEFORE.exec(text);
  return end === null ? text : text.slice(end.index + end[0].length);
}
