/**
 * One shard's process, spawned by the ShardingManager in sharding.ts. discord.js hands it its
 * shard ids through the environment (SHARDS, SHARD_COUNT), which the Client reads itself; the
 * corpus folder comes as the first argument. The manager has already analysed the corpus, so
 * this reads the shared on-disk cache instead of analysing again.
 */
import { loadConfig } from '../config.js';
import { watchLibrary } from '../library.js';
import { createLogger } from '../log.js';
import { type RunningBot, startBot } from './bot.js';
import { DiscordStartError } from './errors.js';
import { EXIT_NEEDS_ATTENTION, type ShardFatalMessage } from './sharding.js';

async function runShard(corpusDir: string): Promise<void> {
  const config = loadConfig();
  const token = config.discord?.token;
  const shardIds = process.env.SHARDS ?? '?';
  const logger = createLogger({ level: config.logLevel, secrets: token === undefined ? [] : [token] });

  const needsAttention = (message: string) => {
    process.stderr.write(`dossier: shard ${shardIds}: ${message}\n`);
    const report: ShardFatalMessage = { kind: 'dossier-fatal', message };
    // Exit only once the manager has the reason, so it stops instead of restarting this shard.
    if (process.send) process.send(report, () => process.exit(EXIT_NEEDS_ATTENTION));
    else process.exit(EXIT_NEEDS_ATTENTION);
  };

  const live = await watchLibrary(corpusDir, { logger });
  let bot: RunningBot;
  try {
    bot = await startBot(config, live.current, { logger, onGatewayLost: needsAttention });
  } catch (error) {
    live.close();
    if (error instanceof DiscordStartError) {
      needsAttention(error.message);
      return;
    }
    throw error;
  }

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    live.close();
    void bot.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  // The manager went away (killed, crashed): a shard on its own would be an orphan.
  process.once('disconnect', shutdown);
}

const corpusDir = process.argv[2];
if (corpusDir === undefined) {
  process.stderr.write('dossier: a shard needs its corpus folder as its first argument.\n');
  process.exit(2);
}
runShard(corpusDir).catch((error: unknown) => {
  process.stderr.write(
    `dossier: shard ${process.env.SHARDS ?? '?'} stopped: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
