import type { CommandHelp, CommandName } from './types.js';

/**
 * The commands Dossier answers, described once for every face: the terminal's help, the Discord
 * `/help` embed and the slash-command descriptions all read this list.
 */
export const COMMANDS: readonly CommandHelp[] = [
  {
    command: 'search',
    usage: '/search <words>',
    description: 'The passages that best match your words, with paragraph numbers.',
    example: '/search military bases',
  },
  {
    command: 'who',
    usage: '/who <name>',
    description: 'Who someone is, their role as the article states it, and where they are mentioned.',
    example: '/who lavrov',
  },
  {
    command: 'quote',
    usage: '/quote <speaker>',
    description: "A speaker's quotations, verbatim, in article order.",
    example: '/quote shaibani',
  },
  {
    command: 'summary',
    usage: '/summary [article]',
    description: 'Headline, source, date, key points, key people and a key quote.',
    example: '/summary',
  },
  {
    command: 'article',
    usage: '/article [article]',
    description: "An article's details, or the list of articles in the corpus.",
    example: '/article',
  },
  {
    command: 'help',
    usage: '/help',
    description: 'This list.',
    example: '/help',
  },
];

export const COMMAND_NAMES: readonly CommandName[] = COMMANDS.map((entry) => entry.command);

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
