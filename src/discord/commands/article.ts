import { answerWithPages } from '../respond.js';
import {
  articleOption,
  isHidden,
  slashCommand,
  suggestFromLibrary,
  withArticleOption,
  withHideOption,
} from './options.js';
import type { SlashCommand } from './types.js';

export const articleCommand: SlashCommand = {
  kind: 'slash',
  data: withHideOption(withArticleOption(slashCommand('article'))).toJSON(),
  async execute(interaction, context) {
    await answerWithPages(
      interaction,
      { command: 'article', query: '', ...articleOption(interaction) },
      context,
      {
        hidden: isHidden(interaction),
      },
    );
  },
  autocomplete: suggestFromLibrary,
};
