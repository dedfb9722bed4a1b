import { wordCount } from './text-signals.js';

/**
 * Reporting talks about people; page furniture talks to the reader. A sign-up box, an app prompt or a
 * membership appeal addresses "you" on behalf of "us", or opens a sentence with an instruction ("Get
 * in touch", "Keep up to date ..."). Quoted speech is set aside first: people quoted in a story say
 * "we" and "you" all the time.
 */

const IMPERATIVES = new Set(
  (
    'sign subscribe join follow download get keep click tap enter type consider support become share watch listen ' +
    'learn discover explore try register log visit contact email e-mail send tell help unlock upgrade install ' +
    'receive stay sign-up bookmark save see check buy catch track start'
  ).split(' '),
);

const PRODUCT_WORDS =
  /\b(app|apps|newsletters?|e-?mails?|inbox|account|subscriptions?|subscribers?|membership|members?|podcasts?|alerts|notifications|updates|offers|tickets|journalism|reporting|newsroom|website|site|channels?)\b/i;

/**
 * "Our journalists work hard ...", "the generous support of our readers", "our breaking news
 * newsletters": the outlet speaking of its own newsroom and readership. Said to "you", it is a
 * support appeal or a sign-up box, wherever on the page it sits.
 */
const OUTLET_ITSELF =
  /\bour (?:[\p{L}-]+ ){0,4}?(?:journalists|journalism|reporters|newsroom|newsletters?|readers|subscribers|trusted content)\b/iu;

/**
 * "The Spinoff is made possible by our members.", "made possible by listeners like you": how the
 * outlet is paid for, said of itself.
 */
const FUNDED_BY_AUDIENCE =
  /\bmade possible by (?:the (?:generous )?support of )?(?:our |its )?(?:members|readers|listeners|viewers|supporters|donors|subscribers)\b/i;

/** "Thank you for donating to DutchNews.nl.", "Thank you for reading": the outlet's thanks to its reader. */
const THANKS_TO_READER =
  /^thank you for (?:donating|supporting|subscribing|reading|your (?:support|donation|subscription))\b/i;

const SECOND_PERSON = /\b(you|your|yours|you['’](re|ll|ve|d))\b/i;
const FIRST_PLURAL = /\b(we|our|ours|us|we['’](re|ve|ll|d))\b/i;

/**
 * "Follow live updates as heavy rains continue to pound ...": a live page's standfirst is phrased as
 * an invitation, but what follows "as" or "on" is the news it covers. A sports page follows "the live
 * score and updates from Day 2 of ...".
 */
const LIVE_PAGE_SUMMARY =
  /^(?:follow|read|get) (?:our |the )?(?:latest (?:live )?|live )(?:(?:scores?|commentary|updates|coverage|blog|reporting)(?:,? and |, | & )?)+ (?:as|on|of|from|after) (?:\S+\s+){5,}/i;

/**
 * "Adelaide is forecast to reach 42C today ... Follow our live coverage.": the news first, then the
 * invitation to the page it heads.
 */
const LIVE_PAGE_CLOSING =
  /(?<=[.!?])\s+(?:follow|read|get) (?:our |the |all the )?(?:latest )?(?:live )?(?:updates|coverage|blog)(?: (?:below|here|as it happens))?\.?$/i;

export function isLivePageSummary(text: string): boolean {
  const trimmed = text.trim();
  if (LIVE_PAGE_SUMMARY.test(trimmed) || LIVE_PAGE_LEAD.test(trimmed)) return true;
  const news = trimmed.replace(LIVE_PAGE_CLOSING, '');
  return news !== trimmed && wordCount(news) >= MIN_LIVE_SUMMARY_WORDS && readerAddress(news) === null;
}

const MIN_LIVE_SUMMARY_WORDS = 8;

/** "Cyclone Fengal live updates: Chennai recorded 12 cm of rain ...": the page's name, then the news. */
const LIVE_PAGE_LEAD = /^\p{Lu}[^:]{2,80}\blive(?: updates| blog| news)?\s*:\s+\p{Lu}\S*(?:\s+\S+){7,}/iu;

/** At most this long: an appeal is a sentence or two, a paragraph of reporting can run longer. */
const MAX_PROMOTION_WORDS = 60;
/** A short unit with an instruction in it is a prompt even when the instruction is not first. */
const MAX_PROMPT_WORDS = 25;

/**
 * How plainly a line speaks to the reader: 'prompt' when it instructs them (its first word an
 * imperative, or a short line containing one) about the reader or the site's products; 'appeal' when
 * it only speaks as "we" to "you", which columns and unmarked quotations also do, so it counts only
 * where the story has ended; null otherwise.
 */
export function readerAddress(text: string): 'prompt' | 'appeal' | null {
  const unquoted = withoutQuotations(text);
  const count = wordCount(text);
  if (isLivePageSummary(unquoted)) return null;
  if (count > MAX_PROMOTION_WORDS || wordCount(unquoted) < 2) return null;
  const speaksToReader = SECOND_PERSON.test(unquoted) || FIRST_PLURAL.test(unquoted);
  const sentences = unquoted.split(/(?<=[.!?])\s+/);
  const instructs = sentences.some((sentence, index) => {
    if (index > 0 && count > MAX_PROMPT_WORDS) return false;
    const first =
      /^[\p{L}-]+/u.exec(sentence.trim().replace(/^(?:please|do)\s+/i, ''))?.[0]?.toLowerCase() ?? '';
    return IMPERATIVES.has(first) && (speaksToReader || PRODUCT_WORDS.test(sentence));
  });
  if (instructs) return 'prompt';
  if (SECOND_PERSON.test(unquoted) && OUTLET_ITSELF.test(unquoted)) return 'prompt';
  if (count <= MAX_PROMPT_WORDS && THANKS_TO_READER.test(unquoted)) return 'prompt';
  if (FUNDED_BY_AUDIENCE.test(unquoted)) return 'prompt';
  return SECOND_PERSON.test(unquoted) && FIRST_PLURAL.test(unquoted) ? 'appeal' : null;
}

/** The text with every quotation (straight or curly, double or single-guillemet) removed. */
function withoutQuotations(text: string): string {
  return text
    .replace(/“[^”]*”?/g, ' ')
    .replace(/"[^"]*"?/g, ' ')
    .replace(/«[^»]*»?/g, ' ')
    .replace(/(^|[\s(])‘[^’]*’(?=[\s,.;:!?)]|$)/g, '$1 ')
    .trim();
}
