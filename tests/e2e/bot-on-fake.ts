/**
 * The real bot, started as `dossier start` starts it, against a fake Discord with one server,
 * over the news corpus. Most end-to-end files need exactly this and differ only in what they log
 * and whether the cooldown is on.
 */
import type { LogLevel } from '../../src/config.js';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import type { Cooldown } from '../../src/discord/cooldown.js';
import { createLogger } from '../../src/log.js';
import type { Library } from '../../src/search/types.js';
import { newsCorpus, type TestCorpus } from './corpus.js';
import { FakeDiscord } from './fake-discord.js';
import type { Where } from './interactions.js';

export interface BotOnFake {
  fake: FakeDiscord;
  corpus: TestCorpus;
  bot: RunningBot;
  /** Stops the bot, then the fake, then removes the corpus. */
  stop(): Promise<void>;
}

export interface BotOnFakeOptions {
  token: string;
  applicationId: string;
  where: Where;
  logLevel?: LogLevel;
  /** Receives each log line as the parsed JSON object; discarded when absent. */
  onLog?: (entry: Record<string, unknown>) => void;
  /** Null turns the per-user cooldown off, for tests where one reader asks far faster than a person. */
  cooldown?: Cooldown | null;
  /** The library getter, when a test needs to watch or slow it; the news corpus otherwise. */
  library?: (corpus: TestCorpus, fake: FakeDiscord) => () => Library;
}

export async function startBotOnFake(options: BotOnFakeOptions): Promise<BotOnFake> {
  const { token, applicationId, where, logLevel = 'warn', onLog } = options;
  const corpus = await newsCorpus();
  const fake = await FakeDiscord.withOneServer({ token, applicationId }, where);
  const bot = await startBot(
    {
      discord: { token, applicationId, guildId: null, apiBase: fake.apiBase },
      corpusDir: corpus.dir,
      logLevel,
    },
    options.library?.(corpus, fake) ?? corpus.library,
    {
      logger: createLogger({
        level: logLevel,
        secrets: [token],
        write: (line) => onLog?.(JSON.parse(line) as Record<string, unknown>),
      }),
      ...(options.cooldown === undefined ? {} : { cooldown: options.cooldown }),
    },
  );
  return {
    fake,
    corpus,
    bot,
    async stop() {
      await bot.stop();
      await fake.stop();
      await corpus.remove();
    },
  };
}

/**
 * The environment for a bot process of its own connected to the fake: this process's
 * environment with the fake's settings, and without whatever would make it shard or act as a
 * shard (a ShardingManager started earlier in this process marks it as a manager).
 */
export function environmentForBotProcess(settings: {
  token: string;
  applicationId: string;
  apiBase: string;
  corpusDir: string;
  logLevel: LogLevel;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISCORD_TOKEN: settings.token,
    DISCORD_APPLICATION_ID: settings.applicationId,
    DISCORD_API_BASE: settings.apiBase,
    CORPUS_DIR: settings.corpusDir,
    LOG_LEVEL: settings.logLevel,
  };
  for (const name of [
    'DISCORD_SHARDS',
    'DISCORD_GUILD_ID',
    'SHARDING_MANAGER',
    'SHARDING_MANAGER_MODE',
    'SHARDS',
    'SHARD_COUNT',
  ]) {
    delete env[name];
  }
  return env;
}
