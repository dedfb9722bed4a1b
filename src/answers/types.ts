/**
 * Platform-neutral questions and answers. The terminal, JSON output and Discord all render these
 * same objects; nothing here knows how it will be shown.
 */
import type { EntityKind, KeyPoint } from '../analysis/types.js';
import type { Highlight } from '../search/types.js';

export type { Highlight };

export type CommandName = 'search' | 'who' | 'quote' | 'summary' | 'article' | 'help';

/** A question as a user asked it, from a terminal line or from a slash command's options. */
export interface Question {
  command: CommandName;
  /** Free text: the search query, the person's name or the speaker. Empty when the command takes none. */
  query: string;
  /** Restrict to one article: an article id or (fuzzy) title. */
  article?: string;
}

/** Where a passage comes from: enough for a reader to find it and judge it. */
export interface Attribution {
  articleId: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  paragraph: number;
}

export interface Passage {
  text: string;
  attribution: Attribution;
  highlights: Highlight[];
  /** 0 (perfect) to 1 (barely), as Fuse scores. */
  score: number;
}

export interface ArticleRef {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

export interface SearchAnswer {
  kind: 'search';
  query: string;
  passages: Passage[];
}

export interface WhoMatch {
  name: string;
  entityKind: EntityKind;
  role: string | null;
  aliases: string[];
  article: ArticleRef;
  /** Every paragraph that mentions the entity, in article order. */
  mentions: Passage[];
  /** How many quotations the corpus attributes to this entity in this article. */
  quoteCount: number;
}

export interface WhoAnswer {
  kind: 'who';
  query: string;
  /** One match per article the entity appears in, the articles naming it most first. */
  matches: WhoMatch[];
  /** Further articles that name the entity, beyond those shown; ask with `article:` for one. */
  otherArticles: number;
}

export interface QuoteItem {
  text: string;
  /** Canonical speaker name; null when the article does not say who spoke. */
  speaker: string | null;
  partial: boolean;
  attribution: Attribution;
  /** The reporter's sentence around the quotation, for context; equals `text` when there is none. */
  context: string;
}

export interface QuoteAnswer {
  kind: 'quote';
  query: string;
  speaker: string;
  /** In article order (article by article). */
  quotes: QuoteItem[];
  /** Further articles that quote the speaker, beyond those shown; ask with `article:` for one. */
  otherArticles: number;
}

export interface SummaryAnswer {
  kind: 'summary';
  article: ArticleRef;
  keyPoints: (KeyPoint & { attribution: Attribution })[];
  people: { name: string; role: string | null }[];
  quotes: QuoteItem[];
}

export interface ArticleInfo extends ArticleRef {
  paragraphs: number;
  people: number;
  quotes: number;
}

export interface ArticleAnswer {
  kind: 'article';
  articles: ArticleInfo[];
}

export interface CommandHelp {
  command: CommandName;
  usage: string;
  description: string;
  example: string;
}

export interface HelpAnswer {
  kind: 'help';
  commands: CommandHelp[];
}

/** Nothing matched well enough: say so and offer the nearest names instead of a bare "not found". */
export interface NotFoundAnswer {
  kind: 'not-found';
  command: CommandName;
  query: string;
  /** What was looked for, for the message: "person", "speaker", "article" or "passage". */
  looking: 'person' | 'speaker' | 'article' | 'passage';
  suggestions: string[];
  /** A sentence for the user: what went wrong and what to try. */
  message: string;
}

/** The question itself could not be answered as asked (empty query, unknown command, ...). */
export interface InvalidAnswer {
  kind: 'invalid';
  message: string;
}

export type Answer =
  | SearchAnswer
  | WhoAnswer
  | QuoteAnswer
  | SummaryAnswer
  | ArticleAnswer
  | HelpAnswer
  | NotFoundAnswer
  | InvalidAnswer;
