export interface Token {
  /** The word as written, possessive ending removed: "Assad’s" → "Assad". */
  word: string;
  /** Offsets of the whole written word (possessive included), [start, end). */
  start: number;
  end: number;
  possessive: boolean;
}

// Dotted acronyms (U.S.), then words that may hold inner apostrophes or hyphens (doesn't, al-Assad).
// Namibian papers write the click letters of Khoekhoe names as "!" and "//" ("!Gawaxab",
// "//Garoëb"): a click glued to a capital, with no word before it, opens the word.
const WORD =
  /(?:\p{Lu}\.){2,}|(?:(?<![\p{L}\p{N}!/])(?:!|\/\/)(?=\p{Lu}))?[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*/gu;

/**
 * The words of `text` that begin in [from, to). Attribution reads the same sentence many times over
 * in pieces, so a text's words are found once and the pieces taken from them; a piece starting
 * inside a word is read on its own, as that word's tail is a word of its own there.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const all = wordsOf(text);
  let first = 0;
  let after = all.length;
  while (first < after) {
    const middle = (first + after) >>> 1;
    if ((all[middle] as Token).start < from) first = middle + 1;
    else after = middle;
  }
  if (first > 0 && (all[first - 1] as Token).end > from) return scanWords(text, from, to);
  let last = first;
  while (last < all.length && (all[last] as Token).start < to) last++;
  return all.slice(first, last);
}

const wordsByText = new Map<string, Token[]>();

function wordsOf(text: string): Token[] {
  let words = wordsByText.get(text);
  if (words === undefined) {
    words = scanWords(text, 0, text.length);
    // Bounded like foldName's memo: a text is read again only while its article is being analysed.
    if (wordsByText.size > 2_000) wordsByText.clear();
    wordsByText.set(text, words);
  }
  return words;
}

function scanWords(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match !== null && match.index < to; match = WORD.exec(text)) {
    let word = match[0];
    // A full stop inside a word only belongs to it between letters of an abbreviation like "U.S".
    if (word.includes('.') && !/^(?:\p{L}\.)+\p{L}?$/u.test(word)) {
      word = word.slice(0, word.indexOf('.'));
      WORD.lastIndex = match.index + word.length;
    }
    const possessive = /['’]s$/.test(word) && word.length > 2;
    tokens.push({
      word: possessive ? word.slice(0, -2) : word,
      start: match.index,
      end: match.index + word.length,
      possessive,
    });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  // Asked of nearly every word of every paragraph: plain ASCII answers without the pattern.
  const code = word.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80 && code !== 0x21 && code !== 0x2f) return false;
  return CAPITALISED.test(word);
}

/** A capital, perhaps after a Khoekhoe click ("!Gawaxab", "//Garoëb"). */
const CAPITALISED = /^(?:!|\/\/)?\p{Lu}/u;

const folded = new Map<string, string>();

/** Straight and curly apostrophes, hyphens and case folded so name forms compare equal. */
export function foldName(name: string): string {
  const known = folded.get(name);
  if (known !== undefined) return known;
  const result = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // Names repeat across and within articles; a bounded memo keeps the folding off the hot path.
  if (folded.size > 50_000) folded.clear();
  folded.set(name, result);
  return result;
}
