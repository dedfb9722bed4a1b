import { analyseArticle } from '../../src/analysis/analyse.js';
import type { Analysis, Entity, Quote } from '../../src/analysis/types.js';
import { parseArticle } from '../../src/corpus/parse.js';

/** An article as a news page would give it: a headline, then blank-line-separated paragraphs. */
export function analyseText(headline: string, ...paragraphs: string[]): Analysis {
  return analyseArticle(parseArticle([headline, ...paragraphs].join('\n\n'), 'story.txt'));
}

export function quoteStartingWith(analysis: Analysis, start: string): Quote | undefined {
  return analysis.quotes.find((quote) => quote.text.startsWith(start));
}

export function entityNamed(analysis: Analysis, name: string): Entity | undefined {
  return analysis.people.find((entity) => entity.name === name || entity.aliases.includes(name));
}

export function peopleIn(analysis: Analysis): string[] {
  return analysis.people.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
}

/** The role given to `name` in a story of these paragraphs, or null. */
export function roleIn(name: string, ...paragraphs: string[]): string | null {
  return entityNamed(analyseText('Local news', ...paragraphs), name)?.role ?? null;
}

/** The speaker given to the quotation starting `start` in a story of these paragraphs. */
export function speakerOf(start: string, ...paragraphs: string[]): string | null | undefined {
  return quoteStartingWith(analyseText('Local news', ...paragraphs), start)?.speaker;
}

export function organisationsIn(analysis: Analysis): string[] {
  return analysis.people.filter((entity) => entity.kind === 'organisation').map((entity) => entity.name);
}
