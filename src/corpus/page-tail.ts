import { type DropReason, isTimestampLine } from './furniture.js';
import { readerAddress } from './reader-address.js';
import { isCaption } from './structure.js';
import { capitalisedRatio, countBefore, endsSentence, isStrongProse, wordCount } from './text-signals.js';
import type { ParagraphKind } from './types.js';

/** The foot of a page: where the story ends and the site's related links, comments and footer begin. */

/** Labels after which the story is over: what follows is the site, not the article. */
const END_OPENERS = new Set([
  'related topics',
  'more on this story',
  'most viewed',
  'most read',
  'most popular',
  'suggested topics',
  'explore more on these topics',
  'reuse this content',
  'comments',
  'view comments',
  'show comments',
  'join the conversation',
  'join the discussion',
  'leave a comment',
  'have your say',
  'topics',
  'tags',
]);

/**
 * "Originally Published: November 25, 2026 at 5:00 AM MST", "This story was originally published ...":
 * printed under the last paragraph. ("First published" also heads stories, above them.)
 */
const FIRST_EDITION_NOTE =
  /^(?:this (?:story|article) was )?originally published\b|^this (?:story|article) was first published\b/i;

/** Furniture that only appears once the story has ended. */
const END_REASONS = new Set<DropReason | null>(['footer', 'comments', 'credit']);

/**
 * After the end of a story pages carry related links, topic tags, comments and footers. Once such a
 * section opens, only substantial prose survives.
 */
export function dropAfterEnd(
  texts: readonly string[],
  labels: readonly string[],
  drops: (DropReason | null)[],
  authors: readonly string[] = [],
): void {
  const isProse = (index: number) => drops[index] === null && isStrongProse(texts[index] ?? '');
  const proseCount = texts.filter((_, index) => isProse(index)).length;
  // An author's note is only one at the foot of the story; higher up, the same words are reporting.
  const proseBefore = countBefore(texts.map((_, index) => isProse(index)));
  const captionsBefore = countBefore(texts.map((text, index) => isProse(index) && isCaption(text)));
  for (const [index] of texts.entries()) {
    if (drops[index] !== 'author bio') continue;
    const proseAfter = proseCount - (proseBefore[index + 1] ?? 0);
    // A one-line note under the byline ("Priya Raman covers energy storage.") is the author's too.
    // Photo captions may sit above it, so prose before it that is a caption does not count.
    const storyBefore = (proseBefore[index] ?? 0) - (captionsBefore[index] ?? 0);
    const text = texts[index] ?? '';
    const shortNote = wordCount(text) <= MAX_AUTHOR_LINE_WORDS;
    // Or it introduces the person the byline names, before the story has begun.
    const bylined = authors.some((author) => author.length > 0 && text.startsWith(`${author} `));
    const authorLine = storyBefore === 0 || (bylined && storyBefore <= MAX_PROSE_AFTER_END);
    if (shortNote && authorLine) continue;
    if (proseAfter > MAX_PROSE_AFTER_END) drops[index] = null;
  }
  // The author's name printed alone again at the foot, over their note: "Berkeley Lovelace Jr.".
  for (const [index, text] of texts.entries()) {
    const named = authors.some(
      (author) => author.length > 0 && text.trim().replace(/\.$/, '') === author.replace(/\.$/, ''),
    );
    if (drops[index] === null && named && (proseBefore[index] ?? 0) > 0) drops[index] = 'author bio';
  }
  // "DM", "AFP", "NNN": the desk's or outlet's initials closing the story on a line of their own.
  const lastProse = texts.findLastIndex((_, index) => isProse(index));
  // A columnist's note closing the page: "Vera Songwe, a former executive secretary of ..., is chair
  // of ...". The byline's name opens it; only furniture follows it.
  const closing = texts[lastProse] ?? '';
  const aboutAuthor = authors.some(
    (author) =>
      author.length > 0 && (closing.startsWith(`${author}, `) || closing.startsWith(`${author} is `)),
  );
  // Or by given name alone, as an author box does: "Adam covers biotech and writes the "Adam's Take"
  // column." Quotation marks there name a column, as long as nobody is said to speak.
  const aboutAuthorByGivenName = authors.some((author) => {
    const givenName = (author.split(/\s+/)[0] ?? '').replace(/[^\p{L}'’-]/gu, '');
    return givenName.length > 1 && new RegExp(`^${givenName} ${AUTHOR_NOTE_VERB}`, 'u').test(closing);
  });
  const authorNote =
    (aboutAuthor && !/["“”]/.test(closing)) ||
    (aboutAuthorByGivenName && !/\b(?:said|says|told)\b/.test(closing));
  if (lastProse > 0 && authorNote && wordCount(closing) <= MAX_AUTHOR_NOTE_WORDS) {
    drops[lastProse] = 'author bio';
  }
  const signOff = texts[lastProse + 1] ?? '';
  if (lastProse !== -1 && drops[lastProse + 1] === null && /^\p{Lu}{2,4}$/u.test(signOff.trim())) {
    drops[lastProse + 1] = 'credit';
  }
  let proseSoFar = 0;
  let end = -1;
  let definite = false;
  for (const [index] of texts.entries()) {
    const drop = drops[index] ?? null;
    const appeal = drop === null && readerAddress(texts[index] ?? '') === 'appeal';
    // A copyright line, a wire credit or a comment box only ever follows the story, and a sentence
    // or two after it is small print. A "Most viewed" label or a newsletter appeal may sit just
    // above the story's last paragraphs, so they end it only when no prose follows at all.
    const isDefinite =
      END_REASONS.has(drop) ||
      ((drop === 'timestamp' || drop === 'editor note') && FIRST_EDITION_NOTE.test(texts[index] ?? ''));
    const opensEnd = END_OPENERS.has(labels[index] ?? '') || isDefinite || appeal;
    const proseAfter = proseCount - proseSoFar;
    const ends =
      proseAfter <= (isDefinite ? MAX_PROSE_AFTER_END : 0) ||
      (isDefinite && proseAfterIsOffTopic(texts, isProse, index));
    if (opensEnd && proseSoFar > 0 && ends) {
      end = index;
      definite = isDefinite;
      if (appeal) drops[index] = 'promotion';
      break;
    }
    if (isProse(index)) proseSoFar += 1;
  }
  if (end === -1) return;
  for (let index = end + 1; index < texts.length; index += 1) {
    const text = texts[index] ?? '';
    if (drops[index] !== null) continue;
    if (!definite && wordCount(text) >= 25 && endsSentence(text)) continue;
    drops[index] = 'after article';
  }
}

/**
 * Past a wire credit or a copyright line, the outlet may go on at length about itself ("Why news media
 * is in crisis & How you can fix it", three paragraphs of appeal): prose that quotes nobody and shares
 * at most a word with the story above it is the site's, however much of it there is.
 */
function proseAfterIsOffTopic(
  texts: readonly string[],
  isProse: (index: number) => boolean,
  end: number,
): boolean {
  const story = new Set<string>();
  for (let index = 0; index < end; index += 1) {
    if (isProse(index)) for (const word of topicWords(texts[index] ?? '')) story.add(word);
  }
  for (let index = end + 1; index < texts.length; index += 1) {
    const text = texts[index] ?? '';
    if (!isProse(index)) continue;
    if (REPORTING.test(text)) return false;
    const shared = [...topicWords(text)].filter((word) => story.has(word)).length;
    if (shared > MAX_SHARED_OFF_TOPIC) return false;
  }
  return true;
}

const MAX_AUTHOR_NOTE_WORDS = 60;

/** "Rachel Ong is a senior reporter covering climate and energy at Vox. She previously worked at Grist." */
const MAX_AUTHOR_LINE_WORDS = 25;

/** Footers and comment boxes hold a sentence or two of their own; a story's remainder holds more. */
const MAX_PROSE_AFTER_END = 2;

/**
 * A sentence-case line straight after the last body paragraph is the story's closing paragraph that
 * lost its full stop ("Opposition parties called on ministers to reverse the decision"), not a teaser.
 */
export function continuesStory(
  texts: readonly string[],
  kinds: readonly (ParagraphKind | null)[],
  drops: readonly (DropReason | null)[],
  index: number,
): boolean {
  let previous = index - 1;
  while (previous >= 0 && drops[previous] !== null) previous -= 1;
  const text = texts[index] ?? '';
  return (
    previous >= 0 &&
    kinds[previous] === 'body' &&
    wordCount(text) >= 6 &&
    capitalisedRatio(text) < 0.5 &&
    /^[\p{Lu}"“‘]/u.test(text)
  );
}

/** Common words that say nothing about what a story is about. */
const FUNCTION_WORDS = new Set(
  (
    'that this with from have said were been will would their they there which about after also more than ' +
    'when into over some what them then very just your here only other such most could should these those ' +
    'while where because being under since between among against during before though does were what'
  ).split(' '),
);

function topicWords(text: string): Set<string> {
  const found = text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return new Set(found.filter((word) => !FUNCTION_WORDS.has(word)));
}

/** Reporting carries quotations and attributions; a site's own small print carries neither. */
const REPORTING =
  /["“”«»]|\b(said|says|told|according to|added|stated|urged|warned|announced|advised|asked|called on|confirmed|noted|insisted|stressed|expects?|expected)\b/i;

const MIN_INLINE_LINK_WORDS = 4;

/** Furniture set between a story's paragraphs, which the story carries on after. */
const INLINE_DROPS = new Set<DropReason>(['related', 'link']);

/** "08:10", "11:15 a.m.", "9.40am BST": a time and nothing else, as a live page stamps its posts. */
export function isPostTime(text: string): boolean {
  return LONE_CLOCK.test(text.trim());
}

/**
 * On a page known to be live, its posts' times take more shapes: "Posted at 09:41", "9 minutes ago",
 * "Nov. 25, 2026, 11:30 a.m. ET", "3:10 a.m. ET, November 25, 2026": a time stamp giving the hour.
 */
export function isLivePostTime(text: string): boolean {
  const trimmed = text.trim();
  if (isPostTime(trimmed) || POST_AGE.test(trimmed) || CLOCK_THEN_WRITER.test(trimmed)) return true;
  // "Updated 11:20 a.m." under the headline stamps the page, not a post.
  if (/^(?:last )?(?:updated|published|modified)\b/i.test(trimmed)) return false;
  return wordCount(trimmed) <= MAX_POST_TIME_WORDS && HAS_CLOCK.test(trimmed) && isTimestampLine(trimmed);
}

/** "9 minutes ago", "2h ago", "Just now": a live page's age of a post. */
const POST_AGE = /^(?:\d{1,2}\s*(?:minutes?|mins?|m|hours?|hrs?|h)\s+ago|just now)$/i;
const MIN_LIVE_STAMPS = 3;
const HAS_CLOCK = /\b\d{1,2}[:.]\d{2}(?!\d)|\b\d{1,2}\s?[ap]\.?m\b/i;
const MAX_POST_TIME_WORDS = 8;

/** "11:48 Tristan Cork": the post's time and its writer, as regional chains stamp live posts. */
const CLOCK_THEN_WRITER =
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

const LONE_CLOCK = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** A word or two in common (the outlet's name, "news") is chance, not a shared subject. */
const MAX_SHARED_OFF_TOPIC = 1;

/** Shorter closing lines ("He declined to comment.") are let be: too short to judge by topic. */
const MIN_OFF_TOPIC_WORDS = 6;

/**
 * Once the story has stopped talking about its subject, what follows is the site talking about
 * itself ("DW's editorial content is available free of charge."). Past the last paragraph that
 * shares at least two topic words with the rest of the story and the furniture after it, a body
 * paragraph that shares at most one, quotes nobody and attributes nothing is dropped.
 */
export function dropOffTopicTail(
  texts: readonly string[],
  kinds: readonly (ParagraphKind | null)[],
  drops: (DropReason | null)[],
): void {
  const body = texts
    .map((_, index) => index)
    .filter((index) => kinds[index] === 'body' && drops[index] === null);
  const words = new Map(body.map((index) => [index, topicWords(texts[index] ?? '')]));
  // How many paragraphs use each word, so the words a paragraph shares with the others are counted
  // in one pass rather than by comparing every pair of paragraphs.
  const paragraphsUsing = new Map<string, number>();
  for (const own of words.values()) {
    for (const word of own) paragraphsUsing.set(word, (paragraphsUsing.get(word) ?? 0) + 1);
  }
  const shared = (index: number) =>
    [...(words.get(index) ?? [])].filter((word) => (paragraphsUsing.get(word) ?? 0) > 1).length;
  const sharedCounts = new Map(body.map((index) => [index, shared(index)]));
  // A paragraph that quotes or attributes is reporting, on topic or not: in a short story few words
  // repeat, and a picture's credit after "... the minister said." is not where the story stopped.
  // With no paragraph on topic, a story too short to judge by its words is let be.
  if (!body.some((index) => (sharedCounts.get(index) ?? 0) >= 2)) return;
  const lastOnTopic = body
    .filter((index) => (sharedCounts.get(index) ?? 0) >= 2 || REPORTING.test(texts[index] ?? ''))
    .at(-1);
  if (lastOnTopic === undefined) return;
  // Only past furniture that follows the story: a closing paragraph straight after the others stays.
  // A lone link to another story ("Read: Power tariff hike approved") set between two paragraphs
  // does not end the story.
  const inline = (drop: DropReason, index: number) =>
    INLINE_DROPS.has(drop) &&
    wordCount(texts[index] ?? '') >= MIN_INLINE_LINK_WORDS &&
    drops[index - 1] === null &&
    drops[index + 1] === null;
  // A live page's post times ("08:10") part its posts; the story goes on after them.
  // So does a post's own "Share post" button over the next post's time. A page stamped with the hour
  // again and again ("Nov 25, 2026 10:58 AM IST") is a live page, and those stamps are its posts' times.
  const live = texts.filter((text) => isLivePostTime(text)).length >= MIN_LIVE_STAMPS;
  const isTime = (text: string) => isPostTime(text) || (live && isLivePostTime(text));
  const postTime = (index: number) =>
    isTime(texts[index] ?? '') || (drops[index] === 'share' && isTime(texts[index + 1] ?? ''));
  const furnitureAfter = drops.findIndex(
    (drop, index) => index > lastOnTopic && drop !== null && !inline(drop, index) && !postTime(index),
  );
  if (furnitureAfter === -1) return;
  for (const index of body) {
    const text = texts[index] ?? '';
    if (index <= furnitureAfter || wordCount(text) < MIN_OFF_TOPIC_WORDS || REPORTING.test(text)) continue;
    if ((sharedCounts.get(index) ?? 0) <= MAX_SHARED_OFF_TOPIC) drops[index] = 'off topic';
  }
}

/** What an author's note says the author does: "covers biotech", "writes the column", "is a reporter". */
const AUTHOR_NOTE_VERB = '(?:covers|writes|reports|is an? |has (?:covered|written|reported)|joined)';
