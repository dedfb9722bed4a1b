/**
 * The analysis stage: Article in, Analysis out, a pure function of the paragraphs.
 *
 *   entities.ts     who and what the article names (people, organisations, places), with roles
 *   mentions.ts     where each is mentioned, by name, alias or the role the article links to them
 *   attribution.ts  which quotations are speech and who said them
 *   summary.ts      key points, key people and key quotes
 *
 * Quotations are read in body paragraphs and the standfirst; captions name people but carry no
 * speech; headings are skipped.
 */
import type { Article } from '../corpus/types.js';
import { attributeQuotes } from './attribution.js';
import { discoverEntities } from './entities.js';
import { findMentions, type Mention } from './mentions.js';
import { shareSpeakerOverReopenedStretches } from './quote-marks.js';
import { summarise } from './summary.js';
import type { Analysis, Entity } from './types.js';

/** Reads one article: who is in it, what they said, and what matters most. */
export function analyseArticle(article: Article): Analysis {
  const drafts = discoverEntities(article.paragraphs);
  const paragraphsOf = new Map(drafts.map((draft) => [draft.name, new Set<number>()]));
  const mentionsByParagraph = new Map<number, Mention[]>();
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    const mentions = findMentions(paragraph, drafts);
    mentionsByParagraph.set(paragraph.n, mentions);
    for (const mention of mentions) paragraphsOf.get(mention.entity.name)?.add(paragraph.n);
  }
  const quotes = attributeQuotes(article.paragraphs, drafts, mentionsByParagraph);
  shareSpeakerOverReopenedStretches(article.paragraphs, quotes);
  // A paragraph that is someone's words is about them even when it never names them.
  for (const quote of quotes)
    if (quote.speaker !== null) paragraphsOf.get(quote.speaker)?.add(quote.paragraph);
  const people: Entity[] = drafts.map((draft) => ({
    name: draft.name,
    kind: draft.kind,
    aliases: draft.aliases,
    role: draft.role,
    paragraphs: [...(paragraphsOf.get(draft.name) ?? [])].sort((a, b) => a - b),
  }));
  return { people, quotes, summary: summarise(article, people, quotes) };
}
