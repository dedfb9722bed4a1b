import type { EntityKind } from '../analysis/types.js';
import type { Library, NameMatch } from '../search/types.js';
import { articleRef } from './answer.js';
import type { ArticleRef } from './types.js';

export interface NameSuggestion {
  name: string;
  role: string | null;
  kind: EntityKind;
}

/**
 * Names to offer while someone types (every keystroke, so only the matched names' own articles
 * are read). People and organisations come before places, which are rarely what is asked about,
 * keeping the index's ranking within each group. An empty field lists the most mentioned.
 */
export function suggestNames(
  library: Library,
  typed: string,
  among: 'entities' | 'speakers',
  limit: number,
): NameSuggestion[] {
  const matches =
    among === 'entities' ? library.findEntities(typed, limit) : library.findSpeakers(typed, limit);
  const suggestions = matches.flatMap((match) => describeName(library, match));
  const isPlace = (suggestion: NameSuggestion) => Number(suggestion.kind === 'place');
  return suggestions.sort((a, b) => isPlace(a) - isPlace(b));
}

/** Articles to offer for an `article:` field: by id or title, the newest first when empty. */
export function suggestArticles(library: Library, typed: string, limit: number): ArticleRef[] {
  return library.findArticles(typed, limit).flatMap((match) => {
    const entry = library.article(match.articleId);
    return entry ? [articleRef(entry.article)] : [];
  });
}

/** The name's kind where the index found it first, and the first role any of its articles states. */
function describeName(library: Library, match: NameMatch): NameSuggestion[] {
  let found: NameSuggestion | undefined;
  for (const id of match.articleIds) {
    const entity = library.article(id)?.analysis.people.find((candidate) => candidate.name === match.name);
    if (!entity) continue;
    found ??= { name: entity.name, role: null, kind: entity.kind };
    found.role ??= entity.role;
    if (found.role !== null) break;
  }
  return found ? [found] : [];
}
