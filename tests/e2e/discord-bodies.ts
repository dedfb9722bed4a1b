/**
 * What Dossier sent, read back from the fake: message bodies, Discord's limits on them, and when
 * an interaction counts as answered. Shared by the end-to-end tests and the soak benchmark.
 */
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';

export interface EmbedBody {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}

export interface ButtonBody {
  type: number;
  style: number;
  label?: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

export interface MessageBody {
  content?: string;
  embeds?: EmbedBody[];
  components?: { components: ButtonBody[] }[];
  allowed_mentions?: unknown;
  flags?: number;
}

export interface ChoiceBody {
  name: string;
  value: string | number;
}

/** Interaction callback types (Discord API reference, "Interaction Response Type"). */
export const CALLBACK = { reply: 4, deferReply: 5, deferUpdate: 6, update: 7, autocomplete: 8 } as const;

export const EPHEMERAL = 1 << 6;

export function totalEmbedLength(embeds: readonly EmbedBody[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((inner, field) => inner + field.name.length + field.value.length, 0),
    0,
  );
}

/**
 * Every way a message body breaks a Discord limit or could ping someone, as readable lines; an
 * empty list means Discord would accept it and nobody would be mentioned.
 */
export function limitViolations(body: MessageBody): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, limit: number) => {
    if (length > limit) problems.push(`${what} is ${length} characters, over ${limit}`);
  };
  const mentions = JSON.stringify(body.allowed_mentions);
  if (mentions !== JSON.stringify({ parse: [] })) problems.push(`allowed_mentions is ${mentions}`);
  over('content', body.content?.length ?? 0, DISCORD_LIMITS.messageContent);
  const embeds = body.embeds ?? [];
  if (embeds.length > DISCORD_LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds`);
  over('all embeds together', totalEmbedLength(embeds), DISCORD_LIMITS.embedsTotal);
  for (const embed of embeds) {
    over('an embed title', embed.title?.length ?? 0, DISCORD_LIMITS.embedTitle);
    over('an embed description', embed.description?.length ?? 0, DISCORD_LIMITS.embedDescription);
    over('an embed footer', embed.footer?.text.length ?? 0, DISCORD_LIMITS.embedFooter);
    over('an embed author', embed.author?.name.length ?? 0, DISCORD_LIMITS.embedAuthorName);
    if ((embed.fields?.length ?? 0) > DISCORD_LIMITS.embedFields)
      problems.push(`${embed.fields?.length} fields`);
    for (const field of embed.fields ?? []) {
      if (field.name.length === 0 || field.value.length === 0) problems.push('an empty field name or value');
      over('a field name', field.name.length, DISCORD_LIMITS.embedFieldName);
      over('a field value', field.value.length, DISCORD_LIMITS.embedFieldValue);
    }
  }
  const rows = body.components ?? [];
  if (rows.length > DISCORD_LIMITS.actionRows) problems.push(`${rows.length} action rows`);
  for (const row of rows) {
    if (row.components.length > DISCORD_LIMITS.buttonsPerRow)
      problems.push(`${row.components.length} buttons`);
    for (const button of row.components) {
      over('a custom_id', button.custom_id?.length ?? 0, DISCORD_LIMITS.customId);
      over('a button label', button.label?.length ?? 0, DISCORD_LIMITS.buttonLabel);
    }
  }
  return problems;
}

/** Limits on an autocomplete answer: at most 25 choices, names and values at most 100 characters. */
export function choiceViolations(choices: readonly ChoiceBody[]): string[] {
  const problems: string[] = [];
  if (choices.length > DISCORD_LIMITS.autocompleteChoices) problems.push(`${choices.length} choices`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > DISCORD_LIMITS.choiceName) {
      problems.push(`a choice name of ${choice.name.length} characters`);
    }
    if (String(choice.value).length > DISCORD_LIMITS.choiceValue) {
      problems.push(`a choice value of ${String(choice.value).length} characters`);
    }
  }
  return problems;
}

/** Every request body Dossier sent for an interaction that carries a message or choices. */
export function sentBodies(
  fake: FakeDiscord,
  token: string,
): { request: RecordedRequest; body: MessageBody }[] {
  return fake.requestsFor(token).flatMap((request) => {
    const raw = request.body as { type?: number; data?: MessageBody } | MessageBody | null;
    if (raw === null || typeof raw !== 'object' || request.method === 'DELETE') return [];
    if (request.path.endsWith('/callback')) {
      const { type, data } = raw as { type?: number; data?: MessageBody };
      // A deferral carries no message, only whether the answer to come is private.
      if (type === CALLBACK.deferReply || type === CALLBACK.deferUpdate || data === undefined) return [];
      return [{ request, body: data }];
    }
    return [{ request, body: raw as MessageBody }];
  });
}

/**
 * Whether a request completes an interaction's answer: an immediate reply, update or list of
 * choices; or, after a deferral, the edit or follow-up that carries the answer.
 */
export function completesAnswer(token: string): (request: RecordedRequest) => boolean {
  return (request) => {
    if (!request.path.includes(token) || request.status < 200 || request.status >= 300) return false;
    if (request.method === 'POST' && request.path.endsWith('/callback')) {
      const type = (request.body as { type?: number } | null)?.type;
      return type === CALLBACK.reply || type === CALLBACK.update || type === CALLBACK.autocomplete;
    }
    if (request.method === 'PATCH' && request.path.endsWith('/messages/@original')) return true;
    return request.method === 'POST' && request.path.startsWith('/webhooks/');
  };
}

/** The text a person reads in a message: its content and every part of its embeds. */
export function textOf(body: MessageBody): string {
  return [
    body.content ?? '',
    ...(body.embeds ?? []).flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
