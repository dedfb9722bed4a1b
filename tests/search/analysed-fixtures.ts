import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { buildLibrary } from '../../src/search/library.js';
import type { AnalysedArticle, Library, PassageMatch } from '../../src/search/types.js';

const SEED = fileURLToPath(new URL('../../corpus/syria-russia-mee.txt', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/search/', import.meta.url));

/** Runs one file through the real parsing and analysis stages. */
export function analyseFile(path: string): AnalysedArticle {
  const article = parseArticle(readFileSync(path), path);
  return { article, analysis: analyseArticle(article) };
}

export const seedPath = SEED;
export const fixturePath = (name: string): string => `${FIXTURES}${name}`;

/** The seed article plus the search fixtures, as one library. */
export function fixtureLibrary(): Library {
  return buildLibrary([
    analyseFile(SEED),
    analyseFile(fixturePath('turkey-election-bbc.txt')),
    analyseFile(fixturePath('navy-bases-reuters.txt')),
    analyseFile(fixturePath('lavrov-un-reuters.txt')),
  ]);
}

/** The text of the paragraph a match points at. */
export function passageText(library: Library, match: PassageMatch): string {
  const paragraph = library
    .article(match.articleId)
    ?.article.paragraphs.find((candidate) => candidate.n === match.paragraph);
  if (paragraph === undefined) throw new Error(`no paragraph ${match.paragraph} in ${match.articleId}`);
  return paragraph.text;
}

/** The highlighted words of a match, as a reader would see them in bold. */
export function highlightedWords(library: Library, match: PassageMatch): string[] {
  const text = passageText(library, match);
  return match.highlights.map(([start, end]) => text.slice(start, end));
}
