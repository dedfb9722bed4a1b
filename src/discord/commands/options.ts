import {
  type ApplicationCommandOptionChoiceData,
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  SlashCommandBuilder,
} from 'discord.js';
import { MAX_QUERY_LENGTH } from '../../answers/answer.js';
import { COMMANDS } from '../../answers/commands.js';
import { describeArticle } from '../../answers/format.js';
import { type NameSuggestion, suggestArticles, suggestNames } from '../../answers/suggest.js';
import type { ArticleRef, CommandName } from '../../answers/types.js';
import type { CommandContext } from '../context.js';
import { DISCORD_LIMITS } from '../limits.js';
import { truncate } from '../truncate.js';

/** Option names shared by several commands, so the autocomplete knows what each one lists. */
export const OPTION = {
  name: 'name',
  speaker: 'speaker',
  query: 'query',
  article: 'article',
  hide: 'hide',
  pin: 'pin',
} as const;

/**
 * A guild-only slash command described as /help describes it. Guild install only: answers come
 * from the server's own corpus, which means nothing in a DM or another server.
 */
export function slashCommand(name: CommandName): SlashCommandBuilder {
  const help = COMMANDS.find((entry) => entry.command === name);
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(truncate(help?.description ?? name, DISCORD_LIMITS.commandDescription))
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

export function withFreeText(
  builder: SlashCommandBuilder,
  name: string,
  description: string,
  { autocomplete }: { autocomplete: boolean },
): SlashCommandBuilder {
  builder.addStringOption((option) =>
    option
      .setName(name)
      .setDescription(description)
      .setRequired(true)
      .setMaxLength(MAX_QUERY_LENGTH)
      .setAutocomplete(autocomplete),
  );
  return builder;
}

export function withArticleOption(builder: SlashCommandBuilder): SlashCommandBuilder {
  builder.addStringOption((option) =>
    option
      .setName(OPTION.article)
      .setDescription('Only this article (start typing its title)')
      .setMaxLength(MAX_QUERY_LENGTH)
      .setAutocomplete(true),
  );
  return builder;
}

export function withHideOption(builder: SlashCommandBuilder): SlashCommandBuilder {
  builder.addBooleanOption((option) =>
    option.setName(OPTION.hide).setDescription('Show the answer to you alone (default: everyone sees it)'),
  );
  return builder;
}

export function isHidden(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean(OPTION.hide) ?? false;
}

/** The `article:` option, when given, as the answers layer expects it. */
export function articleOption(interaction: ChatInputCommandInteraction): { article?: string } {
  const article = interaction.options.getString(OPTION.article)?.trim();
  return article ? { article } : {};
}

/**
 * Suggestions from the in-memory index for whichever option is being typed. An empty field lists
 * the most mentioned names or the newest articles, so the list is useful before typing.
 */
export async function suggestFromLibrary(
  interaction: AutocompleteInteraction,
  context: CommandContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).slice(0, MAX_QUERY_LENGTH);
  const library = context.library();
  const limit = DISCORD_LIMITS.autocompleteChoices;
  let choices: ApplicationCommandOptionChoiceData<string>[];
  switch (focused.name) {
    case OPTION.name:
      choices = suggestNames(library, typed, 'entities', limit).map(nameChoice);
      break;
    case OPTION.speaker:
      choices = suggestNames(library, typed, 'speakers', limit).map(nameChoice);
      break;
    case OPTION.article:
      choices = suggestArticles(library, typed, limit).map(articleChoice);
      break;
    default:
      choices = [];
  }
  await interaction.respond(uniqueByValue(choices).slice(0, limit));
}

/** "Sergei Lavrov — Russian Foreign Minister"; the value is the bare name the command looks up. */
function nameChoice({ name, role }: NameSuggestion): ApplicationCommandOptionChoiceData<string> {
  return {
    name: truncate(role ? `${name} — ${role}` : name, DISCORD_LIMITS.choiceName),
    // A name cut to 100 characters still finds its entity: the lookup is fuzzy.
    value: truncate(name, DISCORD_LIMITS.choiceValue),
  };
}

function articleChoice(article: ArticleRef): ApplicationCommandOptionChoiceData<string> {
  return {
    name: truncate(describeArticle(article), DISCORD_LIMITS.choiceName),
    // Ids come from file names; a very long one is cut and then matched fuzzily like a title.
    value: article.id.slice(0, DISCORD_LIMITS.choiceValue),
  };
}

function uniqueByValue(
  choices: readonly ApplicationCommandOptionChoiceData<string>[],
): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  return choices.filter((choice) => {
    if (seen.has(choice.value)) return false;
    seen.add(choice.value);
    return true;
  });
}
