import { bareLabel, type DropReason, furnitureReason, isTimestampLine, STORY_SOURCE } from './furniture.js';
import {
  dropAppealPitches,
  dropAppealQuestions,
  dropBoxPitches,
  dropDatedTeasersInStory,
  dropLoneBulletLinks,
  dropMenuRuns,
  dropNewsletterChoices,
  dropPullQuotes,
  dropRepeats,
  dropSponsorCopy,
  dropTeaserCards,
  dropTeasers,
  MAX_QUOTED_SUBHEAD_WORDS,
  spreadBoxReasons,
} from './grouped-furniture.js';
import {
  captionAboveHeadline,
  findHeadline,
  findStandfirst,
  findStoryStart,
  findSummaryBox,
  isDekAboveHeadline,
  isSceneAboveHeadline,
  isSummaryLabel,
} from './page-header.js';
import { continuesStory, dropAfterEnd, dropOffTopicTail, isLivePostTime, isPostTime } from './page-tail.js';
import {
  attributes,
  captionText,
  describesPicture,
  hasFiniteVerb,
  isCaption,
  isRoleLine,
  namesPictureSubject,
  readByline,
  showsDatedPresentMoment,
  showsPlaceThenClause,
  showsPresentMoment,
  showsPresentScene,
  showsSceneWithoutVerb,
  showsSceneWithPlaceNote,
  showsSubjectInPlace,
  showsThingInPlace,
  showsThingWithItsStory,
  showsUnpunctuatedScene,
  TRAILING_PLACE_NAMES,
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
  dropAppealPitches(texts, drops);
  spreadBoxReasons(units, texts, drops);
  dropBoxPitches(texts, drops);
  dropNewsletterChoices(texts, drops);
  dropSponsorCopy(texts, drops);

  // A picture's credit line sits next to its caption, above it or below it, in the same block.
  // A bare agency name ("Reuters") may also label a syndicated story, so only a labelled credit
  // ("Image: ...", "Foto: ...", "Image source, ...") counts.
  const besideCredit = (index: number, credit: number) =>
    // Picture libraries never file stories, so their names alone are credits: "Getty Images".
    ((drops[credit] === 'image credit' &&
      /[:,|]|^(image|photo|photograph|picture)\b|^(getty images|shutterstock|alamy|istock(photo)?)$/i.test(
        texts[credit] ?? '',
      )) ||
      // "Photo: Courtesy of the network", read as a label over a gallery, credits the line above it.
      (drops[credit] === 'media' && /^(image|photo|photograph|picture)\s*:/i.test(texts[credit] ?? '')) ||
      // "Sergey Pivovarov / Reuters", whether or not its words were already read as a credit.
      ((drops[credit] === null || drops[credit] === 'image credit') &&
        PHOTOGRAPHER_SLASH_AGENCY.test(texts[credit] ?? '')) ||
      // "Keystone / Valentin Flauraud" reads like a breadcrumb, but under a full sentence it is a credit.
      (drops[credit] === 'navigation' &&
        credit === index + 1 &&
        isStrongProse(texts[index] ?? '') &&
        SLASH_CREDIT.test(texts[credit] ?? '') &&
        wordCount(texts[credit] ?? '') >= 3 &&
        // A page pasted without blank lines keeps no boxes; a short sentence is still a caption's length.
        (units[credit]?.block === units[index]?.block ||
          wordCount(texts[index] ?? '') <= MAX_APART_CAPTION_WORDS))) &&
    (units[credit]?.block === units[index]?.block ||
      drops[credit] === 'navigation' ||
      // Pasted without blank lines, "Ben Fractenberg/THE CITY" straight under a short line still credits it.
      // A headline over "Kimberley Hibbert / Senior staff reporter" is no caption: a caption is a
      // sentence, and a credit names no job but the photographer's ("Jon Shapley/Staff photographer").
      (credit === index + 1 &&
        PHOTOGRAPHER_SLASH_AGENCY.test(texts[credit] ?? '') &&
        (!STAFF_JOB.test(texts[credit] ?? '') || /\bphotographer\b/i.test(texts[credit] ?? '')) &&
        endsSentence(texts[index] ?? '') &&
        wordCount(texts[index] ?? '') <= MAX_APART_CAPTION_WORDS) ||
      // Or a labelled credit ("Source: Mirjam Mõttus/ERR") under a short line with no verb, quoting and
      // citing no one: "Ice in Rohuküla harbor on Tuesday." ("The study was published in ..." above the
      // next picture's credit is reporting.)
      (credit === index + 1 &&
        (drops[credit] === 'image credit' ||
          (drops[credit] === 'media' &&
            /^(image|photo|photograph|picture)\s*:/i.test(texts[credit] ?? ''))) &&
        endsSentence(texts[index] ?? '') &&
        !hasFiniteVerb(texts[index] ?? '') &&
        wordCount(texts[index] ?? '') <= MAX_SHORT_CAPTION_WORDS &&
        !attributes(texts[index] ?? '') &&
        !/["“”]/.test(texts[index] ?? '')));
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
    // A bare name over a picture's credit inside the story is what the picture shows (a place, a
    // portrait), not a byline: "Darlington Memorial Hospital / Picture: Northern Echo". A building's
    // name ("... International Airport terminal") is none wherever it stands.
    (readByline(texts[index] ?? '', true) === null ||
      namesPictureSubject(texts[index] ?? '') ||
      (!/^by\b/i.test(texts[index] ?? '') && labelledCredit(index + 1) && (proseBefore[index] ?? 0) > 0)) &&
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
        drops[index + 1] === null &&
        // With nothing title-shaped above the credit, the line between it and the story is the
        // headline under the lead picture's credit, its caption lost.
        texts.slice(0, index - 1).some((text, above) => drops[above] === null && isHeadlineLike(text))));
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
  markCaptionBesideSourceCredit(texts, drops, captions);
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
  // A standfirst printed above the headline is the page's standfirst all the same.
  const dek = headline !== null && isDekAboveHeadline(texts, drops, firstProse, headline) ? firstProse : -1;
  if (headline !== null) {
    for (let index = 0; index < headline; index += 1) {
      if (index === dek) continue;
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
    // "Key Points" has a name's shape but names no one.
    if (drops[index] !== null || captions[index] || isSummaryLabel(text)) continue;
    const reading = readByline(text, index < storyStart && (headline === null || index > headline));
    if (reading !== null) {
      drops[index] = 'byline';
      bylines[index] = reading;
    }
  }

  const authors = bylines.flatMap((reading) => reading?.names?.split(/\s+and\s+/) ?? []);
  dropAfterEnd(texts, labels, drops, authors);

  markCaptionUnderByline(texts, drops, captions, headline);
  markShortCaptionOverStory(texts, drops, captions, headline);
  const kinds: (ParagraphKind | null)[] = texts.map(() => null);
  if (dek !== -1) kinds[dek] = 'standfirst';
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
  markLivePosts(texts, drops, kinds, captions, headline);

  const bodyLike = texts.map(
    (text, index) => drops[index] === null && kinds[index] === null && !captions[index] && isProseLike(text),
  );
  const lastBody = bodyLike.lastIndexOf(true);
  const firstBody = bodyLike.findIndex((value, index) => value && index !== standfirst);
  const inStory = (index: number) => firstBody !== -1 && index > firstBody && index < lastBody;

  const colonLabelInStory = texts.some(
    (text, index) => inStory(index) && index > storyStart && drops[index] === null && isColonLabel(text),
  );
  // "This interview has been edited and condensed for clarity.", or the page's "Interview" / "Q&A" label.
  const interview = texts.some(
    (text) =>
      /\b(?:interview|conversation) (?:has been|was|have been) (?:lightly )?(?:edited|condensed)\b/i.test(
        text,
      ) || /^(?:q\s?&\s?a|interview)$/i.test(text.trim()),
  );
  const listItems = new Set<number>();
  for (const [index, text] of texts.entries()) {
    if (drops[index] !== null || kinds[index] !== null) continue;
    // Prose between the headline and a story that starts after its byline or dateline is the
    // header's: a caption whose credit did not survive the copy.
    const inHeader = headline !== null && index > headline && index < storyStart && storyStart > firstProse;
    if (captions[index] || (inHeader && bodyLike[index])) {
      kinds[index] = 'caption';
    } else if (
      headline !== null &&
      index > headline &&
      index < firstBody &&
      isColonLabel(text) &&
      texts.findIndex((_, next) => next > index && drops[next] === null) === firstBody &&
      colonLabelInStory
    ) {
      // "Dive Brief:" straight over the first paragraph heads it, as "Dive Insight:" heads the later ones:
      // a story set in labelled parts.
      kinds[index] = 'heading';
    } else if (units[index]?.markedHeading && index > firstBody) {
      kinds[index] = 'heading';
    } else if (inStory(index) && index > storyStart && isColonLabel(text)) {
      kinds[index] = 'heading';
    } else if (inStory(index) && isListItemUnderLabel(texts, drops, listItems, index)) {
      kinds[index] = 'body';
      listItems.add(index);
    } else if (inStory(index) && isQuestionHeading(text)) {
      // In an interview the questions are the interviewer's words, part of the exchange.
      kinds[index] = interview ? 'body' : 'heading';
    } else if (inStory(index) && isSceneBetweenParagraphs(texts, drops, index)) {
      kinds[index] = 'caption';
    } else if (inStory(index) && (isQuotedSubhead(texts, index) || opensOnQuotedPhrase(text))) {
      kinds[index] = 'heading';
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
    } else if (
      isSummaryLabel(text) &&
      bodyLike[texts.findIndex((_, next) => next > index && drops[next] === null)] === true
    ) {
      // "Key Points" over points kept as the story's paragraphs heads them, as a subhead would.
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
  dropHeadingsAfterStory(kinds, drops);

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
 * A live page is a run of posts, each under its time: "Posted at 09:41" / its headline / perhaps its
 * writer ("From CNN's Junko Ogura", "Ed Conway" / "Economics and data editor") / its paragraphs. The
 * headline may be a sentence ("The trailing candidate says he will ask for a recount.") or labelled
 * ("Analysis: ..."); the writer is no paragraph. Lines between the page's own time stamp and its first
 * post, short and few, are its summary.
 */
function markLivePosts(
  texts: readonly string[],
  drops: (DropReason | null)[],
  kinds: (ParagraphKind | null)[],
  captions: boolean[],
  headline: number | null,
): void {
  if (headline === null || !isLivePage(texts, drops, headline)) return;
  const postTimes = texts
    .map((_, index) => index)
    .filter(
      (index) => index > headline && (isLivePostTime(texts[index] ?? '') || PINNED.test(texts[index] ?? '')),
    );
  if (postTimes.length < MIN_LIVE_POSTS) return;
  for (const time of postTimes) {
    if (drops[time] === null) drops[time] = 'timestamp';
    const title = time + 1;
    const text = texts[title] ?? '';
    // "Analysis: The numbers Reeves cannot escape" reads as a link to another story; under a post's time
    // it is the post's own headline.
    const labelled = drops[title] === 'related' && /^\p{Lu}[\p{L} ]{2,20}:\s+\S/u.test(text);
    if (drops[title] !== null && !labelled && drops[title] !== 'repeat') continue;
    if (wordCount(text) > MAX_POST_TITLE_WORDS || kinds[title] !== null) continue;
    let next = title + 1;
    // The post's writer: a byline, or a name over a job title.
    const named = isPersonName(texts[next] ?? '') && isRoleLine(texts[next + 1] ?? '');
    if (named) {
      drops[next] = 'byline';
      drops[next + 1] = 'byline';
    }
    const writer = named || drops[next] === 'byline';
    while (next < texts.length && drops[next] !== null) next += 1;
    const prose = isProseLike(texts[next] ?? '') && !isLivePostTime(texts[next] ?? '');
    // "Which routes are still running?" ends like a sentence, but a key-events list above names it.
    const listed =
      texts.findIndex((other, index) => other === text && index > headline && index < time) !== -1;
    if (!prose || (endsSentence(text) && !writer && !listed)) continue;
    drops[title] = null;
    captions[title] = false;
    kinds[title] = 'heading';
  }
  const firstPost = postTimes[0] ?? -1;
  // A "Key Events" list above the first post repeats the posts' headlines word for word, perhaps after
  // the post's time ("4.20pm - A47 reopens at Dereham"): its lines are links to them, and the posts
  // keep the words. A time and a dash before a line with no full stop is such a link even when the
  // post's headline is worded otherwise.
  for (let index = headline + 1; index < firstPost; index += 1) {
    const text = texts[index] ?? '';
    const linked = text.replace(CLOCK_THEN_DASH, '');
    const later = texts.indexOf(linked, firstPost);
    const timedLink = linked !== text && !endsSentence(linked) && wordCount(linked) <= MAX_LIVE_POINT_WORDS;
    if (drops[index] === null && ((later !== -1 && kinds[later] === 'heading') || timedLink))
      drops[index] = 'repeat';
  }
  // The summary: under the page's time stamp, above the first post's time.
  const stamp = drops.findIndex(
    (drop, index) => index > headline && index < firstPost && drop === 'timestamp',
  );
  if (stamp === -1) return;
  const between = texts
    .map((_, index) => index)
    .filter((index) => index > stamp && index < firstPost && drops[index] === null && !captions[index]);
  // Key events repeated word for word as the posts' headlines are links to them, kept once, below.
  const pointLike = (index: number) =>
    kinds[index] === null &&
    wordCount(texts[index] ?? '') <= MAX_LIVE_POINT_WORDS &&
    texts.indexOf(texts[index] ?? '', index + 1) === -1;
  // A headline over prose among them is a post whose time was not read as one: no summary then.
  const postInside = between.some(
    (index, at) =>
      isHeadingLike(texts[index] ?? '') &&
      !isSummaryLine(texts[index] ?? '') &&
      isStrongProse(texts[between[at + 1] ?? -1] ?? ''),
  );
  if (!postInside && between.length >= 2 && between.length <= MAX_LIVE_POINTS && between.every(pointLike)) {
    for (const index of between) kinds[index] = 'standfirst';
  }
}

/** "Live: Heatwave grips ...", "Pakistan floods live: ...", or a "LIVE" / "Live Updates" label over it. */
function isLivePage(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  headline: number,
): boolean {
  if (/\blive\b/i.test(texts[headline] ?? '')) return true;
  return texts
    .slice(Math.max(0, headline - LIVE_LABEL_REACH), headline)
    .some(
      (text, offset) =>
        drops[headline - LIVE_LABEL_REACH + offset] !== undefined && LIVE_LABEL.test(text.trim()),
    );
}

const LIVE_LABEL = /^live(?: updates| blog| coverage| reporting)?$/i;
/** "Pinned": the post a live page keeps on top, in the place of its time. */
const PINNED = /^\s*pinned(?: post)?\s*$/i;
const LIVE_LABEL_REACH = 3;
const MIN_LIVE_POSTS = 2;
const MAX_POST_TITLE_WORDS = 14;
const MAX_LIVE_POINTS = 5;
/** "4.20pm - ", "16:05 – ": a key event's time before the dash and the post's headline. */
const CLOCK_THEN_DASH = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*[-–—|]\s+/i;
/**
 * A live page's key points are a sentence each, about 20 words; the opening paragraphs of a live
 * story ("A fast-moving winter storm dropped more than 8 inches of snow on ..., snarling freeways and
 * grounding hundreds of flights ...") run 30 words and more, and are its story.
 */
const MAX_LIVE_POINT_WORDS = 28;

/** "Ed Conway": two or three capitalised words and nothing else. */
function isPersonName(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(text.trim());
}

/**
 * A subhead heads the paragraphs under it: a short line left after the last of them, once the tail's
 * furniture is gone, is a tag or a button ("Topics" / "Weather" / "Bushfires", "Download").
 */
function dropHeadingsAfterStory(
  kinds: readonly (ParagraphKind | null)[],
  drops: (DropReason | null)[],
): void {
  const lastBody = kinds.findLastIndex((kind, index) => kind === 'body' && drops[index] === null);
  if (lastBody === -1) return;
  for (let index = lastBody + 1; index < kinds.length; index += 1) {
    if (kinds[index] === 'heading' && drops[index] === null) drops[index] = 'after article';
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
/**
 * Trade titles credit the lead picture "Source: Tesco" or "Source: © KAUST", with its caption on the
 * line above or below, between the byline or date and the story's first paragraph. The caption has
 * no full stop; the story's opening, on the far side, is a sentence.
 */
function markCaptionBesideSourceCredit(
  texts: readonly string[],
  drops: (DropReason | null)[],
  captions: boolean[],
): void {
  const signsOff = (index: number) =>
    drops[index] === 'timestamp' ||
    drops[index] === 'byline' ||
    readByline(texts[index] ?? '', true) !== null;
  const captionShaped = (index: number) => {
    const text = texts[index] ?? '';
    const count = wordCount(text);
    return (
      drops[index] === null &&
      count >= MIN_CAPTION_WORDS &&
      count <= MAX_SOURCE_CAPTION_WORDS &&
      !endsSentence(text) &&
      !/["“”«»]/.test(text)
    );
  };
  const opensStory = (index: number) => drops[index] === null && isStrongProse(texts[index] ?? '');
  for (const [index, text] of texts.entries()) {
    if (!SOURCE_CREDIT.test(text.trim())) continue;
    const above = signsOff(index - 2) && captionShaped(index - 1) && opensStory(index + 1);
    const below = signsOff(index - 1) && captionShaped(index + 1) && opensStory(index + 2);
    if (!above && !below) continue;
    captions[above ? index - 1 : index + 1] = true;
    captions[index] = false;
    drops[index] = 'image credit';
  }
}

const SOURCE_CREDIT = /^source\s*:\s*(?:©\s*)?[^.:]{2,40}$/i;
const MAX_SOURCE_CAPTION_WORDS = 30;

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
    // Over the lead picture's own credited caption, byline between or not, the line is the standfirst:
    // one picture, one caption.
    const below = texts.findIndex(
      (text, index) => index > candidate && drops[index] === null && readByline(text, true) === null,
    );
    if (captions[below] === true) continue;
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
        showsPresentScene(candidateText) ||
        showsSceneWithPlaceNote(candidateText) ||
        momentOverNews(candidateText, texts[next] ?? '') ||
        namesSubjectAgainInFull(candidateText, texts[next] ?? '') ||
        retellsOpeningInPresent(candidateText, texts[next] ?? ''))
    ) {
      captions[candidate] = true;
      return;
    }
  }
}

/**
 * A moment in any present verb over the story's opening ("Farmers deliver maize at the NCPB depot in
 * Eldoret." / "The National Cereals and Produce Board (NCPB) has raised …") is the lead picture's
 * caption. A feature may open on a present-tense scene of its own ("Maria Alvarez wakes before dawn in
 * her trailer outside Yakima." / "She has picked apples …"): the paragraph after it goes on from it
 * with a pronoun, or stays in the scene, where a story's first paragraph starts afresh with news.
 */
function momentOverNews(candidate: string, next: string): boolean {
  if (showsDatedPresentMoment(candidate)) return true;
  if (!showsPresentMoment(candidate) || GOES_ON_FROM_ABOVE.test(next)) return false;
  const firstSentence = /^.*?[.!?](?=\s+\p{Lu}|$)/u.exec(next)?.[0] ?? next;
  return NEWS_TENSE.test(firstSentence);
}

/**
 * "Captain Dale Wenstrup guides the Jenny Ann across the Ohio River …" over "The horn sounds twice, and
 * Dale Wenstrup eases the throttle forward.": a story names a person in full once and by surname after,
 * so an opening that introduces in full the person the line above already named in full starts afresh
 * under a caption, the picture desk's sentence with its subject doing something in the present.
 */
function namesSubjectAgainInFull(candidate: string, next: string): boolean {
  if (
    /["“”«»]/.test(candidate) ||
    /[.!?]\s+\p{Lu}/u.test(candidate) ||
    wordCount(candidate) > MAX_APART_CAPTION_WORDS
  )
    return false;
  const subject = NAMED_SUBJECT_IN_PRESENT.exec(candidate.trim())?.[1];
  if (subject === undefined) return false;
  // Named again doing something in the present ("and Dale Wenstrup eases the throttle"): the same
  // scene told twice, once by the picture desk and once by the writer.
  const at = next.indexOf(subject);
  return (
    at !== -1 &&
    !LETTER.test(next[at - 1] ?? '') &&
    PRESENT_VERB_AFTER_NAME.test(next.slice(at + subject.length))
  );
}

const PRESENT_VERB_AFTER_NAME = /^ (?!is\b|has\b|was\b|says\b)\p{Ll}{2,}s\b/u;

const LETTER = /\p{L}/u;

/** "Captain Dale Wenstrup guides", "Nurse Ana Ruiz checks": a full name, perhaps after a title, then a verb. */
const NAMED_SUBJECT_IN_PRESENT =
  /^(?:\p{Lu}\p{Ll}+\.? )?(\p{Lu}\p{Ll}+ (?:\p{Lu}\.? )?\p{Lu}[\p{Ll}'’-]+\p{Ll}) (?!is\b|has\b|was\b|says\b)\p{Ll}{2,}s\b/u;

const GOES_ON_FROM_ABOVE = /^(?:She|He|They|It|His|Her|Their|Its|We|I|This|That|There|Then|Now|Here)\b/u;
const NEWS_TENSE = /\b(?:has|have|had|was|were|said|says|\p{Ll}{3,}ed)\b/u;

/**
 * "Workers of a garment factory block/**
 * "Workers of a garment factory block the Dhaka-Tangail highway at Konabari …" over "Several thousand
 * workers of three garment factories blocked the Dhaka-Tangail highway at Konabari …": the picture desk
 * tells the story's opening again in the present tense, as captions do, with most of its words.
 */
function retellsOpeningInPresent(caption: string, opening: string): boolean {
  if (!endsSentence(caption) || /["“”«»]/.test(caption) || /[.!?]\s+\p{Lu}/u.test(caption)) return false;
  // Reporting, and the tenses of news rather than of a moment pictured ("are to receive", "is likely to").
  if (/\b(?:said|says|told|has|have|had|was|were|will|would|is|are|be|been|likely)\b/i.test(caption))
    return false;
  const words = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  const openingWords = new Set(words(opening));
  const captionWords = words(caption);
  const shared = captionWords.filter((word) => openingWords.has(word)).length;
  const presentThenPast = captionWords.some(
    (word) => !word.endsWith('ed') && (openingWords.has(`${word}ed`) || openingWords.has(`${word}d`)),
  );
  return presentThenPast && shared / Math.max(captionWords.length, 1) >= RETOLD_SHARE;
}

const RETOLD_SHARE = 0.6;

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

/**
 * "By Name" / "Published ..." / "A cruise ship at Heritage Wharf in Dockyard" / the lede: a standfirst
 * sits above the byline, so a line under it that shows a scene or a thing in a place, with no full
 * stop, straight over the story's first sentence, is the lead picture's caption.
 */
function markCaptionUnderByline(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: boolean[],
  headline: number | null,
): void {
  if (headline === null) return;
  const open = (index: number) => drops[index] === null && !captions[index];
  const line = texts.findIndex((_, index) => index > headline && open(index));
  if (line === -1) return;
  const header = drops.slice(headline + 1, line);
  if (!header.includes('byline') && !header.includes('timestamp')) return;
  const text = texts[line] ?? '';
  if (endsSentence(text) || wordCount(text) > MAX_THING_IN_PLACE_CAPTION_WORDS) return;
  const next = texts.findIndex((_, index) => index > line && open(index));
  const scene = showsUnpunctuatedScene(text) || showsThingInPlace(`${text}.`);
  if (scene && next !== -1 && isStrongProse(texts[next] ?? '')) captions[line] = true;
}

const MAX_THING_IN_PLACE_CAPTION_WORDS = 20;

/**
 * Straight above the story's first paragraph, a few words naming what the lead picture shows:
 * "Tourists at the Galle Fort" (who, and where), or "The King Fahad Causeway", the thing the first
 * paragraph then names. Too short to read as anything, or read as a name under the byline, they are
 * the picture's caption, which lost its credit on copy.
 */
function markShortCaptionOverStory(
  texts: readonly string[],
  drops: (DropReason | null)[],
  captions: boolean[],
  headline: number | null,
): void {
  if (headline === null) return;
  const first = texts.findIndex(
    (text, index) => index > headline && drops[index] === null && !captions[index] && isStrongProse(text),
  );
  const line = first - 1;
  if (line <= headline || captions[line] || ![null, 'fragment', 'byline'].includes(drops[line] ?? null))
    return;
  const text = (texts[line] ?? '').trim();
  if (endsSentence(text)) return;
  // "University Hospital Limerick has been the most overcrowded hospital ..." over "UNIVERSITY Hospital
  // Limerick has recorded its worst November ...": the picture's subject, named as the story opens.
  const opening = (words: string) => words.split(/\s+/, SHARED_OPENING_WORDS).join(' ').toLowerCase();
  // Under the byline or the date, where the picture goes; a standfirst above them may open the same way.
  const underByline = drops
    .slice(headline + 1, line)
    .some((drop) => drop === 'byline' || drop === 'timestamp');
  const sharesOpening =
    drops[line] === null &&
    underByline &&
    wordCount(text) >= SHARED_OPENING_WORDS &&
    wordCount(text) <= MAX_THING_IN_PLACE_CAPTION_WORDS &&
    opening(text) === opening(texts[first] ?? '');
  if (sharesOpening) {
    captions[line] = true;
    return;
  }
  if (wordCount(text) > MAX_SHORT_LEAD_CAPTION_WORDS) return;
  const thing = /^The ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)$/u.exec(text)?.[1];
  const namedBelow =
    thing !== undefined && !NEWSROOM_WORDS.test(thing) && (texts[first] ?? '').includes(thing);
  if (namedBelow || showsSubjectInPlace(`${text}.`)) {
    drops[line] = null;
    captions[line] = true;
  }
}

const MAX_SHORT_LEAD_CAPTION_WORDS = 8;
const SHARED_OPENING_WORDS = 3;
/** "The Associated Press" under a headline is the byline, even where the story names it. */
const NEWSROOM_WORDS =
  /\b(?:Press|News|Times|Post|Agency|Herald|Tribune|Journal|Guardian|Telegraph|Wire|Radio|Television)\b/;

/** The headline, a standfirst or two and the byline: the lines a header's time stamp follows. */
const HEADER_STAMP_REACH = 5;

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
  const scene = showsSceneWithPlaceNote(text);
  if (
    (text.includes(',') && !scene) ||
    !(
      showsPresentScene(text) ||
      showsUnpunctuatedScene(text) ||
      showsThingInPlace(text) ||
      showsThingWithItsStory(text) ||
      showsSubjectInPlace(text) ||
      showsDatedPresentMoment(text) ||
      scene
    )
  )
    return false;
  const neighbourAt = (from: number, step: number) => {
    let at = from + step;
    while (at >= 0 && at < texts.length && drops[at] !== null) at += step;
    return at;
  };
  const next = neighbourAt(index, 1);
  // The picture may close a section, its caption straight above the next subhead ("The rain problem").
  const storyGoesOn =
    isStrongProse(texts[next] ?? '') ||
    (isHeadingLike(texts[next] ?? '') && isStrongProse(texts[neighbourAt(next, 1)] ?? ''));
  return isStrongProse(texts[neighbourAt(index, -1)] ?? '') && storyGoesOn;
}

/**
 * "‘We’re downstream of everything’" over the section where Piikani councillor Theresa Bastien says
 * it: a subhead lifted from a quotation below it, a few words in quotation marks with no sentence's
 * punctuation. A quoted paragraph of the story closes its quotation with a full stop or a comma.
 */
function isQuotedSubhead(texts: readonly string[], index: number): boolean {
  // An apostrophe inside ("We’re") is no closing mark: one stands only before a letter.
  const quoted = /^[‘“'"]((?:[^‘’“”"]|[’'](?=\p{L}))+)[’”'"]$/u.exec((texts[index] ?? '').trim())?.[1];
  if (quoted === undefined || /[.,;:!?]$/.test(quoted) || wordCount(quoted) > MAX_QUOTED_SUBHEAD_WORDS)
    return false;
  const words = quoted.toLowerCase();
  return texts.some((text, at) => at > index && text.toLowerCase().includes(words));
}

/**
 * "‘Paper water’ and real water" between two paragraphs: a subhead may open on a phrase in quotation
 * marks and run on in a few lower-case words with no punctuation. A quoted sentence closes with its
 * mark and a full stop or comma, and goes on to say who spoke.
 */
function opensOnQuotedPhrase(text: string): boolean {
  const rest = QUOTED_PHRASE_OPENING.exec(text.trim())?.[1];
  return (
    rest !== undefined &&
    wordCount(text) <= MAX_QUOTED_SUBHEAD_WORDS &&
    !/\b(?:said|says|told|asked)\b/.test(rest)
  );
}

const QUOTED_PHRASE_OPENING = /^[‘“'"][^‘’“”".,;:!?]{2,40}[’”'"]\s+(\p{Ll}[\p{Ll}'’ -]*)$/u;

/** "Key findings:": a few words and a colon, over the list it introduces. */
function isColonLabel(text: string): boolean {
  const trimmed = text.trim();
  // "Transport Secretary Heidi Alexander said:" introduces the quotation under it; it heads nothing.
  if (/\b(?:said|says|added|adds|told|wrote|writes|explained|stated)\s*:$/i.test(trimmed)) return false;
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
    // and so is each of the box's headlines after the date of the one before. Over the label, they
    // are the previous and next stories' links ("Peso weakens as dollar firms" above "Related Posts").
    let above = start - 1;
    while (above > lastParagraph && drops[above] === 'timestamp') above -= 1;
    const boxed = drops[above] === 'related' || drops[end] === 'related';
    if (headlines.length >= (boxed ? 1 : MIN_TEASER_RUN)) {
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
const MAX_SHORT_CAPTION_WORDS = 12;

const STAFF_JOB = /\b(?:staff|reporter|writer|correspondent|editor|journalist|columnist)\b/i;

// Or the agency in capitals first, as the wires credit: "REUTERS/Agustin Marcarian", "AFP/Luis Robayo".
const PHOTOGRAPHER_SLASH_AGENCY =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*\p{Lu}[\p{L}\p{N} .&-]{1,30}$|^\p{Lu}{2,}[\p{Lu}\p{N}&.-]*\s*\/\s*\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** "Keystone / Valentin Flauraud": an agency and a photographer, either way round. */
const SLASH_CREDIT =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}$/u;

/** "(Image: AAP/Lukas Coch)", "Photo by: Bloomberg": a credit with no caption before it says nothing about the story. */
const CREDIT_ALONE =
  /^\(?\s*(image|photo|picture|photograph|credit|photo credit)s?(?: by)?\s*:\s*[^()]{2,60}\)?\.?$/i;

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
