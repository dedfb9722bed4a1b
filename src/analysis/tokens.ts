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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
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
  return /^(?:!|\/\/)?\p{Lu}/u.test(word);
}

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
