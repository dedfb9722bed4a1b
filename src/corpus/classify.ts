import { bareLabel, type FurnitureReason, furnitureReason } from './furniture.js';
import { readerAddress } from './reader-address.js';
import {
  captionText,
  isCaption,
  isRoleLine,
  opensWithDateline,
  readByline,
  startsWithDateline,
} from './structure.js';
import {
  capitalisedRatio,
  endsSentence,
  isHeadlineLike,
  isProseLike,
  startsWithQuote,
  wordCount,
} from './text-signals.js';
import type { ParagraphKind } from './types.js';
import type { TextUnit } from './units.js';

export type DropReason =
  | FurnitureReason
  | 'headline'
  | 'before headline'
  | 'after article'
  | 'fragment'
  | 'summary label';

export interface ClassifiedUnit {
  /** The text as it will be shown: verbatim except for a caption's screen-reader label. */
  text: string;
  /** Kind of a kept paragraph; null for the headline and for dropped furniture. */
  kind: ParagraphKind | null;
  drop: DropReason | null;
  byline: string | null;
  /** An outlet named in a byline ("Jane Smith, BBC News"). */
  bylineOutlet: string | null;
}

export interface ClassifyOptions {
  /** A title from front matter: when the page repeats it as its headline, that line is the headline. */
  knownTitle?: string;
}

/** Labels that open a list of links to other stories: everything short after them is that list. */
const LIST_OPENERS = new Set([
  'related',
  'related article',
  'related articles',
  'related video',
  'related story',
  'related link',
  'related links',
  'related topics',
  'related content',
  'related articles',
  'related stories',
  'related news',
  'related coverage',
  'more on this story',
  'more on this',
  'more stories',
  'more news',
  'most read',
  'most popular',
  'most viewed',
  'most shared',
  'recommended',
  'recommended for you',
  'recommended stories',
  'you may also like',
  'you might also like',
  'trending',
  'trending now',
  'top stories',
  'latest',
  'latest news',
  'latest stories',
  'editor’s picks',
  "editor's picks",
  'editors picks',
  'must read',
  'in other news',
  'further reading',
  'also read',
  'read also',
  'read next',
  'see also',
  'suggested topics',
  'topics',
  'tags',
  'explore more on these topics',
  'more in this series',
]);

/** "Most Read from Bloomberg", "More from The Post", "Latest in Europe". */
const LIST_OPENER_WITH_SOURCE =
  /^(most (read|popular|viewed|shared)|more|latest|top stories|trending|recommended) (from|on|in) .{1,40}$/;

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

/** Furniture that only appears once the story has ended. */
const END_REASONS = new Set<DropReason | null>(['footer', 'comments', 'credit', 'author bio']);

/** A teaser headline sits right before these markers ("Why Syria needs ... / Read More »"). */
const TRAILING_TEASER_MARKERS =
  /^(read more|continue reading|keep reading|read the full story|full story)\W*$/i;

/** Teaser lists stop at the first thing that reads as reporting again. */
const MAX_LIST_LENGTH = 20;

/**
 * Decides, for every candidate paragraph of a page, whether it is the headline, a kept paragraph (and
 * of which kind) or furniture to drop (and why). Works from signals any news page shares: furniture
 * vocabulary, position relative to the headline and the body, sentence shape and length.
 */
export function classifyUnits(units: readonly TextUnit[], options: ClassifyOptions = {}): ClassifiedUnit[] {
  const texts = units.map((unit) => unit.text);
  const drops: (DropReason | null)[] = texts.map((text) => furnitureReason(text));
  const labels = texts.map(bareLabel);

  dropTeasers(units, texts, labels, drops);
  dropLoneBulletLinks(texts, drops);
  dropMenuRuns(texts, drops);
  spreadBoxReasons(units, texts, drops);

  // A picture's credit line is followed, in the same block, by its caption.
  const captions = texts.map(
    (text, index) =>
      isCaption(text) ||
      (drops[index - 1] === 'image credit' &&
        units[index - 1]?.block === units[index]?.block &&
        wordCount(text) <= 60),
  );
  const summary = findSummaryBox(units, texts, drops);
  const isProseAt = (index: number) =>
    drops[index] === null && !captions[index] && !summary.has(index) && isStrongProse(texts[index] ?? '');
  const found = texts.findIndex((_, index) => isProseAt(index));
  const firstProse = found === -1 ? texts.length : found;
  const storyStart = findStoryStart(texts, drops, firstProse, isProseAt);

  const headline = findHeadline(texts, drops, captions, firstProse, options.knownTitle);
  if (headline !== null) {
    for (let index = 0; index < headline; index += 1) {
      if (drops[index] === null) drops[index] = 'before headline';
    }
    drops[headline] = 'headline';
  }

  const bylines: (ReturnType<typeof readByline> | null)[] = texts.map(() => null);
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || captions[index]) continue;
    const reading = readByline(text, index < storyStart && (headline === null || index > headline));
    if (reading !== null) {
      drops[index] = 'byline';
      bylines[index] = reading;
    }
  }

  dropAfterEnd(texts, labels, drops);

  const kinds: (ParagraphKind | null)[] = texts.map(() => null);
  const standfirst = findStandfirst(texts, drops, captions, headline, storyStart);
  if (standfirst !== null) {
    kinds[standfirst] = 'standfirst';
    // Some sites print the standfirst as two or three summary lines, none with a full stop.
    for (let next = standfirst + 1; next < storyStart && isSummaryLine(texts[next] ?? ''); next += 1) {
      if (drops[next] !== null || captions[next]) break;
      kinds[next] = 'standfirst';
    }
  }

  for (const index of summary) {
    if (drops[index] === null) kinds[index] = 'standfirst';
  }

  const bodyLike = texts.map(
    (text, index) => drops[index] === null && kinds[index] === null && !captions[index] && isProseLike(text),
  );
  const lastBody = bodyLike.lastIndexOf(true);
  const firstBody = bodyLike.findIndex((value, index) => value && index !== standfirst);
  const inStory = (index: number) => firstBody !== -1 && index > firstBody && index < lastBody;

  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || kinds[index] !== null) continue;
    if (captions[index]) {
      kinds[index] = 'caption';
    } else if (units[index]?.markedHeading && index > firstBody) {
      kinds[index] = 'heading';
    } else if (inStory(index) && isQuestionHeading(text)) {
      kinds[index] = 'heading';
    } else if (bodyLike[index]) {
      kinds[index] = 'body';
    } else if (inStory(index) && isHeadingLike(text)) {
      kinds[index] = 'heading';
    } else if (inStory(index) && wordCount(text) >= 2) {
      kinds[index] = 'body';
    } else if (continuesStory(texts, kinds, drops, index)) {
      kinds[index] = 'body';
    } else {
      drops[index] = 'fragment';
    }
  }

  return texts.map((text, index) => ({
    text: shownText(kinds[index] ?? null, text),
    kind: drops[index] === null ? (kinds[index] ?? null) : null,
    drop: drops[index] ?? null,
    byline: bylines[index]?.names ?? null,
    bylineOutlet: bylines[index]?.outlet ?? null,
  }));
}

/**
 * A sentence-case line straight after the last body paragraph is the story's closing paragraph that
 * lost its full stop ("Opposition parties called on ministers to reverse the decision"), not a teaser.
 */
function continuesStory(
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

/** Labels of the summary boxes some sites put above the story ("In short:", "Key points"). */
const SUMMARY_LABEL =
  /^(in short|key points|key facts|at a glance|the big picture|summary|in brief|what we know( so far)?|what['’]s next\??|what happens next\??|the story so far|quick read|tl;?dr)\s*:?$/i;

/**
 * The points of a summary box: the lines sharing a block with its label. The label itself is dropped;
 * the points are standfirst, since they summarise rather than report. Only near the top of a page.
 */
function findSummaryBox(
  units: readonly TextUnit[],
  texts: readonly string[],
  drops: (DropReason | null)[],
): Set<number> {
  const points = new Set<number>();
  const proseAround = (index: number) => {
    const before = texts.filter((text, other) => other < index && isStrongProse(text)).length;
    return { before, after: texts.filter((text) => isStrongProse(text)).length - before };
  };
  for (const [index, text] of texts.entries()) {
    const sharesBlock = units[index + 1]?.block === units[index]?.block;
    if (drops[index] !== null || !sharesBlock || !SUMMARY_LABEL.test(text.trim())) continue;
    const { before, after } = proseAround(index);
    if (before > MAX_HEADER_PROSE || after < MIN_PROSE_AFTER_SUMMARY) continue;
    drops[index] = 'summary label';
    for (let next = index + 1; units[next]?.block === units[index]?.block; next += 1) {
      if (drops[next] === null && !SUMMARY_LABEL.test((texts[next] ?? '').trim())) points.add(next);
    }
  }
  return points;
}

const MIN_PROSE_AFTER_SUMMARY = 3;

/**
 * The paragraph as a reader should see it: a caption without its screen-reader label, a paragraph
 * without the inline "read more" link some sites glue to its end.
 */
function shownText(kind: ParagraphKind | null, text: string): string {
  if (kind === 'caption') return captionText(text);
  if (kind === 'body') return text.replace(/([.!?…]["'”’)]*)\s+read more\W*$/i, '$1');
  return text;
}

/**
 * Where the story proper begins. The first full sentence is usually it, but when a byline or a date
 * still follows that sentence, the sentence was the standfirst and the story starts after them.
 */
function findStoryStart(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  firstProse: number,
  isProseAt: (index: number) => boolean,
): number {
  // A dateline marks the first paragraph of the story; prose above it is the page's header.
  const opening = texts
    .map((_, index) => index)
    .filter((index) => index >= firstProse && isProseAt(index))
    .slice(0, MAX_HEADER_PROSE + 1);
  const dated = opening.find((index) => opensWithDateline(texts[index] ?? ''));
  if (dated !== undefined) return dated;
  for (let index = firstProse + 1; index < texts.length; index += 1) {
    if (!isProseAt(index)) continue;
    for (let between = firstProse + 1; between < index; between += 1) {
      const text = texts[between] ?? '';
      const drop = drops[between];
      if (drop === 'timestamp' || (drop === null && (readByline(text, true) !== null || isRoleLine(text)))) {
        return index;
      }
    }
    return firstProse;
  }
  return firstProse;
}

/** A page header holds a standfirst and perhaps a caption or two before the story's dateline. */
const MAX_HEADER_PROSE = 2;

/**
 * Ends with a full stop and is long enough to be a sentence, or is too long to be anything but prose.
 * Questions do not count: surveys and teaser headlines ask them, story openings rarely do.
 */
function isStrongProse(text: string): boolean {
  const count = wordCount(text);
  return (count >= 6 && /[.…]["'”’»)\]]*$/.test(text)) || count >= 30;
}

/** Section headings: a few words, no closing full stop, a capital first; a question is allowed. */
function isHeadingLike(text: string): boolean {
  const count = wordCount(text);
  return (
    count >= 1 &&
    count <= 10 &&
    text.length <= 90 &&
    !/[.,;]["'”’)]*$/.test(text) &&
    /^["'“‘]?[\p{Lu}\p{N}]/u.test(text) &&
    /\p{L}{2}/u.test(text)
  );
}

function isSummaryLine(text: string): boolean {
  const count = wordCount(text);
  return count >= 6 && count <= 40 && !endsSentence(text) && capitalisedRatio(text) < 0.6;
}

/** Explainer-style subheads ("What happens next?"): a short question standing alone, not a quotation. */
function isQuestionHeading(text: string): boolean {
  return (
    wordCount(text) <= 8 &&
    /\?$/.test(text) &&
    !/["“”‘’«»]/.test(text) &&
    !/^['‘]/.test(text) &&
    /^[\p{Lu}\p{N}]/u.test(text)
  );
}

/** Short headline-shaped lines in a teaser list (no full stop; a question mark is fine). */
function isTeaserLine(text: string): boolean {
  const count = wordCount(text);
  if (count >= 30) return false;
  if (count >= 8 && /[.…]["'”’)]*$/.test(text)) return false;
  return true;
}

function dropTeasers(
  units: readonly TextUnit[],
  texts: readonly string[],
  labels: readonly string[],
  drops: (DropReason | null)[],
): void {
  for (const [index, text] of texts.entries()) {
    const label = labels[index] ?? '';
    const opensItsBlock =
      units[index - 1]?.block !== units[index]?.block && units[index + 1]?.block === units[index]?.block;
    if (TRAILING_TEASER_MARKERS.test(label) && !text.trim().endsWith(':') && !opensItsBlock) {
      drops[index] = 'related';
      const previous = index - 1;
      const previousText = texts[previous];
      if (
        previousText !== undefined &&
        drops[previous] === null &&
        units[previous]?.block === units[index]?.block &&
        isHeadlineLike(previousText)
      ) {
        drops[previous] = 'related';
        continue;
      }
      const next = texts[index + 1];
      if (next !== undefined && drops[index + 1] === null && isHeadlineLike(next))
        drops[index + 1] = 'related';
      continue;
    }
    const opensList =
      LIST_OPENERS.has(label) ||
      LIST_OPENER_WITH_SOURCE.test(label) ||
      (drops[index] === 'related' && (/:\s*$/.test(text) || opensItsBlock));
    if (!opensList) continue;
    drops[index] = 'related';
    // A list pasted with its label shares the label's block; a label alone in its block is followed
    // by one-line blocks. Either way the list stops where prose or a different block shape begins.
    const block = units[index]?.block;
    const labelAlone = units[index + 1]?.block !== block;
    for (let next = index + 1; next < texts.length && next <= index + MAX_LIST_LENGTH; next += 1) {
      const nextBlock = units[next]?.block;
      if (!labelAlone && nextBlock !== block) break;
      if (labelAlone && (units[next - 1]?.block === nextBlock || units[next + 1]?.block === nextBlock)) break;
      const nextText = texts[next] ?? '';
      const nextDrop = drops[next];
      if (nextDrop !== null && nextDrop !== 'related' && nextDrop !== 'timestamp' && nextDrop !== 'link')
        break;
      if (nextDrop === null && !isTeaserLine(nextText)) break;
      if (
        nextDrop === null &&
        startsWithQuote(nextText) &&
        endsSentence(nextText) &&
        wordCount(nextText) >= 6
      ) {
        break;
      }
      drops[next] = 'related';
    }
  }
}

const BULLET = /^[•*·▪►-]\s+\S/;

/**
 * A single bulleted headline between paragraphs ("• Meghan's claim ... challenged by experts") is a
 * link to another story; a list in the story has several items, or items that are sentences.
 */
function dropLoneBulletLinks(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || !BULLET.test(text) || endsSentence(text) || wordCount(text) > 20) continue;
    if (BULLET.test(texts[index - 1] ?? '') || BULLET.test(texts[index + 1] ?? '')) continue;
    drops[index] = 'related';
  }
}

/** Three or more very short lines in a row (Home / World / Middle East) are a menu. */
function dropMenuRuns(texts: readonly string[], drops: (DropReason | null)[]): void {
  const isMenuItem = (index: number) => {
    const text = texts[index] ?? '';
    if (drops[index] === 'navigation') return true;
    return drops[index] === null && wordCount(text) <= 3 && !endsSentence(text) && !startsWithQuote(text);
  };
  let start = 0;
  while (start < texts.length) {
    if (!isMenuItem(start)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < texts.length && isMenuItem(end + 1)) end += 1;
    if (end - start + 1 >= 3) {
      for (let index = start; index <= end; index += 1) drops[index] = 'navigation';
    }
    start = end + 1;
  }
}

/** Boxes whose buttons and small print sit in the same pasted block as their recognisable line. */
const BOX_REASONS = new Set<DropReason | null>([
  'cookie banner',
  'newsletter',
  'subscription',
  'comments',
  'feedback',
  'media',
]);

function spreadBoxReasons(
  units: readonly TextUnit[],
  texts: readonly string[],
  drops: (DropReason | null)[],
): void {
  for (const [index, unit] of units.entries()) {
    const reason = drops[index] ?? null;
    if (!BOX_REASONS.has(reason)) continue;
    for (const [other, neighbour] of units.entries()) {
      const text = texts[other] ?? '';
      if (
        neighbour.block === unit.block &&
        drops[other] === null &&
        wordCount(text) <= 12 &&
        !/\.$/.test(text)
      ) {
        drops[other] = reason;
      }
    }
  }
}

function findHeadline(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  firstProse: number,
  knownTitle: string | undefined,
): number | null {
  if (knownTitle !== undefined) {
    const wanted = comparable(knownTitle);
    const repeated = texts.findIndex(
      (text, index) => index <= firstProse && drops[index] === null && comparable(text) === wanted,
    );
    return repeated === -1 ? null : repeated;
  }
  // The headline sits just above the byline or dateline, or above the story when there is neither;
  // a standfirst may follow it, and captions and images may sit between them.
  const anchor = texts.findIndex(
    (text, index) =>
      index < firstProse &&
      drops[index] === null &&
      (readByline(text, false) !== null || isRoleLine(text) || isBylineAboveStamp(texts, drops, index)),
  );
  const stamp = drops.findIndex((drop, index) => index < firstProse && drop === 'timestamp');
  const limit = Math.min(...[anchor, stamp, firstProse].filter((index) => index >= 0), texts.length);
  const isCandidate = (index: number) => {
    const text = texts[index] ?? '';
    return drops[index] === null && isHeadlineLike(text) && !captions[index] && !startsWithDateline(text);
  };
  const isTransparent = (index: number) =>
    captions[index] === true || drops[index] === 'image credit' || drops[index] === 'share';
  let last = limit - 1;
  while (last >= 0 && !isCandidate(last)) last -= 1;
  if (last < 0) return null;
  // Section labels and taglines above a headline ("Climate & Environment") are a few words and
  // end the cluster; a headline is rarely so short.
  // A short kicker printed under the headline ("ABC Science") is not the headline.
  if (wordCount(texts[last] ?? '') <= SHORT_LABEL_WORDS) {
    let previous = last - 1;
    while (previous >= 0 && !isCandidate(previous) && isTransparent(previous)) previous -= 1;
    if (previous >= 0 && isCandidate(previous) && wordCount(texts[previous] ?? '') > SHORT_LABEL_WORDS) {
      last = previous;
    }
  }
  const cluster: number[] = [last];
  for (let index = last - 1; index >= 0 && wordCount(texts[last] ?? '') > SHORT_LABEL_WORDS; index -= 1) {
    if (isCandidate(index) && wordCount(texts[index] ?? '') > SHORT_LABEL_WORDS) cluster.unshift(index);
    else if (!isTransparent(index)) break;
  }
  // What follows the headline inside the cluster is its standfirst, one line or several.
  return cluster[0] ?? last;
}

const SHORT_LABEL_WORDS = 3;

/** "Tom Ferreira" on a line of its own, right above a date or a job title: a byline. */
function isBylineAboveStamp(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  index: number,
): boolean {
  const text = texts[index] ?? '';
  const count = wordCount(text);
  const next = texts[index + 1] ?? '';
  return (
    count >= 2 &&
    count <= 4 &&
    /^[\p{Lu}][\p{L} .'’-]+$/u.test(text) &&
    capitalisedRatio(text) === 1 &&
    (drops[index + 1] === 'timestamp' || isRoleLine(next))
  );
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/**
 * The standfirst (dek, sell): the summary line right under the headline. It usually has no closing full
 * stop, or is followed by the byline or date that separates it from the story.
 */
function findStandfirst(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  headline: number | null,
  storyStart: number,
): number | null {
  const from = headline === null ? 0 : headline + 1;
  let candidate = -1;
  for (let index = from; index < texts.length; index += 1) {
    if (drops[index] !== null) continue;
    if (captions[index]) continue;
    candidate = index;
    break;
  }
  if (candidate === -1 || candidate > storyStart) return null;
  const text = texts[candidate] ?? '';
  const count = wordCount(text);
  if (count < 6 || count > 70 || startsWithDateline(text) || startsWithQuote(text)) return null;
  if (!endsSentence(text) && !/:$/.test(text)) return candidate;
  if (candidate < storyStart && opensWithDateline(texts[storyStart] ?? '')) return candidate;
  for (let index = candidate + 1; index < texts.length; index += 1) {
    const drop = drops[index];
    if (drop === 'byline' || drop === 'timestamp') return candidate;
    if (drop === null && !captions[index] && isProseLike(texts[index] ?? '')) return null;
  }
  return null;
}

/**
 * After the end of a story pages carry related links, topic tags, comments and footers. Once such a
 * section opens, only substantial prose survives.
 */
function dropAfterEnd(
  texts: readonly string[],
  labels: readonly string[],
  drops: (DropReason | null)[],
): void {
  const isProse = (index: number) => drops[index] === null && isStrongProse(texts[index] ?? '');
  const proseCount = texts.filter((_, index) => isProse(index)).length;
  // An author's note is only one at the foot of the story; higher up, the same words are reporting.
  for (const [index] of texts.entries()) {
    if (drops[index] !== 'author bio') continue;
    const proseAfter = texts.filter((_, after) => after > index && isProse(after)).length;
    if (proseAfter > MAX_PROSE_AFTER_END) drops[index] = null;
  }
  let proseSoFar = 0;
  let end = -1;
  for (const [index] of texts.entries()) {
    const drop = drops[index] ?? null;
    const appeal = drop === null && readerAddress(texts[index] ?? '') === 'appeal';
    const opensEnd = END_OPENERS.has(labels[index] ?? '') || END_REASONS.has(drop) || appeal;
    // Sites drop "Most viewed" boxes and share bars mid-story too: it is the end only if the story is.
    if (opensEnd && proseSoFar > 0 && proseCount - proseSoFar <= MAX_PROSE_AFTER_END) {
      end = index;
      if (appeal) drops[index] = 'promotion';
      break;
    }
    if (isProse(index)) proseSoFar += 1;
  }
  if (end === -1) return;
  for (let index = end + 1; index < texts.length; index += 1) {
    const text = texts[index] ?? '';
    if (drops[index] !== null) continue;
    if (wordCount(text) >= 25 && endsSentence(text)) continue;
    drops[index] = 'after article';
  }
}

/** Footers and comment boxes hold a sentence or two of their own; a story's remainder holds more. */
const MAX_PROSE_AFTER_END = 2;
