import { MessageFlags } from 'discord.js';
import { answerQuestion } from '../../answers/answer.js';
import { renderAnswer } from '../render/answer.js';
import { NO_MENTIONS } from '../respond.js';
import { isHidden, slashCommand, withHideOption } from './options.js';
import type { SlashCommand } from './types.js';

export const helpCommand: SlashCommand = {
  kind: 'slash',
  data: withHideOption(slashCommand('help')).toJSON(),
  // Help reads no index, so it replies at once instead of deferring.
  async execute(interaction, context) {
    const [page] = renderAnswer(answerQuestion(context.library(), { command: 'help', query: '' })).pages;
    await interaction.reply({
      embeds: page?.embeds ?? [],
      allowedMentions: NO_MENTIONS,
      ...(isHidden(interaction) ? { flags: MessageFlags.Ephemeral } : {}),
    });
  },
};
