import type { ClassifiedUnit } from './classify.js';
import { findDate, monthFirstReading, readsMonthFirst } from './dates.js';
import { furnitureReason, isUrlLine } from './furniture.js';
import { dateBeforeBracketedTown, datelineAgency } from './structure.js';
import { capitalisedRatio, wordCount } from './text-signals.js';
import type { ArticleMeta } from './types.js';

/** Wire agencies as their datelines and copyright lines abbreviate them, and as readers know them. */
const AGENCY_NAMES: Record<string, string> = {
  reuters: 'Reuters',
  yonhap: 'Yonhap News Agency',
  kyodo: 'Kyodo News',
  pti: 'Press Trust of India',
  // The agency's own pages and its credits call it AAP, as readers do.
  aap: 'AAP',
  'australian associated press': 'AAP',
  efe: 'EFE',
  ansa: 'ANSA',
  'thomson reuters': 'Reuters',
  ap: 'Associated Press',
  'the associated press': 'Associated Press',
  'associated press': 'Associated Press',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  upi: 'UPI',
  'united press international': 'UPI',
  // National agencies whose initials stand alone under a headline ("IANS" / "New Delhi, Nov 25").
  ians: 'IANS',
  ani: 'ANI',
  uni: 'UNI',
  qna: 'QNA',
  wam: 'WAM',
  spa: 'SPA',
  kuna: 'KUNA',
  mena: 'MENA',
  bss: 'BSS',
  tass: 'TASS',
  bernama: 'Bernama',
  apa: 'APA',
  dpa: 'dpa',
  xinhua: 'Xinhua',
  bloomberg: 'Bloomberg',
  anadolu: 'Anadolu Agency',
  aa: 'Anadolu Agency',
  'anadolu agency': 'Anadolu Agency',
  'pa media': 'PA Media',
  pa: 'PA Media',
  'guardian news & media': 'The Guardian',
  'guardian news and media': 'The Guardian',
  bbc: 'BBC News',
};

/** Well-known news domains and the names readers know them by; any other domain is shown as itself. */
const DOMAIN_NAMES: Record<string, string> = {
  'middleeasteye.net': 'Middle East Eye',
  'bbc.co.uk': 'BBC News',
  'bbc.com': 'BBC News',
  'theguardian.com': 'The Guardian',
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'aljazeera.com': 'Al Jazeera',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'ft.com': 'Financial Times',
  'france24.com': 'France 24',
  'dw.com': 'DW',
  'cnn.com': 'CNN',
  'npr.org': 'NPR',
  'independent.co.uk': 'The Independent',
  'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz',
  'thenationalnews.com': 'The National',
  'arabnews.com': 'Arab News',
  'lemonde.fr': 'Le Monde',
  'euronews.com': 'Euronews',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'bloomberg.com': 'Bloomberg',
  'afp.com': 'AFP',
};

/** Metadata the page itself states, for fields front matter left empty. Explicit statements win. */
export function inferMetadata(units: readonly ClassifiedUnit[]): Omit<ArticleMeta, 'title'> {
  const url = findUrl(units);
  return {
    source: findSource(units, url) ?? (url === null ? null : sourceFromUrl(url)),
    published: findPublished(units) ?? (url === null ? null : dateFromUrl(url)),
    url,
    byline: units.find((unit) => unit.byline !== null)?.byline ?? null,
  };
}

/**
 * The publisher, by strength of evidence: a footer statement about itself, the page naming itself in
 * its own furniture, a copyright holder, an agency source or credit line, a wire dateline, an outlet
 * named in the byline, and last the masthead above the menu.
 */
function findSource(units: readonly ClassifiedUnit[], url: string | null): string | null {
  const dropped = units.filter((unit) => unit.drop !== null && unit.drop !== 'headline');
  const lastKept = units.findLastIndex((unit) => unit.kind !== null);
  const candidates: (() => string | null)[] = [
    () => firstOf(dropped, (unit) => (unit.drop === 'footer' ? publisherStatement(unit.text) : null)),
    // The site's name at the very top, printed again on a line of its own after the story, is the
    // page's own wordmark in header and footer; a newsletter or column named in between is a product.
    () => {
      const masthead = mastheadName(units, url);
      if (masthead === null) return null;
      const repeated = units
        .slice(lastKept + 1)
        .some((unit) => unit.drop !== null && comparableName(unit.text) === comparableName(masthead));
      return repeated ? masthead : null;
    },
    () => footerWordmark(units, lastKept),
    () => {
      const named = firstOf(dropped, (unit) => {
        const name = selfReference(unit.text);
        // "Subscribe to Closing Arguments" beside "Sign up for new weekly newsletter Closing Arguments":
        // the page's newsletter, not the page.
        return name !== null && namedAsProduct(name, units) ? null : name;
      });
      const holder = firstOf(dropped, (unit) => (unit.drop === 'footer' ? copyrightHolder(unit.text) : null));
      // "Why you can trust SCMP" beside "© South China Morning Post Publishers": the name in full.
      if (named !== null && holder !== null && isAcronymOf(named, holder)) return holder;
      // "Subscribe to CNBC PRO" beside "© 2026 CNBC LLC": the product carries the brand's name.
      if (named !== null && holder !== null && named.startsWith(`${holder} `)) return holder;
      // "Subscribe to Smithsonian magazine" under the masthead "Smithsonian Magazine": as the masthead spells it.
      const masthead = named === null ? null : mastheadName(units, url);
      if (named !== null && masthead !== null && masthead.toLowerCase() === named.toLowerCase())
        return masthead;
      // "NZME. Bay of Plenty Times is published by NZME Publishing Limited" under the masthead "Bay of
      // Plenty Times": the owner's mark, closed by its full stop, is no part of the paper's name.
      if (
        masthead !== null &&
        named?.endsWith(` ${masthead}`) &&
        /\.$/.test(named.slice(0, -masthead.length).trim())
      )
        return masthead;
      return named === null ? null : withoutSentenceArticle(named, units);
    },
    // "Mississippi Today is a nonprofit, nonpartisan newsroom ...": the outlet describing itself,
    // wherever the page sets that note; before a company's copyright line ('© 2026 Stonebow Media Ltd').
    () => {
      // "ZimLive.com is an independent news service": the site's address is its brand with a suffix.
      const described = firstOf(dropped, (unit) => outletDescription(unit.text))?.replace(
        /\.(?:com|net|org|news|co\.[a-z]{2}|com\.[a-z]{2})$/i,
        '',
      );
      if (described === undefined) return null;
      // "Civil Beat is a nonprofit newsroom" under the masthead "Honolulu Civil Beat": the name in full.
      const masthead = mastheadName(units, url);
      return masthead !== null && comparableName(masthead).includes(comparableName(described))
        ? masthead
        : described;
    },
    // "Reuters" alone over the headline of a story an aggregator carries ("MSN" / "Reuters" / headline):
    // the provider's mark, ahead of the aggregator's own copyright line.
    () => {
      const headline = units.findIndex((unit) => unit.drop === 'headline');
      const above = units.slice(Math.max(0, headline - PROVIDER_REACH), Math.max(0, headline));
      return firstOf(above, (unit) => {
        const name = unit.text.trim();
        return AGENCY_NAMES[name.toLowerCase()] !== undefined && /^\p{Lu}/u.test(name) ? name : null;
      });
    },
    () => {
      const holder = firstOf(dropped, (unit) => (unit.drop === 'footer' ? copyrightHolder(unit.text) : null));
      // A holder named as a company ("Herald Corporation", "Nexstar Media Inc.") is the owner; the
      // masthead printed on the page is the brand readers know.
      const company = dropped.some((unit) => unit.drop === 'footer' && ownedByCompany(unit.text));
      // With no masthead, the brand the byline names ("By Andrew Papworth, East Anglian Daily Times")
      // is the title readers know; the owning group ("© 2026 Newsquest Media Group Ltd.") is not.
      // "By Conrad Swanson | cswanson@denverpost.com | The Denver Post": the outlet may be a segment.
      const bylined = () =>
        firstOf(units, (unit) => bylineOutletName(unit.bylineOutlet, units)) ??
        firstOf(units, (unit) => (/^by\s+\p{Lu}/iu.test(unit.text) ? outletSegment(unit.text) : null));
      if (holder !== null && company) return mastheadName(units, url) ?? bylined() ?? holder;
      // "© 2026 American Geophysical Union" under "Eos", "The Regents of the University of California"
      // under "Berkeley News": a university, society or institute owns the title readers know.
      if (holder !== null && OWNING_INSTITUTION.test(holder) && !OUTLET_WORDS.test(holder)) {
        return mastheadName(units, url) ?? bylined() ?? mastheadName(units, url, true) ?? holder;
      }
      // "© 2026 Condé Nast. All rights reserved. WIRED may earn a portion of sales ...": a publisher's
      // footer that goes on to name the masthead printed at the top is the owner's, not the brand's.
      const masthead = holder === null ? null : mastheadName(units, url);
      if (masthead !== null && masthead !== holder && footerNamesAfterHolder(dropped, holder, masthead)) {
        return masthead;
      }
      // "© 2026 Industry Dive" under the masthead "Construction Dive", which the page names again in its
      // own furniture ("Sign up for the Construction Dive newsletter"): a holder sharing a word with the
      // masthead is the house that publishes it, and the masthead the brand readers know.
      if (
        masthead !== null &&
        holder !== null &&
        masthead !== holder &&
        // "© 2026 StarTribune" under "Star Tribune": the same name run together.
        (sharesNameWord(masthead, holder) ||
          lettersOf(masthead) === lettersOf(holder) ||
          // "© 2026 Condé Nast" under "The New Yorker", whose author note names it ("a contributing
          // writer at The New Yorker"): a holder named nowhere but its copyright line owns the title.
          !namedOutsideCopyright(holder, units)) &&
        namedAgain(masthead, units)
      ) {
        return masthead;
      }
      // "© 2026 Cable News Network" under the masthead "CNN": the brand is the initials readers know.
      if (masthead !== null && holder !== null && isAcronymOf(masthead, holder)) return masthead;
      // "Copyright The Financial Times Limited" under the masthead "Financial Times": the brand as printed.
      const withoutArticle = (name: string) => name.replace(/^the\s+/i, '').toLowerCase();
      if (masthead !== null && holder !== null && withoutArticle(masthead) === withoutArticle(holder)) {
        return masthead;
      }
      // "Copyright © ANTARA 2026" under the masthead "ANTARA News", "Copyright NHK" under "NHK
      // WORLD-JAPAN": the holder's service, the brand as the page prints it. A masthead adding only
      // what kind of title it is or where it reaches ("Punch Newspapers", "VnExpress International")
      // is the holder's own name.
      const service =
        masthead === null || holder === null
          ? undefined
          : new RegExp(`^${escapeRegExp(withoutArticle(holder))} (.+)$`).exec(withoutArticle(masthead))?.[1];
      if (
        service !== undefined &&
        (/^(?:news|online|digital)$/.test(service) ||
          (wordCount(service) <= 2 &&
            !/^(?:newspapers?|international|global|english|edition)$/.test(service)))
      ) {
        return masthead;
      }
      // "© Harper's Magazine Foundation" under the masthead "Harper's Magazine": the body that owns
      // the title is named after it; readers know the title.
      if (
        masthead !== null &&
        holder !== null &&
        withoutArticle(holder).startsWith(`${withoutArticle(masthead)} `) &&
        OWNING_BODY.test(withoutArticle(holder).slice(withoutArticle(masthead).length))
      ) {
        return masthead;
      }
      return holder;
    },
    () =>
      firstOf(units.slice(lastKept + 1), (unit) =>
        unit.drop === 'credit'
          ? // "Source: CNA/jl(ac)": the desk's initials after the slash are not the publisher's.
            outletNamedAsSource(
              /^source\s*:\s*(.+?)(?:\/[a-z]{1,4}(?:\([a-z]{1,4}\))?)?(?:\s+and (?:news |wire )?(?:agencies|services))?\.?$/i.exec(
                unit.text,
              )?.[1] ?? null,
              unit.text,
            )
          : null,
      ),
    () =>
      firstOf(units, (unit) =>
        unit.drop === 'credit'
          ? (/^\(?(?:By )?(.{2,40}?) with (?:AFP|Reuters|AP|agencies|wires)\)?\.?$/u.exec(unit.text)?.[1] ??
            null)
          : null,
      ),
    // The same on two lines: "By Africanews" / "with AFP".
    () =>
      firstOf(
        units.filter((_, index) =>
          /^with (?:AFP|Reuters|AP|agencies|wires)\.?$/i.test(units[index + 1]?.text ?? ''),
        ),
        (unit) => /^By (\p{Lu}[\p{L}\p{N} .&'’-]{1,40})$/u.exec(unit.text)?.[1] ?? null,
      ),
    () => {
      const agency = firstOf(units, (unit) => (unit.kind === 'body' ? datelineAgency(unit.text) : null));
      // "SAN FRANCISCO (CN) —" under the masthead "Courthouse News Service", "Taipei, March 6 (CNA)" under
      // "Focus Taiwan": a dateline naming no wire service readers know names the outlet's own newsroom
      // or owner; the masthead printed on the page is the brand.
      if (agency === null || AGENCY_NAMES[agency.toLowerCase()] !== undefined) return agency;
      return mastheadName(units, url) ?? agency;
    },
    // "Reuters, Dubai" under the headline: the agency that filed the story, and where from.
    () =>
      firstOf(
        units.slice(
          0,
          Math.max(
            0,
            units.findIndex((unit) => unit.kind === 'body'),
          ),
        ),
        (unit) => {
          const agency = /^([\p{L} ]{2,30}?)\s*,\s*\p{Lu}[\p{L} .'’-]{1,30}$/u.exec(unit.text.trim())?.[1];
          return unit.drop !== null &&
            agency !== undefined &&
            AGENCY_NAMES[agency.toLowerCase()] !== undefined
            ? agency
            : null;
        },
      ),
    // Or the agency alone on its line ("PTI" under the headline) on a page with no masthead: a
    // newspaper printing its national agency's copy under its own masthead is the publisher.
    () => {
      const agency = firstOf(
        units.slice(
          0,
          Math.max(
            0,
            units.findIndex((unit) => unit.kind === 'body'),
          ),
        ),
        (unit) =>
          unit.drop === 'byline' && AGENCY_NAMES[unit.text.trim().toLowerCase()] !== undefined
            ? unit.text.trim()
            : null,
      );
      return agency === null ? null : (mastheadName(units, url) ?? agency);
    },
    () =>
      firstOf(units, (unit) =>
        unit.drop === 'byline'
          ? (/^(?:text|words) by\s*:?\s*(.{2,40})$/i.exec(unit.text)?.[1] ?? null)
          : null,
      ),
    () => firstOf(units, (unit) => bylineOutletName(unit.bylineOutlet, units)),
    () =>
      firstOf(units, (unit) =>
        unit.drop === 'byline' || unit.drop === 'timestamp' ? outletSegment(unit.text) : null,
      ),
    () => mastheadName(units, url),
    () => firstOf(units, (unit) => (unit.drop === 'byline' ? outletLine(unit.text) : null)),
    () => firstOf(dropped, (unit) => (unit.drop === 'author bio' ? employerOfAuthor(unit.text) : null)),
  ];
  for (const candidate of candidates) {
    const name = candidate();
    if (name === null) continue;
    return withChannelNumber(
      withOwnArticle(paperOfWebsite(canonicalSource(brandOfAddress(name, units)), units), dropped),
      dropped,
    );
  }
  return null;
}

/**
 * "theedgemalaysia.com" as the masthead of a page whose furniture says "The Edge Malaysia's investing
 * news": an address runs a name of several words together; readers know the name as the page writes it.
 */
function brandOfAddress(name: string, units: readonly ClassifiedUnit[]): string {
  const trimmed = name.trim();
  if (/\s/.test(trimmed) || !SITE_SUFFIX.test(trimmed)) return name;
  const letters = lettersOf(trimmed.replace(SITE_SUFFIX, ''));
  for (const unit of units) {
    for (const run of unit.text.matchAll(CAPITALISED_RUN)) {
      const runWords = run[0].replace(/['’]s$/u, '').split(/\s+/);
      for (let first = 0; first < runWords.length; first += 1) {
        for (let last = first + 1; last <= runWords.length; last += 1) {
          const brand = runWords.slice(first, last).join(' ');
          // "cleveland.com", "Novinite.com": an address of one word is the brand's own spelling.
          if (last - first < 2 || lettersOf(brand) !== letters) continue;
          // "with The Scheldt Courier's news" for scheldtcourier.com: a capital "The" inside a sentence
          // is the name's own.
          const article = first === 1 && runWords[0] === 'The' && (run.index ?? 0) > 0;
          return article ? `The ${brand}` : brand;
        }
      }
    }
  }
  return name;
}

/**
 * "Sowetan" on a line of its own among the footer's links, under a header that printed "Sowetan Live";
 * "KGUN 9" there under "KGUN 9 Tucson News";
 * "Andina" there under "Agencia Peruana de Noticias Andina": the short name the site signs off with is
 * the brand readers know, and the header's longer line spells it out with its edition or full title.
 * It signs off just above the site's own links (about, contact, legal); a name among tags or sections
 * ("Middle East" under "Categories") is a topic.
 */
function footerWordmark(units: readonly ClassifiedUnit[], lastKept: number): string | null {
  const headline = units.findIndex((unit) => unit.drop === 'headline');
  if (headline === -1) return null;
  const header = units.slice(0, headline).filter((unit) => unit.drop !== null);
  const tail = units.slice(lastKept + 1);
  for (const [position, unit] of tail.entries()) {
    const name = unit.text.trim();
    if (
      unit.drop === null ||
      !SITE_INFORMATION_LINK.test(tail[position + 1]?.text.trim() ?? '') ||
      wordCount(name) > 2 ||
      // "KGUN 9": a station's call sign and channel.
      !/^\p{Lu}[\p{L}\p{N}&'’.-]{2,}(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)?$/u.test(name) ||
      SECTION_NAME.test(name) ||
      UTILITY_LINK.test(name) ||
      furnitureReason(name) !== null
    )
      continue;
    const spelledOut = header.some(
      (line) => line.text.trim() !== name && wordCount(line.text) <= 6 && containsWord(line.text, name),
    );
    if (spelledOut) return name;
  }
  return null;
}

/** The name inside the line as whole words: no letter or digit runs on at either end. */
function containsWord(line: string, name: string): boolean {
  for (let at = line.indexOf(name); at !== -1; at = line.indexOf(name, at + 1)) {
    const before = line[at - 1] ?? ' ';
    const after = line[at + name.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const SITE_INFORMATION_LINK =
  /^(?:about|contact|privacy|terms|accessibility|advertise|careers|cookie|legal|imprint|impressum|©|copyright|all rights reserved)\b/i;

/**
 * "KARE-TV" in the copyright line of a station the page calls "KARE 11" ("Download the KARE 11+ app",
 * "Watch more from KARE 11 News"): viewers know a station by its call sign and channel together.
 */
function withChannelNumber(name: string, furniture: readonly ClassifiedUnit[]): string {
  if (!/^[KW][A-Z]{2,3}$/.test(name)) return name;
  const withChannel = new RegExp(`(?<![\\p{L}\\p{N}])${name} (\\d{1,2})(?![\\p{N}])`, 'u');
  const channels = furniture.flatMap((unit) => withChannel.exec(unit.text)?.[1] ?? []);
  const [channel] = channels;
  return channel !== undefined && channels.length >= 2 && channels.every((other) => other === channel)
    ? `${name} ${channel}`
    : name;
}

/** "The Edge Malaysia's": capitalised words in a row, as a name is written in a sentence. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*/gu;

/**
 * "Kuensel Online" over "© 2026 Kuensel Corporation Ltd.": the website's name for a paper its
 * publishing company is named after; the paper's name is the brand. So it is when the story calls
 * itself by the paper's name ("Residents in Block 8 told Mmegi they had ..."), as reporters do.
 */
function paperOfWebsite(name: string, units: readonly ClassifiedUnit[]): string {
  // "Trinidad Express Newspapers", whose story says "told the Express": the company's plural is no
  // part of the paper's name either.
  const paper = /^(.+?) (?:Online|Newspapers)$/.exec(name)?.[1];
  if (paper === undefined) return name;
  const holder = firstOf(units, (unit) => (unit.drop === 'footer' ? copyrightHolder(unit.text) : null));
  if (holder !== null && (holder === paper || holder.startsWith(`${paper} `)) && !holder.startsWith(name))
    return paper;
  // A paper named for its kind ("Express", "Times") is "the Express" in its own reporters' sentences.
  const kind = OUTLET_WORDS.exec(paper.split(' ').at(-1) ?? '')?.[0];
  const escaped =
    kind === undefined ? escapeRegExp(paper) : `(?:${escapeRegExp(paper)}|the ${escapeRegExp(kind)})`;
  const selfReference = new RegExp(
    `\\b(?:told|contacted by|speaking to|in an interview with)\\s+${escaped}\\b(?! Online| Newspapers)|\\b${escaped}\\s+(?:has learnt|has learned|understands|can reveal|can confirm)\\b`,
    'u',
  );
  return units.some((unit) => unit.drop === null && selfReference.test(unit.text)) ? paper : name;
}

/**
 * "The Manchester Evening News is part of Reach plc." under the masthead "Manchester Evening News": the
 * article opening a sentence is the sentence's, unless the page also writes the name with it
 * mid-sentence or on a line of its own.
 */
function withoutSentenceArticle(name: string, units: readonly ClassifiedUnit[]): string {
  if (!name.startsWith('The ')) return name;
  const bare = name.slice('The '.length);
  const printedBare = units.some((unit) => unit.text.trim() === bare);
  const printedWithArticle = units.some(
    (unit) => unit.text.trim() === name || unit.text.includes(` ${name}`),
  );
  return printedBare && !printedWithArticle ? bare : name;
}

/**
 * "Kansas City Star Logo" over an author box that signs "Mara Whitfield" / "The Kansas City Star": a
 * paper whose name takes "The" prints it so where the name stands on a line of its own, while logos
 * and link labels leave it off. Mid-sentence or in a copyright line ("for The Associated Press",
 * "Copyright © The Phnom Penh Post") the article may be the sentence's, so those do not count.
 */
function withOwnArticle(name: string, furniture: readonly ClassifiedUnit[]): string {
  if (/^the\s/i.test(name) || wordCount(name) < 2) return name;
  const withArticle = `The ${name}`;
  return furniture.some((unit) => unit.text.trim() === withArticle) ? withArticle : name;
}

/**
 * "Source: CNA", "Source: Reuters", "Source: Daily Sabah" name an outlet; "Source: Statistics Finland"
 * names where the figures came from.
 */
function outletNamedAsSource(name: string | null, line: string): string | null {
  if (name === null) return null;
  // "Source: Al Jazeera and news agencies": a newsroom pooling its own and agency copy.
  const outlet =
    /^\p{Lu}{2,6}$/u.test(name) ||
    AGENCY_NAMES[name.toLowerCase()] !== undefined ||
    OUTLET_WORDS.test(name) ||
    /\band (news |wire )?(agencies|services)\.?$/i.test(line);
  return outlet ? name : null;
}

function isAcronymOf(short: string, full: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const initials = full
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials.startsWith(short);
}

/**
 * What follows a byline's name may be the outlet ("Jane Smith, BBC News"), but also where the
 * reporter filed from ("Author: Kwame Asante-Boakye, Kumasi") or a second reporter ("By Nguyen Quy,
 * Hoang Giang"). Only a name that reads as an outlet, or that the page's own furniture repeats, is
 * taken for the publisher.
 */
function isOutletName(name: string | null, units: readonly ClassifiedUnit[]): name is string {
  if (name === null) return false;
  if (
    OUTLET_WORDS.test(name) ||
    AGENCY_NAMES[name.toLowerCase()] !== undefined ||
    /^\p{Lu}{2,6}$/u.test(name) ||
    // "Sentinel Digital Desk": the outlet's desk credited for the story.
    /\b(?:Desk|Bureau)$/u.test(name)
  )
    return true;
  // "RFE/RL's Kazakh Service" under the masthead "RFE/RL". Tags and related links name places too,
  // so only the masthead above the headline and the footer count.
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(canonicalSource(name))}(?![\\p{L}\\p{N}])`,
    'u',
  );
  const headline = units.findIndex((unit) => unit.drop === 'headline');
  return units.some(
    (unit, index) =>
      (index < headline || unit.drop === 'footer') && unit.drop !== null && named.test(unit.text),
  );
}

function bylineOutletName(outlet: string | null, units: readonly ClassifiedUnit[]): string | null {
  return paperBeforeSite(outlet, units) ?? (isOutletName(outlet, units) ? outlet : null);
}

/**
 * "By Kendra Oyelaran | The Oregonian/OregonLive" under the masthead "OregonLive": a paper credits its
 * reporters with its own name and its website's; the paper is the brand readers know.
 */
function paperBeforeSite(outlet: string | null, units: readonly ClassifiedUnit[]): string | null {
  const pair = outlet === null ? null : PAPER_SLASH_SITE.exec(outlet.trim());
  if (pair === null) return null;
  const [, paper = '', site = ''] = pair;
  const headline = units.findIndex((unit) => unit.drop === 'headline');
  const siteOnTop = units
    .slice(0, Math.max(0, headline))
    .some((unit) => unit.drop !== null && lettersOf(unit.text) === lettersOf(site));
  return siteOnTop ? paper : null;
}

const PAPER_SLASH_SITE = /^(\p{Lu}[\p{L} .'’&-]{2,40}?)\/(\p{Lu}[\p{L}\p{N}.-]{2,30})$/u;

/** Bodies that own a title without being one: universities, learned societies, institutes. */
const OWNING_INSTITUTION =
  /\b(?:University|College|Fellows|Regents|Trustees|Institute|Institution|Society|Association|Union|Foundation|Council|Center|Centre|Academy|Federation|Museum|Laboratory)\b/;

/** What a publishing company or trust adds after its title's name. */
const OWNING_BODY =
  /^\s*(?:foundation|trust|limited|ltd|inc|llc|plc|group|company|co|corporation|corp|publishers|publishing|publications|media|holdings)\b/i;

/** Words that name news outlets: "CBC News", "The Baltimore Sun", "Kyiv Post". */
const OUTLET_WORDS =
  /\b(News|Times|Post|Press|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Courier|Chronicle|Mail|Express|Star|Mirror|Observer|Independent|Standard|Review|Wire|Agency|Radio|Television|Broadcasting|Sun|Record|Daily|Weekly|Monitor|Shimbun)\b/;

/** "Sarah Nguyen · CBC News · Posted: Jun 03, 2025": the segment of a byline line that is an outlet. */
function outletSegment(text: string): string | null {
  // "Philippine Daily Inquirer / 05:20 AM March 11, 2026": a spaced slash separates as well.
  // "Posted by Lusaka Times | November 24, 2026": blog-built sites credit the desk as the poster.
  const segments = text
    .split(/\s*[·|•]\s*|\s+\/\s+/)
    .map((segment) => segment.replace(/^(?:posted|published|written|filed) by\s+/i, ''));
  if (segments.length < 2) return null;
  return (
    segments.find(
      (segment) =>
        wordCount(segment) <= 4 &&
        capitalisedRatio(segment) === 1 &&
        OUTLET_WORDS.test(segment) &&
        !/\d/.test(segment),
    ) ?? null
  );
}

/**
 * "Detroit Free Press" on a line of its own under the reporters' names: the outlet they write for,
 * named as outlets are. A job title ("Daily Mail Reporter") is the writer's, not the outlet's.
 */
function outletLine(text: string): string | null {
  const line = text.trim();
  return wordCount(line) <= 4 &&
    capitalisedRatio(line) === 1 &&
    OUTLET_WORDS.test(line) &&
    !/\d/.test(line) &&
    !/^by\s|['’]|\b(?:Reporter|Report|Writer|Correspondent|Editor|Staff|Desk)\b/i.test(line)
    ? line
    : null;
}

/**
 * The site's name printed above its menu ("Axios", "The Times of Israel"): a short proper name among
 * the lines before the headline that the page repeats elsewhere ("Axios Pro", "Times of Israel
 * Community"). Weakest evidence of all, used when nothing states the publisher.
 */
function mastheadName(
  units: readonly ClassifiedUnit[],
  url: string | null,
  ownedByInstitution = false,
): string | null {
  const headline = units.findIndex((unit) => unit.drop === 'headline');
  // A cookie banner and the skip links pasted above the masthead are the browser's, not the page's lines.
  const preamble = units.findIndex(
    (unit) =>
      unit.drop !== 'cookie banner' &&
      !/\bcookies?\b/i.test(unit.text) &&
      !/^(skip|jump|go) to\b/i.test(unit.text),
  );
  const start = Math.max(0, preamble);
  // Account and utility links ("Subscribe", "Sign In", "Search") may stand above the site's name, so
  // they do not count towards the few lines a masthead is looked for in.
  const header = units.slice(start, Math.max(start, headline === -1 ? units.length : headline));
  let reach = 0;
  for (let named = 0; reach < header.length && named < MASTHEAD_REACH; reach += 1) {
    if (!UTILITY_LINK.test(header[reach]?.text.trim() ?? '')) named += 1;
  }
  const top = header.slice(0, reach);
  const host = url === null ? '' : lettersOf(/^(?:https?:\/\/)?(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] ?? '');
  for (const [position, candidate] of top.entries()) {
    // "TechCrunch Desktop Logo": a logo's alternative text is the site's name.
    // "The Japan News by The Yomiuri Shimbun": the title, then its owner.
    let name = candidate.text
      .trim()
      .replace(/\s+(?:(?:(?:desktop|mobile|site|main)\s+)?logo|homepage|home page)\.?$/i, '')
      .replace(/^(\p{Lu}.{2,40}?)\s+by\s+(?:the\s+)?\p{Lu}[\p{L} .'’&-]{2,40}$/iu, '$1')
      // "Daily Mirror - Sri Lanka Latest Breaking News and Headlines": the name before its tagline.
      .replace(/^(\p{Lu}[\p{L}\p{N}.'’&]*(?: \p{Lu}[\p{L}\p{N}.'’&]*){0,3}) [-–|] .{10,80}$/u, '$1');
    name = withoutEditionLanguage(name, candidate, units);
    // "Hong Kong Free Press HKFP": the logo repeats the name as its initials.
    const initials = /^(.+?)\s+(\p{Lu}{2,6})$/u.exec(name);
    if (initials?.[1] !== undefined && initials[2] !== undefined && isAcronymOf(initials[2], initials[1])) {
      name = initials[1];
    }
    // A site may print its address as its masthead: "eKathimerini.com", "Independent.ie".
    const siteAddress = /^\p{L}[\p{L}-]{2,30}\.(com|net|org|ie|gr|in|uk|(?:co|com)\.[a-z]{2})$/iu.test(name);
    const nameLike =
      wordCount(name) <= 5 &&
      // "News24", "9News": a brand may carry digits, as long as it is mostly letters.
      /^[\p{L}\p{N}][\p{L}\p{N} &'’.-]*$/u.test(name) &&
      /\p{L}{3}/u.test(name) &&
      (siteAddress ||
        (capitalisedRatio(name) === 1 &&
          (furnitureReason(name) === null || (ownedByInstitution && SECTION_NAME.test(name))))) &&
      // "Climate Home News" is a name; "Home", "Sign in", "Main menu" are links.
      !UTILITY_LINK.test(name);
    // "ynetnews", "mint": a wordmark set in lower case, the page's first line above its menu.
    // "euronews.": a wordmark may close on its logo's full stop.
    name = name.replace(/^(\p{Ll}[\p{Ll}\p{N}]{3,20})\.$/u, '$1');
    const wordmark =
      /^\p{Ll}[\p{Ll}\p{N}]{3,20}$/u.test(name) &&
      position === 0 &&
      units[1]?.drop !== null &&
      furnitureReason(name) === null;
    if (wordmark) return spelledAsInFurniture(name, units);
    // "EconomyNext" opening its own story ("ECONOMYNEXT – ...") is a brand, not a dateline's place:
    // places are not spelled with a capital inside a word.
    const brandSpelling = /\p{Ll}\p{Lu}/u.test(name);
    if (!nameLike || (!brandSpelling && isDatelinePlace(name, units))) continue;
    // Repeated as part of a longer name in the site's own furniture: "Axios Pro", "Axios Columbus".
    const core = name.replace(/^the\s+/i, '');
    const asBrand = new RegExp(`${escapeRegExp(core)}(?:['’]s\\b| \\p{Lu})`, 'u');
    const repeated = units.some(
      (unit) => unit !== candidate && unit.drop !== null && asBrand.test(unit.text),
    );
    // Or spelled like the site's address ("Arab News", arab.news), or a newspaper's kind of name.
    const matchesHost = host !== '' && host.startsWith(lettersOf(core));
    // Or, failing all else, simply the first line of the page, directly above the site's menu.
    // Only a "Skip to content" link may come before it.
    const aboveIt = top.slice(0, position);
    // A menu's first item ("Courts" over "Government", "Business") is a section, not the site.
    // Under a society's or university's copyright ("© 2026 American Association for the Advancement of
    // Science") the title may be a field's name ("Science", "Nature"), an advertisement slot above it.
    const first =
      (!SECTION_NAME.test(name) || ownedByInstitution) &&
      aboveIt.every(
        (unit) =>
          /^(skip|jump|go) to\b/i.test(unit.text) || (ownedByInstitution && unit.drop === 'advertisement'),
      ) &&
      units[position + 1]?.drop !== null &&
      units[position + 1]?.drop !== 'headline';
    // "BNamericas" alone over the headline, named again in the page's own furniture ("Sign up for a
    // BNamericas subscription"): a brand's spelling at the very top is the site's wordmark.
    const brandAtTop =
      (brandSpelling || /^\p{Lu}{2,}\p{Ll}{2,}/u.test(name)) &&
      aboveIt.length === 0 &&
      units.some(
        (unit) =>
          unit !== candidate &&
          unit.drop !== null &&
          unit.drop !== 'headline' &&
          containsWord(unit.text, core),
      );
    if (repeated || matchesHost || OUTLET_WORDS.test(name) || first || brandAtTop)
      return withoutCountrySuffix(name, units);
  }
  return null;
}

/**
 * "Tempo English" over a page whose furniture says "news updates from Tempo": the language names the
 * edition of a brand the page calls by its name alone. "RÚV English", whose page names "RÚV" only as
 * a link, a picture credit ("RÚV / Ragnar Visage") or its owner's imprint, is the edition's own brand.
 */
function withoutEditionLanguage(
  name: string,
  masthead: ClassifiedUnit,
  units: readonly ClassifiedUnit[],
): string {
  const short = /^(\p{Lu}[\p{L}\p{N} .'’&-]{1,40}?)\s+English(?: Edition)?$/u.exec(name)?.[1];
  // "Khaosod English", signed and copyrighted so below, is the name in full.
  if (short === undefined || namedInFullBelow(name, masthead, units)) return name;
  const alone = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(short)}(?![\\p{L}\\p{N}.]|\\s+English|\\s*\\/)`,
    'u',
  );
  const calledSo = units.some(
    (unit) =>
      unit !== masthead &&
      unit.drop !== null &&
      unit.drop !== 'headline' &&
      unit.drop !== 'credit' &&
      wordCount(unit.text) >= 3 &&
      alone.test(unit.text),
  );
  return calledSo ? short : name;
}

/**
 * Links a site's header holds besides its name: "Home", "Sign in", "Main menu", "All Sections", and a
 * widget's call to act ("Set Weather", "Choose edition"). "Climate Home News" is a name.
 */
const UTILITY_LINK =
  /^(?:menu|search|sign|log|subscribe|skip|home|back|close|open|toggle|set|choose|select|change|manage|download|get the|watch|listen)\b|^all sections$|\b(?:menu|navigation|edition|alerts?|sections|account|e-paper|today['’]s paper)$/i;

/**
 * The sections news sites file stories under, which open their menus when no masthead is pasted, and
 * the service links and language switches beside them.
 */
const SECTION_NAME =
  /^(?:(?:latest |top |breaking |local |world |national |business )?news|courts?|law|crime|politics|government|business|economy|markets|money|finance|world|national|local|regional|international|opinions?|sports?|health|science|tech(?:nology)?|environment|climate|culture|arts|entertainment|lifestyle|life|travel|education|obituaries|weather|video|podcasts?|features|investigations|elections?|nation|metro|city|state|traffic|closings|games|puzzles|crosswords?|deals|shopping|horoscopes?|real estate|homes|cars|autos|classifieds|jobs|careers|tips|advertise|contact|help(?: cent(?:er|re))?|food|dining|español|espanol|français|deutsch|newsletters?|e-edition|events)$/i;

/** "mint" over a footer that says "Live Mint": the brand as the page writes it in its sentences. */
function spelledAsInFurniture(wordmark: string, units: readonly ClassifiedUnit[]): string {
  const spelled = new RegExp(`\\b${escapeRegExp(wordmark)}\\b`, 'iu');
  for (const unit of units) {
    if (unit.drop === null || unit.drop === 'headline') continue;
    const found = spelled.exec(unit.text)?.[0];
    if (found !== undefined && found !== wordmark && /^\p{Lu}\p{Ll}/u.test(found)) return found;
  }
  return wordmark;
}

/**
 * "Singapore" above the menu of a story datelined "SINGAPORE –" is the section for the city, not the
 * publisher's name.
 */
function isDatelinePlace(name: string, units: readonly ClassifiedUnit[]): boolean {
  const opening = units.find((unit) => unit.kind === 'body')?.text ?? '';
  // "TEMPO.CO, Jakarta -" opens with the outlet's address, then the place: "Tempo" is no place.
  const after = opening.slice(name.length);
  return (
    opening.toUpperCase().startsWith(name.toUpperCase()) &&
    /^\s*[—–:,-]/u.test(after) &&
    /^[\p{Lu} .'’-]+\s*[—–:,-]/u.test(opening)
  );
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "• 3h • 2 min read": an aggregator's age of the story, beside its reading time.
const RELATIVE_STAMP =
  /\b(?:published|updated|posted)\s*:?\s*\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b|(?:^|[•·|]\s*)\d{1,2}\s*(?:h|hr|hrs|m|min|d)\s*(?:[•·|]|$)/i;

/** The provider's mark sits straight over the headline, perhaps with a section label between. */
const PROVIDER_REACH = 2;

/** A masthead is among the first few lines of a page. */
const MASTHEAD_REACH = 5;

function firstOf<T>(items: readonly T[], read: (item: T) => string | null): string | null {
  for (const item of items) {
    const value = read(item);
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
}

/** Lines where a site names itself: "Sky News - back to home", "Why you can trust Sky News", ... */
const SELF_REFERENCES: RegExp[] = [
  /^(.{2,40}?)\s+[-–|]\s+back to home$/i,
  /^why you can trust (.{2,40})$/i,
  /^read more from (.{2,40}?):?$/i,
  /^skip to more (.{2,30}) sites$/i,
  /^(.{2,30}?) values your (?:feedback|comments)\b/i,
  /^(.{2,30}?)['’]s editorial content\b/i,
  // "Subscribe to Lloyd's List for unlimited access to our news": the offer after the name is no part of it.
  /^(?:subscribe|sign up) to (\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?) (?:for|to get|and get) (?:unlimited|full|complete|digital|premium)\b/iu,
  // "Subscribe to Smithsonian magazine now for just $12", "Subscribe to Mid-day on Whatsapp": the price,
  // the channel and the call to act are no part of it.
  /^subscribe to (.{2,40}?)(?:['’]s (?:newsletters?|podcasts?|app|channels?)| newsletters?| on (?:whatsapp|telegram|youtube|google news|instagram|facebook|x|twitter))?(?: (?:now|today))?(?: for (?:just |only )?[$£€]\S+)?[.!]?$/i,
  /^(?!(?:This|That|It|Its|The article|The story)\b)(\p{Lu}[\p{L}&'’. -]{1,50}?) is (?:part of|a member of|owned by|published by) (?:the )?\p{Lu}/u,
  /^thanks for reading (.{2,40}?)[!.]/i,
  // "Related listening from Mongabay’s podcast": a site naming its own podcast or newsletter.
  /\bfrom (\p{Lu}[\p{L}\p{N}]+(?: \p{Lu}[\p{L}\p{N}]+){0,2})['’]s (?:podcast|newsletter|archives?)\b/u,
  /^[Rr]ecommended from (\p{Lu}[\p{L}\p{N}&'’. -]{1,40})$/u,
  // "SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation": the brand before its owner.
  /^(.{2,40}?)\s+[-–—,]\s+an? (?:branch|unit|division|subsidiary|service|part|member) of \p{Lu}/u,
  // "Nature (Nature) ISSN 1476-4687 (online)": a journal's name over its serial number.
  /^(\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)\s+(?:\([^()]{1,40}\)\s+)?ISSN\b/u,
  /\b(?:offers|updates|news) from (The \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3})\b/u,
  // "Sign up for new weekly column by Courthouse News Service": the site signing its own column.
  /^[Ss]ign up for (?:our |the |a )?(?:new )?(?:daily |weekly |monthly )?(?:newsletter|column|briefing) by (\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4})\b/u,
];

function comparableName(text: string): string {
  return text
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
}

/**
 * The page calls the name one of its newsletters or podcasts: "newsletter Closing Arguments", or
 * "Subscribe to Closing Arguments" over "Sign up for new weekly column by ...".
 */
function namedAsProduct(name: string, units: readonly ClassifiedUnit[]): boolean {
  const escaped = escapeRegExp(name);
  const product = new RegExp(
    `\\b(?:newsletters?|podcasts?)\\s+(?:called\\s+|named\\s+)?${escaped}\\b|\\b${escaped}\\s+(?:newsletter|podcast)\\b`,
    'i',
  );
  if (units.some((unit) => unit.drop !== null && product.test(unit.text))) return true;
  const offer = new RegExp(`^(?:subscribe|sign up) to ${escaped}[.!]?$`, 'i');
  return units.some(
    (unit, index) =>
      unit.drop !== null &&
      offer.test(unit.text.trim()) &&
      PRODUCT_SIGN_UP.test(units[index + 1]?.text ?? ''),
  );
}

const PRODUCT_SIGN_UP =
  /^(?:sign up|subscribe|get)\b.{0,60}\b(?:newsletter|column|podcast|briefing|digest)s?\b/i;

function selfReference(text: string): string | null {
  for (const pattern of SELF_REFERENCES) {
    const name = pattern.exec(text.trim())?.[1];
    // "Metro.co.uk is part of DMG Media": the site's address is its brand with a suffix.
    if (name !== undefined && /^\p{Lu}/u.test(name)) return name.replace(SITE_SUFFIX, '');
  }
  return null;
}

const SITE_SUFFIX = /\.(?:com|net|org|news|co\.[a-z]{2}|com\.[a-z]{2})$/i;

/**
 * "Premium Times Nigeria" over a page whose own furniture says "Support PREMIUM TIMES' journalism":
 * the masthead adds where the outlet is; the brand is what it calls itself.
 */
function withoutCountrySuffix(name: string, units: readonly ClassifiedUnit[]): string {
  const nameWords = name.split(/\s+/);
  if (nameWords.length < 3) return name;
  const last = nameWords.at(-1) ?? '';
  // "Middle East Monitor": a newspaper's kind of name ends it, not the country it serves.
  // An edition's language is weighed by withoutEditionLanguage, on stronger evidence than a line of its own.
  if (OUTLET_WORDS.test(last) || last === 'English') return name;
  const shorter = nameWords.slice(0, -1).join(' ');
  // "The Local Sweden": one common word left over is an edition's name, not a brand of its own.
  if (shorter.replace(/^the\s+/i, '').split(/\s+/).length < 2) return name;
  // Letters, not \b, bound the names: "Bogotá" ends on a letter \b does not know.
  const alone = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(shorter)}(?![\\p{L}\\p{N}])(?!\\s+${escapeRegExp(last)}(?![\\p{L}\\p{N}]))`,
    'iu',
  );
  const calledShorter = units.some(
    (unit) => unit.drop !== null && unit.drop !== 'headline' && alone.test(unit.text),
  );
  return calledShorter ? shorter : name;
}

function sharesNameWord(first: string, second: string): boolean {
  const words = (name: string) =>
    name
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => /^\p{Lu}/u.test(word) && !/^(?:The|And|Of|For)$/.test(word));
  const theirs = new Set(words(second));
  return words(first).some((word) => theirs.has(word));
}

function namedOutsideCopyright(holder: string, units: readonly ClassifiedUnit[]): boolean {
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(holder)}(?![\\p{L}\\p{N}])`, 'u');
  return units.some((unit) => copyrightHolder(unit.text) === null && named.test(unit.text));
}

/** The masthead's very words in another line of the page's furniture: its byline or copyright. */
function namedInFullBelow(name: string, masthead: ClassifiedUnit, units: readonly ClassifiedUnit[]): boolean {
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
  return units.some((unit) => unit !== masthead && unit.drop !== null && named.test(unit.text));
}

/** The masthead named again in the page's furniture below it, inside a longer line. */
function namedAgain(masthead: string, units: readonly ClassifiedUnit[]): boolean {
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(masthead.replace(/^the\s+/i, ''))}(?![\\p{L}\\p{N}])`,
    // "ZAWYA" over "About Zawya": a wordmark set in capitals is written in title case in sentences.
    'iu',
  );
  const headline = units.findIndex((unit) => unit.drop === 'headline');
  return units.some(
    (unit, index) =>
      index > headline &&
      unit.drop !== null &&
      comparableName(unit.text) !== comparableName(masthead) &&
      named.test(unit.text),
  );
}

function footerNamesAfterHolder(
  dropped: readonly ClassifiedUnit[],
  holder: string | null,
  masthead: string,
): boolean {
  if (holder === null) return false;
  const brand = new RegExp(`\\b${escapeRegExp(masthead)}\\b`);
  return dropped.some((unit) => {
    if (unit.drop !== 'footer') return false;
    const at = unit.text.indexOf(holder);
    return at !== -1 && brand.test(unit.text.slice(at + holder.length));
  });
}

/** A copyright line naming a company rather than a publication. */
function ownedByCompany(text: string): boolean {
  // "© DC Thomson & Co Ltd 2017 - 2026": a registered company's suffix names a firm, never a masthead.
  // "© 2026 Mkini Dotcom Sdn Bhd", "Star Media Group Berhad": Malaysia's and Singapore's companies too.
  if (
    /^(?:(?:©|ⓒ|\(c\)|copyright)\s*)+.*\b(ltd|plc|limited|llc|inc|& co|sdn bhd|bhd|berhad|pte|pvt|gmbh)\b/iu.test(
      text,
    )
  )
    return true;
  // "© Rossel & Cie 2026", "© Empresa Editora El Comercio", "© Gruppo Editoriale ...": the forms of a
  // company in the languages of the countries whose outlets publish in English too.
  if (
    /^(?:(?:©|ⓒ|\(c\)|copyright)\s*)+.*(?:&\s*cie\b|(?<![\p{L}])(?:s\.a\.|s\.p\.a\.|s\.l\.|b\.v\.|n\.v\.|m\.b\.h\.|empresa editora|editora|gruppo editoriale|grupo editorial|groupe|verlagsgesellschaft|verlag)(?![\p{L}]))/iu.test(
      text,
    )
  )
    return true;
  // "GPlusMedia Inc.": the company word may close a one-word name. "Dow Jones & Company" is a firm, and
  // "FOX Television Stations" the group that owns the local station's masthead.
  return /^(?:(?:©|ⓒ|\(c\)|copyright)\s*)+.*(?:(?:\b|(?<=\p{Ll}))(corporation|corp|holdings|media|media group|media network|media partners|communications|broadcasting|group|interactive|digital|publishing|(?:television|radio) stations|networks?)|\s&\s*company)\b\.?(,?\s+(inc|llc|ltd|plc|limited)\b\.?)?(\s+(19|20)\d\d)?(\s+all rights reserved|\s*$|\.)/iu.test(
    text,
  );
}

/** "Megan Castellano is a staff writer at The Atlantic, where she covers cities": the author's employer. */
function employerOfAuthor(text: string): string | null {
  return (
    /\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor)s?\b[^.]{0,60}? (?:at|for|with) ((?:The )?\p{Lu}[\p{L}]+(?: (?:and )?\p{Lu}[\p{L}]+){0,3})(?=[,.’']|$| where| who| and| covering)/u.exec(
      text,
    )?.[1] ?? null
  );
}

/** "Middle East Eye delivers independent and unrivalled coverage ..." */
function publisherStatement(text: string): string | null {
  return (
    /^([\p{Lu}][\p{L}\p{N}&'’. -]{1,50}?) (?:delivers|provides|brings you|offers) (?:independent|award-winning|trusted|in-depth|unrivalled|the latest|breaking|comprehensive|news|coverage|journalism)\b/u.exec(
      text,
    )?.[1] ?? null
  );
}

/** "Hakai Magazine is an editorially independent publication of the Hakai Institute." */
function outletDescription(text: string): string | null {
  return (
    /^((?:The )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:of |and |the )?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}) is (?:an?|the) (?:[\p{Ll}-]+,? ){0,4}(?:newsroom|news organi[sz]ation|news outlet|news site|news website|news service|news publisher|media co-?operative|publication|magazine|newspaper|media outlet)\b/u.exec(
      text,
    )?.[1] ?? null
  );
}

/** "© 2025 Reuters. All rights reserved.", "Copyright 2025 The Associated Press." */
function copyrightHolder(text: string): string | null {
  // "ALL RIGHTS RESERVED © Copyright ANSA": the reservation may come first.
  const withoutSuffixes = text
    .replace(/^all rights reserved[.,]?\s*(?=©|ⓒ|\(c\)|copyright)/i, '')
    .replace(/\b(L\.P\.|L\.L\.C\.|Inc\.|Ltd\.|Co\.|S\.A\.|Corp\.)/g, '');
  const copyright =
    /^(?:(?:©|ⓒ|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,;|]+?)(?:\.|,|;|\||$|\s+all rights)/i.exec(
      withoutSuffixes,
    );
  // "Gulf Daily News © 2026. All Rights Reserved.": the name may stand before the mark.
  const named = copyright === null ? NAME_BEFORE_COPYRIGHT.exec(withoutSuffixes) : null;
  const holder = (copyright?.[1] ?? named?.[1])
    // "NHK (Japan Broadcasting Corporation)": the name, then the name in full as a gloss.
    ?.replace(/\s*\([^()]*\)?\s*$/u, '')
    .replace(
      // Letters, not \b: "Agência" must keep its "Ag".
      /(?<![\p{L}\p{N}])(limited|ltd|inc|llc|plc|gmbh|s\.a|company|corporation|corp|dac|publishers|publishing|media group|srl|s\.r\.l|ag|sas|bv|nv|pty|or its affiliated companies|and its affiliates)(?![\p{L}\p{N}])\.?/giu,
      '',
    )
    .replace(/\s+/g, ' ')
    // "DC Thomson & Co Ltd 2017 - 2026": the years the copyright runs are no part of the name.
    .replace(/\s+(19|20)\d\d(?:\s*[-–]\s*(?:(19|20)\d\d)?)?$/, '')
    .replace(/\s+&\s*co$/i, '')
    // "The Economist Newspaper Limited": the company's word for what it publishes.
    .replace(/(\S)\s+newspaper$/i, '$1')
    .trim();
  // "© Crown copyright" is the status of a government's own work, not a name.
  if (holder !== undefined && /\bcopyright$/i.test(holder)) return null;
  // "© 2026 a Reach plc subsidiary" describes the owner; it names no publication.
  // "© Marcelo Camargo/Agência Brasil" is a picture's credit: photographer and agency.
  return holder !== undefined &&
    holder.length >= 2 &&
    /\p{L}/u.test(holder) &&
    /^[\p{Lu}\p{N}]/u.test(holder) &&
    !holder.includes('/')
    ? holder
    : null;
}

const NAME_BEFORE_COPYRIGHT =
  /^(\p{Lu}[\p{L}\p{N}&'’ -]{1,40}?)\s*(?:©|ⓒ|\([cC]\)|[Cc]opyright)\s*(?:19|20)\d\d\b/u;

function canonicalSource(name: string): string {
  // "RFE/RL's Kazakh Service": a language service or desk of the outlet is the outlet.
  const trimmed = name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/['’]s (?:\p{Lu}[\p{L}-]+ ){1,3}(?:Service|Desk|Bureau)$/u, '')
    // "KGW-TV", "WBUR-FM": the licence's band after an American call sign; viewers know "KGW".
    .replace(/^([KW][A-Z]{2,3})-(?:TV|DT|FM|AM)$/, '$1');
  const known = AGENCY_NAMES[trimmed.toLowerCase()];
  if (known !== undefined) return known;
  // "FRANCE 24", "DER SPIEGEL" in capitals are the brands France 24 and Der Spiegel; short capitals
  // (BBC, MEE, CNN) are acronyms and stay, as do call signs beside a place ("KXAN Austin").
  if (/\p{Ll}/u.test(trimmed)) return trimmed;
  // "NHK WORLD-JAPAN": a broadcaster's initials before its service's hyphenated name is one wordmark,
  // set in capitals as the service styles it.
  if (/^\p{Lu}{2,5} \p{Lu}+(?:-\p{Lu}+)+$/u.test(trimmed)) return trimmed;
  return trimmed.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (word: string, first: string, rest: string) =>
    // American call signs ("WRAL", "KOMO") stay in capitals, and so does a four-letter word alone:
    // "STAT", like "NASA", is read as letters more often than as a word.
    (word.length >= (trimmed.includes(' ') ? 4 : 5) &&
      /[AEIOU]/.test(word) &&
      !/^[KW][A-Z]{2,3}$/.test(word)) ||
    CAPITALISED_ARTICLES.has(word)
      ? first + rest.toLowerCase()
      : word,
  );
}

/** Articles that open names set in capitals ("DER SPIEGEL", "LE MONDE"), unlike acronyms. */
const CAPITALISED_ARTICLES = new Set(['THE', 'DER', 'DIE', 'DAS', 'LES', 'LE', 'LA', 'EL', 'DE', 'DU', 'IL']);

function findUrl(units: readonly ClassifiedUnit[]): string | null {
  for (const unit of units) {
    if (unit.kind === 'body' || !isUrlLine(unit.text)) continue;
    const match = /(https?:\/\/|www\.)[^\s<>]+/i.exec(unit.text);
    if (match !== null) return match[0].startsWith('www.') ? `https://${match[0]}` : match[0];
  }
  return null;
}

export function sourceFromUrl(url: string): string | null {
  const host = /^(?:https?:\/\/)?([^/:?#]+)/i
    .exec(url)?.[1]
    ?.toLowerCase()
    .replace(/^www\./, '');
  if (host === undefined) return null;
  const known = Object.entries(DOMAIN_NAMES).find(
    ([domain]) => host === domain || host.endsWith(`.${domain}`),
  );
  return known?.[1] ?? host;
}

/** /2025/07/31/ in a path is the publication date on most news sites. */
function dateFromUrl(url: string): string | null {
  const match = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(url);
  return match === null ? null : (findDate(`${match[1]}-${match[2]}-${match[3]}`)?.iso ?? null);
}

/**
 * Publication date by strength of evidence: a line saying "Published", then any other date line in
 * the page header ("Updated ...", a bare date, a byline with a date), then a date in a photo caption.
 * Dates inside the reporting are about events, not publication, and are not used.
 */
function findPublished(units: readonly ClassifiedUnit[]): string | null {
  // "11/12/2026" is read in the order the page's own evidence gives, weighed only when a date needs it.
  let monthFirst: boolean | undefined;
  const dateOf = (text: string): string | null => {
    const found = findDate(text);
    if (found === null) return null;
    const reading = monthFirstReading(found);
    if (reading === found.iso) return found.iso;
    // The page's own stamps and header first: wire copy in the story and its captions keeps the
    // agency's style ("February 20, 2026", "percent") on pages that date themselves day first.
    const header = units.filter(
      (unit, index) => unit.drop !== null && (index < firstKept || stamps.includes(unit)),
    );
    monthFirst ??=
      readsMonthFirst(header.map((unit) => unit.text)) ??
      readsMonthFirst(units.map((unit) => unit.text)) ??
      false;
    return monthFirst ? reading : found.iso;
  };
  // Header lines such as "Reuters | London | Updated: 22-04-2020 16:13 IST" read as menus, yet say
  // when the story was published as plainly as a date line does.
  const firstKept = units.findIndex((unit) => unit.kind !== null);
  const stated = (unit: ClassifiedUnit, index: number) =>
    index < firstKept && /\b(published|updated|posted|created|issued)\b/i.test(unit.text);
  const stamps = units.filter(
    (unit, index) =>
      unit.drop === 'timestamp' || unit.drop === 'byline' || (unit.drop !== null && stated(unit, index)),
  );
  const explicit = stamps.find(
    // "Published in The Express Tribune, March 7th, 2026." names the print edition, a day later.
    (unit) => /^(first )?(published|posted)\b(?!\s+in\b)/i.test(unit.text) && findDate(unit.text),
  );
  if (explicit !== undefined) return dateOf(explicit.text);
  // "Published: 5/28/2026" on a line of its own under the related links: a page may stamp its story at
  // the foot; the line is the stamp and nothing else.
  const footStamp = units.find(
    (unit, index) =>
      index > firstKept && unit.drop !== null && PUBLISHED_STAMP.test(unit.text) && findDate(unit.text),
  );
  if (footStamp !== undefined && !units.slice(0, firstKept).some((unit) => findDate(unit.text)))
    return dateOf(footStamp.text);
  const dated = stamps.filter((unit) => findDate(unit.text) !== null);
  // "Ghana News Agency / Thursday, November 26, 2026 / Home / News / ...": the site's date bar above
  // its menu gives today's date; the story's own date is the one printed under its headline.
  const headline = units.findIndex((unit) => unit.drop === 'headline');
  const storyDated = dated.some((unit) => units.indexOf(unit) > headline);
  const dateBar = (unit: ClassifiedUnit) => {
    const at = units.indexOf(unit);
    return at < headline && units.slice(at + 1, headline).some((below) => below.drop === 'navigation');
  };
  const best = dated.find((unit) => headline === -1 || !storyDated || !dateBar(unit));
  if (best !== undefined) return dateOf(best.text);
  // "Source: Xinhua | 2026-11-25 16:42:10", "Lead Stories | November 26, 2026": a header line read as a
  // credit or a section label, with the date set apart as a field of its own.
  for (const unit of units.slice(0, Math.max(0, firstKept))) {
    const date = unit.drop === null ? null : (dateField(unit.text) ?? sectionDate(unit.text));
    if (date !== null) return date;
  }
  // "Updated: 5 hours ago Published: 9 hours ago": the page said when, only not as a date; a picture's
  // date is no better guess.
  const header = units.slice(0, Math.max(0, firstKept));
  if (header.some((unit) => unit.drop !== null && RELATIVE_STAMP.test(unit.text))) return null;
  for (const unit of units) {
    if (unit.kind !== 'caption' && unit.kind !== 'standfirst') continue;
    const date = dateOf(unit.text);
    if (date !== null) return date;
  }
  // "Ulaanbaatar, November 25, 2026 /MONTSAME/ ...": a wire dateline with the year in it dates the copy.
  const opening = units.find((unit) => unit.kind === 'body')?.text ?? '';
  const dateBeforeTown = dateBeforeBracketedTown(opening);
  if (dateBeforeTown !== null) return dateBeforeTown;
  const agency = datelineAgency(opening);
  if (agency === null) return null;
  return dateOf(opening.slice(0, opening.indexOf(agency)));
}

const PUBLISHED_STAMP = /^(?:first )?published(?!\s+in\b)(?: on)?\s*:?\s*[\p{N}\p{L} ,/.:-]{6,40}$/iu;

/**
 * "Business News of Tuesday, 25 November 2026": a section's label dating the page, the date closing
 * the line after "of" or "on".
 */
function sectionDate(text: string): string | null {
  const date = findDate(text);
  if (date === null || !text.trimEnd().endsWith(date.matched)) return null;
  const label = text.slice(0, date.index);
  return wordCount(label) <= MAX_SECTION_LABEL_WORDS && SECTION_BEFORE_DATE.test(label) ? date.iso : null;
}

const SECTION_BEFORE_DATE =
  /^\p{Lu}[\p{L} &'’-]*\s(?:of|on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/iu;
const MAX_SECTION_LABEL_WORDS = 7;

/** A date standing alone, perhaps with its clock time, as one field of a line split by bars or dots. */
function dateField(text: string): string | null {
  const fields = text.split(/\s*[|·•]\s*/);
  if (fields.length < 2) return null;
  for (const field of fields) {
    const date = findDate(field);
    if (date === null) continue;
    const rest = field.replace(date.matched, '').replace(CLOCK_TIME, '');
    if (!/[\p{L}\p{N}]/u.test(rest)) return date.iso;
  }
  return null;
}

/** "16:42:10", "5.00am", "10:15 pm IST": the time of day beside a date. */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?/giu;
