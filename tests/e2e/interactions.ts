/**
 * INTERACTION_CREATE payloads shaped as Discord sends them, for the fake gateway to deliver.
 */
import { fakeSnowflake } from './fake-discord.js';

export const PERMISSION = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  manageMessages: 1n << 13n,
  embedLinks: 1n << 14n,
  readMessageHistory: 1n << 16n,
  pinMessages: 1n << 51n,
} as const;

/** What an ordinary member, and a bot invited with the documented permissions, hold in a channel. */
export const ORDINARY =
  PERMISSION.viewChannel | PERMISSION.sendMessages | PERMISSION.embedLinks | PERMISSION.readMessageHistory;

export interface Where {
  guildId: string;
  channelId: string;
}

export interface Asker {
  userId: string;
  /** The member's permissions in the channel. */
  permissions?: bigint;
  /** The bot's permissions in the channel. */
  appPermissions?: bigint;
}

type OptionValue = string | boolean | number;

const OPTION_TYPE = { string: 3, integer: 4, boolean: 5 } as const;

function optionPayload(name: string, value: OptionValue, focused = false): Record<string, unknown> {
  const type =
    typeof value === 'boolean'
      ? OPTION_TYPE.boolean
      : typeof value === 'number'
        ? OPTION_TYPE.integer
        : OPTION_TYPE.string;
  return focused ? { name, type, value, focused: true } : { name, type, value };
}

function user(userId: string): Record<string, unknown> {
  return {
    id: userId,
    username: `reader${userId.slice(-4)}`,
    discriminator: '0',
    global_name: 'Reader',
    avatar: null,
  };
}

function common(where: Where, asker: Asker): Record<string, unknown> {
  return {
    guild_id: where.guildId,
    channel_id: where.channelId,
    channel: {
      id: where.channelId,
      type: 0,
      guild_id: where.guildId,
      name: 'news',
      permissions: String(asker.permissions ?? ORDINARY),
    },
    member: {
      user: user(asker.userId),
      roles: [],
      permissions: String(asker.permissions ?? ORDINARY),
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    },
    app_permissions: String(asker.appPermissions ?? ORDINARY),
    authorizing_integration_owners: { '0': where.guildId },
    context: 0,
  };
}

/** The `data` of an application command interaction: chat input (1) or message menu (3). */
function commandData(
  name: string,
  type: number,
  where: Where,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return { id: fakeSnowflake(), name, type, guild_id: where.guildId, ...extra };
}

export function slashCommand(
  name: string,
  options: Record<string, OptionValue>,
  where: Where,
  asker: Asker,
): Record<string, unknown> {
  const payloadOptions = Object.entries(options).map(([key, value]) => optionPayload(key, value));
  return { type: 2, ...common(where, asker), data: commandData(name, 1, where, { options: payloadOptions }) };
}

export function autocomplete(
  name: string,
  focused: { name: string; value: string },
  others: Record<string, OptionValue>,
  where: Where,
  asker: Asker,
): Record<string, unknown> {
  const payloadOptions = [
    ...Object.entries(others).map(([key, value]) => optionPayload(key, value)),
    optionPayload(focused.name, focused.value, true),
  ];
  return { type: 4, ...common(where, asker), data: commandData(name, 1, where, { options: payloadOptions }) };
}

export function buttonPress(
  customId: string,
  message: Record<string, unknown>,
  where: Where,
  asker: Asker,
): Record<string, unknown> {
  return {
    type: 3,
    ...common(where, asker),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

export function messageMenu(
  name: string,
  target: { content: string; authorId: string },
  where: Where,
  asker: Asker,
): Record<string, unknown> {
  const targetId = fakeSnowflake();
  return {
    type: 2,
    ...common(where, asker),
    data: commandData(name, 3, where, {
      target_id: targetId,
      resolved: {
        messages: {
          [targetId]: {
            id: targetId,
            channel_id: where.channelId,
            author: user(target.authorId),
            content: target.content,
            embeds: [],
            components: [],
            attachments: [],
            mentions: [],
            mention_roles: [],
            mention_everyone: false,
            pinned: false,
            tts: false,
            type: 0,
            flags: 0,
            timestamp: new Date().toISOString(),
            edited_timestamp: null,
          },
        },
      },
    }),
  };
}

/**
 * The same interaction as Discord delivers it in a DM with the bot: no guild, no member, the
 * user at top level, and the app authorised through the user's own install.
 */
export function inDirectMessage(payload: Record<string, unknown>, userId: string): Record<string, unknown> {
  const { guild_id: _guild, member: _member, app_permissions: _app, ...rest } = payload;
  const data = { ...(payload.data as Record<string, unknown>) };
  delete data.guild_id;
  const channelId = String(payload.channel_id);
  return {
    ...rest,
    data,
    user: user(userId),
    channel: { id: channelId, type: 1, recipients: [user(userId)], flags: 0 },
    authorizing_integration_owners: { '1': userId },
    context: 1,
  };
}

/** Run in a server that has not added Dossier, through Dossier installed on the user's account. */
export function throughUserInstall(
  payload: Record<string, unknown>,
  userId: string,
): Record<string, unknown> {
  return { ...payload, authorizing_integration_owners: { '1': userId }, context: 0 };
}
