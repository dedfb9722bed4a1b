import { buildNameIndex, type NamedEntry, type NameIndex } from './name-index.js';
import { buildPassageIndex } from './passage-index.js';
import { nameWordsOf } from './tokenise.js';
import type { AnalysedArticle, ArticleMatch, Library, NameMatch } from './types.js';

/** A canonical name gathered across the corpus: one entry however many articles use it. */
interface CorpusName extends NamedEntry {
  name: string;
  /** Article ids, most mentions first. */
  articleIds: string[];
}

/** Builds the searchable corpus from analysed articles. Everything a lookup needs is precomputed here. */
export function buildLibrary(articles: readonly AnalysedArticle[]): Library {
  const byId = new Map(articles.map((entry) => [entry.article.id, entry]));
  const passages = buildPassageIndex(articles);

  const entityNames = gatherNames(articles, mentionsOf);
  const speakerNames = gatherNames(articles, speakersOf);
  const entityIndex = buildNameIndex(entityNames);
  const speakerIndex = buildNameIndex(speakerNames);

  // Newest first; undated articles last, in corpus order.
  const newestFirst = articles
    .map((entry, index) => ({ id: entry.article.id, published: entry.article.published ?? '', index }))
    .sort((a, b) => b.published.localeCompare(a.published) || a.index - b.index);
  const recency = new Map(newestFirst.map((entry, rank) => [entry.id, newestFirst.length - rank]));
  const articleIndex = buildNameIndex(
    articles.map(({ article }) => ({
      forms: [article.title, article.id.replace(/-/g, ' ')],
      popularity: recency.get(article.id) ?? 0,
    })),
  );

  return {
    articles,
    article: (id) => byId.get(id),
    searchPassages: (query, options) => passages.search(query, options),
    findEntities: (query, limit) => namesFor(entityIndex, entityNames, query, limit),
    findSpeakers: (query, limit) => namesFor(speakerIndex, speakerNames, query, limit),
    findArticles(query, limit) {
      const exact = byId.get(query.trim());
      const hits = articleIndex
        .find(query, limit)
        .map((hit): ArticleMatch => ({ articleId: articles[hit.entry]?.article.id ?? '', score: hit.score }));
      if (exact === undefined) return hits;
      const rest = hits.filter((hit) => hit.articleId !== exact.article.id);
      return [{ articleId: exact.article.id, score: 0 }, ...rest].slice(0, limit);
    },
  };
}

function namesFor(index: NameIndex, names: readonly CorpusName[], query: string, limit: number): NameMatch[] {
  return index.find(query, limit).flatMap((hit) => {
    const entry = names[hit.entry];
    return entry === undefined ? [] : [{ name: entry.name, articleIds: entry.articleIds, score: hit.score }];
  });
}

/** One name as one article uses it, and how much it counts there. */
interface NameInArticle {
  name: string;
  aliases: readonly string[];
  weight: number;
}

function mentionsOf(entry: AnalysedArticle): NameInArticle[] {
  return entry.analysis.people.map((entity) => ({ ...entity, weight: entity.paragraphs.length }));
}

/** Speakers weighted by quotations; a speaker the analysis did not list as an entity still counts. */
function speakersOf(entry: AnalysedArticle): NameInArticle[] {
  const quoteCounts = new Map<string, number>();
  for (const quote of entry.analysis.quotes) {
    if (quote.speaker !== null) quoteCounts.set(quote.speaker, (quoteCounts.get(quote.speaker) ?? 0) + 1);
  }
  return [...quoteCounts].map(([name, weight]) => ({
    name,
    aliases: entry.analysis.people.find((entity) => entity.name === name)?.aliases ?? [],
    weight,
  }));
}

/** Merges names that are the same canonical name (compared without case or accents) across articles. */
function gatherNames(
  articles: readonly AnalysedArticle[],
  namesIn: (entry: AnalysedArticle) => NameInArticle[],
): CorpusName[] {
  const byKey = new Map<string, { name: string; forms: Set<string>; perArticle: Map<string, number> }>();
  for (const entry of articles) {
    for (const { name, aliases, weight } of namesIn(entry)) {
      const key = nameWordsOf(name).join(' ');
      if (key === '') continue;
      let gathered = byKey.get(key);
      if (gathered === undefined) {
        gathered = { name, forms: new Set([name]), perArticle: new Map() };
        byKey.set(key, gathered);
      }
      for (const alias of aliases) gathered.forms.add(alias);
      const id = entry.article.id;
      gathered.perArticle.set(id, (gathered.perArticle.get(id) ?? 0) + Math.max(1, weight));
    }
  }
  return [...byKey.values()].map(({ name, forms, perArticle }) => {
    const ranked = [...perArticle].sort((a, b) => b[1] - a[1]);
    return {
      name,
      forms: [...forms],
      articleIds: ranked.map(([id]) => id),
      popularity: ranked.reduce((sum, [, weight]) => sum + weight, 0),
    };
  });
}
