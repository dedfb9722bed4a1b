import type { ArticleRef, Attribution } from './types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-07-31" as a reader writes it: "31 July 2025". Anything unparseable is returned as given. */
export function formatPublished(iso: string | null): string | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "Source · 31 July 2025", or an empty string when the corpus knows neither. */
export function describeSourceAndDate(article: ArticleRef | Attribution): string {
  return [article.source, formatPublished(article.published)]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
}

/** "Title · Source · 31 July 2025": the line that tells a reader where a passage comes from. */
export function describeArticle(article: ArticleRef | Attribution): string {
  const sourceAndDate = describeSourceAndDate(article);
  return sourceAndDate === '' ? article.title : `${article.title} · ${sourceAndDate}`;
}

/** "¶3 · Title · Source · 31 July 2025" */
export function describeAttribution(attribution: Attribution): string {
  return `¶${attribution.paragraph} · ${describeArticle(attribution)}`;
}

/** The line under a /who or /quote answer that stops at MAX_ARTICLES_PER_NAME articles. */
export function describeOtherArticles(count: number): string | null {
  if (count <= 0) return null;
  return `…and ${count} more ${count === 1 ? 'article' : 'articles'}; ask about one with article:`;
}
