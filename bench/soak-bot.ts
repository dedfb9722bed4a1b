/**
 * The bot as `dossier start` runs it, in a process of its own, so the soak measures its memory
 * and CPU apart from the fake's. Forked by bench/soak-run.ts with the corpus folder as its
 * argument and the Discord settings in its environment; answers "rss" messages with its resident
 * memory after a garbage collection (when started with --expose-gc). Logs are JSON lines on
 * standard error, as in production.
 */
import { loadConfig } from '../src/config.js';
import { startBot } from '../src/discord/bot.js';
import { openLibrary } from '../src/library.js';
import { createLogger } from '../src/log.js';

async function run(corpusDir: string): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const { library } = await openLibrary(corpusDir, { cacheDir: null });
  const bot = await startBot(config, library, { logger });
  process.on('message', (message: unknown) => {
    if (message === 'rss') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ rss: process.memoryUsage().rss, cpu: process.cpuUsage() });
    }
  });
  const stop = () => void bot.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('disconnect', stop);
  process.send?.('ready');
}

run(process.argv[2] ?? './corpus').catch((error: unknown) => {
  process.stderr.write(`soak bot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
