import {
  describeArticle,
  describeAttribution,
  describeOtherArticles,
  describeSourceAndDate,
} from '../answers/format.js';
import type { Answer, Attribution, Highlight, Passage, QuoteItem } from '../answers/types.js';

export interface TextStyle {
  /** Emphasise matched words with ANSI bold; only for a real terminal. */
  color: boolean;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Renders an answer for a terminal: plain lines, attribution under every passage. */
export function renderAnswerText(answer: Answer, style: TextStyle): string {
  const bold = (text: string) => (style.color ? `${BOLD}${text}${RESET}` : text);
  const dim = (text: string) => (style.color ? `${DIM}${text}${RESET}` : text);
  const lines: string[] = [];

  switch (answer.kind) {
    case 'search':
      lines.push(bold(`${plural(answer.passages.length, 'passage')} for “${answer.query}”`), '');
      answer.passages.forEach((passage, index) => {
        lines.push(...renderPassage(passage, index + 1, style), '');
      });
      break;
    case 'who':
      for (const match of answer.matches) {
        const role = match.role ? ` — ${match.role}` : '';
        lines.push(bold(`${match.name}${role}`));
        const facts: string[] = [match.entityKind];
        if (match.aliases.length > 0) facts.push(`also: ${match.aliases.join(', ')}`);
        if (match.quoteCount > 0) facts.push(`${plural(match.quoteCount, 'quotation')} (/quote)`);
        lines.push(dim(facts.join(' · ')), dim(`in ${describeArticle(match.article)}`), '');
        for (const mention of match.mentions) {
          lines.push(...renderPassage(mention, undefined, style, 'paragraph-only'), '');
        }
      }
      pushIfAny(lines, describeOtherArticles(answer.otherArticles), '');
      break;
    case 'quote':
      lines.push(bold(`${plural(answer.quotes.length, 'quotation')} from ${answer.speaker}`));
      answer.quotes.forEach((quote, index) => {
        if (quote.attribution.articleId !== answer.quotes[index - 1]?.attribution.articleId) {
          lines.push(dim(`in ${describeArticle(quote.attribution)}`));
        }
        lines.push('', ...renderQuote(quote, style, 'paragraph-only'));
      });
      lines.push('');
      pushIfAny(lines, describeOtherArticles(answer.otherArticles), '');
      break;
    case 'summary': {
      lines.push(bold(answer.article.title));
      const sourceAndDate = describeSourceAndDate(answer.article);
      if (sourceAndDate) lines.push(dim(sourceAndDate));
      if (answer.article.url) lines.push(dim(answer.article.url));
      lines.push('', bold('Key points'));
      for (const point of answer.keyPoints) lines.push(`• ${point.text} ${dim(`(¶${point.paragraph})`)}`);
      if (answer.people.length > 0) {
        lines.push('', bold('Key people'));
        for (const person of answer.people)
          lines.push(`• ${person.name}${person.role ? ` — ${person.role}` : ''}`);
      }
      if (answer.quotes.length > 0) {
        lines.push('', bold('Key quotes'));
        for (const quote of answer.quotes) lines.push(...renderQuote(quote, style, 'paragraph-only'));
      }
      lines.push('');
      break;
    }
    case 'article':
      for (const article of answer.articles) {
        lines.push(bold(article.title));
        lines.push(dim(describeSourceAndDate(article) || 'source and date unknown'));
        if (article.url) lines.push(dim(article.url));
        lines.push(
          `id ${article.id} · ${plural(article.paragraphs, 'paragraph')} · ${plural(article.people, 'person', 'people')} · ${plural(article.quotes, 'quotation')}`,
          '',
        );
      }
      break;
    case 'help':
      lines.push(bold('Commands'));
      for (const command of answer.commands) {
        lines.push(
          `  ${command.usage.padEnd(22)} ${command.description}`,
          dim(`  ${''.padEnd(22)} e.g. ${command.example}`),
        );
      }
      lines.push(
        '',
        dim('Add article:<id> to any command to ask about one article. A line without a / searches.'),
        '',
      );
      break;
    case 'not-found':
      lines.push(answer.message);
      for (const suggestion of answer.suggestions) lines.push(`  • ${suggestion}`);
      lines.push('');
      break;
    case 'invalid':
      lines.push(answer.message, '');
      break;
  }
  return lines.join('\n');
}

/** Where the article is already named above, a paragraph number is all the attribution a line needs. */
type AttributionDetail = 'full' | 'paragraph-only';

function attributionText(attribution: Attribution, detail: AttributionDetail): string {
  return detail === 'full' ? describeAttribution(attribution) : `¶${attribution.paragraph}`;
}

function renderPassage(
  passage: Passage,
  rank: number | undefined,
  style: TextStyle,
  detail: AttributionDetail = 'full',
): string[] {
  const text = style.color ? emphasise(passage.text, passage.highlights) : passage.text;
  const prefix = rank === undefined ? '' : `${rank}. `;
  const attribution = attributionText(passage.attribution, detail);
  return [`${prefix}${text}`, style.color ? `${DIM}   — ${attribution}${RESET}` : `   — ${attribution}`];
}

function renderQuote(quote: QuoteItem, style: TextStyle, detail: AttributionDetail): string[] {
  const speaker = quote.speaker ?? 'Unattributed';
  const lines = [`“${quote.text}”`, `   — ${speaker}, ${attributionText(quote.attribution, detail)}`];
  if (quote.partial && quote.context !== quote.text) {
    lines.push(
      style.color ? `${DIM}   in context: ${quote.context}${RESET}` : `   in context: ${quote.context}`,
    );
  }
  return lines;
}

function emphasise(text: string, highlights: readonly Highlight[]): string {
  let result = '';
  let cursor = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    result += `${text.slice(cursor, start)}${BOLD}${text.slice(start, end)}${RESET}`;
    cursor = end;
  }
  return result + text.slice(cursor);
}

function pushIfAny(lines: string[], line: string | null, ...after: string[]): void {
  if (line !== null) lines.push(line, ...after);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Wraps each line at word boundaries to the terminal's width, continuing under the line's own
 * indent, so long paragraphs do not break mid-word at the screen edge. Colour codes take no room.
 */
export function wrapForTerminal(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string[] {
  const visible = (part: string) => part.replace(ANSI, '').length;
  if (visible(line) <= width) return [line];
  const indent = /^\s*(?:[—•]\s|\d+\.\s)?/.exec(line.replace(ANSI, ''))?.[0].replace(/\S/g, ' ') ?? '';
  const leading = /^ */.exec(line)?.[0] ?? '';
  const lines: string[] = [];
  let current = leading;
  for (const word of line.slice(leading.length).split(' ')) {
    const candidate = current.trim() === '' ? `${current}${word}` : `${current} ${word}`;
    if (current.trim() !== '' && visible(candidate) > width) {
      lines.push(current);
      current = `${indent}${word}`;
    } else {
      current = candidate;
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}
