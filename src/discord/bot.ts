import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import type { Library } from '../search/types.js';
import { BOT_COMMANDS } from './commands/index.js';
import type { CommandContext } from './context.js';
import type { Cooldown } from './cooldown.js';
import { createInteractionHandler } from './dispatch.js';
import { DiscordStartError } from './errors.js';
import { describeDiscordFailure, GatewayClosedError } from './failures.js';
import { PageStore } from './pages.js';
import { NO_MENTIONS } from './respond.js';

export interface RunningBot {
  /** Disconnects cleanly; resolves even if the gateway does not answer. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  pages?: PageStore;
  /** How long to wait for READY and every guild before giving up. */
  readyTimeoutMs?: number;
  /** The per-user limit on costly commands; null turns it off (the dispatcher's default otherwise). */
  cooldown?: Cooldown | null;
  /**
   * Called once, with one line to show, when the gateway closes for good after start-up (a token
   * reset (4004), intents withdrawn (4014)): discord.js will not reconnect, so the process should
   * end rather than sit connected to nothing. Without it the line is logged as an error.
   */
  onGatewayLost?: (message: string) => void;
}

const STOP_TIMEOUT_MS = 5_000;

/**
 * Connects to Discord and answers interactions until stopped. Throws a DiscordStartError with one
 * clear line when the token is refused or the API cannot be reached.
 */
export async function startBot(
  config: Config,
  library: Library | (() => Library),
  { logger, pages = new PageStore(), readyTimeoutMs = 30_000, cooldown, onGatewayLost }: StartOptions = {},
): Promise<RunningBot> {
  const discord = config.discord;
  if (discord === null) {
    throw new DiscordStartError('the bot needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).');
  }
  const log = logger ?? createLogger({ level: config.logLevel, secrets: [discord.token] });
  const currentLibrary = typeof library === 'function' ? library : () => library;
  const context: CommandContext = { library: currentLibrary, pages, log };

  const client = new Client({
    // Interactions arrive without any intent; Guilds keeps channels and permissions cached.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(discord.apiBase ? { rest: { api: discord.apiBase } } : {}),
  });
  const handle = createInteractionHandler(BOT_COMMANDS, context, cooldown === undefined ? {} : { cooldown });
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (error) => log.error('client error', { error }));
  client.on(Events.Warn, (message) => log.warn('client warning', { detail: message }));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.warn('gateway disconnected', { shardId, code: event.code }),
  );
  let stopping = false;
  // discord.js reports its own shutdown as a reconnect; only a real one is worth a log line.
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) log.info('gateway reconnecting', { shardId });
  });
  if (config.logLevel === 'debug')
    client.on(Events.Debug, (message) => log.debug('discord.js', { detail: message }));

  const ready = waitForReady(client, readyTimeoutMs);
  try {
    await client.login(discord.token);
    await ready.promise;
  } catch (error) {
    ready.cancel();
    await destroyWithin(client, STOP_TIMEOUT_MS);
    throw new DiscordStartError(
      describeDiscordFailure(error, {
        action: 'could not connect to Discord',
        apiBase: discord.apiBase,
        token: discord.token,
      }),
      { cause: error },
    );
  }

  client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    const message = describeDiscordFailure(new GatewayClosedError(event.code), {
      action: 'lost the connection to Discord for good',
      apiBase: discord.apiBase,
      token: discord.token,
    });
    if (onGatewayLost) onGatewayLost(message);
    else log.error(message, { code: event.code });
  });

  log.info('ready', {
    user: client.user?.tag,
    shards: client.shard?.ids ?? [0],
    guilds: client.guilds.cache.size,
    articles: currentLibrary().articles.length,
    paragraphs: currentLibrary().articles.reduce((sum, entry) => sum + entry.article.paragraphs.length, 0),
  });

  return {
    async stop() {
      stopping = true;
      await destroyWithin(client, STOP_TIMEOUT_MS);
      log.info('stopped');
    },
  };
}

/**
 * Resolves on READY (and every guild); rejects when the gateway closes for good, which is how a
 * token refused at IDENTIFY (4004) or disallowed intents (4014) show up, or after `timeoutMs`.
 */
function waitForReady(client: Client, timeoutMs: number): { promise: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  let onGivenUp: ((event: { code: number }) => void) | undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (onReady) client.off(Events.ClientReady, onReady);
    if (onGivenUp) client.off(Events.ShardDisconnect, onGivenUp);
  };
  const promise = new Promise<void>((resolve, reject) => {
    onReady = () => resolve();
    onGivenUp = (event) => reject(new GatewayClosedError(event.code));
    client.once(Events.ClientReady, onReady);
    client.once(Events.ShardDisconnect, onGivenUp);
    timer = setTimeout(
      () => reject(new Error(`the gateway did not become ready within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
  }).finally(cancel);
  // A login that fails first must not leave this rejection unhandled.
  promise.catch(() => undefined);
  return { promise, cancel };
}

// client.destroy() can wait forever on a shard caught between HELLO and READY; bound it.
async function destroyWithin(client: Client, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.destroy().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
}
