/** Calendar dates as news pages print them, normalised to ISO YYYY-MM-DD. */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Month names in the languages whose outlets most often publish English editions on their home
 * site's templates, so the page's date line stays in the site's language ("Miércoles, 25 de
 * noviembre de 2026", "Mercredi 25 novembre 2026", "25. November 2026"). Full names only: the
 * short forms ("mar", "mai") are English words or clash with English months.
 */
const FOREIGN_MONTHS: Record<string, number> = {
  enero: 1,
  janeiro: 1,
  janvier: 1,
  gennaio: 1,
  januar: 1,
  febrero: 2,
  fevereiro: 2,
  février: 2,
  febbraio: 2,
  februar: 2,
  marzo: 3,
  março: 3,
  mars: 3,
  märz: 3,
  abril: 4,
  avril: 4,
  aprile: 4,
  mayo: 5,
  maio: 5,
  mai: 5,
  maggio: 5,
  junio: 6,
  junho: 6,
  juin: 6,
  giugno: 6,
  juni: 6,
  julio: 7,
  julho: 7,
  juillet: 7,
  luglio: 7,
  juli: 7,
  agosto: 8,
  août: 8,
  septiembre: 9,
  setiembre: 9,
  setembro: 9,
  septembre: 9,
  settembre: 9,
  octubre: 10,
  outubro: 10,
  octobre: 10,
  ottobre: 10,
  oktober: 10,
  noviembre: 11,
  novembro: 11,
  novembre: 11,
  diciembre: 12,
  dezembro: 12,
  décembre: 12,
  dicembre: 12,
  dezember: 12,
};
// Longest first, so "septiembre" is not read as a shorter name that happens to start it.
const FOREIGN_MONTH_NAME = `(?:${Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![p{L}])`;

/** The weekday that opens such a date line, in the same languages ("Quarta-feira, 25 de novembro"). */
export const FOREIGN_WEEKDAY =
  /(?<![\p{L}])(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?![\p{L}])/giu;

export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "6. Mar 2026": some continental sites keep the ordinal full stop in English.
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const YEAR = '((?:19|20)\\d{2})';

/** Each form yields [year, month, day] from its match. */
const DATE_FORMS: { pattern: RegExp; parts: (match: RegExpExecArray) => [string, string, string] }[] = [
  {
    // 2025-07-31, 2025/07/31, 2025-07-31T14:02:00Z
    pattern: /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/,
    parts: (match) => [match[1] ?? '', match[2] ?? '', match[3] ?? ''],
  },
  {
    // 31 July 2025, 31 July, 2025, 31st Jul 2025
    // or "06 March ,2026", the comma slipped
    pattern: new RegExp(`\\b${DAY}\\s+(${MONTH_NAME})(?:\\s*,\\s*|\\s+)${YEAR}\\b`, 'i'),
    parts: (match) => [match[3] ?? '', match[2] ?? '', match[1] ?? ''],
  },
  {
    // July 31, 2025, Jul. 31 2025
    // "Mar 06,2026": the space after the comma may be missing.
    // "Nov - 26 - 2026 , 11:40": some sites set the parts apart with spaced dashes.
    // "Nov.25,2026 17:10 KST": or run the abbreviated month into the day.
    pattern: new RegExp(
      `\\b(${MONTH_NAME})(?:\\s+|(?<=\\.)|\\s+[-–]\\s+)${DAY}(?:,\\s*|\\s+|\\s+[-–]\\s+)${YEAR}\\b`,
      'i',
    ),
    parts: (match) => [match[3] ?? '', match[1] ?? '', match[2] ?? ''],
  },
  {
    // 25 de noviembre de 2026, 25 novembre 2026, 25. November 2026: day first, as every one of
    // these languages writes it
    pattern: new RegExp(
      `(?<![\\p{L}\\d])${DAY}\\s+(?:de\\s+)?(${FOREIGN_MONTH_NAME})(?:\\s+de\\s+|,?\\s+)${YEAR}\\b`,
      'iu',
    ),
    parts: (match) => [match[3] ?? '', match[2] ?? '', match[1] ?? ''],
  },
  {
    // 03/06/2026 05:32 PM: a clock in capitals after a slashed date is the American order, month first
    // (British sites write "05/03/2026, 3:47pm")
    pattern: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?=\s+\d{1,2}:\d{2}\s+[AP]M\b)/,
    parts: (match) => [match[3] ?? '', match[1] ?? '', match[2] ?? ''],
  },
  {
    // 31/07/2025 or 31.07.2025: day first, as British and most non-US outlets print it
    pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/,
    parts: (match) => [match[4] ?? '', match[3] ?? '', match[1] ?? ''],
  },
  {
    // 04/15/26 11:20 AM ET: a US date with a two-digit year, month first, only beside a clock time
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{2})(?=\s+\d{1,2}:\d{2})/,
    parts: (match) => [`20${match[3] ?? ''}`, match[1] ?? '', match[2] ?? ''],
  },
  {
    // 03.04.26, 18:27: dots and a two-digit year, day first as in Europe and Israel, beside a clock time
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}:\d{2})/,
    parts: (match) => [`20${match[3] ?? ''}`, match[2] ?? '', match[1] ?? ''],
  },
];

export interface FoundDate {
  iso: string;
  /** Index of the match in the searched text, so callers can prefer the earliest. */
  index: number;
  /** The characters that matched, for callers that strip the date to see what else a line holds. */
  matched: string;
}

/** The earliest valid calendar date written anywhere in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  // Every form has digits in it; most lines of a page (menus, labels, prose) have none at all.
  if (!HAS_DIGIT.test(text)) return null;
  let best: FoundDate | null = null;
  for (const form of SCANNING_FORMS) {
    const pattern = form.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const iso = toIso(...form.parts(match));
      if (iso !== null) {
        if (best === null || match.index < best.index) best = { iso, index: match.index, matched: match[0] };
        break;
      }
    }
  }
  return best;
}

const HAS_DIGIT = /\d/;

/** The same forms compiled once to scan a line from left to right. */
const SCANNING_FORMS = DATE_FORMS.map((form) => ({
  pattern: new RegExp(form.pattern.source, `${form.pattern.flags.replace('g', '')}g`),
  parts: form.parts,
}));

/** A date given as a whole value (front matter), in any form `findDate` reads; null when unreadable. */
export function normaliseDate(value: string): string | null {
  return findDate(value.trim())?.iso ?? null;
}

function toIso(yearText: string, monthText: string, dayText: string): string | null {
  const numericMonth = /^\d+$/.test(monthText);
  const year = Number(yearText);
  const month = numericMonth ? Number(monthText) : monthNumber(monthText);
  const day = Number(dayText);
  // 07/31/2025: a US month-first date read day-first; swap when only that reading is valid.
  if (numericMonth && month !== null && month > 12 && day <= 12) return toIso(yearText, dayText, monthText);
  if (month === null || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  return FOREIGN_MONTHS[key] ?? MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? null;
}

/**
 * "11/12/2026" reads as 11 December in London and 12 November in Seattle. Only the page can say which:
 * a slashed date elsewhere on it that one order alone makes valid ("11/24/2026"), then a 24-hour
 * clock beside its dates, which American pages do not print, then how it writes dates in words ("November 12, 2026" against "12 November 2026"), then its spelling ("aging",
 * "licenses", "percent", a company's "Inc." against "ageing", "licences", "per cent", "Ltd"). True when
 * that evidence says month first, false when it says day first, null when there is none.
 */
export function readsMonthFirst(texts: readonly string[]): boolean | null {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const text of texts) {
    if (!HAS_DIGIT.test(text)) continue;
    for (const [, first = '', second = ''] of text.matchAll(SLASHED_DATE)) {
      if (Number(first) > 12 && Number(second) <= 12) dayFirst += 1;
      if (Number(second) > 12 && Number(first) <= 12) monthFirst += 1;
    }
  }
  if (monthFirst !== dayFirst) return monthFirst > dayFirst;
  // "Issued on: 04/03/2026 - 18:21": a page stamping its dates with the 24-hour clock is not American.
  if (texts.some((text) => TWENTY_FOUR_HOUR_CLOCK.test(text) && findDate(text) !== null)) return false;
  for (const text of texts) {
    if (!HAS_DIGIT.test(text)) continue;
    monthFirst += text.match(MONTH_BEFORE_DAY)?.length ?? 0;
    dayFirst += text.match(DAY_BEFORE_MONTH)?.length ?? 0;
  }
  if (monthFirst !== dayFirst) return monthFirst > dayFirst;
  for (const text of texts) {
    monthFirst += text.match(AMERICAN_SPELLING)?.length ?? 0;
    dayFirst += text.match(BRITISH_SPELLING)?.length ?? 0;
  }
  return monthFirst === dayFirst ? null : monthFirst > dayFirst;
}

const TWENTY_FOUR_HOUR_CLOCK = /\b(?:1[3-9]|2[0-3])[:.h][0-5]\d\b(?!\s*[ap]\.?m\b)/i;
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/(?:19|20)?\d{2}\b/g;
const MONTH_BEFORE_DAY = new RegExp(
  `\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`,
  'gi',
);
const DAY_BEFORE_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+(?:19|20)\\d{2}\\b`,
  'gi',
);
const AMERICAN_SPELLING =
  /\b(?:colors?|honors?|neighbors?|neighborhoods?|favorite|behavior|centers?|theaters?|traveled|traveling|canceled|canceling|unraveling|aging|licenses|defense|programs?|percent|Inc\.)(?![\p{L}])/gu;
const BRITISH_SPELLING =
  /\b(?:colours?|honours?|neighbours?|neighbourhoods?|favourite|behaviour|centres?|theatres?|travelled|travelling|cancelled|cancelling|unravelling|ageing|licences?|defence|programmes?|per cent|Ltd|plc)\b/gu;

/**
 * The month-first reading of a date `findDate` read day first from slashes ("11/12/2026"), when both
 * numbers could be a month; the same date otherwise.
 */
export function monthFirstReading(found: FoundDate): string {
  const parts = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})$/.exec(found.matched);
  if (parts === null) return found.iso;
  const [, first = '', second = '', year = ''] = parts;
  if (Number(first) > 12 || Number(second) > 12) return found.iso;
  return toIso(year, first, second) ?? found.iso;
}
