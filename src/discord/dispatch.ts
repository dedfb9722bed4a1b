import {
  DiscordjsErrorCodes,
  DiscordjsTypeError,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { BotCommand } from './commands/types.js';
import type { CommandContext } from './context.js';
import { Cooldown, describeRetry } from './cooldown.js';
import { UserFacingError } from './errors.js';
import { DISCORD_LIMITS } from './limits.js';
import { isPageCustomId } from './pages.js';
import { turnPage } from './paging.js';
import { NO_MENTIONS } from './respond.js';
import { truncate } from './truncate.js';

const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

const GUILD_ONLY =
  'Dossier answers in servers it has been added to, from that server’s articles; it cannot answer here. ' +
  'Run the command in a server channel where Dossier is installed.';

// discord.js throws these when a command's options do not match what this version reads: a
// registration left over from an older deploy, or a client that has not refreshed its commands.
const STALE_OPTION_CODES: ReadonlySet<string> = new Set([
  DiscordjsErrorCodes.CommandInteractionOptionNotFound,
  DiscordjsErrorCodes.CommandInteractionOptionType,
  DiscordjsErrorCodes.CommandInteractionOptionEmpty,
]);

// A resumed gateway session replays from the last sequence the client had stored, which can lag
// behind what it had already handled; the same interaction then arrives twice. Remembering the
// newest ids is enough: Discord only accepts an answer within fifteen minutes anyway.
const REMEMBERED_INTERACTIONS = 10_000;

export interface DispatchOptions {
  /** Limits how often one person runs costly commands; null turns the limit off. */
  cooldown?: Cooldown | null;
}

/**
 * The one place interactions enter and the one place their errors are caught. Handlers throw a
 * UserFacingError for anything the user can fix; everything else is logged and apologised for.
 */
export function createInteractionHandler(
  commands: readonly BotCommand[],
  context: CommandContext,
  { cooldown = new Cooldown() }: DispatchOptions = {},
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const handled = new Set<string>();
  const admit = (command: BotCommand, userId: string, label: string): void => {
    if (command.costly !== true || cooldown === null) return;
    const verdict = cooldown.take(userId);
    if (verdict.allowed) return;
    throw new UserFacingError(
      `You are asking quickly: try ${label} again in ${describeRetry(verdict.retryAfterMs)}. ` +
        'Searches and summaries go over every article, so each person can run a few at a time.',
    );
  };

  return async (interaction) => {
    const started = performance.now();
    const where = describeInteraction(interaction);
    if (handled.has(interaction.id)) {
      context.log.info('interaction delivered again by the gateway; answering it once', where);
      return;
    }
    handled.add(interaction.id);
    if (handled.size > REMEMBERED_INTERACTIONS) {
      const oldest = handled.values().next().value;
      if (oldest !== undefined) handled.delete(oldest);
    }
    try {
      await route(interaction, byName, context, admit).catch((error: unknown) => {
        throw explainStaleOptions(error);
      });
      context.log.debug('interaction answered', { ...where, ms: Math.round(performance.now() - started) });
    } catch (error) {
      if (interaction.isAutocomplete()) {
        context.log.warn('autocomplete failed', { ...where, error });
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
        return;
      }
      if (!interaction.isRepliable()) return;
      const userFacing = error instanceof UserFacingError;
      if (!userFacing) context.log.error('interaction failed', { ...where, error });
      await sendError(interaction, userFacing ? error.message : APOLOGY).catch((sendFailure: unknown) =>
        context.log.warn('could not tell the user about an error', { ...where, error: sendFailure }),
      );
    }
  };
}

async function route(
  interaction: Interaction,
  byName: ReadonlyMap<string, BotCommand>,
  context: CommandContext,
  admit: (command: BotCommand, userId: string, label: string) => void,
): Promise<void> {
  if (!isGuildInstalledHere(interaction)) {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) throw new UserFacingError(GUILD_ONLY);
    return;
  }
  if (interaction.isButton()) {
    if (isPageCustomId(interaction.customId)) return turnPage(interaction, context);
    throw new UserFacingError('That button is not one Dossier recognises. Run the command again.');
  }
  if (interaction.isAutocomplete()) {
    const command = byName.get(interaction.commandName);
    if (command?.kind === 'slash' && command.autocomplete) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isChatInputCommand()) {
    const command = byName.get(interaction.commandName);
    if (command?.kind !== 'slash') throw unknownCommand();
    admit(command, interaction.user.id, `/${command.data.name}`);
    return command.execute(interaction, context);
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = byName.get(interaction.commandName);
    if (command?.kind !== 'message-menu') throw unknownCommand();
    admit(command, interaction.user.id, command.data.name);
    return command.execute(interaction, context);
  }
  if (interaction.isRepliable()) throw unknownCommand();
}

/**
 * Commands are registered for guild installs in servers only, but a stale client, a user install
 * or a DM can still deliver one; answers come from a server's corpus, so refuse them here too.
 */
function isGuildInstalledHere(interaction: Interaction): boolean {
  if (!interaction.inGuild()) return false;
  const owners = interaction.authorizingIntegrationOwners;
  // Installed only on the user's account, in a server that has not added Dossier.
  if (owners.userId !== null && owners.guildId !== interaction.guildId) return false;
  return true;
}

function explainStaleOptions(error: unknown): unknown {
  if (error instanceof DiscordjsTypeError && STALE_OPTION_CODES.has(String(error.code))) {
    return new UserFacingError(
      'This command has changed since it was registered on this server. ' +
        'Ask an admin to redeploy the commands (dossier deploy), then try again.',
    );
  }
  return error;
}

// A command registered by an older deploy that this version no longer answers.
function unknownCommand(): UserFacingError {
  return new UserFacingError('Dossier no longer knows that command. Ask an admin to redeploy the commands.');
}

async function sendError(interaction: RepliableInteraction, message: string): Promise<void> {
  const payload: InteractionReplyOptions = {
    content: truncate(message, DISCORD_LIMITS.messageContent),
    embeds: [],
    allowedMentions: NO_MENTIONS,
  };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({
      content: payload.content,
      embeds: [],
      components: [],
      allowedMentions: NO_MENTIONS,
    });
  } else if (interaction.replied) {
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  }
}

function describeInteraction(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
}
