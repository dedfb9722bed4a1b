import type { Analysis } from '../analysis/types.js';
import { formatPublished } from '../answers/format.js';
import type { Article } from '../corpus/types.js';

/** How Dossier understood one article, for a person checking a newly added file. */
export function renderInspectText(article: Article, analysis: Analysis): string {
  const lines = [
    `Title      ${article.title}`,
    `Source     ${article.source ?? '(unknown)'}`,
    `Published  ${formatPublished(article.published) ?? '(unknown)'}`,
    `URL        ${article.url ?? '(none)'}`,
    `Byline     ${article.byline ?? '(none)'}`,
    `Id         ${article.id}`,
    '',
    `Paragraphs (${article.paragraphs.length})`,
  ];
  for (const paragraph of article.paragraphs) {
    lines.push(`  ¶${String(paragraph.n).padEnd(3)} ${paragraph.kind.padEnd(10)} ${paragraph.text}`);
  }
  lines.push('', `Dropped (${article.dropped.length})`);
  for (const block of article.dropped) lines.push(`  ${block.reason.padEnd(14)} ${block.text}`);
  lines.push('', `People, organisations and places (${analysis.people.length})`);
  for (const entity of analysis.people) {
    const role = entity.role ? ` — ${entity.role}` : '';
    const aliases = entity.aliases.length > 0 ? ` (also ${entity.aliases.join(', ')})` : '';
    lines.push(
      `  ${entity.kind.padEnd(12)} ${entity.name}${role}${aliases} ¶${entity.paragraphs.join(', ¶')}`,
    );
  }
  lines.push('', `Quotations (${analysis.quotes.length})`);
  for (const quote of analysis.quotes) {
    const kind = quote.partial ? 'partial' : 'full';
    lines.push(
      `  ¶${String(quote.paragraph).padEnd(3)} ${(quote.speaker ?? '(unattributed)').padEnd(24)} ${kind.padEnd(7)} “${quote.text}”`,
    );
  }
  return `${lines.join('\n')}\n`;
}
