/** Measurements of a line of text that tell prose from page furniture, independent of any one site. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * The cleaner asks about the same line many times over (its length in words, its capitals, its
 * shape), so the words of the lines seen last are kept rather than found again each time.
 */
const recentWords = new Map<string, readonly string[]>();
const RECENT_WORDS_LIMIT = 512;

export function words(text: string): readonly string[] {
  let found = recentWords.get(text);
  if (found === undefined) {
    if (recentWords.size >= RECENT_WORDS_LIMIT) recentWords.clear();
    found = text.match(WORD) ?? [];
    recentWords.set(text, found);
  }
  return found;
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(text.trim());
}

export function startsWithQuote(text: string): boolean {
  return /^["'“‘«„]/.test(text.trim());
}

/** Small words that stay lower-case in title case, so they do not count against a headline. */
const MINOR_WORDS = new Set(
  'a an and as at but by de del der for from in into of on or the to up via vs with al el la le van von'.split(
    ' ',
  ),
);

/** Share of significant words that start with a capital: near 1 for menus and Title Case headings. */
export function capitalisedRatio(text: string): number {
  const significant = words(text).filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  if (significant.length === 0) return 0;
  const capitalised = significant.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised / significant.length;
}

/**
 * Title shape: a few words, no closing full stop or comma, starting with a capital, digit or quote, or
 * with a sum of money ("£3 bus fare cap extended ...").
 */
function hasTitleShape(text: string, minWords: number, maxWords: number, maxLength: number): boolean {
  const trimmed = text.trim();
  const count = wordCount(trimmed);
  return (
    count >= minWords &&
    count <= maxWords &&
    trimmed.length <= maxLength &&
    !/[.,;:]["'”’)]*$/.test(trimmed) &&
    /^["'“‘«]?(?:[\p{Lu}\p{N}]|\p{Sc}\s?\p{N})/u.test(trimmed)
  );
}

/** A headline: up to 30 words in title shape. */
export function isHeadlineLike(text: string): boolean {
  return hasTitleShape(text, 2, 30, 200);
}

/** Reads as running prose: a full sentence, a long clause, or an opening quotation. */
export function isProseLike(text: string): boolean {
  const count = wordCount(text);
  if (count >= 3 && endsSentence(text)) return true;
  if (count >= 4 && /:["'”’]?$/.test(text.trim()) && capitalisedRatio(text) < 0.7) return true;
  if (count >= 3 && startsWithQuote(text) && capitalisedRatio(text) < 0.8 && !isQuotedHeadline(text, count))
    return true;
  // An item of a bulleted list inside the story ("- Increased spending on primary education").
  if (count >= 4 && /^[-–•*]\s+\S/.test(text.trim()) && capitalisedRatio(text) < 0.8) return true;
  // A long sentence may lose its full stop on copy; Title Case that long is a menu or a headline list.
  return count >= 12 && capitalisedRatio(text) < 0.6;
}

/**
 * "'No other option' on pool closure": a few words quoted, then what they are about, with no
 * sentence's punctuation, is a subhead in the shape of a headline. A paragraph's quotation closes on
 * a comma or a full stop ("'We will fight,' she said") or names its speaker after it.
 */
function isQuotedHeadline(text: string, count: number): boolean {
  return count <= MAX_QUOTED_HEADLINE_WORDS && QUOTED_HEADLINE.test(text.trim());
}

const MAX_QUOTED_HEADLINE_WORDS = 10;
const QUOTED_HEADLINE =
  /^['‘"“][^'’"”]+[\p{L}\p{N}]['’"”]\s+(?![^.!?]*\b(?:said|says|told|tells|asked|added)\b)[^.!?;:,"“”]+$/u;

/** Share of whitespace-separated tokens that are links, e-mail addresses or @handles. */
export function linkDensity(text: string): number {
  const tokens = text.split(/\s+/).filter((token) => token.length > 0);
  if (tokens.length === 0) return 0;
  const links = tokens.filter((token) =>
    /^(https?:\/\/|www\.|@\w)|\w@\w|\.(com|org|net|co\.uk)\b/i.test(token),
  );
  return links.length / tokens.length;
}

/** Only punctuation and symbols: rules (---, ***, ___) and bullets pasted from page dividers. */
export function isOnlyPunctuation(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Ends with a full stop and is long enough to be a sentence, or is too long to be anything but prose.
 * Questions do not count: surveys and teaser headlines ask them, story openings rarely do.
 */
export function isStrongProse(text: string): boolean {
  const count = wordCount(text);
  return (count >= 6 && /[.…]["'”’»)\]]*$/.test(text)) || count >= 30;
}

/** Section headings: up to ten words in title shape, with real words in them; a question is allowed. */
export function isHeadingLike(text: string): boolean {
  return hasTitleShape(text, 1, 10, 90) && /\p{L}{2}/u.test(text);
}

/** One line of a standfirst printed as several summary lines: sentence case, no full stop. */
export function isSummaryLine(text: string): boolean {
  const count = wordCount(text);
  return count >= 6 && count <= 40 && !endsSentence(text) && capitalisedRatio(text) < 0.6;
}

/** Explainer-style subheads ("What happens next?"): a short question standing alone, not a quotation. */
export function isQuestionHeading(text: string): boolean {
  // A question put by a named speaker in a transcript ("MORENO: So what did you do?") is a turn.
  if (/^(\p{Lu}[\p{Lu}\p{N} .'’-]{0,40}|Q|A):\s/u.test(text)) return false;
  return (
    wordCount(text) <= 8 &&
    /\?$/.test(text) &&
    !/["“”‘’«»]/.test(text) &&
    !/^['‘]/.test(text) &&
    /^[\p{Lu}\p{N}]/u.test(text)
  );
}

/** Short headline-shaped lines in a teaser list (no full stop; a question mark is fine). */
export function isTeaserLine(text: string): boolean {
  const count = wordCount(text);
  if (count >= 30) return false;
  if (count >= 8 && /[.…]["'”’)]*$/.test(text)) return false;
  return true;
}

/** counts[i] is how many of flags[0..i-1] are true: "how many before this one" in constant time. */
export function countBefore(flags: readonly boolean[]): number[] {
  const counts = [0];
  for (const flag of flags) counts.push((counts.at(-1) ?? 0) + (flag ? 1 : 0));
  return counts;
}
