import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerQuestion } from '../answers/answer.js';
import { parseQuestion } from '../answers/question.js';
import type { Library } from '../search/types.js';
import { renderAnswerText, wrapForTerminal } from './render-text.js';

export interface TerminalOptions {
  /** A person at a keyboard: show a greeting and a prompt. Otherwise answer each line and be quiet. */
  interactive: boolean;
  color: boolean;
  /** Columns to wrap answers at; undefined leaves lines whole (for pipes and files). */
  width?: number;
}

const QUIT = new Set(['/quit', '/exit', 'quit', 'exit']);

/**
 * The bot's commands in a terminal: one answer per line typed. Resolves at end of input or /quit.
 * `library` is read at each line, so a reloaded corpus is used from the next question on.
 */
export async function runTerminal(
  library: () => Library,
  input: Readable,
  output: Writable,
  options: TerminalOptions,
): Promise<void> {
  const lines = createInterface({
    input,
    output: options.interactive ? output : undefined,
    terminal: options.interactive,
  });
  if (options.interactive) {
    const count = library().articles.length;
    output.write(
      `Dossier: ${count} ${count === 1 ? 'article' : 'articles'} loaded. Type /help for the commands, /quit to leave.\n`,
    );
    lines.setPrompt('dossier> ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (QUIT.has(line.trim().toLowerCase())) break;
    if (line.trim() !== '') {
      const answer = answerLine(library(), line, options.color);
      output.write(`${options.width === undefined ? answer : wrapForTerminal(answer, options.width)}\n`);
    }
    if (options.interactive) lines.prompt();
  }
  lines.close();
}

/** One typed line to its rendered answer; every problem becomes a polite line, never an exception. */
export function answerLine(library: Library, line: string, color: boolean): string {
  const parsed = parseQuestion(line);
  if (!parsed.ok) return `${parsed.message}\n`;
  return renderAnswerText(answerQuestion(library, parsed.question), { color });
}
