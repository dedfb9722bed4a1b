import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
} from 'discord.js';
import { UserFacingError } from '../errors.js';
import { answerWithPages } from '../respond.js';
import type { MessageMenuCommand } from './types.js';

export const FIND_IN_ARTICLE = 'Find in article';

export const findInArticleCommand: MessageMenuCommand = {
  kind: 'message-menu',
  costly: true,
  data: new ContextMenuCommandBuilder()
    .setName(FIND_IN_ARTICLE)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON(),
  // A menu command takes no options, so there is no hide: the lookup is for the person who
  // asked, and showing it to them alone keeps the conversation it was run on uncluttered.
  async execute(interaction, context) {
    const { content, embeds } = interaction.targetMessage;
    const text =
      content.trim() ||
      embeds
        .map((embed) => `${embed.title ?? ''} ${embed.description ?? ''}`)
        .join(' ')
        .trim();
    if (text === '') {
      throw new UserFacingError('That message has no text to look for. Try /search with the words you want.');
    }
    await answerWithPages(interaction, { command: 'search', query: text }, context, { hidden: true });
  },
};
