import type { Entity, Quote } from '../analysis/types.js';
import type { Article, Paragraph } from '../corpus/types.js';
import type { AnalysedArticle, Library, NameMatch } from '../search/types.js';
import { COMMANDS } from './commands.js';
import type {
  Answer,
  ArticleInfo,
  ArticleRef,
  Attribution,
  NotFoundAnswer,
  Passage,
  Question,
  QuoteItem,
  WhoMatch,
} from './types.js';

/** How many passages a search returns at most; renderers page through them. */
export const MAX_PASSAGES = 25;
/** Queries longer than this are cut at a word boundary: enough for any question, bounded in cost. */
export const MAX_QUERY_LENGTH = 300;
/** Zero-width, bidi-control and control characters: invisible in a chat box, noise to a search. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** A name lookup scoring worse than this (Fuse: 0 perfect, 1 none) is a miss that gets suggestions. */
const NAME_MATCH_THRESHOLD = 0.35;
const ARTICLE_MATCH_THRESHOLD = 0.45;
const SUGGESTIONS = 5;
/**
 * A name in hundreds of articles (a prime minister across a year of news) would make one answer
 * of hundreds of passages: nobody pages through that, and building it costs every reader. The
 * articles that name someone most come first; the rest are counted and reachable with article:.
 */
export const MAX_ARTICLES_PER_NAME = 10;

/** Answers one question over the library. Never throws for anything a user can type. */
export function answerQuestion(library: Library, question: Question): Answer {
  const query = normaliseQuery(question.query);
  const scope = resolveArticleScope(library, question);
  if (scope.kind === 'not-found') return scope.answer;
  const articleId = scope.article?.article.id;

  switch (question.command) {
    case 'search':
      return answerSearch(library, query, articleId);
    case 'who':
      return answerWho(library, query, articleId);
    case 'quote':
      return answerQuote(library, query, articleId);
    case 'summary':
      return answerSummary(library, scope.article);
    case 'article':
      return answerArticle(library, scope.article);
    case 'help':
      return { kind: 'help', commands: [...COMMANDS] };
  }
}

/** Collapses white space and bounds the length, so odd input costs no more than a normal question. */
export function normaliseQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/gu, ' ').replace(INVISIBLE, '').trim();
  if (collapsed.length <= MAX_QUERY_LENGTH) return collapsed;
  const cut = collapsed.slice(0, MAX_QUERY_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut;
}

type Scope =
  | { kind: 'ok'; article: AnalysedArticle | undefined }
  | { kind: 'not-found'; answer: NotFoundAnswer };

function resolveArticleScope(library: Library, question: Question): Scope {
  const wanted = question.article === undefined ? '' : normaliseQuery(question.article);
  if (wanted === '') return { kind: 'ok', article: undefined };
  const exact = library.article(wanted);
  if (exact) return { kind: 'ok', article: exact };
  const matches = library.findArticles(wanted, SUGGESTIONS);
  const best = matches[0];
  const found = best && best.score <= ARTICLE_MATCH_THRESHOLD ? library.article(best.articleId) : undefined;
  if (found) return { kind: 'ok', article: found };
  const suggestions = (matches.length > 0 ? matches : library.findArticles('', SUGGESTIONS))
    .map((match) => library.article(match.articleId)?.article.title)
    .filter((title): title is string => title !== undefined);
  return {
    kind: 'not-found',
    answer: notFound(question.command, wanted, 'article', suggestions),
  };
}

function answerSearch(library: Library, query: string, articleId: string | undefined): Answer {
  if (query === '')
    return { kind: 'invalid', message: 'Type some words to search for, e.g. /search military bases.' };
  const matches = library.searchPassages(query, { limit: MAX_PASSAGES, articleId });
  const passages: Passage[] = [];
  for (const match of matches) {
    const entry = library.article(match.articleId);
    const paragraph = entry && paragraphAt(entry.article, match.paragraph);
    if (!entry || !paragraph) continue;
    passages.push({
      text: paragraph.text,
      attribution: attributionOf(entry.article, paragraph.n),
      highlights: match.highlights,
      score: match.score,
    });
  }
  if (passages.length === 0) {
    const names = library.findEntities(query, SUGGESTIONS).map((match) => match.name);
    return notFound('search', query, 'passage', names);
  }
  return { kind: 'search', query, passages };
}

function answerWho(library: Library, query: string, articleId: string | undefined): Answer {
  if (query === '') return { kind: 'invalid', message: 'Name someone to look up, e.g. /who lavrov.' };
  const found = bestName(library.findEntities(query, SUGGESTIONS), articleId);
  if (!found.match) return notFound('who', query, 'person', found.suggestions);
  const matches: WhoMatch[] = [];
  const articleIds = inScope(found.match.articleIds, articleId);
  for (const id of articleIds.slice(0, MAX_ARTICLES_PER_NAME)) {
    const entry = library.article(id);
    const entity = entry?.analysis.people.find((candidate) => candidate.name === found.match?.name);
    if (!entry || !entity) continue;
    matches.push(whoMatch(entry, entity));
  }
  if (matches.length === 0) return notFound('who', query, 'person', found.suggestions);
  return {
    kind: 'who',
    query,
    matches,
    otherArticles: Math.max(0, articleIds.length - MAX_ARTICLES_PER_NAME),
  };
}

function whoMatch({ article, analysis }: AnalysedArticle, entity: Entity): WhoMatch {
  const mentions: Passage[] = entity.paragraphs.flatMap((n) => {
    const paragraph = paragraphAt(article, n);
    if (!paragraph) return [];
    return [
      {
        text: paragraph.text,
        attribution: attributionOf(article, n),
        highlights: findForms(paragraph.text, [entity.name, ...entity.aliases]),
        score: 0,
      },
    ];
  });
  return {
    name: entity.name,
    entityKind: entity.kind,
    role: entity.role,
    aliases: entity.aliases,
    article: articleRef(article),
    mentions,
    quoteCount: analysis.quotes.filter((quote) => quote.speaker === entity.name).length,
  };
}

function answerQuote(library: Library, query: string, articleId: string | undefined): Answer {
  if (query === '') return { kind: 'invalid', message: 'Name a speaker, e.g. /quote shaibani.' };
  const found = bestName(library.findSpeakers(query, SUGGESTIONS), articleId);
  if (!found.match) {
    // Someone who is in the articles but never quoted deserves that exact explanation.
    const person = bestName(library.findEntities(query, 1), articleId).match;
    const answer = notFound('quote', query, 'speaker', found.suggestions);
    if (person) answer.message = `${person.name} is mentioned, but the articles quote nothing they said.`;
    return answer;
  }
  const speaker = found.match.name;
  const quotes: QuoteItem[] = [];
  // Articles where the speaker figures most come first; within each, quotations in reading order.
  const articleIds = inScope(found.match.articleIds, articleId);
  for (const id of articleIds.slice(0, MAX_ARTICLES_PER_NAME)) {
    const entry = library.article(id);
    if (!entry) continue;
    for (const quote of entry.analysis.quotes) {
      if (quote.speaker === speaker) quotes.push(quoteItem(entry.article, quote));
    }
  }
  if (quotes.length === 0) return notFound('quote', query, 'speaker', found.suggestions);
  return {
    kind: 'quote',
    query,
    speaker,
    quotes,
    otherArticles: Math.max(0, articleIds.length - MAX_ARTICLES_PER_NAME),
  };
}

function answerSummary(library: Library, scoped: AnalysedArticle | undefined): Answer {
  const entry = scoped ?? newestArticle(library);
  if (!entry) return noArticles('summary');
  const { article, analysis } = entry;
  return {
    kind: 'summary',
    article: articleRef(article),
    keyPoints: analysis.summary.keyPoints.map((point) => ({
      ...point,
      attribution: attributionOf(article, point.paragraph),
    })),
    people: analysis.summary.people,
    quotes: analysis.summary.quotes.map((quote) => quoteItem(article, quote)),
  };
}

function answerArticle(library: Library, scoped: AnalysedArticle | undefined): Answer {
  if (scoped) return { kind: 'article', articles: [articleInfo(scoped)] };
  if (library.articles.length === 0) return noArticles('article');
  const newestFirst = library.findArticles('', library.articles.length);
  const articles = newestFirst
    .map((match) => library.article(match.articleId))
    .filter((entry): entry is AnalysedArticle => entry !== undefined)
    .map(articleInfo);
  return { kind: 'article', articles };
}

function inScope(articleIds: readonly string[], articleId: string | undefined): readonly string[] {
  return articleId === undefined ? articleIds : articleIds.filter((id) => id === articleId);
}

/** Paragraph n, found by position since numbering is consecutive; searched only if that ever changes. */
function paragraphAt(article: Article, n: number): Paragraph | undefined {
  const byPosition = article.paragraphs[n - 1];
  return byPosition?.n === n ? byPosition : article.paragraphs.find((paragraph) => paragraph.n === n);
}

function newestArticle(library: Library): AnalysedArticle | undefined {
  const newest = library.findArticles('', 1)[0];
  return newest ? library.article(newest.articleId) : undefined;
}

function noArticles(command: Question['command']): Answer {
  return {
    kind: 'not-found',
    command,
    query: '',
    looking: 'article',
    suggestions: [],
    message: 'The corpus has no articles yet. Add a text file to the corpus folder and try again.',
  };
}

/** The best name match within the optional article scope, or the nearest names to suggest. */
function bestName(
  matches: NameMatch[],
  articleId: string | undefined,
): { match: NameMatch | undefined; suggestions: string[] } {
  const inScope = matches.filter((match) => articleId === undefined || match.articleIds.includes(articleId));
  const best = inScope[0];
  if (best && best.score <= NAME_MATCH_THRESHOLD) return { match: best, suggestions: [] };
  return { match: undefined, suggestions: inScope.map((match) => match.name) };
}

function notFound(
  command: Question['command'],
  query: string,
  looking: NotFoundAnswer['looking'],
  suggestions: string[],
): NotFoundAnswer {
  const what = {
    person: 'nobody by that name',
    speaker: 'no speaker by that name',
    article: 'no article by that name',
    passage: 'no passage matching that',
  }[looking];
  const hint =
    suggestions.length > 0 ? ' Did you mean one of these?' : ' Check the spelling or try fewer words.';
  return {
    kind: 'not-found',
    command,
    query,
    looking,
    suggestions,
    message: `I found ${what}.${hint}`,
  };
}

export function articleRef(article: Article): ArticleRef {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    published: article.published,
    url: article.url,
  };
}

function articleInfo({ article, analysis }: AnalysedArticle): ArticleInfo {
  return {
    ...articleRef(article),
    paragraphs: article.paragraphs.length,
    people: analysis.people.filter((entity) => entity.kind === 'person').length,
    quotes: analysis.quotes.length,
  };
}

function attributionOf(article: Article, paragraph: number): Attribution {
  return { ...articleRef(article), articleId: article.id, paragraph };
}

function quoteItem(article: Article, quote: Quote): QuoteItem {
  const paragraph = paragraphAt(article, quote.paragraph);
  return {
    text: quote.text,
    speaker: quote.speaker,
    partial: quote.partial,
    attribution: attributionOf(article, quote.paragraph),
    context: paragraph ? sentenceAround(paragraph.text, quote.text) : quote.text,
  };
}

/** The sentence of `text` that contains `fragment`, so a partial quote keeps its reporter's framing. */
export function sentenceAround(text: string, fragment: string): string {
  const start = text.indexOf(fragment.slice(0, 40));
  if (start < 0) return text;
  const before = text.slice(0, start);
  const sentenceStart = Math.max(
    0,
    ...[...before.matchAll(/[.!?]["'”’]?\s+(?=["'“‘]?[A-Z])/g)].map((match) => match.index + match[0].length),
  );
  const afterFragment = start + fragment.length;
  const end = /[.!?]["'”’]?(?=\s+["'“‘]?[A-Z]|\s*$)/g;
  end.lastIndex = afterFragment;
  const stop = end.exec(text);
  return text.slice(sentenceStart, stop ? stop.index + stop[0].length : text.length).trim();
}

/** Ranges where any of the forms occur as whole words, case-insensitively. */
function findForms(text: string, forms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const form of forms) {
    const needle = form.toLowerCase();
    if (needle.length < 2) continue;
    let from = lower.indexOf(needle);
    while (from >= 0) {
      const end = from + needle.length;
      const wordStart = from === 0 || !/[\p{L}\p{N}]/u.test(lower[from - 1] ?? '');
      const wordEnd = end === lower.length || !/[\p{L}\p{N}]/u.test(lower[end] ?? '');
      if (wordStart && wordEnd) ranges.push([from, end]);
      from = lower.indexOf(needle, end);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
