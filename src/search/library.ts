import Fuse from 'fuse.js';
import type { AnalysedArticle, ArticleMatch, Library, NameMatch, PassageMatch } from './types.js';

interface PassageDoc {
  articleId: string;
  paragraph: number;
  text: string;
}

/** Builds the searchable corpus from analysed articles. */
export function buildLibrary(articles: readonly AnalysedArticle[]): Library {
  const byId = new Map(articles.map((entry) => [entry.article.id, entry]));
  const passages: PassageDoc[] = articles.flatMap(({ article }) =>
    article.paragraphs
      .filter((paragraph) => paragraph.kind !== 'heading')
      .map((paragraph) => ({ articleId: article.id, paragraph: paragraph.n, text: paragraph.text })),
  );
  const passageIndex = new Fuse(passages, {
    keys: ['text'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 3,
    useExtendedSearch: false,
  });
  const entityNames = collectNames(articles, () => true);
  const speakerNames = collectNames(articles, (name, entry) =>
    entry.analysis.quotes.some((quote) => quote.speaker === name),
  );
  const articleIndex = new Fuse(
    articles.map(({ article }) => ({ id: article.id, title: article.title })),
    { keys: ['id', 'title'], includeScore: true, threshold: 0.5, ignoreLocation: true },
  );

  return {
    articles,
    article: (id) => byId.get(id),
    searchPassages(query, { limit, articleId }) {
      if (query.trim() === '') return [];
      return passageIndex
        .search(query)
        .filter((hit) => articleId === undefined || hit.item.articleId === articleId)
        .slice(0, limit)
        .map(
          (hit): PassageMatch => ({
            articleId: hit.item.articleId,
            paragraph: hit.item.paragraph,
            score: hit.score ?? 1,
            highlights: (hit.matches ?? []).flatMap((match) =>
              match.indices.map(([start, end]) => [start, end + 1] as const),
            ),
          }),
        );
    },
    findEntities: (query, limit) => entityNames.find(query, limit),
    findSpeakers: (query, limit) => speakerNames.find(query, limit),
    findArticles(query, limit) {
      if (query.trim() === '') {
        return [...articles]
          .sort((a, b) => (b.article.published ?? '').localeCompare(a.article.published ?? ''))
          .slice(0, limit)
          .map((entry): ArticleMatch => ({ articleId: entry.article.id, score: 0 }));
      }
      return articleIndex
        .search(query, { limit })
        .map((hit) => ({ articleId: hit.item.id, score: hit.score ?? 1 }));
    },
  };
}

interface NameEntry {
  name: string;
  forms: string[];
  articleIds: string[];
  mentions: number;
}

function collectNames(
  articles: readonly AnalysedArticle[],
  include: (name: string, entry: AnalysedArticle) => boolean,
): { find(query: string, limit: number): NameMatch[] } {
  const byName = new Map<string, NameEntry>();
  for (const entry of articles) {
    for (const entity of entry.analysis.people) {
      if (!include(entity.name, entry)) continue;
      const existing = byName.get(entity.name) ?? {
        name: entity.name,
        forms: [entity.name],
        articleIds: [],
        mentions: 0,
      };
      existing.forms.push(...entity.aliases);
      existing.articleIds.push(entry.article.id);
      existing.mentions += entity.paragraphs.length;
      byName.set(entity.name, existing);
    }
  }
  const entries = [...byName.values()];
  const fuse = new Fuse(entries, { keys: ['name', 'forms'], includeScore: true, threshold: 0.45 });
  return {
    find(query, limit) {
      if (query.trim() === '') {
        return [...entries]
          .sort((a, b) => b.mentions - a.mentions)
          .slice(0, limit)
          .map((item) => ({ name: item.name, articleIds: item.articleIds, score: 0 }));
      }
      return fuse
        .search(query, { limit })
        .map((hit) => ({ name: hit.item.name, articleIds: hit.item.articleIds, score: hit.score ?? 1 }));
    },
  };
}
