/**
 * Turning text into index terms. The same function runs over paragraphs and over queries, so
 * "Al-Shaibani’s", "al Shaibani" and "Shaibani" all meet on the term `shaibani`.
 */

export interface Token {
  /** Normalised, stemmed term: what the index stores. */
  term: string;
  /** Character range [start, end) of the word in the original text, for highlighting. */
  start: number;
  end: number;
}

// Apostrophes join a word ("doesn’t", "O’Brien"); hyphens and everything else split it, because
// transliterated Arabic names are written both "al-Shaibani" and "al Shaibani".
const APOSTROPHES = /['’ʼ`]/g;
const COMBINING_MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[a-z0-9]*$/;

/**
 * Words so common in news prose that they say nothing about which paragraph a reader wants, and
 * the particles of Arabic and European names, which readers include or drop at will
 * ("al-Shaibani", "Shaibani"; "van Gogh", "Gogh").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'not of on or she so than that the their them then there these they this to was we were what ' +
    'when which who will with would you ' +
    'al el bin ibn de van von'
  ).split(' '),
);

/**
 * Letters that Unicode does not decompose into a base letter and an accent, written as English
 * text usually transliterates them: Kılıçdaroğlu is typed "kilicdaroglu", Søren "soren".
 */
const LATIN_EQUIVALENTS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
};
const UNDECOMPOSED_LETTERS = /[ıøæœßđðłþħ]/g;

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/**
 * Lower case, diacritics stripped, apostrophes removed and a possessive ’s dropped. Cached:
 * a corpus repeats a small vocabulary millions of times.
 */
export function foldWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  let folded = word.toLowerCase();
  if (!PLAIN_ASCII.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(UNDECOMPOSED_LETTERS, (letter) => LATIN_EQUIVALENTS[letter] ?? letter)
      .replace(APOSTROPHES, "'");
    if (folded.endsWith("'s")) folded = folded.slice(0, -2);
    folded = folded.replace(APOSTROPHES, '');
  }
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/**
 * A light English plural stemmer: enough that "bases" finds "base" and "countries" finds
 * "country", without the over-reach of a full Porter stemmer on foreign names ("Ahmed").
 */
export function stem(term: string): string {
  const length = term.length;
  if (length <= 3) return term;
  if (term.endsWith('ies') && length > 4) return `${term.slice(0, -3)}y`;
  if (term.endsWith('sses')) return term.slice(0, -2);
  if (/(?:x|z|ch|sh)es$/.test(term)) return term.slice(0, -2);
  if (term.endsWith('s') && !/(?:ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

const termCache = new Map<string, string>();

/** The index term of one word as written: folded and stemmed, cached like foldWord. */
function termOf(word: string): string {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = stem(foldWord(word));
  if (termCache.size >= FOLD_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
// What each UTF-16 unit is, learnt the first time it is met: 0 not yet known, 1 part of a word,
// 2 not. A table lookup per character is what makes scanning a corpus cheap.
const UNKNOWN = 0;
const WORD_UNIT = 1;
const unitKinds = new Uint8Array(65_536);
const astralCache = new Map<number, boolean>();

/** Letters, digits and combining accents (text written decomposed keeps "é" inside its word). */
function isWordCode(code: number): boolean {
  if (code < 65_536) {
    let kind = unitKinds[code] ?? UNKNOWN;
    if (kind === UNKNOWN) {
      kind = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD_UNIT : 2;
      unitKinds[code] = kind;
    }
    return kind === WORD_UNIT;
  }
  let known = astralCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    astralCache.set(code, known);
  }
  return known;
}

/** The code point at `index`, reading a surrogate pair only where one starts. */
function codeAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(index) ?? unit) : unit;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc || code === 96;
}

/**
 * Calls `visit` with the range of every word of `text` and, when the word ends in an apostrophe
 * and a letter, where that apostrophe stands. A hand-written scanner rather than a Unicode
 * regular expression: this runs over every paragraph at start-up.
 */
function scanWords(text: string, visit: (start: number, end: number, lastApostrophe: number) => void): void {
  let index = 0;
  while (index < text.length) {
    const code = codeAt(text, index);
    if (!isWordCode(code)) {
      index += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    let lastApostrophe = -1;
    while (index < text.length) {
      const inner = codeAt(text, index);
      if (isWordCode(inner)) {
        index += inner > 0xffff ? 2 : 1;
      } else if (isApostrophe(inner) && index + 1 < text.length && isWordCode(codeAt(text, index + 1))) {
        lastApostrophe = index;
        index += 1;
      } else {
        break;
      }
    }
    visit(start, index, lastApostrophe);
  }
}

/** Every word of `text` with its index term and where it stands. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end, lastApostrophe) => {
    const term = termOf(text.slice(start, end));
    if (term !== '') tokens.push({ term, start, end: possessiveEnd(text, end, lastApostrophe) });
  });
  return tokens;
}

/**
 * Every word of `text` exactly as written, with where it stands (a possessive ’s left outside
 * the range, as in tokenise). For index building, which maps each distinct written form to its
 * term once instead of folding every occurrence.
 */
export function forEachWrittenWord(
  text: string,
  visit: (written: string, start: number, end: number) => void,
): void {
  scanWords(text, (start, end, lastApostrophe) => {
    visit(text.slice(start, end), start, possessiveEnd(text, end, lastApostrophe));
  });
}

// Highlight "Syria" in "Syria’s": the possessive is grammar, not the matched word.
function possessiveEnd(text: string, end: number, lastApostrophe: number): number {
  const possessive = lastApostrophe === end - 2 && (text[end - 1] === 's' || text[end - 1] === 'S');
  return possessive ? lastApostrophe : end;
}

/** The index term of a word as written ("Bases" -> "base"); empty when nothing indexable is left. */
export function termOfWord(word: string): string {
  return termOf(word);
}

/** The index terms of `text`, in order, without positions. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  scanWords(text, (start, end) => {
    const term = termOf(text.slice(start, end));
    if (term !== '') terms.push(term);
  });
  return terms;
}

/** Folded words without stemming: names are matched as written ("Lavrov", not "Lavrov" minus an s). */
export function nameWordsOf(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (start, end, lastApostrophe) => {
    const folded = foldWord(text.slice(start, possessiveEnd(text, end, lastApostrophe)));
    if (folded !== '') words.push(folded);
  });
  return words;
}
