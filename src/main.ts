#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { analyseArticle } from './analysis/analyse.js';
import { answerQuestion } from './answers/answer.js';
import { parseQuestion } from './answers/question.js';
import { type Invocation, parseInvocation, UsageError } from './cli/args.js';
import { renderInspectText } from './cli/render-inspect.js';
import { answerToJson, articleToJson } from './cli/render-json.js';
import { renderAnswerText } from './cli/render-text.js';
import { runTerminal } from './cli/terminal.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { ArticleFileError, describeCorpusProblem } from './corpus/errors.js';
import { parseArticleFile } from './corpus/parse.js';
import type { CorpusProblem } from './corpus/types.js';
import { type RunningBot, startBot } from './discord/bot.js';
import { deployCommands } from './discord/deploy.js';
import { DiscordStartError } from './discord/errors.js';
import { type RunningShards, startShards } from './discord/sharding.js';
import { type LiveLibrary, type OpenedLibrary, openLibrary, watchLibrary } from './library.js';
import { createLogger } from './log.js';

/** Exit codes: 0 answered, 1 nothing matched or problems found, 2 the command line or config is wrong. */
const EXIT_USAGE = 2;

export async function main(argv: readonly string[]): Promise<number> {
  let invocation: Invocation;
  let config: Config;
  try {
    invocation = parseInvocation(argv);
    config = loadConfig();
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`dossier: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }

  switch (invocation.command) {
    case 'help':
      process.stdout.write(invocation.text);
      return 0;
    case 'version':
      process.stdout.write(`${await packageVersion()}\n`);
      return 0;
    case 'inspect':
      return inspect(invocation.file, invocation.json);
    case 'ask':
      return ask(invocation.corpus ?? config.corpusDir, invocation.line, invocation.json);
    case 'check':
      return check(invocation.corpus ?? config.corpusDir);
    case 'start': {
      const corpusDir = invocation.corpus ?? config.corpusDir;
      if (config.discord === null) {
        if (invocation.shards !== undefined) {
          process.stderr.write('dossier: --shards needs DISCORD_TOKEN (see .env.example).\n');
          return EXIT_USAGE;
        }
        return startTerminal(corpusDir);
      }
      const shards = invocation.shards ?? config.discord.shards;
      return shards === undefined
        ? startDiscord(config, corpusDir)
        : startShardedDiscord({ ...config, discord: { ...config.discord, shards } }, corpusDir);
    }
    case 'deploy':
      return deploy(config, invocation.guild);
  }
}

async function startDiscord(config: Config, corpusDir: string): Promise<number> {
  const token = config.discord?.token;
  const logger = createLogger({ level: config.logLevel, secrets: token === undefined ? [] : [token] });
  let live: LiveLibrary;
  try {
    live = await watchLibrary(corpusDir, { logger });
  } catch (error) {
    process.stderr.write(`dossier: ${describeCorpusFolderError(corpusDir, error)}\n`);
    return 1;
  }
  let bot: RunningBot;
  let lostGateway: string | null = null;
  let endRun: () => void = () => undefined;
  try {
    bot = await startBot(config, live.current, {
      logger,
      // discord.js will not reconnect after these closes; leaving is better than a silent bot.
      onGatewayLost: (message) => {
        lostGateway = message;
        endRun();
      },
    });
  } catch (error) {
    live.close();
    return reportDiscordFailure(error);
  }
  logger.info('corpus', { dir: corpusDir, articles: live.current().articles.length });
  await new Promise<void>((resolve) => {
    const shutdown = (reason: string) => {
      logger.info('shutting down', { reason });
      live.close();
      void bot.stop().finally(resolve);
    };
    endRun = () => shutdown('gateway closed for good');
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  if (lostGateway !== null) {
    process.stderr.write(`dossier: ${lostGateway}\n`);
    return 1;
  }
  return 0;
}

/**
 * One process per shard. The corpus is opened here first, so the analysis cache is warm and
 * the shards read it instead of each analysing the corpus again.
 */
async function startShardedDiscord(config: Config, corpusDir: string): Promise<number> {
  const token = config.discord?.token;
  const logger = createLogger({ level: config.logLevel, secrets: token === undefined ? [] : [token] });
  const articles = await warmAnalysisCache(corpusDir);
  if (articles === undefined) return 1;
  logger.info('corpus', { dir: corpusDir, articles });
  let shards: RunningShards;
  let fatal: string | null = null;
  let endRun: () => void = () => undefined;
  try {
    shards = await startShards(config, corpusDir, {
      logger,
      onFatal: (message) => {
        fatal = message;
        endRun();
      },
    });
  } catch (error) {
    return reportDiscordFailure(error);
  }
  logger.info('shards ready', { count: shards.count });
  await new Promise<void>((resolve) => {
    const shutdown = (reason: string) => {
      logger.info('shutting down', { reason });
      void shards.stop().finally(resolve);
    };
    endRun = () => shutdown('a shard cannot go on');
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  if (fatal !== null) {
    process.stderr.write(`dossier: ${fatal}\n`);
    return 1;
  }
  return 0;
}

async function deploy(config: Config, guild: string | undefined): Promise<number> {
  try {
    const result = await deployCommands(config, guild === undefined ? {} : { guildId: guild });
    const where =
      result.scope === 'guild' ? `server ${result.guildId}` : 'every server (may take up to an hour)';
    process.stdout.write(
      `Registered ${result.commands.map(describeRegisteredCommand).join(', ')} for ${where}.\n`,
    );
    return 0;
  } catch (error) {
    return reportDiscordFailure(error);
  }
}

async function inspect(file: string, json: boolean): Promise<number> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    process.stderr.write(`dossier: cannot read ${file}: ${describeFsError(error)}\n`);
    return 1;
  }
  let parsed: ReturnType<typeof parseArticleFile>;
  try {
    parsed = parseArticleFile(raw, file);
  } catch (error) {
    if (!(error instanceof ArticleFileError)) throw error;
    process.stderr.write(`dossier: ${describeCorpusProblem({ file, reason: error.reason })}\n`);
    return 1;
  }
  for (const reason of parsed.warnings)
    process.stderr.write(`dossier: ${describeCorpusProblem({ file, reason })}\n`);
  const { article } = parsed;
  const analysis = analyseArticle(article);
  process.stdout.write(
    json
      ? `${JSON.stringify(articleToJson(article, analysis), null, 2)}\n`
      : renderInspectText(article, analysis),
  );
  return 0;
}

async function ask(corpusDir: string, line: string, json: boolean): Promise<number> {
  const parsed = parseQuestion(line);
  if (!parsed.ok) {
    process.stderr.write(`dossier: ${parsed.message}\n`);
    return EXIT_USAGE;
  }
  const opened = await openCorpus(corpusDir);
  if (opened === undefined) return 1;
  const { library, problems } = opened;
  reportProblems(problems);
  const answer = answerQuestion(library, parsed.question);
  process.stdout.write(
    json
      ? `${JSON.stringify(answerToJson(parsed.question, answer), null, 2)}\n`
      : renderAnswerText(answer, { color: process.stdout.isTTY === true }),
  );
  return answer.kind === 'not-found' || answer.kind === 'invalid' ? 1 : 0;
}

async function check(corpusDir: string): Promise<number> {
  const opened = await openCorpus(corpusDir);
  if (opened === undefined) return 1;
  const { library, problems } = opened;
  for (const problem of problems) process.stdout.write(`${describeCorpusProblem(problem)}\n`);
  const count = library.articles.length;
  process.stdout.write(
    `${count} ${count === 1 ? 'article' : 'articles'} loaded, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.\n`,
  );
  return problems.length > 0 ? 1 : 0;
}

async function startTerminal(corpusDir: string): Promise<number> {
  const opened = await openCorpus(corpusDir);
  if (opened === undefined) return 1;
  const { library, problems } = opened;
  reportProblems(problems);
  const interactive = process.stdin.isTTY === true;
  const onScreen = interactive && process.stdout.isTTY === true;
  await runTerminal(() => library, process.stdin, process.stdout, {
    interactive,
    color: onScreen,
    ...(onScreen ? { width: process.stdout.columns } : {}),
  });
  return 0;
}

/**
 * Opens the corpus once so its analyses are cached for the shards, and lets the library go: the
 * manager answers nothing itself. The article count, or undefined after saying why not.
 */
async function warmAnalysisCache(corpusDir: string): Promise<number | undefined> {
  const opened = await openCorpus(corpusDir);
  if (opened === undefined) return undefined;
  reportProblems(opened.problems);
  return opened.library.articles.length;
}

/** One line for a failure a user can fix (exit 2) or Discord refused (exit 1); anything else is a bug. */
function reportDiscordFailure(error: unknown): number {
  if (error instanceof ConfigError || error instanceof DiscordStartError) {
    process.stderr.write(`dossier: ${error.message}\n`);
    return error instanceof ConfigError ? EXIT_USAGE : 1;
  }
  throw error;
}

/** Slash commands have lowercase one-word names; a menu command's name is the label people see. */
function describeRegisteredCommand(name: string): string {
  return /^[\p{Ll}\p{N}_-]+$/u.test(name) ? `/${name}` : `"${name}"`;
}

/** The corpus, or undefined after telling the user in one line why the folder cannot be read. */
async function openCorpus(corpusDir: string): Promise<OpenedLibrary | undefined> {
  try {
    return await openLibrary(corpusDir);
  } catch (error) {
    process.stderr.write(`dossier: ${describeCorpusFolderError(corpusDir, error)}\n`);
    return undefined;
  }
}

function describeCorpusFolderError(corpusDir: string, error: unknown): string {
  return `cannot read the corpus folder ${corpusDir}: ${describeFsError(error)} (set --corpus DIR or CORPUS_DIR)`;
}

function reportProblems(problems: readonly CorpusProblem[]): void {
  for (const problem of problems)
    process.stderr.write(`dossier: skipped ${describeCorpusProblem(problem)}\n`);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'ENOTDIR') return 'it is a file, not a folder';
  return error instanceof Error ? error.message : String(error);
}

async function packageVersion(): Promise<string> {
  const raw = await readFile(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(raw) as { version: string }).version;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `dossier: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
