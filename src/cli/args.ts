import { parseArgs } from 'node:util';
import { ConfigError, parseShardCount, type ShardCount } from '../config.js';

export type Invocation =
  | { command: 'start'; corpus: string | undefined; shards: ShardCount | undefined }
  | { command: 'ask'; corpus: string | undefined; json: boolean; line: string }
  | { command: 'inspect'; file: string; json: boolean }
  | { command: 'deploy'; guild: string | undefined }
  | { command: 'check'; corpus: string | undefined }
  | { command: 'help'; text: string }
  | { command: 'version' };

/** A command line that cannot be run as written; main prints the message on one line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const MAIN_HELP = `dossier: ask questions of news articles, in a terminal or on Discord.

Usage:
  dossier [--corpus DIR]                 Start: the Discord bot when DISCORD_TOKEN is set,
                                         otherwise an interactive session in the terminal
  dossier start [--corpus DIR] [--shards auto|N]
                                         The same, by name; --shards runs one process per shard
  dossier ask [--corpus DIR] [--json] "<command>"
                                         Answer one command and exit
  dossier inspect FILE [--json]          Show how Dossier reads one article file
  dossier check [DIR]                    List problems with the corpus files; exit 1 if any
  dossier deploy [--guild ID]            Register the slash commands with Discord

Commands inside a session or ask: /search, /who, /quote, /summary, /article, /help.
The corpus is DIR, else CORPUS_DIR, else ./corpus. Run "dossier <command> --help" for more.
`;

const HELP: Record<string, string> = {
  start: `Usage: dossier start [--corpus DIR] [--shards auto|N]

With DISCORD_TOKEN set (in the environment or .env), connects to Discord and answers slash commands.
Without it, opens an interactive session in the terminal over the corpus: type /search military bases,
/who lavrov, /quote shaibani, /summary, /help; /quit or Ctrl-D ends it. When standard input is not a
terminal, answers one command per line and exits at the end of input.
--shards auto|N (or DISCORD_SHARDS) runs the bot as N gateway shards, one process each; auto takes
Discord's recommendation. The corpus is analysed once, before the shards start.
`,
  ask: `Usage: dossier ask [--corpus DIR] [--json] "<command>"

Answers one command, e.g. dossier ask "/who lavrov", and exits: 0 when answered, 1 when nothing matched.
--json prints the answer as JSON: { command, query, results: [...] } (see README).
`,
  inspect: `Usage: dossier inspect FILE [--json]

Shows how Dossier understood one article: title, source, date, the numbered paragraphs with their kind,
what was dropped and why, the people, the quotations and the summary. --json prints the same as JSON.
`,
  check: `Usage: dossier check [DIR]

Reads every article file in DIR (default: CORPUS_DIR, else ./corpus) and lists the files Dossier cannot
use and why. Exits 1 when there are problems, 0 when every file loads.
`,
  deploy: `Usage: dossier deploy [--guild ID]

Registers Dossier's slash commands with Discord (needs DISCORD_TOKEN; DISCORD_APPLICATION_ID too when it cannot be read from the token).
With --guild (or DISCORD_GUILD_ID) they appear in that server at once; without, globally.
Running it again is safe: the command list is replaced, not duplicated.
`,
};

/** Reads argv (without node and script) into what to do. Throws UsageError for anything malformed. */
export function parseInvocation(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith('-')) {
    if (first === '--version' || first === '-v') return { command: 'version' };
    if (first === '--help' || first === '-h') return { command: 'help', text: MAIN_HELP };
    const { values } = parse(argv, START_OPTIONS, 0);
    if (values.help) return { command: 'help', text: MAIN_HELP };
    return startInvocation(values);
  }
  switch (first) {
    case 'help':
      return { command: 'help', text: (rest[0] && HELP[rest[0]]) || MAIN_HELP };
    case 'start': {
      const { values } = parse(rest, START_OPTIONS, 0);
      if (values.help) return helpFor('start');
      return startInvocation(values);
    }
    case 'ask': {
      const { values, positionals } = parse(
        rest,
        { corpus: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        Number.POSITIVE_INFINITY,
      );
      if (values.help) return helpFor('ask');
      const line = positionals.join(' ').trim();
      if (line === '') throw new UsageError('ask needs a command, e.g. dossier ask "/search military bases"');
      return { command: 'ask', corpus: stringOption(values.corpus), json: values.json === true, line };
    }
    case 'inspect': {
      const { values, positionals } = parse(
        rest,
        { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        1,
      );
      if (values.help) return helpFor('inspect');
      const file = positionals[0];
      if (file === undefined)
        throw new UsageError('inspect needs a file, e.g. dossier inspect corpus/article.txt');
      return { command: 'inspect', file, json: values.json === true };
    }
    case 'check': {
      const { values, positionals } = parse(rest, { help: { type: 'boolean', short: 'h' } }, 1);
      if (values.help) return helpFor('check');
      return { command: 'check', corpus: positionals[0] };
    }
    case 'deploy': {
      const { values } = parse(rest, { guild: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 0);
      if (values.help) return helpFor('deploy');
      const guild = stringOption(values.guild);
      if (guild !== undefined && !/^\d{17,20}$/.test(guild)) {
        throw new UsageError(`--guild must be a server id (17-20 digits), not "${guild}"`);
      }
      return { command: 'deploy', guild };
    }
    default:
      throw new UsageError(`unknown command "${first}". Run dossier --help for the list.`);
  }
}

const START_OPTIONS: OptionSpec = {
  corpus: { type: 'string' },
  shards: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function startInvocation(values: Record<string, string | boolean | undefined>): Invocation {
  const shards = stringOption(values.shards);
  try {
    return {
      command: 'start',
      corpus: stringOption(values.corpus),
      shards: shards === undefined ? undefined : parseShardCount(shards, '--shards'),
    };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function helpFor(command: string): Invocation {
  return { command: 'help', text: HELP[command] ?? MAIN_HELP };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(args: readonly string[], options: OptionSpec, maxPositionals: number) {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // parseArgs explains unknown or malformed flags well; keep its first line and our exit code.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new UsageError(message);
  }
}

function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
