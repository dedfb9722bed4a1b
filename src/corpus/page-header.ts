import { type DropReason, STORY_SOURCE } from './furniture.js';
import { isLivePostTime } from './page-tail.js';
import { isLivePageSummary } from './reader-address.js';
import {
  attributes,
  describesPicture,
  hasFiniteVerb,
  isCaption,
  isRoleLine,
  opensWithDateline,
  readByline,
  showsPresentScene,
  startsWithDateline,
} from './structure.js';
import {
  capitalisedRatio,
  countBefore,
  endsSentence,
  isHeadlineLike,
  isProseLike,
  isStrongProse,
  isSummaryLine,
  startsWithQuote,
  wordCount,
} from './text-signals.js';
import type { TextUnit } from './units.js';

/**
 * The top of a page: which line is the headline, whether a standfirst or summary box follows it, and
 * where the story itself starts.
 */

/**
 * Index of the headline, or null when the page has none. The headline is the first line of the last
 * run of title-shaped lines above the byline, the date or the story, whichever comes first.
 */
export function findHeadline(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  firstProse: number,
  knownTitle: string | undefined,
): number | null {
  if (knownTitle !== undefined) {
    // The page may print the headline a little differently from the front matter ("Port lease
    // signed" over "Port authority signs 30-year lease"): most of its words are enough.
    const wanted = comparable(knownTitle);
    const repeated = texts.findIndex(
      (text, index) =>
        index <= firstProse &&
        drops[index] === null &&
        (comparable(text) === wanted ||
          (isHeadlineLike(text) && sharedWordShare(comparable(text), wanted) >= 0.6)),
    );
    return repeated === -1 ? null : repeated;
  }
  // The headline sits just above the byline or dateline, or above the story when there is neither;
  // a standfirst may follow it, and captions and images may sit between them.
  const anchor = texts.findIndex(
    (text, index) =>
      index < firstProse &&
      drops[index] === null &&
      (readByline(text, false) !== null || isRoleLine(text) || isBylineAboveItsLabel(texts, drops, index)),
  );
  const stamp = drops.findIndex((drop, index) => index < firstProse && drop === 'timestamp');
  const limit = Math.min(...[anchor, stamp, firstProse].filter((index) => index >= 0), texts.length);
  const isCandidate = (index: number) => {
    const text = texts[index] ?? '';
    // "Photos: Bow River floods parts of Bowness after ice jam": a gallery's headline names its news at
    // length; a link to one ("Watch: Heavy rain lashes Chennai") is short.
    const gallery = drops[index] === 'media' && GALLERY_HEADLINE.test(text);
    return (
      (drops[index] === null || gallery) &&
      isHeadlineLike(text) &&
      !captions[index] &&
      !startsWithDateline(text) &&
      !isSectionKicker(text) &&
      // "By Alex Seabrook Local Democracy Reporter and Tristan Cork", "Isabel Lohman (Bridge Michigan)":
      // a byline has a headline's shape but is never one.
      readByline(text, false) === null
    );
  };
  // A summary box under the headline ("Summary" and its points) sits between it and a live page's
  // "Live Reporting" label as a caption would.
  const isTransparent = (index: number) =>
    captions[index] === true ||
    drops[index] === 'image credit' ||
    drops[index] === 'share' ||
    drops[index] === 'summary label' ||
    // The headline printed twice, as the breadcrumb's last item and then as the title.
    drops[index] === 'repeat';
  let last = limit - 1;
  while (last >= 0 && !isCandidate(last)) last -= 1;
  // Some sites print the byline and date first, then the headline. A name above the site's menu
  // is its masthead, not a headline, so a candidate after the byline is preferred then.
  const after = texts.findIndex(
    (text, index) =>
      index >= limit && index < firstProse && isCandidate(index) && wordCount(text) > SHORT_LABEL_WORDS,
  );
  // One section label ("News") between a long title-shaped line and the byline is the story's kicker,
  // not the site's menu; over a bare name ("Aarian Marshall" / "Business") it parts byline from headline.
  const menuLines = drops.filter((drop, index) => index > last && index < limit && drop === 'navigation');
  const menuBetween =
    menuLines.length >= 2 || (menuLines.length === 1 && readByline(texts[last] ?? '', true) !== null);
  // "An expert's point of view on a current event." over the headline: a section's one-line
  // description is a sentence, but the title-shaped line between it and the byline is the headline.
  if (last < 0 && after === -1 && wordCount(texts[firstProse] ?? '') <= MAX_TAGLINE_WORDS) {
    const bylineBelow = texts.findIndex(
      (text, index) =>
        index > firstProse + 1 &&
        index <= firstProse + TAGLINE_REACH &&
        (drops[index] === 'timestamp' || (drops[index] === null && readByline(text, false) !== null)),
    );
    const titled = texts.findIndex(
      (text, index) =>
        index > firstProse &&
        index < bylineBelow &&
        isCandidate(index) &&
        wordCount(text) > SHORT_LABEL_WORDS,
    );
    if (titled !== -1) return titled;
  }
  if ((last < 0 || menuBetween) && after === -1) {
    const underDek = headlineUnderDek(texts, drops, firstProse, isCandidate);
    if (underDek !== null) return underDek;
    const sentence = sentenceHeadline(texts, drops, captions, firstProse);
    if (sentence !== null) return sentence;
  }
  if (last < 0 || (menuBetween && after !== -1)) {
    if (after === -1) return null;
    // "The bonus economy" over its dek: a feature's title may be shorter than a section label, but
    // the summary line straight under it says it is the title.
    let previous = after - 1;
    while (previous > limit && drops[previous] !== null) previous -= 1;
    const shortTitle =
      previous >= limit &&
      isCandidate(previous) &&
      wordCount(texts[previous] ?? '') >= 2 &&
      isSummaryLine(texts[after] ?? '') &&
      !endsSentence(texts[previous] ?? '') &&
      !(texts[previous] ?? '').includes(':') &&
      readByline(texts[previous] ?? '', true) === null;
    return shortTitle ? previous : after;
  }
  if (after !== -1 && isRubric(texts[last] ?? '')) {
    const titled = texts.findIndex(
      (text, index) =>
        index >= after &&
        index < firstProse &&
        isCandidate(index) &&
        wordCount(text) > SHORT_LABEL_WORDS &&
        summaryFollows(texts, drops, captions, index),
    );
    if (titled !== -1) return titled;
  }
  // "The Valley Times" / "By Anna Berg" / the date / the headline: with the byline first, a short name
  // that is the page's first line of its own (or the outlet's tagline under it) is the masthead, and
  // the title-shaped line under the byline, not yet the story, is the headline.
  if (
    after !== -1 &&
    isMastheadLine(texts[last] ?? '') &&
    drops.slice(0, last).every((drop, index) => drop !== null || isMastheadLine(texts[index] ?? '')) &&
    !endsSentence(texts[after] ?? '')
  ) {
    return after;
  }
  // A short kicker printed under the headline ("ABC Science") is not the headline.
  if (wordCount(texts[last] ?? '') <= SHORT_LABEL_WORDS) {
    let previous = last - 1;
    while (previous >= 0 && !isCandidate(previous) && isTransparent(previous)) previous -= 1;
    if (previous >= 0 && isCandidate(previous) && wordCount(texts[previous] ?? '') > SHORT_LABEL_WORDS) {
      last = previous;
    }
  }
  // Section labels and taglines above a headline ("Climate & Environment") are a few words and
  // end the cluster; a headline is rarely so short.
  const cluster: number[] = [last];
  for (let index = last - 1; index >= 0 && wordCount(texts[last] ?? '') > SHORT_LABEL_WORDS; index -= 1) {
    if (isCandidate(index) && wordCount(texts[index] ?? '') > SHORT_LABEL_WORDS) cluster.unshift(index);
    else if (!isTransparent(index)) break;
  }
  // The outlet's line about itself ("Andina - Agencia Peruana de Noticias") may stand straight above
  // the headline in the shape of one.
  while (cluster.length >= 2 && isOutletTagline(texts[cluster[0] ?? -1] ?? '')) cluster.shift();
  // What follows the headline inside the cluster is its standfirst, one line or several, unless the
  // first line is the lead picture's caption pasted above the headline.
  const [first, second] = cluster;
  if (
    first !== undefined &&
    second !== undefined &&
    captionAboveHeadline(texts[first] ?? '', texts[second] ?? '')
  ) {
    return second;
  }
  return cluster[0] ?? last;
}

const SHORT_LABEL_WORDS = 3;

/**
 * "Andina - Agencia Peruana de Noticias", "Independent news for the valley since 1887", "A Journal of
 * Politics and Culture", "Your trusted source for local news": the outlet describing itself under its
 * name. It names a kind of news medium and then praises, dates, owns or defines it; a headline tells
 * what happened. The medium may be named in the language of the site's home country.
 */
function isOutletTagline(text: string): boolean {
  const count = wordCount(text);
  if (count < 2 || count > MAX_TAGLINE_LINE_WORDS || endsSentence(text)) return false;
  const afterName = /^[^-–—|:]{2,40}\s[-–—|]\s(.+)$/u.exec(text)?.[1];
  return (
    (afterName !== undefined && (NEWS_MEDIUM.test(afterName) || FOUNDED.test(afterName))) ||
    // A slogan runs on without a clause of reporting: "Independent journalism under threat, press
    // group warns" is news about the medium.
    (NEWS_MEDIUM.test(text) && (SELF_DESCRIPTION.test(text) || FOUNDED.test(text)) && !/[,:;]/.test(text)) ||
    // "News from Kenya and the world", "Breaking news, sport and weather": what the outlet covers.
    (NEWS_MEDIUM.test(text) && (OF_THE_WORLD.test(text) || SECTION_LIST.test(text))) ||
    // "A Journal of ...", "Bhutan's National Newspaper": the line defines the medium, no more. Not
    // with "the": "The good news for homeowners" is a feature's title.
    MEDIUM_DEFINED.test(text) ||
    // "NOS News in English", "Kompas English Edition": the edition the page is in.
    ENGLISH_EDITION.test(text)
  );
}

const ENGLISH_EDITION = /(?<![\p{L}])(?:in english|english edition|english service|english section)$/iu;

const MAX_TAGLINE_LINE_WORDS = 14;

/** The site's name or its tagline: a few words at the top of the page. */
function isMastheadLine(text: string): boolean {
  return wordCount(text) <= SHORT_LABEL_WORDS || isOutletTagline(text);
}

/** "Serving the valley since 1887", "desde 1839", "seit 1946": a masthead's founding year. */
const FOUNDED =
  /(?<![\p{L}])(?:since|est\.?|established|founded(?: in)?|desde|depuis|seit|dal|sinds|sejak|din|od) (?:1[6-9]|20)\d\d(?!\d)/iu;

const OF_THE_WORLD =
  /(?<![\p{L}])(?:and|y|et|und|e|en|dan|ve) (?:the |el |le |der |il |de )?(?:world|mundo|monde|welt|mondo|wereld|dunia|dünya)$/iu;

const SECTION_LIST =
  /(?<![\p{L}])news, (?:[\p{L}]+, )*[\p{L}]+ (?:and|&) (?:sport|sports|weather|business|entertainment|politics|culture|opinion|more)$/iu;

const NEWS_MEDIUM =
  /(?<![\p{L}])(?:news|newspaper|newspapers|journal|magazine|agency|journalism|headlines|newsroom|noticias|notícias|periódico|diario|diário|jornal|agencia|agência|agence|presse|nouvelles|quotidien|nachrichten|nachrichtenagentur|zeitung|notizie|giornale|quotidiano|agenzia|nieuws|krant|dagblad|persbureau|berita|harian|haber|haberler|gazete|gazetesi|ajans|ajansı)(?![\p{L}])/iu;

const SELF_DESCRIPTION =
  /(?<![\p{L}])(?:you|your|our|trusted|independent|best|leading|premier|official|award-winning|since (?:1[6-9]|20)\d\d|voice of|source (?:for|of)|first for|number one|all the news|de referencia|de référence|independiente|indépendant|unabhängige?|indipendente|onafhankelijke?|terpercaya)(?![\p{L}])/iu;

const MEDIUM_DEFINED =
  /^(?:(?:a|an)\s|\p{Lu}[\p{L}.-]*['’]s\s)(?:\p{L}+\s){0,3}(?:news|newspaper|journal|magazine|agency|weekly|daily)(?:\s(?:of|for|on)\s.+)?$/iu;

const GALLERY_HEADLINE = /^(?:photos|pictures|in pictures|gallery)\s*:\s*(?:\S+\s+){6,}\S+$/i;

/**
 * Some chains print the standfirst above the headline: "Metro service will run only during rush hours
 * ..." / "STM maintenance workers to strike for three days next week" / "Author of the article:" /
 * the byline. The title-shaped line straight under the first sentence, with the byline or date under
 * it, is the headline.
 */
function headlineUnderDek(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  firstProse: number,
  isCandidate: (index: number) => boolean,
): number | null {
  const next = texts.findIndex((_, index) => index > firstProse && drops[index] === null);
  if (next === -1 || !isCandidate(next) || wordCount(texts[next] ?? '') <= SHORT_LABEL_WORDS) return null;
  if (wordCount(texts[firstProse] ?? '') > MAX_DEK_WORDS) return null;
  const header = texts.slice(next + 1, next + 1 + HEADER_LINES + 1);
  const signs = (text: string, offset: number) =>
    drops[next + 1 + offset] === 'timestamp' || readByline(text, false) !== null || /^author\b/i.test(text);
  // The byline or date follows the headline directly, past dropped lines only: a line of the page's own
  // between them (the lead picture's caption) makes the line above the headline and this its standfirst.
  const signature = header.findIndex(
    (text, offset) => signs(text, offset) || drops[next + 1 + offset] === null,
  );
  return signature !== -1 && signs(header[signature] ?? '', signature) ? next : null;
}

export function isDekAboveHeadline(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  dek: number,
  headline: number,
): boolean {
  const between = texts.slice(dek + 1, headline).every((_, offset) => drops[dek + 1 + offset] !== null);
  // With its standfirst under it, the sentence above the headline is a section's tagline instead
  // ("An expert's point of view on a current event."): the byline must follow the headline directly.
  return (
    dek < headline &&
    between &&
    drops[headline + 1] !== null &&
    isStrongProse(texts[dek] ?? '') &&
    wordCount(texts[dek] ?? '') <= MAX_DEK_WORDS
  );
}

const MAX_DEK_WORDS = 40;

/** A section's description printed above the headline is one short sentence. */
const MAX_TAGLINE_WORDS = 12;
/** The tagline, the headline, a standfirst and the byline: a few lines. */
const TAGLINE_REACH = 4;

/**
 * Magazines set the rubric and the byline above the headline: "Letter from the Mekong" / "By Name" /
 * "From the December issue" / "The River Gives Less" / its dek / the story. The line above the
 * byline names a department and tells nothing happening; below the byline, a title with a summary
 * line under it, not yet the story, is the headline.
 */
function isRubric(text: string): boolean {
  return wordCount(text) <= MAX_RUBRIC_WORDS && !hasFiniteVerb(text) && !endsSentence(text);
}

function summaryFollows(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  index: number,
): boolean {
  let next = index + 1;
  while (next < texts.length && (drops[next] !== null || captions[next])) next += 1;
  return isSummaryLine(texts[next] ?? '');
}

const MAX_RUBRIC_WORDS = 6;

/**
 * "Firefighters tackle the blaze at a warehouse in Leeds on Tuesday night" over "Warehouse fire forces
 * evacuation of 200 homes in Leeds": headlines drop articles and say no day; a caption keeps both and
 * runs longer.
 */
export function captionAboveHeadline(upper: string, lower: string): boolean {
  const articles = (text: string) => (text.match(/\b(a|an|the)\b/gi) ?? []).length;
  if (SCENE_WITHOUT_VERB.test(upper) && !endsSentence(upper) && wordCount(lower) > wordCount(upper))
    return true;
  return (
    wordCount(upper) > wordCount(lower) &&
    articles(upper) >= 2 &&
    articles(lower) === 0 &&
    PICTURE_TIME.test(upper)
  );
}

/**
 * A lead picture's caption pasted above the headline with its full stop: "Commuters at the Bellville
 * taxi rank in Cape Town." over "Taxi fares in Cape Town rise by R3 ...". The full stop makes it read
 * as the page's first sentence; the missing verb and the headline under it make it a caption.
 */
export function isSceneAboveHeadline(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  index: number,
): boolean {
  const text = texts[index] ?? '';
  const scene =
    SCENE_WITHOUT_VERB.test(text.replace(/\.$/, '')) ||
    (wordCount(text) <= MAX_SCENE_WORDS && !hasFiniteVerb(text) && !/["“”«»]/.test(text));
  if (drops[index] !== null || !endsSentence(text) || !scene) return false;
  // Above the headline means nothing headline-shaped above it but the site's own furniture.
  for (let above = 0; above < index; above += 1) {
    const line = texts[above] ?? '';
    if (drops[above] === null && wordCount(line) > SHORT_LABEL_WORDS && isHeadlineLike(line)) return false;
  }
  // A section label may sit between the picture and the headline ("Vancouver").
  let next = index + 1;
  while (next < texts.length && (drops[next] !== null || wordCount(texts[next] ?? '') <= SHORT_LABEL_WORDS))
    next += 1;
  const headline = texts[next] ?? '';
  // A headline packs more news into fewer words than the scene above it may take; a caption's
  // present-tense scene ("Flood victims rest at a relief centre in Kota Bharu.") says so by itself.
  return isHeadlineLike(headline) && (wordCount(headline) >= wordCount(text) || showsPresentScene(text));
}

const MAX_SCENE_WORDS = 16;

/**
 * "Traders at a market in Abuja": who is pictured and where, with no verb. A headline tells what
 * happened ("Price of rice falls in Nigerian markets as harvest arrives").
 */
const SCENE_WITHOUT_VERB =
  /^(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}?\p{Ll}+s (?:at|in|on|near|outside|inside|during|along|beside) (?:a|an|the) [\p{L} ,'’-]+$/u;

const PICTURE_TIME =
  /\b(on|last|this|in) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|week|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{1,2})?)\b/i;

/**
 * Some outlets end a headline with a full stop ("Big banks are tracking badge swipes again. Here's
 * what employees are saying."). Under the site's menu, with nothing title-shaped below it, a short
 * sentence with the byline or date straight after it is the headline, not the story's first line.
 */
function sentenceHeadline(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  firstProse: number,
): number | null {
  const text = texts[firstProse] ?? '';
  const count = wordCount(text);
  const shaped =
    count >= 4 &&
    count <= MAX_SENTENCE_HEADLINE_WORDS &&
    /^["'“‘]?[\p{Lu}\p{N}]/u.test(text) &&
    !captions[firstProse] &&
    !startsWithDateline(text) &&
    !startsWithQuote(text);
  if (!shaped) return null;
  // A one-sentence standfirst may sit between the headline and its byline.
  let standfirstSeen = false;
  for (let next = firstProse + 1; next < texts.length && next <= firstProse + HEADER_LINES + 1; next += 1) {
    const nextText = texts[next] ?? '';
    const byline = drops[next] === 'byline' || readByline(nextText, true) !== null;
    // Past a standfirst only a byline will do: a time alone may open the next post of a live page.
    if (byline || (drops[next] === 'timestamp' && !standfirstSeen)) return firstProse;
    if (drops[next] === null && !captions[next] && isStrongProse(nextText)) {
      const standfirstLike =
        wordCount(nextText) <= MAX_SENTENCE_STANDFIRST_WORDS && !startsWithQuote(nextText);
      if (standfirstSeen || !standfirstLike) return null;
      standfirstSeen = true;
    }
  }
  return null;
}

const MAX_SENTENCE_HEADLINE_WORDS = 20;
const MAX_SENTENCE_STANDFIRST_WORDS = 40;
/** A byline or date line follows a headline within a few lines (a kicker, a share bar between). */
const HEADER_LINES = 3;

/** "Finance & economics | Freight of fancy": a section name and a fly-title above the headline. */
function isSectionKicker(text: string): boolean {
  const [section, ...rest] = text.split(/\s+\|\s+/);
  return rest.length === 1 && wordCount(section ?? '') <= SHORT_LABEL_WORDS && wordCount(rest[0] ?? '') <= 5;
}

/**
 * "Tom Ferreira" (or any header byline) on a line of its own, right above what labels it: a date, a
 * job title, or the masthead printed again.
 */
function isBylineAboveItsLabel(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  index: number,
): boolean {
  const text = texts[index] ?? '';
  const count = wordCount(text);
  const next = texts[index + 1] ?? '';
  // "Kalea Morrison" over "The Detroit News": the masthead that opens the page, printed again under
  // the writer's name.
  const aboveMasthead = index > 0 && next !== '' && texts[0] === next;
  const aboveLabel = drops[index + 1] === 'timestamp' || isRoleLine(next) || aboveMasthead;
  const bareName =
    count >= 2 && count <= 4 && /^[\p{Lu}][\p{L} .'’-]+$/u.test(text) && capitalisedRatio(text) === 1;
  // "Richard Milne in Oslo and Anna Kowalska in Warsaw" over "Published November 25 2026".
  return aboveLabel && (bareName || readByline(text, true) !== null);
}

/** Share of the words of the shorter text that the longer one also has. */
function sharedWordShare(first: string, second: string): number {
  const firstWords = new Set(first.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== ''));
  const secondWords = new Set(second.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== ''));
  const smaller = Math.min(firstWords.size, secondWords.size);
  if (smaller === 0) return 0;
  return [...firstWords].filter((word) => secondWords.has(word)).length / smaller;
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
export function findStandfirst(
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
  const introduction = transcriptIntroduction(texts, drops, captions, candidate);
  if (introduction !== null) return introduction;
  const text = texts[candidate] ?? '';
  const count = wordCount(text);
  if (count < MIN_STANDFIRST_WORDS || count > 70 || startsWithDateline(text) || startsWithQuote(text))
    return null;
  // "Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration": who the report comes
  // from, labelled like the "Quote:" and "Details:" paragraphs after it, is the story's, not a summary.
  if (STORY_SOURCE.test(text)) return null;
  if (!endsSentence(text) && !/:$/.test(text)) return candidate;
  if (candidate < storyStart && opensWithDateline(texts[storyStart] ?? '')) return candidate;
  // A standfirst sits above the byline: once a byline has been printed under the headline the story
  // has begun, whatever time stamp is printed after the lede or above the headline ("November 25 |
  // 6:40 pm" / headline / "By Name" / lede / caption).
  // A live page's summary ("Follow live updates as ...") stays its standfirst wherever it is printed.
  if (isLivePageSummary(text)) return candidate;
  if (headline !== null && drops.slice(headline + 1, candidate).includes('byline')) return null;
  // Magazines print the byline above the headline, so only the lead picture parts summary and story.
  // Under the headline it is the other way round: once a byline or time stamp has been printed the
  // story has begun; a full sentence there is its lede, even with the lead picture's caption under it.
  if (
    headline !== null &&
    headerAboveHeadline(drops, headline) &&
    leadPictureFollows(drops, captions, candidate)
  )
    return candidate;
  for (let index = candidate + 1; index < texts.length; index += 1) {
    const drop = drops[index];
    // An editor's note on the piece ("The following is an edited transcript") closes the header too.
    if (drop === 'byline' || drop === 'timestamp' || drop === 'editor note') return candidate;
    // Prose above where the story starts is the header's: a caption that lost its credit.
    const header = index < storyStart && wordCount(texts[index] ?? '') <= MAX_HEADER_CAPTION_WORDS;
    if (drop === null && !captions[index] && !header && isProseLike(texts[index] ?? '')) return null;
  }
  return null;
}

/**
 * Magazines print the author and date above the headline ("Aarian Marshall / Business / Apr 8, 2026"),
 * so nothing separates the standfirst from the story but the lead picture.
 */
function headerAboveHeadline(drops: readonly (DropReason | null)[], headline: number): boolean {
  return drops
    .slice(Math.max(0, headline - HEADER_ABOVE_REACH), headline)
    .some((drop) => drop === 'timestamp' || drop === 'byline');
}

const HEADER_ABOVE_REACH = 4;

const MIN_STANDFIRST_WORDS = 6;

/** A byline, a time stamp and a player's buttons may come between a headline and its introduction. */
const INTRODUCTION_REACH = 8;

/**
 * A transcript's introduction: the host's paragraph just before the first two speakers' turns
 * ("AVA MORENO: How did ..." / "DALE KRUSE: Well, ..."), whatever short labels sit above it
 * ("Heard on Weekend Edition Saturday").
 */
function transcriptIntroduction(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  from: number,
): number | null {
  const open = (index: number) => drops[index] === null && !captions[index];
  for (let index = from; index < texts.length && index <= from + INTRODUCTION_REACH; index += 1) {
    const text = texts[index] ?? '';
    if (!open(index) || wordCount(text) < MIN_STANDFIRST_WORDS || SPEAKER_TURN.test(text)) continue;
    let next = index + 1;
    while (next < texts.length && !open(next)) next += 1;
    const turns = SPEAKER_TURN.test(texts[next] ?? '') && SPEAKER_TURN.test(texts[next + 1] ?? '');
    return turns ? index : null;
  }
  return null;
}

/** "DALE KRUSE: Well, we asked ...": a speaker named in capitals opens each turn of a transcript. */
const SPEAKER_TURN = /^\p{Lu}[\p{Lu} .'’-]{1,40}:\s+\S/u;

function leadPictureFollows(
  drops: readonly (DropReason | null)[],
  captions: readonly boolean[],
  candidate: number,
): boolean {
  let next = candidate + 1;
  while (next < drops.length && drops[next] !== null && !captions[next]) next += 1;
  return captions[next] === true;
}

/**
 * Where the story proper begins. The first full sentence is usually it, but when a byline or a date
 * still follows that sentence, the sentence was the standfirst and the story starts after them.
 */
export function findStoryStart(
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
  // "Bengaluru:" may stand on a line of its own above the paragraph it opens: at the top, or with the
  // byline or time stamp still above it, since lower down "Background:" is a label in the story.
  const headerAbove = (index: number) =>
    index === firstProse ||
    drops.slice(firstProse + 1, index).some((drop) => drop === 'byline' || drop === 'timestamp');
  const dated = opening.find(
    (index) =>
      opensWithDateline(texts[index] ?? '') ||
      (LONE_DATELINE.test((texts[index - 1] ?? '').trim()) && headerAbove(index)),
  );
  if (dated !== undefined) return dated;
  const [, second, third] = opening;
  if (second === undefined) return firstProse;
  // "By Janelle De Souza" / lede / "Published: November 25, 2026": under a byline the first sentence
  // is the story's, whatever time stamp follows it.
  const bylineAbove = texts.slice(Math.max(0, firstProse - HEADER_LINES), firstProse).some((text, offset) => {
    const index = Math.max(0, firstProse - HEADER_LINES) + offset;
    return drops[index] === 'byline' || (drops[index] === null && readByline(text, false) !== null);
  });
  if (bylineAbove) return firstProse;
  for (let between = firstProse + 1; between < second; between += 1) {
    const text = texts[between] ?? '';
    const drop = drops[between];
    if (drop === 'timestamp' || (drop === null && (readByline(text, true) !== null || isRoleLine(text)))) {
      return second;
    }
  }
  // A standfirst with its full stop, then the lead picture's uncredited caption, then the time stamp:
  // "The Residential Tenancies Board says ..." / "Apartments under construction in Dublin's docklands."
  // / "Updated 3.15pm". Only a time stamp or a "By ..." line will do here: a bare name in capitals may
  // be a subhead. A live page's posts are stamped too, each above its text; a caption quotes and
  // attributes nothing.
  const captionText = texts[second] ?? '';
  const captionSized =
    wordCount(texts[firstProse] ?? '') <= MAX_SENTENCE_STANDFIRST_WORDS &&
    wordCount(captionText) <= MAX_HEADER_CAPTION_WORDS &&
    !startsWithQuote(captionText) &&
    !attributes(captionText) &&
    !drops.slice(0, firstProse).includes('timestamp');
  const stamped = (index: number) =>
    drops[index] === 'timestamp' || (drops[index] === null && readByline(texts[index] ?? '', false) !== null);
  if (third !== undefined && captionSized) {
    for (let between = second + 1; between < third; between += 1) if (stamped(between)) return third;
  }
  return firstProse;
}

/** "Bengaluru:", "ISLAMABAD:", "NEW DELHI —": a dateline set apart from the paragraph it opens. */
const LONE_DATELINE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}\s*(?:[:—–]|--)$/u;

/** An uncredited caption in a page's header is a line, not a paragraph. */
const MAX_HEADER_CAPTION_WORDS = 20;

/** A page header holds a standfirst and perhaps a caption or two before the story's dateline. */
const MAX_HEADER_PROSE = 2;

/** Labels of the summary boxes some sites put above the story ("In short:", "Key points"). */
const SUMMARY_LABEL =
  /^(in short|in summary|what you need to know|key points|key facts|at a glance|the big picture|summary|in brief|what we know( so far)?|what['’]s next\??|what happens next\??|the story so far|quick read|tl;?dr|here['’]s the latest|here['’]s what (?:to|you need to) know|what we['’]re covering|key developments|latest developments|the latest)\s*[:.]?$/i;

/** "Key Points", "In short:": a summary box's label, whatever follows it. */
export function isSummaryLabel(text: string): boolean {
  return SUMMARY_LABEL.test(text.trim());
}

/**
 * The points of a summary box: the lines sharing a block with its label. The label itself is dropped;
 * the points are standfirst, since they summarise rather than report. Only near the top of a page.
 */
export function findSummaryBox(
  units: readonly TextUnit[],
  texts: readonly string[],
  drops: (DropReason | null)[],
): Set<number> {
  const points = new Set<number>();
  const proseBefore = countBefore(texts.map(isStrongProse));
  const proseTotal = proseBefore[texts.length] ?? 0;
  const proseAround = (index: number) => {
    const before = proseBefore[index] ?? 0;
    return { before, after: proseTotal - before };
  };
  for (const [index, text] of texts.entries()) {
    const sharesBlock = units[index + 1]?.block === units[index]?.block;
    if (drops[index] !== null || !SUMMARY_LABEL.test(text.trim())) continue;
    // A live page's pinned post may be headed "What you need to know": a post, not a summary box.
    if (/^pinned(?: post)?$/i.test((texts[index - 1] ?? '').trim()) || isLivePostTime(texts[index - 1] ?? ''))
      continue;
    const { before, after } = proseAround(index);
    if (before > MAX_HEADER_PROSE || after < MIN_PROSE_AFTER_SUMMARY) continue;
    const members: number[] = [];
    for (let next = index + 1; sharesBlock && units[next]?.block === units[index]?.block; next += 1) {
      if (drops[next] === null && !SUMMARY_LABEL.test((texts[next] ?? '').trim())) members.push(next);
    }
    const found = sharesBlock ? members : pointsOnTheirOwnLines(texts, drops, index);
    if (found.length === 0) continue;
    drops[index] = 'summary label';
    for (const point of found) points.add(point);
  }
  return points;
}

/**
 * Points pasted as paragraphs of their own after their label, as a page copied without blank lines
 * shows them: a few short sentences that end where the page's furniture or a photo caption resumes.
 * If they run on into longer paragraphs, they were the story, not a summary.
 */
function pointsOnTheirOwnLines(
  texts: readonly string[],
  drops: readonly (DropReason | null)[],
  label: number,
): number[] {
  const points: number[] = [];
  for (let next = label + 1; next < texts.length; next += 1) {
    const text = texts[next] ?? '';
    if (drops[next] !== null || describesPicture(text) || isCaption(text)) {
      if (points.length > 0) return points;
      if (drops[next] !== null) continue;
      return [];
    }
    // On a page pasted without blank lines the story follows the points directly: a paragraph twice
    // as long as any point is where they end.
    const longest = Math.max(0, ...points.map((point) => wordCount(texts[point] ?? '')));
    if (points.length > 0 && wordCount(text) >= MIN_STORY_PARAGRAPH_WORDS && wordCount(text) > 2 * longest) {
      return points;
    }
    // A live page's key points are often set as headlines: "Chancellor set to freeze fuel duty".
    const pointLike = isProseLike(text) || isSummaryLine(text);
    // A label of a word or two after them ("Live Reporting") is the next box's.
    if (!pointLike && points.length >= MIN_POINTS_BEFORE_LABEL && wordCount(text) <= SHORT_LABEL_WORDS) {
      return points;
    }
    if (points.length === MAX_SUMMARY_POINTS || wordCount(text) > MAX_POINT_WORDS || !pointLike) {
      return [];
    }
    points.push(next);
  }
  return [];
}

const MAX_SUMMARY_POINTS = 4;
const MIN_POINTS_BEFORE_LABEL = 2;
const MIN_STORY_PARAGRAPH_WORDS = 25;
const MAX_POINT_WORDS = 40;

const MIN_PROSE_AFTER_SUMMARY = 3;
