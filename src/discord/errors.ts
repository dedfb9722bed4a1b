/**
 * A problem the person who ran the command can act on. The dispatcher shows its message to them
 * alone; every other error is logged and answered with a short apology.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The bot could not start or deploy: one line saying what to fix, with no stack trace. */
export class DiscordStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiscordStartError';
  }
}
