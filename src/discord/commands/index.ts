import { articleCommand } from './article.js';
import { findInArticleCommand } from './find-in-article.js';
import { helpCommand } from './help.js';
import { quoteCommand } from './quote.js';
import { searchCommand } from './search.js';
import { summaryCommand } from './summary.js';
import type { BotCommand } from './types.js';
import { whoCommand } from './who.js';

/** Every command Dossier registers and answers; deploy and dispatch both read this list. */
export const BOT_COMMANDS: readonly BotCommand[] = [
  whoCommand,
  quoteCommand,
  searchCommand,
  summaryCommand,
  articleCommand,
  helpCommand,
  findInArticleCommand,
];
