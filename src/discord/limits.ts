/**
 * Every Discord limit Dossier depends on, in one place. Sources: Discord API reference,
 * "Message Resource" (content), "Embed Limits", "Application Commands" (autocomplete, options)
 * and "Message Components" (custom_id, rows).
 */
export const DISCORD_LIMITS = {
  messageContent: 2_000,
  embedTitle: 256,
  embedDescription: 4_096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1_024,
  embedFooter: 2_048,
  embedAuthorName: 256,
  /** Summed over title, description, field names and values, footer and author of every embed. */
  embedsTotal: 6_000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonsPerRow: 5,
  actionRows: 5,
  buttonLabel: 80,
  commandDescription: 100,
  /** Discord drops an interaction that is not acknowledged within three seconds. */
  interactionAckMs: 3_000,
} as const;

/** Permission bits checked at run time (Discord API reference, "Permissions"). */
export const PERMISSION_BITS = {
  manageMessages: 1n << 13n,
  /** Split out of Manage Messages in 2025; either grants pinning. */
  pinMessages: 1n << 51n,
} as const;
