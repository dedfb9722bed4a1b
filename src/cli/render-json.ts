import type { Analysis } from '../analysis/types.js';
import { articleRef } from '../answers/answer.js';
import type { Answer, Attribution, Question, QuoteItem } from '../answers/types.js';
import type { Article } from '../corpus/types.js';

/**
 * The JSON contract of `dossier ask --json`, documented in the README. Field names are part of the
 * contract: add fields, never rename or remove them.
 */
export function answerToJson(question: Question, answer: Answer): Record<string, unknown> {
  const base = { command: question.command, query: question.query };
  switch (answer.kind) {
    case 'search':
      return {
        ...base,
        results: answer.passages.map((passage) => ({
          ...articleFields(passage.attribution),
          text: passage.text,
          score: round(passage.score),
        })),
      };
    case 'who':
      return {
        ...base,
        results: answer.matches.map((match) => ({
          name: match.name,
          kind: match.entityKind,
          role: match.role,
          aliases: match.aliases,
          article: match.article.id,
          title: match.article.title,
          paragraphs: match.mentions.map((mention) => mention.attribution.paragraph),
          quotes: match.quoteCount,
          mentions: match.mentions.map((mention) => ({
            paragraph: mention.attribution.paragraph,
            text: mention.text,
          })),
        })),
        otherArticles: answer.otherArticles,
      };
    case 'quote':
      return {
        ...base,
        speaker: answer.speaker,
        results: answer.quotes.map(quoteToJson),
        otherArticles: answer.otherArticles,
      };
    case 'summary':
      return {
        ...base,
        results: [
          {
            article: answer.article.id,
            title: answer.article.title,
            source: answer.article.source,
            published: answer.article.published,
            url: answer.article.url,
            keyPoints: answer.keyPoints.map((point) => ({ text: point.text, paragraph: point.paragraph })),
            people: answer.people,
            quotes: answer.quotes.map(quoteToJson),
          },
        ],
      };
    case 'article':
      return { ...base, results: answer.articles.map(({ id, ...rest }) => ({ article: id, ...rest })) };
    case 'help':
      return { ...base, results: answer.commands };
    case 'not-found':
      return { ...base, results: [], message: answer.message, suggestions: answer.suggestions };
    case 'invalid':
      return { ...base, results: [], error: answer.message };
  }
}

/** The JSON contract of `dossier inspect --json`: how Dossier understood one article. */
export function articleToJson(article: Article, analysis: Analysis): Record<string, unknown> {
  return {
    ...articleRef(article),
    byline: article.byline,
    paragraphs: article.paragraphs,
    dropped: article.dropped,
    people: analysis.people,
    quotes: analysis.quotes,
    summary: analysis.summary,
  };
}

function quoteToJson(quote: QuoteItem): Record<string, unknown> {
  return {
    text: quote.text,
    speaker: quote.speaker,
    ...articleFields(quote.attribution),
    partial: quote.partial,
    context: quote.context,
  };
}

function articleFields(attribution: Attribution): Record<string, unknown> {
  return {
    article: attribution.articleId,
    title: attribution.title,
    source: attribution.source,
    published: attribution.published,
    paragraph: attribution.paragraph,
  };
}

/** Scores to four places: enough to rank, stable enough to diff. */
function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
