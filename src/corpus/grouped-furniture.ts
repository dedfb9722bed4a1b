import { bareLabel, type DropReason, isTimestampLine } from './furniture.js';
import { isLivePostTime } from './page-tail.js';
import { isCaption, opensWithDateline, readByline } from './structure.js';
import {
  endsSentence,
  isHeadlineLike,
  isStrongProse,
  isTeaserLine,
  startsWithQuote,
  wordCount,
} from './text-signals.js';
import type { TextUnit } from './units.js';

/**
 * Furniture recognised by its neighbours rather than its own words: the teaser headlines under a
 * "Related" label, a menu of one-word lines, the buttons of a cookie banner.
 */

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
  'related reports',
  // A government press release's "From:" over the department that issued it.
  'from',
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
  // "READ:" over two headlines at a Philippine paper's story end.
  'read',
  'read next',
  'see also',
  'suggested topics',
  'topics',
  'tags',
  'explore more on these topics',
  'more in this series',
  'notable',
]);

/** "Most Read from Bloomberg", "More from The Post", "Latest in Europe", "Related stories from The Bee". */
const LIST_OPENER_WITH_SOURCE =
  /^(most (read|popular|viewed|shared)|more|latest|top stories|trending|recommended|related( stories| articles| news| coverage| content)?) (from|on|in) .{1,40}$|^most (read|popular|viewed|shared)( [a-z]+){1,3}$/;

/** A teaser headline sits right before these markers ("Why Syria needs ... / Read More »"). */
const TRAILING_TEASER_MARKERS =
  /^(read more|continue reading|keep reading|read the full story|full story)\W*$/i;

/** Teaser lists stop at the first thing that reads as reporting again. */
const MAX_LIST_LENGTH = 20;

export function dropTeasers(
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
    // Under the story's own byline or time stamp the header has been printed: a list there (a live
    // page's "Most Read" box) runs into the first post's time, not into another story's header.
    const headerAbove = [1, 2, 3].some((back) => {
      const above = texts[index - back];
      return (
        above !== undefined &&
        (drops[index - back] === 'timestamp' || isTimestampLine(above) || readByline(above, false) !== null)
      );
    });
    const storyAbove =
      texts.slice(0, index).filter((above, at) => drops[at] === null && isStrongProse(above)).length >=
      MIN_STORY_ABOVE_CARD;
    // A lone label may head a block of short lines instead ("Follow topics:" / "Israel Weather" ...).
    const following = units[index + 1]?.block;
    const members = texts.map((_, member) => member).filter((member) => units[member]?.block === following);
    if (
      labelAlone &&
      members.length > 1 &&
      members.every((member) => drops[member] !== null || isTeaserLine(texts[member] ?? ''))
    ) {
      for (const member of members) drops[member] = drops[member] ?? 'related';
      continue;
    }
    for (let next = index + 1; next < texts.length && next <= index + MAX_LIST_LENGTH; next += 1) {
      const nextBlock = units[next]?.block;
      if (!labelAlone && nextBlock !== block) break;
      if (labelAlone && (units[next - 1]?.block === nextBlock || units[next + 1]?.block === nextBlock)) break;
      // Past a lone label the list may run into the article's own header: a line with a byline or
      // date just after it is the headline, not a teaser.
      // Once paragraphs of the story have been printed above the label, a dated headline under it
      // is another story's card, not this story's header.
      if (labelAlone && !headerAbove && !storyAbove && headsAStory(texts, drops, next)) break;
      const nextText = texts[next] ?? '';
      const nextDrop = drops[next];
      if (nextDrop !== null && nextDrop !== 'related' && nextDrop !== 'timestamp' && nextDrop !== 'link')
        break;
      // "Topics" in a magazine's menu, then "By Name" over the date and the headline: a list of
      // links carries no byline, so the story's header has begun.
      if (nextDrop === null && /^by\s/i.test(nextText) && readByline(nextText, false) !== null) break;
      // Inside the label's own box a teaser may be a sentence or two ("Boston's snow farms are filling
      // up. Here's where the snow goes."); past a lone label, a sentence is the story resuming.
      const boxedTeaser = !labelAlone && wordCount(nextText) <= MAX_BOXED_TEASER_WORDS;
      // "Read Next" / "Florida's insurance market is stabilizing. Why are homeowners still paying more?" /
      // "November 24, 2026 4:00 AM": a card's headline may be two sentences; its date says it is a card.
      const datedCard =
        wordCount(nextText) <= MAX_BOXED_TEASER_WORDS &&
        (drops[next + 1] === 'timestamp' || isTimestampLine(texts[next + 1] ?? ''));
      if (nextDrop === null && !isTeaserLine(nextText) && !boxedTeaser && !datedCard) break;
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

const MAX_BOXED_TEASER_WORDS = 20;
/** Paragraphs of the story above a label: two, as a headline and a standfirst are not. */
const MIN_STORY_ABOVE_CARD = 2;

/** "Read more: Scientists warn of more glacier collapses": the other story's headline after the label. */
const LINKED_HEADLINE = /^(?:read more|read|related|see also|also read|read also|more)\s*[:|»›>]\s*(\S.*)$/i;

/**
 * A teaser card set inside the story: another story's headline, the date it was published and a
 * sentence about it, with a "Read more: <the same headline>" link beside it. The link is furniture by
 * its own words; the card's headline is the same words again, and its date and sentence share a box.
 */
export function dropTeaserCards(
  units: readonly TextUnit[],
  texts: readonly string[],
  drops: (DropReason | null)[],
): void {
  const linked = new Set<string>();
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== 'related') continue;
    const title = LINKED_HEADLINE.exec(text.trim())?.[1]?.trim();
    if (title !== undefined && wordCount(title) >= 4) linked.add(title);
  }
  if (linked.size === 0) return;
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || !linked.has(text.trim())) continue;
    drops[index] = 'related';
    let next = index + 1;
    while (next < texts.length && drops[next] === 'timestamp') next += 1;
    const stamped = next > index + 1;
    const summary = texts[next] ?? '';
    // Its sentence shares the date's box, or, on a page pasted without boxes, sits above the link.
    const boxed = units[next]?.block === units[next - 1]?.block || drops[next + 1] === 'related';
    if (stamped && drops[next] === null && boxed && wordCount(summary) <= MAX_CARD_SUMMARY_WORDS) {
      drops[next] = 'related';
    }
  }
}

const MAX_CARD_SUMMARY_WORDS = 35;

/**
 * Between two paragraphs of the story, another story's headline with the day it ran under it
 * ("Antwerp dockers vote to extend walkout into December" / "Nov. 11, 2026") is a link to it, its
 * label lost. A live page's post puts its clock time, not a date, with its headline.
 */
export function dropDatedTeasersInStory(texts: readonly string[], drops: (DropReason | null)[]): void {
  const prose = (index: number) =>
    drops[index] === null &&
    endsSentence(texts[index] ?? '') &&
    wordCount(texts[index] ?? '') >= MIN_PROSE_WORDS;
  for (const [index, text] of texts.entries()) {
    const date = texts[index + 1] ?? '';
    if (
      drops[index] !== null ||
      drops[index + 1] !== 'timestamp' ||
      !/\b(?:19|20)\d\d\b/.test(date) ||
      endsSentence(text) ||
      !isHeadlineLike(text) ||
      wordCount(text) < MIN_TEASER_HEADLINE_WORDS
    )
      continue;
    if (prose(index - 1) && prose(index + 2)) drops[index] = 'related';
  }
}

const MIN_PROSE_WORDS = 15;
const MIN_TEASER_HEADLINE_WORDS = 4;

const BULLET = /^[•*·▪►-]\s+\S/;

/**
 * A single bulleted headline between paragraphs ("• Meghan's claim ... challenged by experts") is a
 * link to another story; a list in the story has several items, or items that are sentences.
 */
export function dropLoneBulletLinks(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || !BULLET.test(text) || endsSentence(text) || wordCount(text) > 20) continue;
    // Items of one list share their bullet character.
    const marker = text[0];
    if (texts[index - 1]?.[0] === marker || texts[index + 1]?.[0] === marker) continue;
    drops[index] = 'related';
  }
}

/**
 * A line repeating the one before it word for word (a video title shown twice, a headline echoed by
 * a share card) is kept once; the copy takes the furniture reason of the original if it had one.
 */
export function dropRepeats(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (let index = 1; index < texts.length; index += 1) {
    if (texts[index] === texts[index - 1] && drops[index] === null)
      drops[index] = drops[index - 1] ?? 'repeat';
  }
}

/**
 * A pull quote: a sentence of the story set again in large type between paragraphs, quotation marks
 * and all ("“The people most at risk are the ones nobody checks on.”"). The story already has it.
 */
export function dropPullQuotes(texts: readonly string[], drops: (DropReason | null)[]): void {
  // Above the story a sentence set apart is its standfirst, which may repeat the opening words.
  const storyBegins = texts.findIndex(
    (text, index) => drops[index] === null && wordCount(text) >= 25 && endsSentence(text),
  );
  const words: (string | undefined)[] = [];
  const wordsAt = (index: number) => {
    words[index] ??= wordsOf(texts[index] ?? '');
    return words[index];
  };
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null) continue;
    // Under a live page's post time, the quotation is the post's headline ("'I've never seen waves like it'").
    if (isLivePostTime(texts[index - 1] ?? '')) continue;
    if (storyBegins !== -1 && index > storyBegins && isDisplayedQuotation(text)) {
      drops[index] = 'repeat';
      continue;
    }
    // The speaker may be named under it ("— Dolores Imbesi"); a magazine may set a plain sentence of
    // its own, without quotation marks, the same way, but only a whole sentence of some length.
    const unattributed = text.trim().replace(/\s+[—–]\s*\p{Lu}[^"“”.!?]{1,60}$/u, '');
    const quoted = /^["“‘'«]\s*(.+?)\s*["”’'»]$/u.exec(unattributed)?.[1];
    const plain = quoted === undefined && endsSentence(unattributed) ? unattributed : undefined;
    if (quoted !== undefined ? wordCount(quoted) < MIN_PULL_QUOTE_WORDS : plain === undefined) continue;
    // "'There is no work anymore'" over the section that quotes it: a few words with no sentence's
    // punctuation head the section as its subhead, lifted from the quotation as subeditors do. A
    // speaker named under it makes it a pull quote.
    if (quoted !== undefined && unattributed === text.trim() && isQuotedSubheadShape(quoted)) continue;
    if (
      plain !== undefined &&
      (wordCount(plain) < MIN_PLAIN_PULL_QUOTE_WORDS || storyBegins === -1 || index <= storyBegins)
    )
      continue;
    // Compared word for word: the pull quote may close on a full stop where the story has a comma
    // ("... keeps the ships alive.'" for "... alive,'" she says").
    const pulled = quoted ?? plain ?? '';
    // Its first words, as printed, are looked for before the slower comparison word for word.
    const opening = pulled.split(/\s+/, OPENING_WORDS).join(' ');
    let inner: string | undefined;
    const repeated = texts.some((other, at) => {
      if (at === index || other.length <= text.length || !other.includes(opening)) return false;
      inner ??= wordsOf(pulled);
      return wordsAt(at).includes(inner);
    });
    if (repeated) drops[index] = 'repeat';
  }
}

const MIN_PULL_QUOTE_WORDS = 5;

function isQuotedSubheadShape(quoted: string): boolean {
  return !/[.,;:!?…]$/.test(quoted) && wordCount(quoted) <= MAX_QUOTED_SUBHEAD_WORDS;
}

/** A subhead lifted from a quotation is a few words; a pull quote runs to a sentence. */
export const MAX_QUOTED_SUBHEAD_WORDS = 10;

/**
 * "“We weren’t trying to become landlords,” says one tenant. “We were trying not to be evicted”": a
 * quotation and its speaker set in display type, which leaves off the closing full stop a paragraph
 * of the story would print inside its last quotation mark.
 */
function isDisplayedQuotation(text: string): boolean {
  const trimmed = text.trim();
  return (
    wordCount(trimmed) <= MAX_DISPLAYED_QUOTATION_WORDS &&
    /^[“"]/u.test(trimmed) &&
    /[\p{L}\p{N}][”"]$/u.test(trimmed) &&
    DISPLAYED_SPEAKER.test(trimmed)
  );
}

const MAX_DISPLAYED_QUOTATION_WORDS = 40;
/** The speaker between two quotations: "...,” says one tenant. “..." */
const DISPLAYED_SPEAKER = /[,.!?][”"]\s+(?:says|said)\s+[^“”"]{2,60}[.,]\s+[“"]/u;
const OPENING_WORDS = 3;

function wordsOf(text: string): string {
  return ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}
const MIN_PLAIN_PULL_QUOTE_WORDS = 8;

/** Within the next few lines comes a byline or a date: this line opens an article's header. */
function headsAStory(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  index: number,
): boolean {
  const text = texts[index] ?? '';
  // A tag list ("Rail travel, Trains, Transport") may sit just above a byline too.
  if (!isHeadlineLike(text) || wordCount(text) <= 3 || /,.*,/.test(text)) return false;
  for (let ahead = index + 1; ahead <= index + HEADER_REACH && ahead < texts.length; ahead += 1) {
    const aheadText = texts[ahead] ?? '';
    // A date repeated from higher up the page ("Published at : July 14, 2026" again at the foot)
    // closes the story already read; it heads no new one.
    if (texts.indexOf(aheadText) < index) continue;
    // Or the story's dateline: "RIYADH — The Ministry of Hajj ..." under "Saudi Gazette report".
    if (
      drops[ahead] === 'timestamp' ||
      isTimestampLine(aheadText) ||
      readByline(aheadText, false) !== null ||
      opensWithDateline(aheadText)
    ) {
      return true;
    }
  }
  return false;
}

/** A headline is followed by its standfirst lines, then the byline or date. */
const HEADER_REACH = 3;

/**
 * A short question right above a sign-up or subscription appeal is that box's title: "Looking for news
 * you can trust?" / "Subscribe to the Mother Jones Daily ...".
 */
export function dropAppealQuestions(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (const [index, text] of texts.entries()) {
    const appeal = drops[index + 1];
    if (drops[index] !== null || !text.trim().endsWith('?') || wordCount(text) > MAX_APPEAL_QUESTION_WORDS)
      continue;
    if (appeal === 'newsletter' || appeal === 'subscription') drops[index] = appeal;
  }
}

const MAX_APPEAL_QUESTION_WORDS = 10;

/**
 * The line under a sign-up box's title that says what the reader gets: "Subscribe to The Rio Times
 * Newsletter" / "Your daily briefing on Brazil and Latin American markets." A short line addressed to
 * the reader or naming what lands in their inbox, with no one quoted.
 */
export function dropAppealPitches(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (const [index, text] of texts.entries()) {
    const appeal = drops[index - 1];
    if (drops[index] !== null || (appeal !== 'newsletter' && appeal !== 'subscription')) continue;
    if (
      wordCount(text) > MAX_APPEAL_PITCH_WORDS ||
      /["“”]/.test(text) ||
      /\b(?:said|says|told)\b/i.test(text)
    )
      continue;
    if (APPEAL_PITCH.test(text)) drops[index] = appeal;
  }
}

const MAX_APPEAL_PITCH_WORDS = 16;
const APPEAL_PITCH =
  /^(?:your|our|the|a)\s+(?:free\s+)?(?:daily|weekly|morning|evening|monthly|essential|must-read)\s+(?:briefing|digest|round-?up|newsletter|e-?mail|dispatch|guide|dose|update)s?\b|\b(?:to|in) your inbox\b/iu;

/**
 * A newsletter "Presented by Business Roundtable" runs its sponsor's copy under a "Sponsored" label
 * between items: "Business Roundtable CEOs are investing in America. Learn how ...". The paragraph under
 * the label that names the sponsor is the advertisement; an ad slot's label alone, pasted between two
 * paragraphs of reporting, leaves the next paragraph the story's.
 */
export function dropSponsorCopy(texts: readonly string[], drops: (DropReason | null)[]): void {
  const sponsors = texts.flatMap((text) => {
    const name = SPONSOR_CREDIT.exec(text.trim())?.[1];
    return name === undefined ? [] : [name];
  });
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || drops[index - 1] !== 'advertisement') continue;
    const label = texts[index - 1] ?? '';
    // "A MESSAGE FROM PAYCHEX" names its sponsor in the label itself.
    const named = SPONSOR_MESSAGE.exec(label.trim())?.[1];
    const sponsored =
      named === undefined
        ? SPONSOR_LABELS.has(bareLabel(label)) && sponsors.some((sponsor) => text.includes(sponsor))
        : text.toLowerCase().includes(named.toLowerCase());
    if (sponsored) drops[index] = 'advertisement';
  }
}

const SPONSOR_MESSAGE = /^(?:a )?message from (?!our\b)(.{2,40})$/i;

const SPONSOR_CREDIT =
  /^(?:[Pp]resented|[Ss]ponsored|[Bb]rought to you|[Ss]upported|[Uu]nderwritten|[Pp]owered) by:?\s+(\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?)\.?$/u;
const SPONSOR_LABELS = new Set([
  'sponsored',
  'sponsored content',
  'sponsor message',
  'sponsored message',
  'message from our sponsor',
  'a message from our sponsor',
  'from our sponsor',
  'paid content',
  'paid post',
  'partner content',
]);

/** Three or more very short lines in a row (Home / World / Middle East) are a menu. */
export function dropMenuRuns(texts: readonly string[], drops: (DropReason | null)[]): void {
  const isMenuItem = (index: number) => {
    const text = texts[index] ?? '';
    if (drops[index] === 'navigation') return true;
    // "By Africanews" / "with AFP": a byline pasted on short lines under the headline is no menu.
    const byline = /^(by|with)\s+\p{Lu}/u.test(text);
    // "Latin America & the Caribbean", "Arts & Culture": a section joined by an ampersand runs longer.
    const sectionPair =
      wordCount(text) <= 5 && /^\p{Lu}[\p{L}-]*(?: (?:&|the|\p{Lu}[\p{L}-]*))+$/u.test(text);
    return (
      drops[index] === null &&
      (wordCount(text) <= 3 || (sectionPair && text.includes('&'))) &&
      !endsSentence(text) &&
      !startsWithQuote(text) &&
      !byline
    );
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
  // An author box: name, job title and a "View Bio" link beside the note about the writer.
  'author bio',
]);

/** Headings of boxes that are about the page or its author, never part of the story. */
const BOX_HEADINGS = new Set([
  'disclosure statement',
  'disclosure',
  'partners',
  'about the author',
  'about the authors',
  'about the reporter',
  'about the writer',
  'about this story',
  'about this article',
  'about the writers',
  'citation',
  'citations',
  'note from the author',
  'republish this article',
  'want to write?',
  'support us',
  'correction',
  'corrections',
]);

const MIN_BOX_SOURCE_WORDS = 3;

/** Longer than any line of a box's small print that closes with a full stop. */
const MIN_BOX_PARAGRAPH_WORDS = 15;

/** "About Voltera Energy" over a company's boilerplate at the foot of a press release. */
const ABOUT_ORGANISATION = /^About (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{Lu}&][\p{L}\p{N}&.'’-]*){0,4}$/u;

/** A box's pitch between its heading and its button: a slogan, never a paragraph. */
const MAX_BOX_PITCH_WORDS = 12;

const MAX_BOX_HEADING_WORDS = 6;
const MAX_BOX_BUTTON_WORDS = 3;

/**
 * "Sign up for one of our free newsletters" / "The Daily Report" / "Start your day right with ..." /
 * "AT Weekly Report" / "A weekly roundup of ...": a choice of newsletters, each a name and a line
 * about it, none a sentence with its full stop.
 */
export function dropNewsletterChoices(texts: readonly string[], drops: (DropReason | null)[]): void {
  let storyAbove = 0;
  for (const [index, text] of texts.entries()) {
    if (drops[index] === null && isStrongProse(text)) storyAbove += 1;
    // In the menu above the headline, "Subscribe to our newsletters" is a link among links.
    if (storyAbove < MIN_STORY_ABOVE_CARD) continue;
    if (!PITCH_BOXES.has(drops[index] ?? null) || !NEWSLETTER_CHOICE.test(text.trim())) continue;
    for (let next = index + 1; next < texts.length; next += 1) {
      const line = texts[next] ?? '';
      if (drops[next] !== null) continue;
      if (wordCount(line) > MAX_BOX_PITCH_WORDS || endsSentence(line) || isCaption(line)) break;
      drops[next] = 'newsletter';
    }
  }
}

const NEWSLETTER_CHOICE = /\bnewsletters[.:]?$|\bnewsletters?\b.*:$/i;

/** Boxes that sell something: a heading, a pitch, a button. */
const PITCH_BOXES = new Set<DropReason | null>(['newsletter', 'subscription', 'promotion']);

/**
 * "Join Our Newsletter" / "Original reporting. Fearless journalism. Delivered to you." / "I'm in": a
 * short line between a sign-up box's heading and its button is the box's pitch, full stop or not.
 */
export function dropBoxPitches(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (const [index, text] of texts.entries()) {
    // "Sign up for our newsletter" / "We summarize the week's scientific breakthroughs every Thursday.":
    // what the newsletter offers, said by the site as "we" straight under its heading.
    const above = texts[index - 1] ?? '';
    if (
      drops[index] === null &&
      drops[index - 1] === 'newsletter' &&
      wordCount(above) <= MAX_BOX_HEADING_WORDS &&
      !endsSentence(above) &&
      /^We\s+\p{Ll}+s?\b/u.test(text) &&
      !/["“”]/.test(text) &&
      wordCount(text) <= MAX_BOX_PITCH_WORDS
    ) {
      drops[index] = 'newsletter';
      continue;
    }
    const below = drops[index + 1] ?? null;
    if (
      drops[index] === null &&
      PITCH_BOXES.has(drops[index - 1] ?? null) &&
      PITCH_BOXES.has(below) &&
      // The box's shape: a heading above, not a sentence; a button below, a word or three.
      wordCount(texts[index - 1] ?? '') <= MAX_BOX_HEADING_WORDS &&
      !endsSentence(texts[index - 1] ?? '') &&
      wordCount(texts[index + 1] ?? '') <= MAX_BOX_BUTTON_WORDS &&
      wordCount(text) <= MAX_BOX_PITCH_WORDS &&
      !isCaption(text)
    )
      drops[index] = below;
  }
}

/** At most this long: box text is a sentence or two; anything longer is let through. */
const MAX_BOX_LINE_WORDS = 60;

export function spreadBoxReasons(
  units: readonly TextUnit[],
  texts: readonly string[],
  drops: (DropReason | null)[],
): void {
  for (const [index, unit] of units.entries()) {
    const opensBlock = units[index - 1]?.block !== unit.block;
    const heading = texts[index] ?? '';
    if (!opensBlock || !(BOX_HEADINGS.has(bareLabel(heading)) || ABOUT_ORGANISATION.test(heading.trim())))
      continue;
    for (let member = index; units[member]?.block === unit.block; member += 1) {
      if (drops[member] === null && wordCount(texts[member] ?? '') <= MAX_BOX_LINE_WORDS)
        drops[member] = 'footer';
    }
  }
  for (const [index, unit] of units.entries()) {
    const reason = drops[index] ?? null;
    // A one- or two-word "Subscribe" among the menu's links is a link, not a box with buttons.
    // So is a bare "Comments" beside "Share" under the byline: the link to the thread, not the thread.
    const menuLink =
      (reason === 'subscription' || reason === 'comments') &&
      wordCount(texts[index] ?? '') < MIN_BOX_SOURCE_WORDS;
    if (!BOX_REASONS.has(reason) || menuLink) continue;
    let first = index;
    while (units[first - 1]?.block === unit.block) first -= 1;
    // A page pasted with single line breaks may hold the headline, the story and a sign-up box in one
    // short block: paragraphs of prose in it mean it is no box.
    let paragraphs = 0;
    for (let other = first; units[other]?.block === unit.block; other += 1) {
      const text = texts[other] ?? '';
      if (drops[other] === null && wordCount(text) >= MIN_BOX_PARAGRAPH_WORDS && endsSentence(text))
        paragraphs += 1;
    }
    if (paragraphs >= 2) continue;
    // A box never holds the story's byline or time stamp: a block pasted without blank lines that
    // runs from the headline through "By Name" / "Published ..." to a sign-up line under the lead
    // picture is the page header, and the box is only the lines on its side of them.
    // Nor does it run past a paragraph of prose or a live post's time ("3h ago"): the box is the lines
    // on its side of them.
    const opensHeader = (other: number) =>
      drops[other] === 'timestamp' ||
      readByline(texts[other] ?? '', false) !== null ||
      isLivePostTime(texts[other] ?? '') ||
      (drops[other] === null && isStrongProse(texts[other] ?? ''));
    for (const step of [-1, 1]) {
      for (let other = index + step; units[other]?.block === unit.block; other += step) {
        const text = texts[other] ?? '';
        if (opensHeader(other)) break;
        // "The Aldwarke steelworks in Rotherham. Picture: Simon Hulme": a credited caption, not box text.
        if (drops[other] === null && wordCount(text) <= 12 && !/\.$/.test(text) && !isCaption(text))
          drops[other] = reason;
      }
    }
  }
}
