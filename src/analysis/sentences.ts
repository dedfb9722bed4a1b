import { ABBREVIATED_GIVEN_NAMES } from './lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';

export interface Sentence {
  /** Offsets into the paragraph text, [start, end). */
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that end with a full stop without ending the sentence (AP and Reuters style). */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen col lt sgt capt cpl maj adm gov sen rep st jr sr rev hon fr
   jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v etc inc ltd co corp dept est
   approx fig vol mt ft ave blvd rd mln bn mn pp ca cf al coun cllr ald supt insp det cmdr brig atty engr`
    .split(/\s+/)
    .filter(Boolean),
);

/** After a dotted acronym ("U.S."), these words show a new sentence has begun. */
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I But And However In On At This That These Those There His Her Its Their Meanwhile After Before When While'.split(
    ' ',
  ),
);

const CLOSING_AFTER_STOP = /[”"’'»)\]]/;

export function isAbbreviationStop(text: string, stop: number): boolean {
  // Only the word before the stop matters; a short window keeps long paragraphs linear.
  const before = text.slice(Math.max(0, stop - 24), stop);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  // Initials: "J. K. Rowling", "George W. Bush".
  if (/^\p{Lu}$/u.test(word)) return true;
  // "Ma. Corazon de los Santos": a given name written short, before the rest of the name.
  if (ABBREVIATED_GIVEN_NAMES.has(word) && /^ \p{Lu}/u.test(text.slice(stop + 1))) return true;
  // Dotted acronyms and e.g./i.e./a.m.: end the sentence only when a clear opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(stop + 1))?.[1] ?? '';
    return !SENTENCE_OPENERS.has(next);
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

// Called for every character of every paragraph: plain loops, so no closure is made per call.
function insideSpan(spans: readonly QuotedSpan[], index: number): QuotedSpan | undefined {
  for (const span of spans) if (index > span.open && index < span.close) return span;
  return undefined;
}

function opensSpanAt(spans: readonly QuotedSpan[], index: number): boolean {
  for (const span of spans) if (span.open === index) return true;
  return false;
}

/** A stretch of speech closed by the space before a reopening mark, after a sentence's end. */
function reopensAfterStop(text: string, spans: readonly QuotedSpan[], span: QuotedSpan): boolean {
  if (!/\s/.test(text[span.close] ?? '')) return false;
  let next = span.close + 1;
  while (next < text.length && /\s/.test(text[next] ?? '')) next++;
  return opensSpanAt(spans, next) && STOP_BEFORE_SPACE.test(text.slice(span.open, span.close));
}

const STOP = /[.!?…]/;
const STOP_BEFORE_SPACE = /[.!?…][’'”"»)]*\s*$/;

function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/**
 * Splits a paragraph into sentences. Quotations are opaque: a full stop inside quotation marks
 * never splits the reporter's sentence that carries it ("“We are ready. We will act,” he said.").
 */
export function splitSentences(
  text: string,
  spans: readonly QuotedSpan[] = findQuotedSpans(text),
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmedStart = start + (raw.length - raw.trimStart().length);
    const trimmed = raw.trim();
    if (trimmed !== '')
      sentences.push({ start: trimmedStart, end: trimmedStart + trimmed.length, text: trimmed });
    start = end;
  };
  for (let index = 0; index < text.length; index++) {
    const span = spans.length === 0 ? undefined : insideSpan(spans, index);
    if (span) {
      // A quotation that ends a sentence: '“We are ready.” He left.' The stop sits inside the marks.
      const closesAfterStop = span.close < text.length && STOP.test(text[span.close - 1] ?? '');
      if (reopensAfterStop(text, spans, span)) {
        // '…until people drop. "In this century…': a quotation reopened where the text lost a
        // paragraph break. The stretch ends on the space standing for its closing mark, and the
        // sentence keeps that space so the stretch's close falls inside it.
        push(span.close + 1);
        const ended = sentences.at(-1);
        if (ended) ended.end = span.close + 1;
      } else if (closesAfterStop && /^\s+[“"‘\p{Lu}]/u.test(text.slice(span.close + 1))) {
        push(span.close + 1);
      }
      index = span.close;
      continue;
    }
    const code = text.charCodeAt(index);
    if (!isStop(code)) continue;
    if (code === 0x2e && isAbbreviationStop(text, index)) continue;
    let end = index + 1;
    while (end < text.length && (isStop(text.charCodeAt(end)) || CLOSING_AFTER_STOP.test(text[end] ?? ''))) {
      if (opensSpanAt(spans, end)) break;
      end++;
    }
    const rest = text.slice(end);
    if (rest === '' || /^\s+[“"‘'(\p{Lu}\p{N}]/u.test(rest)) {
      push(end);
      index = end - 1;
    }
  }
  push(text.length);
  return sentences;
}
