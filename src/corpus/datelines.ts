/**
 * Datelines: where a story was filed, set before its first words, perhaps with the region, the day
 * and the agency that filed it. One grammar covers the forms outlets print:
 *
 *   WASHINGTON (AP) —            LONDON, Nov 24 (Reuters) -      SISTERS, Ore. (AP) —
 *   MANILA, Philippines —        KOTTAYAM:                       Paris (CNN) —
 *   (WKRN) —                     (ANSA) - VENICE, NOVEMBER 25 -  Dubai:
 *   Guayaquil (Ecuador), Nov 25 (EFE).-                           Gbarnga –
 *   Havana, Nov 25 (Prensa Latina) Cuba began ...                Ulaanbaatar, Nov 25 /MONTSAME/ ...
 *   Ludhiana, November 25        (a line of its own under the byline, as Indian papers set it)
 *
 * The cleaner reads a place and a day set on a line of their own with it, the analysis leaves the
 * dateline out of the key points and takes its town for a place. Each caller decides which parts it
 * needs; the reading is the same for all. (The cleaner's story-start and agency checks in
 * structure.ts still use patterns of their own.)
 */
import { MONTH_NAME } from './dates.js';

export interface Dateline {
  /** The town as printed ("WASHINGTON", "Port Maria"); null when an agency alone opens the story. */
  place: string | null;
  /** Offsets of the town in the text read, [start, end); -1 when there is none. */
  placeStart: number;
  placeEnd: number;
  /** Whether the town is set in capitals, as outlets set their own datelines. */
  placeInCapitals: boolean;
  /** "Ore.", "Philippines", "St Mary", or a country in brackets: "Ecuador". */
  region: string | null;
  /** "Nov 24", "November 25, 2026", "25 Nov." */
  day: string | null;
  /** "AP", "Reuters", "EFE", "MONTSAME": the agency named before or after the town. */
  agency: string | null;
  /** What sets the dateline off from the story: a dash, a colon, or nothing after an agency. */
  separator: 'dash' | 'colon' | 'none';
  /** Where the story's own words begin; the text's length when the line holds the dateline alone. */
  storyStart: number;
}

/** Month names in either case: agencies print "NOVEMBER 25" as readily as "Nov 25". */
const ANY_CASE_MONTH = MONTH_NAME.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);

const DAY = String.raw`(?:${ANY_CASE_MONTH}\s+\d{1,2}|\d{1,2}\s+${ANY_CASE_MONTH})(?:,?\s+(?:19|20)\d\d)?`;
const PLACE_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
// "TEMPO.CO, Jakarta -": a full stop between letters stays inside a word.
const TOWN_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*(?:\.[\p{L}'’-]+)*|\p{Lu}\p{L}{0,2}\.|(?:\p{Lu}\.){2,})`;
const STORY = String.raw`\s+(?=[\p{Lu}\p{N}"“‘'])`;
const DATELINE = new RegExp(
  [
    String.raw`^\s*(?:`,
    // "(ANSA) - VENICE": Italian wires, and American broadcasters' sites, put the agency first.
    String.raw`(?:\((?<agencyFirst>\p{Lu}[\p{L}\p{N}]{1,15})\)\s*[-—–]{1,2}\s*)?`,
    // The town: up to four capitalised words, the first of at least two letters. A full stop ends
    // only an abbreviation within it ("ST. LOUIS"); after a whole word it sets off an agency
    // ("ALMATY. KAZINFORM –").
    String.raw`(?<place>(?=\p{Lu}[\p{L}.'’-])${TOWN_WORD}(?:\s${TOWN_WORD}){0,3})`,
    // "LEGAZPI CITY, Albay, Philippines —": a province, then a country.
    String.raw`(?:,\s+(?<region>${PLACE_WORD}(?:\s${PLACE_WORD}){0,2})){0,2}`,
    String.raw`(?:\s*\((?<country>[\p{L} ]{2,30})\)(?=,|\s*\())?`,
    // "KUCHING (Nov 25):", "CAIRO – 25 November 2026:": the day may sit in brackets or after a dash.
    String.raw`(?:(?:,\s+|\s+[—–-]\s+)(?<day>${DAY})|\s*\((?<bracketedDay>${DAY})\))?`,
    String.raw`(?:\s*\((?<agency>[^()]{1,40})\)|\s+\/(?<slashAgency>\p{Lu}[\p{L} ]{1,30})\/|\.\s+(?<stopAgency>\p{Lu}{2,}))?`,
    // A dash or a colon, or nothing between an agency and the story ("(Prensa Latina) Cuba began");
    // or nothing more on the line.
    String.raw`(?:(?<separator>\s*\.?\s*(?:[—–]|-{1,2})|\s*:|\.-|(?<=[)/]))${STORY}|(?<lineEnd>\s*[:—–-]?\s*$))`,
    // "(WKRN) — ": a broadcaster's site may name itself without a town.
    String.raw`|\((?<soleAgency>\p{Lu}[\p{L}\p{N}]{1,15})\)\s*[-—–]{1,2}${STORY}`,
    ')',
  ].join(''),
  'du',
);

/** The dateline `text` opens with, or null. */
export function readDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (match === null) return null;
  const groups = match.groups ?? {};
  const place = groups.place ?? null;
  const agency =
    groups.agencyFirst ??
    groups.agency ??
    groups.slashAgency ??
    groups.stopAgency ??
    groups.soleAgency ??
    null;
  const separatorText = groups.separator ?? (groups.soleAgency === undefined ? '' : '—');
  const separator = separatorText.includes(':') ? 'colon' : /[-—–]/.test(separatorText) ? 'dash' : 'none';
  // Only a day and an agency together mark the end of a dateline without a dash ("Havana, Nov 25
  // (Prensa Latina) Cuba began"): "LONDON (Reuters) Britain" would be a name and a bracket.
  const day = groups.day ?? groups.bracketedDay ?? null;
  if (separator === 'none' && groups.lineEnd === undefined && day === null) return null;
  const placeInCapitals = place !== null && !/\p{Ll}/u.test(place);
  // A name in ordinary capitals before a dash is more often a title set off in parentheses ("Vote For
  // Me - ITV1's talent contest - finally hits…") than a town, unless an agency, a day or a region
  // comes with it: a town alone is one word before a dash ("Gbarnga – "), two before a colon ("Port
  // Moresby: ").
  if (
    place !== null &&
    !placeInCapitals &&
    agency === null &&
    day === null &&
    groups.region === undefined &&
    groups.country === undefined &&
    groups.lineEnd === undefined &&
    wordsIn(place) > (separator === 'colon' ? 2 : 1)
  )
    return null;
  const placeAt = match.indices?.groups?.place;
  return {
    place,
    placeStart: placeAt?.[0] ?? -1,
    placeEnd: placeAt?.[1] ?? -1,
    placeInCapitals,
    region: groups.region ?? groups.country ?? null,
    day,
    agency: agency?.trim() ?? null,
    separator,
    storyStart: match[0].length,
  };
}

/**
 * "Ludhiana, November 25", "Chandigarh, 25 November", "Mumbai, Nov 25 (PTI)": the dateline of Indian
 * and wire copy set on a line of its own under the byline. It names where and when the story was
 * filed, often without a year, and is never a headline.
 */
export function isPlaceAndDayLine(text: string): boolean {
  const dateline = readDateline(text.trim());
  return (
    dateline !== null &&
    dateline.place !== null &&
    dateline.day !== null &&
    dateline.region === null &&
    dateline.storyStart === text.trim().length
  );
}

function wordsIn(text: string): number {
  return text.split(/\s+/).length;
}
