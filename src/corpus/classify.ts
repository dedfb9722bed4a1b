import { bareLabel, type DropReason, furnitureReason, isTimestampLine, STORY_SOURCE } from './furniture.js';
import {
  dropAppealQuestions,
  dropDatedTeasersInStory,
  dropLoneBulletLinks,
  dropMenuRuns,
  dropPullQuotes,
  dropRepeats,
  dropTeaserCards,
  dropTeasers,
  spreadBoxReasons,
} from './grouped-furniture.js';
import {
  captionAboveHeadline,
  findHeadline,
  findStandfirst,
  findStoryStart,
  findSummaryBox,
  isSceneAboveHeadline,
} from './page-header.js';
import { continuesStory, dropAfterEnd, dropOffTopicTail, isPostTime } from './page-tail.js';
import {
  attributes,
  captionText,
  describesPicture,
  hasFiniteVerb,
  isCaption,
  namesPictureSubject,
  readByline,
  showsPlaceThenClause,
  showsPresentScene,
  showsSceneWithoutVerb,
  showsSubjectInPlace,
  showsThingInPlace,
  showsThingWithItsStory,
  showsUnpunctuatedScene,
} from './structure.js';
import {
  capitalisedRatio,
  countBefore,
  endsSentence,
  isHeadingLike,
  isHeadlineLike,
  isProseLike,
  isQuestionHeading,
  isStrongProse,
  isSummaryLine,
  wordCount,
} from './text-signals.js';
import type { ParagraphKind } from './types.js';
import type { TextUnit } from './units.js';

export type { DropReason } from './furniture.js';

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

/**
 * Decides, for every candidate paragraph of a page, whether it is the headline, a kept paragraph (and
 * of which kind) or furniture to drop (and why). Works from signals any news page shares: furniture
 * vocabulary, position relative to the headline and the body, sentence shape and length.
 */
export function classifyUnits(units: readonly TextUnit[], options: ClassifyOptions = {}): ClassifiedUnit[] {
  const texts = units.map((unit) => unit.text);
  const drops: (DropReason | null)[] = texts.map((text) => furnitureReason(text));
  const labels = texts.map(bareLabel);

  dropRepeats(texts, drops);
  dropPullQuotes(texts, drops);
  dropMastheadTagline(texts, drops);
  dropTeasers(units, texts, labels, drops);
  dropTeaserCards(units, texts, drops);
  dropDatedTeasersInStory(texts, drops);
  dropLoneBulletLinks(texts, drops);
  dropMenuRuns(texts, drops);
  dropAppealQuestions(texts, drops);
  spreadBoxReasons(units, texts, drops);

  // A picture's credit line sits next to its caption, above it or below it, in the same block.
  // A bare agency name ("Reuters") may also label a syndicated story, so only a labelled credit
  // ("Image: ...", "Foto: ...", "Image source, ...") counts.
  const besideCredit = (index: number, credit: number) =>
    // Picture libraries never file stories, so their names alone are credits: "Getty Images".
    ((drops[credit] === 'image credit' &&
      /[:,|]|^(image|photo|photograph|picture)\b|^(getty images|shutterstock|alamy|istock(photo)?)$/i.test(
        texts[credit] ?? '',
      )) ||
      (drops[credit] === null && PHOTOGRAPHER_SLASH_AGENCY.test(texts[credit] ?? '')) ||
      // "Keystone / Valentin Flauraud" reads like a breadcrumb, but under a full sentence it is a credit.
      (drops[credit] === 'navigation' &&
        credit === index + 1 &&
        isStrongProse(texts[index] ?? '') &&
        SLASH_CREDIT.test(texts[credit] ?? '') &&
        wordCount(texts[credit] ?? '') >= 3 &&
        // A page pasted without blank lines keeps no boxes; a short sentence is still a caption's length.
        (units[credit]?.block === units[index]?.block ||
          wordCount(texts[index] ?? '') <= MAX_APART_CAPTION_WORDS))) &&
    (units[credit]?.block === units[index]?.block || drops[credit] === 'navigation');
  // Above the story a lead picture's caption may be pasted apart from its credit line; a line the
  // credit directly follows there is the caption, not the page's first paragraph.
  const proseBefore = countBefore(texts.map((text, index) => drops[index] === null && isStrongProse(text)));
  // The line straight under the headline is its standfirst, even with a lone credit after it
  // ("Photo: Jan Bartoněk, Radio Prague International"): the picture's caption was lost, not moved.
  const underHeadline = (index: number) => {
    let previous = index - 1;
    while (previous >= 0 && drops[previous] !== null) previous -= 1;
    const text = texts[previous] ?? '';
    return previous >= 0 && wordCount(text) > SHORT_HEADLINE_WORDS && isHeadlineLike(text);
  };
  // A credit sharing its block with the line after it is that line's ("Image: dpa" / "Barges on ...").
  const creditedAboveStory = (index: number) =>
    (proseBefore[index] ?? 0) === 0 &&
    !underHeadline(index) &&
    // A section label over a bare "Photo: VCG" is no caption: a caption says what the picture shows,
    // and it does not say who said so ("..., SNCB said.").
    wordCount(texts[index] ?? '') >= MIN_CAPTION_WORDS &&
    !attributes(texts[index] ?? '') &&
    (drops[index + 1] === 'image credit' || drops[index + 1] === 'media') &&
    /^\(?(image|photo|picture|photograph|credit)\b/i.test(texts[index + 1] ?? '') &&
    units[index + 2]?.block !== units[index + 1]?.block;
  const labelledCredit = (index: number) =>
    (drops[index] === 'image credit' || drops[index] === 'media') &&
    // "(Image: PSNI)": some pages bracket the credit.
    /^\(?(image|photo|picture|photograph|credit)\b/i.test(texts[index] ?? '') &&
    wordCount(texts[index] ?? '') <= 8;
  // Further down, a credit line on its own belongs to the line on whichever side is not furniture:
  // "Delivery workers ... / Photograph: Spencer Platt/Getty Images / Save this story", or
  // "Top Stories ... / Photo: File / People waiting at an immigration service centre in Dubai."
  const creditedApart = (index: number) =>
    wordCount(texts[index] ?? '') <= MAX_APART_CAPTION_WORDS &&
    // "Darlington Memorial Hospital / Picture: Northern Echo": a place's name alone may be the caption.
    wordCount(texts[index] ?? '') >= MIN_CAPTION_WORDS &&
    !/["“”«»]/.test(texts[index] ?? '') &&
    !attributes(texts[index] ?? '') &&
    !underHeadline(index) &&
    // "Darlington Memorial Hospital" reads like a name, but a building's is no byline.
    (readByline(texts[index] ?? '', true) === null || namesPictureSubject(texts[index] ?? '')) &&
    // The byline may follow the credit ("... since 2022. / Credit: Kaylee Greenlee Beal / By Pooja ...").
    ((labelledCredit(index + 1) &&
      index + 2 < texts.length &&
      (drops[index + 2] !== null || (readByline(texts[index + 2] ?? '', true)?.names ?? null) !== null)) ||
      // Between paragraphs, a scene with no verb of its own over "Credit: Name/Outlet" is the
      // picture's caption pasted apart from its credit: "A bus waits at the Doraville station."
      (labelledCredit(index + 1) && (proseBefore[index] ?? 0) > 0 && !hasFiniteVerb(texts[index] ?? '')) ||
      // Or one short present-tense scene over "Photograph by Name": "Smoke rises from a burning peatland ...".
      (labelledCredit(index + 1) && showsPresentScene(texts[index] ?? '')) ||
      // Regional papers caption a picture with one short sentence over "Picture: Name" or "Photograph by
      // Name", whatever its tense:
      // "The Harbour Arm has been closed since February. / Picture: Barry Goodwin".
      (labelledCredit(index + 1) &&
        /^(?:picture\s*:|(?:photograph|picture) by\b)/i.test(texts[index + 1] ?? '') &&
        (proseBefore[index] ?? 0) > 0 &&
        wordCount(texts[index] ?? '') <= MAX_PICTURE_LINE_WORDS) ||
      (labelledCredit(index - 1) &&
        index >= 2 &&
        drops[index - 2] !== null &&
        // "Picture: Shutterstock / A group of UK news publishers has signed ...": a story's opening says
        // what has happened; a caption under its credit shows a scene.
        !/\b(?:has|have|had) (?:\p{Ll}+ )?(?:\p{Ll}+ed|\p{Ll}+en|won|made|said|told|signed|set|cut|put|paid|lost|left)\b/u.test(
          texts[index] ?? '',
        ) &&
        isStrongProse(texts[index + 1] ?? '') &&
        drops[index + 1] === null));
  // "A shortage of NHS dentists has left ... / ALAMY": a block of a line and a bare agency in capitals.
  const overBareCredit = (index: number) => {
    const block = units[index]?.block;
    return (
      units[index - 1]?.block !== block &&
      units[index + 1]?.block === block &&
      units[index + 2]?.block !== block &&
      (drops[index + 1] === null || drops[index + 1] === 'image credit') &&
      isBareCredit(texts[index + 1] ?? '') &&
      wordCount(texts[index] ?? '') <= MAX_APART_CAPTION_WORDS &&
      // A byline over "PREMIUM" or "USA TODAY", a label over tickers: a caption describes, at length.
      wordCount(texts[index] ?? '') >= MIN_BARE_CREDITED_CAPTION_WORDS &&
      !/[:"“”«»]/.test(texts[index] ?? '')
    );
  };
  const captions = texts.map(
    (text, index) =>
      (isCaption(text) && !CREDIT_ALONE.test(text)) ||
      (drops[index] === null &&
        wordCount(text) <= 60 &&
        (besideCredit(index, index - 1) ||
          besideCredit(index, index + 1) ||
          creditedAboveStory(index) ||
          creditedApart(index) ||
          overBareCredit(index))),
  );
  // Only above the story: lower down, the same shape of line is a subhead's caption or a list item.
  const firstSentence = texts.findIndex((text, index) => drops[index] === null && isStrongProse(text));
  if (firstSentence !== -1 && isSceneAboveHeadline(texts, drops, firstSentence))
    captions[firstSentence] = true;
  const summary = findSummaryBox(units, texts, drops);
  markUncreditedLeadCaption(texts, drops, captions, summary);
  // A bare credit under its caption in the same block: "KWTV", "AFP", "STAFF".
  for (const [index, text] of texts.entries()) {
    const underCaption = captions[index - 1] === true && units[index - 1]?.block === units[index]?.block;
    if (
      underCaption &&
      drops[index] === null &&
      (isBareCredit(text) || PHOTOGRAPHER_SLASH_AGENCY.test(text))
    ) {
      drops[index] = 'image credit';
    }
  }
  const isProseAt = (index: number) =>
    drops[index] === null && !captions[index] && !summary.has(index) && isStrongProse(texts[index] ?? '');
  const found = texts.findIndex((_, index) => isProseAt(index));
  const firstProse = found === -1 ? texts.length : found;
  let storyStart = findStoryStart(texts, drops, firstProse, isProseAt);

  // Summary points sit under the headline like captions do; neither is the headline.
  const framing = captions.map((caption, index) => caption || summary.has(index));
  const headline = findHeadline(texts, drops, framing, firstProse, options.knownTitle);
  if (headline !== null) {
    for (let index = 0; index < headline; index += 1) {
      // The lead picture may come first, its caption just above the headline.
      // Or its caption was told from the headline by shape alone ("Traders at a market in Abuja").
      const nearHeadline = headline - index <= LEAD_CAPTION_REACH;
      const leadCaption =
        nearHeadline &&
        (captions[index] === true ||
          (drops[index] === null && captionAboveHeadline(texts[index] ?? '', texts[headline] ?? '')));
      if (leadCaption) captions[index] = true;
      if (drops[index] === null && !leadCaption) drops[index] = 'before headline';
    }
    drops[headline] = 'headline';
    // Share boxes and related panels echo the headline, whole or cut short.
    const headlineText = texts[headline] ?? '';
    for (const [index, text] of texts.entries()) {
      const echoes = text === headlineText || (wordCount(text) >= 6 && headlineText.startsWith(text));
      if (index !== headline && drops[index] === null && echoes) drops[index] = 'repeat';
    }
  }

  // A headline ending in a full stop was taken for the first prose: the story starts below it.
  if (headline !== null && headline === firstProse) {
    const below = texts.findIndex((_, index) => index > headline && isProseAt(index));
    if (below !== -1) storyStart = findStoryStart(texts, drops, below, isProseAt);
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

  const authors = bylines.flatMap((reading) => reading?.names?.split(/\s+and\s+/) ?? []);
  dropAfterEnd(texts, labels, drops, authors);

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

  const listItems = new Set<number>();
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || kinds[index] !== null) continue;
    // Prose between the headline and a story that starts after its byline or dateline is the
    // header's: a caption whose credit did not survive the copy.
    const inHeader = headline !== null && index > headline && index < storyStart && storyStart > firstProse;
    if (captions[index] || (inHeader && bodyLike[index])) {
      kinds[index] = 'caption';
    } else if (units[index]?.markedHeading && index > firstBody) {
      kinds[index] = 'heading';
    } else if (inStory(index) && index > storyStart && isColonLabel(text)) {
      kinds[index] = 'heading';
    } else if (inStory(index) && isListItemUnderLabel(texts, drops, listItems, index)) {
      kinds[index] = 'body';
      listItems.add(index);
    } else if (inStory(index) && isQuestionHeading(text)) {
      kinds[index] = 'heading';
    } else if (inStory(index) && isSceneBetweenParagraphs(texts, drops, index)) {
      kinds[index] = 'caption';
    } else if (bodyLike[index] || STORY_SOURCE.test(text)) {
      kinds[index] = 'body';
    } else if (inStory(index) && isHeadingLike(text)) {
      kinds[index] = 'heading';
    } else if (inStory(index) && wordCount(text) >= 2) {
      kinds[index] = 'body';
    } else if (continuesStory(texts, kinds, drops, index)) {
      kinds[index] = 'body';
    } else if (isPostTime(texts[index - 1] ?? '') && bodyLike[index + 1] === true && isHeadingLike(text)) {
      // A live page's first post: its time, its headline, its text.
      kinds[index] = 'heading';
    } else {
      drops[index] = 'fragment';
    }
  }
  dropUnlabelledTeaserRun(texts, kinds, drops);
  dropOffTopicTail(texts, kinds, drops);
  // The site's note about itself, now dropped, may have been what hid the box of stories above it.
  dropUnlabelledTeaserRun(texts, kinds, drops);
  keepListUnderHeading(kinds, drops);

  return texts.map((text, index) => ({
    text: shownText(kinds[index] ?? null, text),
    kind: drops[index] === null ? (kinds[index] ?? null) : null,
    drop: drops[index] ?? null,
    byline: bylines[index]?.names ?? null,
    bylineOutlet: bylines[index]?.outlet ?? null,
  }));
}

/**
 * A subhead introduces prose; short lines straight under it, with nothing between, are the items of a
 * list it heads ("What the bill does / Councils can designate rent control areas / ..."), once a page's
 * bullets are lost in pasting. Only where the story goes on in prose after the list.
 */
function keepListUnderHeading(kinds: (ParagraphKind | null)[], drops: readonly (DropReason | null)[]): void {
  const kept = (index: number) => drops[index] === null && kinds[index] !== null;
  const headings = kinds.map((kind, index) => kept(index) && kind === 'heading');
  for (let index = 1; index < kinds.length; index += 1) {
    if (!headings[index] || !headings[index - 1]) continue;
    let next = index + 1;
    while (next < kinds.length && headings[next]) next += 1;
    if (kept(next) && kinds[next] === 'body') kinds[index] = 'body';
  }
}

/**
 * A sentence among the masthead's lines, before the site's menu ("Pulitzer Prize-winning reporting on
 * the biggest crisis facing our planet."), is the site's tagline, not the story's opening.
 */
function dropMastheadTagline(texts: readonly string[], drops: (DropReason | null)[]): void {
  for (let index = 0; index < MASTHEAD_LINES && index < texts.length; index += 1) {
    if (drops[index] !== null) continue;
    const underMenu = drops[index + 1] != null && drops[index + 2] != null;
    const tagline = isStrongProse(texts[index] ?? '') && wordCount(texts[index] ?? '') <= MAX_TAGLINE_WORDS;
    if (underMenu && tagline) drops[index] = 'navigation';
    else if (index > 0) return;
  }
}

/** A masthead is the site's name and perhaps its tagline: the first lines of the page. */
const MASTHEAD_LINES = 3;
const MAX_TAGLINE_WORDS = 20;

/**
 * The first sentence under a headline that describes a picture rather than reports ("A newborn baby is
 * cared for at a postpartum care center in Seoul on Jan. 15.") is the lead picture's caption when the
 * story's opening paragraph follows it.
 */
function markUncreditedLeadCaption(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: boolean[],
  summary: ReadonlySet<number>,
): void {
  const open = (index: number) => drops[index] === null && !captions[index] && !summary.has(index);
  const first = texts.findIndex((text, index) => open(index) && isStrongProse(text));
  if (first < 0) return;
  const named = namedSubjectUnderStamp(texts, drops, first, open);
  if (named !== -1) captions[named] = true;
  const candidates: number[] = [];
  const headlineAbove =
    first > 0 && texts.slice(0, first).some((text, index) => open(index) && isHeadlineLike(text));
  // The standfirst may come first, its byline and date under it, and the picture after them.
  const afterByline = texts.findIndex((text, index) => index > first && open(index) && isStrongProse(text));
  const standfirstAbove =
    afterByline > first + 1 &&
    texts
      .slice(first + 1, afterByline)
      .some((text, offset) => drops[first + 1 + offset] !== null || readByline(text, true) !== null);
  if (headlineAbove) candidates.push(first);
  if (headlineAbove && standfirstAbove) candidates.push(afterByline);
  // A headline with a full stop ("Cities Got Rid of Library Fines. Here's What Happened Next.") or a
  // section's one-line description above it reads as prose too: the header still ends at its byline
  // or time stamp, and the lead picture's caption is the first sentence under them.
  const stamp = texts.findIndex(
    (text, index) =>
      index > first &&
      index <= first + HEADER_STAMP_REACH &&
      (drops[index] === 'timestamp' || (open(index) && readByline(text, true) !== null)),
  );
  const underStamp =
    stamp === -1 ? -1 : texts.findIndex((text, index) => index > stamp && open(index) && isStrongProse(text));
  if (underStamp !== -1 && !candidates.includes(underStamp)) candidates.push(underStamp);
  for (const candidate of candidates) {
    // A bare credit line ("KWTV") may sit between the caption and the opening paragraph.
    let next = candidate + 1;
    while (next < texts.length && (!open(next) || wordCount(texts[next] ?? '') <= 3)) next += 1;
    const candidateText = texts[candidate] ?? '';
    if (
      isStrongProse(texts[next] ?? '') &&
      (describesPicture(candidateText) ||
        showsSceneWithoutVerb(candidateText) ||
        showsPlaceThenClause(candidateText) ||
        showsThingInPlace(candidateText) ||
        showsPresentScene(candidateText))
    ) {
      captions[candidate] = true;
      return;
    }
  }
}

/**
 * Under the header's time stamp or byline, straight above the story's first paragraph, a few words
 * naming what the lead picture shows ("Rice on sale at a supermarket in Tokyo", "L.F. Wade
 * International Airport terminal") are its caption, credit lost: the header has ended, and the story
 * has not begun.
 */
function namedSubjectUnderStamp(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  first: number,
  open: (index: number) => boolean,
): number {
  let line = first - 1;
  // A share bar may stand between the picture and the story.
  while (line > 1 && drops[line] !== null && drops[line] !== 'timestamp') line -= 1;
  if (line < 2 || !open(line) || !namesPictureSubject(texts[line] ?? '')) return -1;
  const above = texts[line - 1] ?? '';
  // A live page's post time heads the post's own headline, not a picture.
  if (isPostTime(above)) return -1;
  const stamped =
    drops[line - 1] === 'timestamp' || isTimestampLine(above) || readByline(above, false) !== null;
  const headlineAbove = texts.slice(0, line - 1).some((text, index) => open(index) && isHeadlineLike(text));
  return stamped && headlineAbove ? line : -1;
}

/** The headline, a standfirst or two and the byline: the lines a header's time stamp follows. */
const HEADER_STAMP_REACH = 5;

/** ", St John", ", North Yorkshire": capitalised place names closing a caption after commas. */
const TRAILING_PLACE_NAMES = /(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})+\.$/u;

/**
 * A picture set between two paragraphs keeps its caption there: "Passengers wait for a ferry at the
 * Eminönü pier." One short present-tense scene with no clause after a comma, prose on both sides.
 */
function isSceneBetweenParagraphs(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  index: number,
): boolean {
  // "... from the beach at Consett Bay, St John.": the place may name its parish or county after a comma;
  // any other comma opens a clause a scene does not have.
  const text = (texts[index] ?? '').replace(TRAILING_PLACE_NAMES, '.');
  if (
    text.includes(',') ||
    !(
      showsPresentScene(text) ||
      showsUnpunctuatedScene(text) ||
      showsThingInPlace(text) ||
      showsThingWithItsStory(text) ||
      showsSubjectInPlace(text)
    )
  )
    return false;
  const neighbour = (step: number) => {
    let at = index + step;
    while (at >= 0 && at < texts.length && drops[at] !== null) at += step;
    return texts[at] ?? '';
  };
  return isStrongProse(neighbour(-1)) && isStrongProse(neighbour(1));
}

/** "Key findings:": a few words and a colon, over the list it introduces. */
function isColonLabel(text: string): boolean {
  const trimmed = text.trim();
  return /^\p{Lu}[^:]*:$/u.test(trimmed) && wordCount(trimmed) <= MAX_COLON_LABEL_WORDS;
}

const MAX_COLON_LABEL_WORDS = 5;

/**
 * The items of a list under a label or a sentence ending in a colon, pasted without their bullets:
 * "Punjab extracts about 164 per cent of its annual recharge". Sentence case and no full stop, like a
 * subhead, but a subhead does not follow a colon.
 */
function isListItemUnderLabel(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  listItems: ReadonlySet<number>,
  index: number,
): boolean {
  const text = texts[index] ?? '';
  // Dates and names capitalise much of an item ("Winter break from Dec. 21 to Jan. 1"); a subhead in
  // Title Case capitalises all of it.
  if (endsSentence(text) || wordCount(text) < MIN_LIST_ITEM_WORDS || capitalisedRatio(text) === 1)
    return false;
  let previous = index - 1;
  while (previous >= 0 && drops[previous] !== null) previous -= 1;
  return previous >= 0 && (listItems.has(previous) || /:$/.test((texts[previous] ?? '').trim()));
}

const MIN_LIST_ITEM_WORDS = 3;

/**
 * After the story's last full paragraph, three or more headline-shaped lines in a row are a list of
 * other stories ("Most read", "Latest") whose label did not survive the copy.
 */
function dropUnlabelledTeaserRun(
  texts: readonly string[],
  kinds: readonly (ParagraphKind | null)[],
  drops: (DropReason | null)[],
): void {
  const lastParagraph = texts.findLastIndex(
    (text, index) => drops[index] === null && kinds[index] === 'body' && isStrongProse(text),
  );
  if (lastParagraph === -1) return;
  const isTeaser = (index: number) => {
    const text = texts[index] ?? '';
    const count = wordCount(text);
    // The last of them may already be a fragment: too short and alone to read as anything.
    return (
      (drops[index] === null || drops[index] === 'fragment') &&
      count >= 3 &&
      count <= MAX_TEASER_WORDS &&
      !/[.!…:;,]["'”’)]*$/.test(text.trim()) &&
      /^["'“‘]?[\p{Lu}\p{N}]/u.test(text)
    );
  };
  let start = lastParagraph + 1;
  while (start < texts.length) {
    // A list may give each headline its date ("Nov. 11, 2026", "2 hours ago") on the line under it.
    const headlines: number[] = [];
    let end = start;
    while (end < texts.length && (isTeaser(end) || (headlines.length > 0 && drops[end] === 'timestamp'))) {
      if (isTeaser(end)) headlines.push(end);
      end += 1;
    }
    // Under a box's own label ("Also on EUobserver") one headline is enough to be another story's,
    // and so is each of the box's headlines after the date of the one before.
    let above = start - 1;
    while (above > lastParagraph && drops[above] === 'timestamp') above -= 1;
    if (headlines.length >= (drops[above] === 'related' ? 1 : MIN_TEASER_RUN)) {
      for (const index of headlines) drops[index] = drops[index] ?? 'related';
    }
    start = end + 1;
  }
}

/** A list of other stories' headlines: each a line of a few words, three or more together. */
const MAX_TEASER_WORDS = 16;
const MIN_TEASER_RUN = 3;

/** "KWTV", "AFP", "STAFF", "ALAMY": an agency or desk in capitals on the line under a caption. */
function isBareCredit(text: string): boolean {
  return wordCount(text) <= 3 && /^[\p{Lu}\p{N} .&/'’-]{2,30}$/u.test(text) && /\p{Lu}{2}/u.test(text);
}

/** "Jim West/Zuma": a photographer and agency on the line under a caption. */
const PHOTOGRAPHER_SLASH_AGENCY =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*\p{Lu}[\p{L}\p{N} .&-]{1,30}$/u;

/** "Keystone / Valentin Flauraud": an agency and a photographer, either way round. */
const SLASH_CREDIT =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}$/u;

/** "(Image: AAP/Lukas Coch)": a credit with no caption before it says nothing about the story. */
const CREDIT_ALONE =
  /^\(?\s*(image|photo|picture|photograph|credit|photo credit)s?\s*:\s*[^()]{2,60}\)?\.?$/i;

const MIN_BARE_CREDITED_CAPTION_WORDS = 6;

const MIN_CAPTION_WORDS = 3;

/** A caption over "Picture: Name" is one short sentence; a paragraph of reporting runs longer. */
const MAX_PICTURE_LINE_WORDS = 12;

/** Section labels are this short; a headline is longer. */
const SHORT_HEADLINE_WORDS = 3;

/** A caption told apart from its credit by position alone is short: a sentence, not a paragraph. */
const MAX_APART_CAPTION_WORDS = 30;

/** A caption, its credit and perhaps a share bar sit between a lead picture and the headline. */
const LEAD_CAPTION_REACH = 3;

/** The paragraph as a reader should see it: a caption without its screen-reader label. */
function shownText(kind: ParagraphKind | null, text: string): string {
  if (kind === 'caption') return captionText(text);
  return text;
}
