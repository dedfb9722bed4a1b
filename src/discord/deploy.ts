import { Routes } from 'discord.js';
import { type Config, ConfigError } from '../config.js';
import { BOT_COMMANDS } from './commands/index.js';
import { withOneOffRest } from './one-off-rest.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  commands: string[];
}

/** The registration payload of every command, exactly as it is PUT to Discord. */
export function commandPayloads() {
  return BOT_COMMANDS.map((command) => command.data);
}

/**
 * Registers every command with one bulk PUT, which replaces the set Discord holds: running it
 * twice changes nothing. A guild deploy is instant (for testing); a global one reaches every
 * server within about an hour.
 */
export async function deployCommands(
  config: Config,
  { guildId }: { guildId?: string | null } = {},
): Promise<DeployResult> {
  const discord = config.discord;
  if (discord === null) {
    throw new ConfigError('DISCORD_TOKEN', 'is needed to register commands (see .env.example).');
  }
  const { applicationId } = discord;
  if (applicationId === null) {
    throw new ConfigError(
      'DISCORD_APPLICATION_ID',
      'is needed to register commands and cannot be read from this token (General Information page of the application).',
    );
  }
  const targetGuild = guildId === undefined ? discord.guildId : guildId;
  const route =
    targetGuild === null
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, targetGuild);
  const registered = (await withOneOffRest(discord, 'could not register commands', (rest) =>
    rest.put(route, { body: commandPayloads() }),
  )) as { name: string }[];
  return {
    scope: targetGuild === null ? 'global' : 'guild',
    guildId: targetGuild,
    commands: registered.map((command) => command.name),
  };
}
