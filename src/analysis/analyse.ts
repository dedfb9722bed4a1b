import type { Article } from '../corpus/types.js';
import type { Analysis } from './types.js';

/** Reads one article: who is in it, what they said, and what matters most. */
export function analyseArticle(article: Article): Analysis {
  return {
    people: [],
    quotes: [],
    summary: {
      title: article.title,
      source: article.source,
      published: article.published,
      keyPoints: [],
      people: [],
      quotes: [],
    },
  };
}
