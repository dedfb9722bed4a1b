import { COMMAND_NAMES, isCommandName } from './commands.js';
import type { Question } from './types.js';

export type ParsedQuestion = { ok: true; question: Question } | { ok: false; message: string };

/** `article:<id>` anywhere in a line restricts the question to one article, as the slash option does. */
const ARTICLE_OPTION = /(?:^|\s)article:(\S+)/i;

/**
 * Reads a line as typed in the terminal: `/who lavrov`, `/quote shaibani article:syria-russia-mee`.
 * A line without a leading slash is a search, since that is what a bare question means.
 */
export function parseQuestion(line: string): ParsedQuestion {
  let text = line.trim();
  if (text === '') return { ok: false, message: 'Type a command, for example /search military bases.' };
  if (!text.startsWith('/')) return { ok: true, question: { command: 'search', query: text } };

  const [head = '', ...rest] = text.slice(1).split(/\s+/);
  const name = head.toLowerCase();
  if (!isCommandName(name)) {
    return {
      ok: false,
      message: `Unknown command /${head}. Try one of: ${COMMAND_NAMES.map((command) => `/${command}`).join(', ')}.`,
    };
  }
  text = rest.join(' ');
  let article: string | undefined;
  const option = ARTICLE_OPTION.exec(text);
  if (option) {
    article = option[1];
    text = text.replace(ARTICLE_OPTION, ' ').trim();
  }
  if ((name === 'summary' || name === 'article') && article === undefined && text !== '') {
    article = text;
    text = '';
  }
  const question: Question = { command: name, query: text };
  if (article !== undefined) question.article = article;
  return { ok: true, question };
}
