/**
 * The fixed question sets. Written for the BBC 2004-2005 news corpus, with the misspellings
 * people type; known-item queries are drawn from the corpus itself so their right answer is known.
 */
import type { Article } from '../src/corpus/types.js';
import { STOPWORDS } from '../src/search/tokenise.js';

export const SEARCH_QUERIES: readonly string[] = [
  'oil prices',
  'oil prise rise',
  'interest rates',
  'intrest rates bank of england',
  'general election campaign',
  'genral election',
  'tony blair',
  'tony blare iraq',
  'gordon brown budget',
  'chancellor budjet',
  'mobile phones',
  'mobil phone music',
  'broadband internet',
  'brodband',
  'video games console',
  'playstation',
  'computer virus',
  'spam email',
  'champions league',
  'chelsea mourinho',
  'arsenal wenger',
  'six nations rugby',
  'australian open tennis',
  'world cup',
  'oscar nominations',
  'box office film',
  'the aviator',
  'music awards',
  'stock market shares',
  'dollar euro exchange',
  'yukos',
  'yukos tax bill',
  'steel industry jobs',
  'airline flights',
  'immigration asylum',
  'id cards',
  'terror suspects detention',
  'house of lords',
  'conservative party',
  'liberal democrats',
  'hunting ban',
  'pensions',
  'tsunami aid',
  'china economy growth',
  'japan recession',
  'eu constitution',
  'digital cameras',
  'microsoft windows',
  'google search',
  'apple ipod',
  'sony',
  'debt relief africa',
  'minimum wage',
  'house prices',
  'doping ban athletes',
  'marathon',
];

/** People in the 2005 news, spelt right and as typed in a hurry. */
export const WHO_QUERIES: readonly string[] = [
  'blair',
  'tony blair',
  'blare',
  'gordon brown',
  'brown',
  'michael howard',
  'howard',
  'charles kennedy',
  'kenedy',
  'bush',
  'george bush',
  'mourinho',
  'mourino',
  'wenger',
  'wengr',
  'ferguson',
  'fergusen',
  'bill gates',
  'gates',
  'putin',
  'kofi annan',
  'annan',
  'greenspan',
  'greenspam',
  'blunkett',
  'blunket',
  'jack straw',
  'prescott',
  'prescot',
  'alan milburn',
  'beckham',
  'beckam',
  'henman',
  'federer',
  'federrer',
  'roddick',
  'agassi',
  'khodorkovsky',
  'khodorkovski',
  'steve jobs',
  'bernie ebbers',
  'ebbers',
  'robbie williams',
  'elton john',
  'jamie foxx',
  'scorsese',
  'paula radcliffe',
  'radcliff',
  'kelly holmes',
  'jonny wilkinson',
  'wilkinson',
  'sven goran eriksson',
  'eriksson',
  'abramovich',
  'kilroy-silk',
  'kilroy silk',
];

/** Speakers: those who talk to the BBC most, and misspellings. */
export const QUOTE_QUERIES: readonly string[] = WHO_QUERIES.filter((_, index) => index % 2 === 0).concat([
  'spokesman',
  'spokeswoman',
  'analyst',
]);

/** What a user has typed after one to four keystrokes in a name or article box. */
export const AUTOCOMPLETE_PREFIXES: readonly string[] = [
  ...new Set(
    WHO_QUERIES.flatMap((name) => [1, 2, 3, 4].map((length) => name.slice(0, length))).filter(
      (prefix) => prefix.trim() === prefix,
    ),
  ),
];

export interface KnownItemQuery {
  query: string;
  /** The paragraph the words were taken from, as origin file and paragraph number. */
  origin: string;
  paragraph: number;
  /** Its text: a copy of the same paragraph in another file is the same answer. */
  text: string;
}

/**
 * Three neighbouring content words from a paragraph, every other query with a typo: the search
 * should bring that paragraph (or a repeat of it) into the top three.
 */
export function knownItemQueries(
  articles: readonly Article[],
  originOf: (article: Article) => string,
  count: number,
): KnownItemQuery[] {
  const random = seededRandom(2005);
  const queries: KnownItemQuery[] = [];
  const candidates = articles.flatMap((article) =>
    article.paragraphs
      .filter((paragraph) => paragraph.kind === 'body' && paragraph.text.split(/\s+/).length >= 20)
      .map((paragraph) => ({ article, paragraph })),
  );
  for (let attempt = 0; queries.length < count && attempt < count * 20 && candidates.length > 0; attempt++) {
    const pick = candidates[Math.floor(random() * candidates.length)];
    if (pick === undefined) continue;
    const words = (pick.paragraph.text.match(/[A-Za-z]{5,}/g) ?? []).filter(
      (word) => !STOPWORDS.has(word.toLowerCase()),
    );
    if (words.length < 6) continue;
    const start = Math.floor(random() * (words.length - 3));
    const chosen = words.slice(start, start + 3).map((word) => word.toLowerCase());
    if (queries.length % 2 === 1) chosen[1] = typo(chosen[1] ?? '', random);
    queries.push({
      query: chosen.join(' '),
      origin: originOf(pick.article),
      paragraph: pick.paragraph.n,
      text: pick.paragraph.text,
    });
  }
  return queries;
}

/** Swaps two inner letters or drops one: the two commonest slips of a quick typist. */
function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 3));
  if (random() < 0.5) return `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`;
  return `${word.slice(0, at)}${word.slice(at + 1)}`;
}

/** Mulberry32: a tiny deterministic generator, so every run asks the same questions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
