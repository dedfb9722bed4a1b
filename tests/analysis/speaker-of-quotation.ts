import { analyseText, quoteStartingWith } from './build-article.js';

/** The speaker given to the quotation starting `start` in a story of these paragraphs. */
export function speakerOf(start: string, ...paragraphs: string[]): string | null | undefined {
  return quoteStartingWith(analyseText('Local news', ...paragraphs), start)?.speaker;
}
