import { type ChatInputCommandInteraction, DiscordAPIError, type Message, Routes } from 'discord.js';
import { UserFacingError } from '../errors.js';
import { canPin } from '../permissions.js';
import { answerWithPages } from '../respond.js';
import {
  articleOption,
  isHidden,
  OPTION,
  slashCommand,
  suggestFromLibrary,
  withArticleOption,
  withHideOption,
} from './options.js';
import type { SlashCommand } from './types.js';

export const summaryCommand: SlashCommand = {
  kind: 'slash',
  costly: true,
  // No default_member_permissions: everyone may ask for a summary; pinning is checked when it runs.
  data: withHideOption(withArticleOption(slashCommand('summary')))
    .addBooleanOption((option) =>
      option
        .setName(OPTION.pin)
        .setDescription('Post the summary for everyone and pin it (needs Pin Messages)'),
    )
    .toJSON(),
  async execute(interaction, context) {
    const pin = interaction.options.getBoolean(OPTION.pin) ?? false;
    const hidden = isHidden(interaction);
    if (pin) assertMayPin(interaction, hidden);
    const { answer, publicMessage } = await answerWithPages(
      interaction,
      { command: 'summary', query: '', ...articleOption(interaction) },
      context,
      { hidden },
    );
    if (pin && answer.kind === 'summary' && publicMessage !== null) {
      await pinMessage(interaction, publicMessage);
    }
  },
  autocomplete: suggestFromLibrary,
};

/** Checked at run time whatever the registration says: server owners can change command permissions. */
function assertMayPin(interaction: ChatInputCommandInteraction, hidden: boolean): void {
  if (hidden) {
    throw new UserFacingError(
      'A hidden summary cannot be pinned. Run /summary again without hide, or without pin.',
    );
  }
  if (!canPin(interaction.memberPermissions)) {
    throw new UserFacingError(
      'You need the Pin Messages (or Manage Messages) permission in this channel to pin a summary. ' +
        'Run /summary without pin to post it unpinned.',
    );
  }
  if (!canPin(interaction.appPermissions)) {
    throw new UserFacingError(
      'Dossier needs the Pin Messages permission in this channel to pin. ' +
        'Ask a server admin to grant it to the Dossier role, or run /summary without pin.',
    );
  }
}

// Straight to the REST route: Message#pin needs the channel in the cache, which a thread the
// bot has never seen may not be, and the reply is always in the interaction's channel.
async function pinMessage(interaction: ChatInputCommandInteraction, message: Message): Promise<void> {
  try {
    await interaction.client.rest.put(Routes.channelMessagesPin(interaction.channelId, message.id), {
      reason: `Summary pinned at the request of ${interaction.user.id}`,
    });
  } catch (error) {
    if (error instanceof DiscordAPIError) {
      throw new UserFacingError(`The summary is posted, but Discord would not pin it: ${error.message}`);
    }
    throw error;
  }
}
