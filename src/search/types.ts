import type { Analysis } from '../analysis/types.js';
import type { Article } from '../corpus/types.js';

/** An article after every stage before indexing has run on it. */
export interface AnalysedArticle {
  article: Article;
  analysis: Analysis;
}

/** Character ranges [start, end) of a text that matched the query, for renderers to emphasise. */
export type Highlight = readonly [start: number, end: number];

export interface PassageMatch {
  articleId: string;
  /** Paragraph.n */
  paragraph: number;
  /** 0 (perfect) to 1 (barely), comparable across one query's results. */
  score: number;
  highlights: Highlight[];
}

/** A name (entity, speaker) matched across the corpus. One entry per distinct canonical name. */
export interface NameMatch {
  name: string;
  /** Articles in which an entity with this canonical name appears, most mentions first. */
  articleIds: string[];
  /** 0 (perfect) to 1 (barely). */
  score: number;
}

export interface ArticleMatch {
  articleId: string;
  score: number;
}

/**
 * The searchable corpus. Built once from analysed articles; every lookup is read-only, so a
 * rebuilt Library can replace the old one atomically.
 */
export interface Library {
  readonly articles: readonly AnalysedArticle[];
  article(id: string): AnalysedArticle | undefined;
  /** Ranked passages (all paragraph kinds but headings) for free text; typo- and variant-tolerant. */
  searchPassages(query: string, options: { limit: number; articleId?: string }): PassageMatch[];
  /**
   * People, organisations and places whose name or alias matches `query`, best first. An empty
   * query lists the most mentioned, for autocomplete before the user types.
   */
  findEntities(query: string, limit: number): NameMatch[];
  /** As findEntities, restricted to entities that are the speaker of at least one quotation. */
  findSpeakers(query: string, limit: number): NameMatch[];
  /** Articles by id or title; an empty query lists the newest first. */
  findArticles(query: string, limit: number): ArticleMatch[];
}
