import { REST } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import { DiscordStartError } from './errors.js';
import { describeDiscordFailure } from './failures.js';

/**
 * Runs requests on a short-lived REST client, outside any gateway connection (deploying
 * commands, asking how to shard), and turns a failure into one line saying what to fix. The
 * client's sweepers are cleared afterwards so they do not keep the process alive.
 */
export async function withOneOffRest<T>(
  discord: DiscordConfig,
  action: string,
  run: (rest: REST) => Promise<T>,
): Promise<T> {
  const rest = new REST({ version: '10', ...(discord.apiBase ? { api: discord.apiBase } : {}) }).setToken(
    discord.token,
  );
  try {
    return await run(rest);
  } catch (error) {
    throw new DiscordStartError(
      describeDiscordFailure(error, { action, apiBase: discord.apiBase, token: discord.token }),
      { cause: error },
    );
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
