import {
  type BaseMessageOptions,
  type ChatInputCommandInteraction,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { answerQuestion } from '../answers/answer.js';
import type { Answer, Question } from '../answers/types.js';
import type { CommandContext } from './context.js';
import { pageComponents } from './pages.js';
import { type RenderedAnswer, renderAnswer } from './render/answer.js';

/** Mentions off: nothing Dossier sends, whatever an article or a user typed, can ping anyone. */
export const NO_MENTIONS = { parse: [] } as const satisfies BaseMessageOptions['allowedMentions'];

type AnsweringInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export interface Answered {
  answer: Answer;
  /** The message shown to the channel, or null when the answer went to the asker alone. */
  publicMessage: Message | null;
}

/**
 * Defers (a fuzzy search over a large corpus can outlast Discord's three seconds), answers the
 * question, and shows the first page. A malformed question is answered to the asker alone.
 */
export async function answerWithPages(
  interaction: AnsweringInteraction,
  question: Question,
  context: CommandContext,
  { hidden }: { hidden: boolean },
): Promise<Answered> {
  await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
  const answer = answerQuestion(context.library(), question);
  const rendered = renderAnswer(answer);
  const payload = firstPagePayload(rendered, interaction.user.id, context);
  if (rendered.onlyForAsker && !hidden) {
    await interaction.deleteReply();
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    return { answer, publicMessage: null };
  }
  const message = await interaction.editReply(payload);
  return { answer, publicMessage: hidden ? null : message };
}

/** Stores the pages when there is more than one, and builds the first page with its buttons. */
export function firstPagePayload(rendered: RenderedAnswer, ownerId: string, context: CommandContext) {
  const [first] = rendered.pages;
  if (first === undefined) throw new Error('renderAnswer returned no pages');
  const count = rendered.pages.length;
  const key = count > 1 ? context.pages.save({ pages: rendered.pages, ownerId }) : null;
  return {
    embeds: first.embeds,
    components: pageComponents(first, key === null ? null : { key, index: 0, count }),
    allowedMentions: NO_MENTIONS,
  };
}
