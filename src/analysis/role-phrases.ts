/**
 * Where a paragraph names a job as a person: "the prime minister", "Syria’s foreign minister",
 * "the outgoing chairman". The phrase is defined by one regular expression per job (see
 * rolePhrasePattern), but compiling a Unicode pattern costs about a millisecond and a corpus names
 * hundreds of different jobs, so compiling them came to a tenth of a cold start's analysis. Jobs
 * written in plain lowercase words, nearly all of them, are found by a scanner that walks the same
 * choices in the same order as the pattern would; the others still go through the pattern.
 */

/** Words that can stand between the owner and the job without changing who holds it. */
const TRANSIENT_WORDS = 'new former longtime long-time outgoing incoming acting interim then'.split(' ');

const TRANSIENT = `(?:(?:${TRANSIENT_WORDS.join('|')})\\s+)*`;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The definition of a role phrase for `head`: an optional "the", an optional capitalised owner
 * (possessive or a demonym), transient words, the job with its first letter in either case, and
 * then neither more letters nor a capitalised name ("minister John Smith" is a name, not a role).
 */
export function rolePhrasePattern(head: string): RegExp {
  const headPattern = head
    .split(' ')
    .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`)
    .join('\\s+');
  return new RegExp(
    `(?<![\\p{L}])(?:([Tt]he)\\s+)?(?:(\\p{Lu}[\\p{L}-]+?)(['’]s)?\\s+)?${TRANSIENT}${headPattern}(?![\\p{L}])(?!\\s+\\p{Lu})`,
    'gu',
  );
}

export interface RolePhrase {
  /** Offsets into the text, [start, end). */
  start: number;
  end: number;
  /** "the" or "The" when the phrase opens with it. */
  article: string | undefined;
  /** The capitalised word before the job: "Syria", "French", "Tory". */
  owner: string | undefined;
  /** "’s" or "'s" after the owner. */
  possessive: string | undefined;
}

/** Jobs the scanner reads: lowercase ASCII words of two letters or more, hyphens inside. */
const PLAIN_JOB_WORD = /^[a-z][a-z-]+$/;

const patterns = new Map<string, RegExp>();

/** Every role phrase for `head` in `text`, left to right and not overlapping, as the pattern finds them. */
export function rolePhrasesIn(text: string, head: string): RolePhrase[] {
  const words = head.split(' ');
  return words.every((word) => PLAIN_JOB_WORD.test(word))
    ? scanRolePhrases(text, words)
    : matchRolePhrases(text, head);
}

function matchRolePhrases(text: string, head: string): RolePhrase[] {
  let pattern = patterns.get(head);
  if (pattern === undefined) {
    pattern = rolePhrasePattern(head);
    patterns.set(head, pattern);
  }
  return [...text.matchAll(pattern)].map((match) => {
    const start = match.index ?? 0;
    return { start, end: start + match[0].length, article: match[1], owner: match[2], possessive: match[3] };
  });
}

/**
 * A global pattern's scan, done by hand. Every phrase ends in the job, and what comes before the
 * job is letters, spaces, hyphens and apostrophes only, so the scan jumps from one occurrence of
 * the job to the next and tries only the starts inside the run of such characters before it.
 */
function scanRolePhrases(text: string, words: readonly string[]): RolePhrase[] {
  const found: RolePhrase[] = [];
  // Where the next phrase may start (a global pattern's lastIndex), and where the next job may.
  let from = 0;
  let jobFrom = 0;
  for (;;) {
    const job = nextJobStart(text, words[0] as string, Math.max(from, jobFrom));
    if (job < 0) return found;
    let phrase: RolePhrase | undefined;
    for (let start = Math.max(from, jobFrom, prefixRunStart(text, job)); start <= job && !phrase; start++) {
      phrase = rolePhraseAt(text, start, words);
    }
    if (phrase) {
      found.push(phrase);
      from = phrase.end;
      jobFrom = phrase.end;
    } else {
      jobFrom = job + 1;
    }
  }
}

/** Where `word` next begins at or after `from`, its first letter in either case. */
function nextJobStart(text: string, word: string, from: number): number {
  const rest = word.slice(1);
  const lower = word.charCodeAt(0);
  const upper = word.toUpperCase().charCodeAt(0);
  for (let at = text.indexOf(rest, from + 1); at >= 0; at = text.indexOf(rest, at + 1)) {
    const first = text.charCodeAt(at - 1);
    if (first === lower || first === upper) return at - 1;
  }
  return -1;
}

/**
 * The start of the run of characters that may precede a job in a phrase, ending at `index`.
 * Characters outside ASCII all count: stopping too early would miss a phrase, going too far only
 * costs a few more tries.
 */
function prefixRunStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && mayPrecedeJob(text.charCodeAt(start - 1))) start--;
  return start;
}

function mayPrecedeJob(code: number): boolean {
  return (
    code >= 128 ||
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 45 ||
    code === 39
  );
}

/** The phrase starting exactly at `start`, taking the pattern's choices in the pattern's order. */
function rolePhraseAt(text: string, start: number, words: readonly string[]): RolePhrase | undefined {
  if (letterEndsAt(text, start)) return undefined;
  const afterArticle = articleEnd(text, start);
  for (const ownerFrom of afterArticle < 0 ? [start] : [afterArticle, start]) {
    const article = ownerFrom === start ? undefined : text.slice(start, start + 3);
    const owner = ownerAt(text, ownerFrom);
    for (const transientFrom of owner ? [owner.end, ownerFrom] : [ownerFrom]) {
      const stops = transientStops(text, transientFrom);
      // The pattern takes as many transient words as it can, then gives them back one by one.
      for (let index = stops.length - 1; index >= 0; index--) {
        const end = jobEnd(text, stops[index] as number, words);
        if (end < 0) continue;
        const withOwner = owner !== undefined && transientFrom === owner.end;
        return {
          start,
          end,
          article,
          owner: withOwner ? text.slice(ownerFrom, owner.ownerEnd) : undefined,
          possessive:
            withOwner && owner.possessive ? text.slice(owner.ownerEnd, owner.ownerEnd + 2) : undefined,
        };
      }
    }
  }
  return undefined;
}

/** After "the " or "The " (any run of spaces) at `at`, or -1. */
function articleEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if ((first !== 84 && first !== 116) || !text.startsWith('he', at + 1)) return -1;
  return spacesEnd(text, at + 3);
}

interface Owner {
  ownerEnd: number;
  possessive: boolean;
  /** After the spaces that follow the owner. */
  end: number;
}

/**
 * A capitalised word and its spaces. Its letters run to the end of the word whatever the lazy
 * quantifier tries first: only a space or an apostrophe can follow it.
 */
function ownerAt(text: string, at: number): Owner | undefined {
  const first = text.codePointAt(at);
  if (first === undefined || !isUppercaseLetter(first)) return undefined;
  let ownerEnd = at + (first > 0xffff ? 2 : 1);
  let letters = 0;
  for (let code = text.codePointAt(ownerEnd); code !== undefined && (code === 45 || isLetter(code)); ) {
    ownerEnd += code > 0xffff ? 2 : 1;
    letters++;
    code = text.codePointAt(ownerEnd);
  }
  if (letters === 0) return undefined;
  const apostrophe = text.charCodeAt(ownerEnd);
  if ((apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(ownerEnd + 1) === 115) {
    const end = spacesEnd(text, ownerEnd + 2);
    if (end >= 0) return { ownerEnd, possessive: true, end };
  }
  const end = spacesEnd(text, ownerEnd);
  return end < 0 ? undefined : { ownerEnd, possessive: false, end };
}

/** Where each count of transient words ends, from none to as many as follow `at`. */
function transientStops(text: string, at: number): number[] {
  const stops = [at];
  for (let position = at; ; ) {
    const word = TRANSIENT_WORDS.find((candidate) => text.startsWith(candidate, position));
    const end = word === undefined ? -1 : spacesEnd(text, position + word.length);
    if (end < 0) return stops;
    stops.push(end);
    position = end;
  }
}

/** The end of the job's words written from `at`, or -1, with the pattern's checks on what follows. */
function jobEnd(text: string, at: number, words: readonly string[]): number {
  let position = at;
  for (const [index, word] of words.entries()) {
    if (index > 0) {
      position = spacesEnd(text, position);
      if (position < 0) return -1;
    }
    const first = text.charCodeAt(position);
    if (first !== word.charCodeAt(0) && first !== word.toUpperCase().charCodeAt(0)) return -1;
    if (!text.startsWith(word.slice(1), position + 1)) return -1;
    position += word.length;
  }
  const next = text.codePointAt(position);
  if (next !== undefined && isLetter(next)) return -1;
  const afterSpaces = spacesEnd(text, position);
  const named = text.codePointAt(afterSpaces);
  if (afterSpaces >= 0 && named !== undefined && isUppercaseLetter(named)) return -1;
  return position;
}

/** After one or more white-space characters at `at`, or -1 when there is none. */
function spacesEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++;
  return end === at ? -1 : end;
}

const WHITE_SPACE = /\s/;
const LETTER = /\p{L}/u;
const UPPERCASE_LETTER = /\p{Lu}/u;

function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCodePoint(code));
}

function isUppercaseLetter(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPERCASE_LETTER.test(String.fromCodePoint(code));
}

/** Whether the character just before `index` is a letter, a surrogate pair read as one. */
function letterEndsAt(text: string, index: number): boolean {
  if (index === 0) return false;
  const last = text.charCodeAt(index - 1);
  const lead = text.charCodeAt(index - 2);
  const pair = last >= 0xdc00 && last <= 0xdfff && lead >= 0xd800 && lead <= 0xdbff;
  const code = text.codePointAt(index - (pair ? 2 : 1)) ?? 0;
  return isLetter(code);
}
