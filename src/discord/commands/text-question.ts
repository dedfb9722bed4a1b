import type { CommandName } from '../../answers/types.js';
import { answerWithPages } from '../respond.js';
import {
  articleOption,
  isHidden,
  slashCommand,
  suggestFromLibrary,
  withArticleOption,
  withFreeText,
  withHideOption,
} from './options.js';
import type { SlashCommand } from './types.js';

/**
 * A command that asks one free-text question, optionally within one article: /who, /quote,
 * /search. The three differ only in their option's name and whether it autocompletes.
 */
export function textQuestionCommand(spec: {
  command: CommandName;
  option: string;
  description: string;
  autocompleteOption: boolean;
  costly: boolean;
}): SlashCommand {
  return {
    kind: 'slash',
    costly: spec.costly,
    data: withHideOption(
      withArticleOption(
        withFreeText(slashCommand(spec.command), spec.option, spec.description, {
          autocomplete: spec.autocompleteOption,
        }),
      ),
    ).toJSON(),
    async execute(interaction, context) {
      const query = interaction.options.getString(spec.option, true);
      await answerWithPages(
        interaction,
        { command: spec.command, query, ...articleOption(interaction) },
        context,
        { hidden: isHidden(interaction) },
      );
    },
    autocomplete: suggestFromLibrary,
  };
}
