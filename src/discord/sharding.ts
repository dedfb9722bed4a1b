import { fileURLToPath } from 'node:url';
import { Routes, type Shard, ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { DiscordStartError } from './errors.js';
import { withOneOffRest } from './one-off-rest.js';

/**
 * Exit code of a shard whose gateway closed for good (4004, 4014 …) or that could not start:
 * restarting it would fail the same way, so the manager stops instead of looping. 78 is
 * sysexits' EX_CONFIG: the configuration needs a person.
 */
export const EXIT_NEEDS_ATTENTION = 78;

/** What a shard tells its manager before it exits with EXIT_NEEDS_ATTENTION. */
export interface ShardFatalMessage {
  kind: 'dossier-fatal';
  message: string;
}

export function isShardFatalMessage(value: unknown): value is ShardFatalMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'dossier-fatal' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

export interface ShardsOptions {
  logger: Logger;
  /** A shard that crashes is started again, at most this many times in a row. */
  maxRestarts?: number;
  /** Called once with one line when the shards cannot go on; the caller stops and exits non-zero. */
  onFatal?: (message: string) => void;
  /** Pipe the shards' output to the manager instead of sharing its terminal (for tests). */
  silent?: boolean;
  /**
   * How long each shard has to become ready. Generous: a shard builds its own search index from
   * the cached analyses before it connects, which takes a while for a corpus of thousands.
   */
  readyTimeoutMs?: number;
}

export interface RunningShards {
  readonly manager: ShardingManager;
  readonly count: number;
  /** Resident memory of each shard's process, in bytes. */
  memory(): Promise<{ shard: number; rss: number }[]>;
  /** Stops every shard and waits for its process to end, within a bound. */
  stop(): Promise<void>;
}

// Discord lets `max_concurrency` shards identify together once every five seconds.
const IDENTIFY_WINDOW_MS = 5_500;
const STOP_TIMEOUT_MS = 8_000;
const FATAL_REASON_WAIT_MS = 2_000;

/**
 * Spawns one process per shard with discord.js's ShardingManager. The caller opens the library
 * first, so the analysis cache is warm and every shard reads it instead of analysing again.
 */
export async function startShards(
  config: Config,
  corpusDir: string,
  { logger, maxRestarts = 3, onFatal, silent = false, readyTimeoutMs = 120_000 }: ShardsOptions,
): Promise<RunningShards> {
  const discord = config.discord;
  if (discord === null) {
    throw new DiscordStartError('the bot needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).');
  }
  const gateway = await fetchGatewayBot(config);
  const wanted = discord.shards ?? 'auto';
  const count = wanted === 'auto' ? Math.max(1, gateway.shards) : wanted;
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(fromSource ? './shard-entry.ts' : './shard-entry.js', import.meta.url));

  const manager = new ShardingManager(entry, {
    token: discord.token,
    totalShards: count,
    mode: 'process',
    // Restarts are decided below: a shard refused by Discord must not be restarted in a loop.
    respawn: false,
    shardArgs: [corpusDir],
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    silent,
  });

  let stopping = false;
  let started = false;
  let fatalMessage: string | null = null;
  let onFirstFatal: (() => void) | null = null;
  // Before every shard is ready the failure becomes start-up's error; after, the caller's to act on.
  const fatal = (message: string) => {
    if (fatalMessage !== null || stopping) return;
    fatalMessage = message;
    onFirstFatal?.();
    if (!started) return;
    if (onFatal) onFatal(message);
    else logger.error(message);
  };
  const shardEnvironment = {
    ...(discord.applicationId ? { DISCORD_APPLICATION_ID: discord.applicationId } : {}),
    ...(discord.apiBase ? { DISCORD_API_BASE: discord.apiBase } : {}),
    ...(discord.guildId ? { DISCORD_GUILD_ID: discord.guildId } : {}),
    LOG_LEVEL: config.logLevel,
    // Each child is one shard; it must not try to shard again.
    DISCORD_SHARDS: '',
  };

  manager.on('shardCreate', (shard) => {
    // discord.js types Shard#env as unknown; in process mode it is the child's environment object.
    Object.assign(shard.env as NodeJS.ProcessEnv, shardEnvironment);
    let restarts = 0;
    let lastFatal: string | null = null;
    shard.on('message', (message: unknown) => {
      if (!isShardFatalMessage(message)) return;
      lastFatal = message.message;
      fatal(message.message);
    });
    shard.on('ready', () => {
      restarts = 0;
    });
    shard.on('death', (child) => {
      if (stopping) return;
      const exitCode = 'exitCode' in child ? child.exitCode : null;
      if (exitCode === EXIT_NEEDS_ATTENTION || lastFatal !== null) {
        fatal(lastFatal ?? `shard ${shard.id} stopped: Discord refused it; see its log line above.`);
        return;
      }
      if (restarts >= maxRestarts) {
        fatal(
          `shard ${shard.id} kept stopping (exit code ${exitCode}); giving up after ${maxRestarts} restarts.`,
        );
        return;
      }
      restarts += 1;
      logger.warn('shard stopped; starting it again', { shard: shard.id, exitCode, restart: restarts });
      shard.spawn(readyTimeoutMs).catch((error: unknown) => logger.error('shard restart failed', { error }));
    });
  });

  const running: RunningShards = {
    manager,
    count,
    async memory() {
      const rss = (await manager.broadcastEval(() => process.memoryUsage().rss)) as number[];
      return rss.map((bytes, shard) => ({ shard, rss: bytes }));
    },
    async stop() {
      stopping = true;
      await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard)));
    },
  };

  const delay = gateway.maxConcurrency >= count ? 0 : IDENTIFY_WINDOW_MS;
  logger.info('starting shards', { count, recommended: gateway.shards, delayMs: delay });
  try {
    await manager.spawn({ amount: count, delay, timeout: readyTimeoutMs });
  } catch (error) {
    // discord.js reports the shard's disconnect before the shard has said why; give it a moment.
    if (fatalMessage === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, FATAL_REASON_WAIT_MS);
        onFirstFatal = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await running.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DiscordStartError(fatalMessage ?? `the shards could not start: ${reason}`, { cause: error });
  }
  started = true;
  return running;
}

/** GET /gateway/bot: the recommended shard count and how many may identify at once. */
async function fetchGatewayBot(config: Config): Promise<{ shards: number; maxConcurrency: number }> {
  const discord = config.discord;
  if (discord === null) throw new DiscordStartError('the bot needs DISCORD_TOKEN.');
  const body = (await withOneOffRest(discord, 'could not ask Discord how to shard', (rest) =>
    rest.get(Routes.gatewayBot()),
  )) as { shards: number; session_start_limit?: { max_concurrency?: number } };
  return { shards: body.shards, maxConcurrency: body.session_start_limit?.max_concurrency ?? 1 };
}

/** SIGTERM lets the shard disconnect cleanly; one that does not end in time is killed. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  shard.kill();
  await Promise.race([
    exited,
    new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
}
