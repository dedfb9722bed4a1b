import {
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { BotCommand } from './commands/types.js';
import type { CommandContext } from './context.js';
import { UserFacingError } from './errors.js';
import { DISCORD_LIMITS } from './limits.js';
import { isPageCustomId } from './pages.js';
import { turnPage } from './paging.js';
import { NO_MENTIONS } from './respond.js';
import { truncate } from './truncate.js';

const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

/**
 * The one place interactions enter and the one place their errors are caught. Handlers throw a
 * UserFacingError for anything the user can fix; everything else is logged and apologised for.
 */
export function createInteractionHandler(
  commands: readonly BotCommand[],
  context: CommandContext,
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  return async (interaction) => {
    const started = performance.now();
    const where = describeInteraction(interaction);
    try {
      await route(interaction, byName, context);
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
): Promise<void> {
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
    return command.execute(interaction, context);
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = byName.get(interaction.commandName);
    if (command?.kind !== 'message-menu') throw unknownCommand();
    return command.execute(interaction, context);
  }
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
