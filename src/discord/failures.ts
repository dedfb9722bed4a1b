import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import { redactSecret } from '../config.js';

const DEFAULT_API = 'https://discord.com/api';

/** The gateway closed with a code after which discord.js will not reconnect. */
export class GatewayClosedError extends Error {
  constructor(readonly code: number) {
    super(`the Discord gateway closed the connection (${code})`);
    this.name = 'GatewayClosedError';
  }
}

// Discord API reference, "Gateway close event codes": the ones a user can act on.
const GATEWAY_CLOSES: Record<number, string> = {
  4004: 'Discord rejected DISCORD_TOKEN at the gateway (4004 Authentication failed). Reset the token on the Bot page of the application and update .env.',
  4010: 'Discord refused the shard settings (4010 Invalid shard).',
  4011: 'Discord requires sharding for this bot (4011 Sharding required).',
  4012: 'Discord no longer accepts this gateway version (4012); upgrade Dossier.',
  4013: 'Discord refused the gateway intents as invalid (4013).',
  4014: 'Discord refused a privileged gateway intent (4014 Disallowed intents). Dossier needs only the Guilds intent; check the Bot page.',
};

const LOGIN_CLOSE_MESSAGES: Record<string, number> = {
  'Authentication failed': 4004,
  'Invalid shard': 4010,
  'Sharding is required': 4011,
  'Used an invalid API version': 4012,
  'Used invalid intents': 4013,
  'Used disallowed intents': 4014,
};

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  ABORT_ERR: 'timed out',
};

/**
 * One line a person can act on for a failure to reach or authenticate with Discord, with the
 * token removed wherever it might have been echoed.
 */
export function describeDiscordFailure(
  error: unknown,
  { action, apiBase, token }: { action: string; apiBase: string | null; token: string },
): string {
  return redactSecret(`${action}: ${explain(error, apiBase ?? DEFAULT_API)}`, token);
}

function explain(error: unknown, apiBase: string): string {
  if (error instanceof GatewayClosedError) return GATEWAY_CLOSES[error.code] ?? `${error.message}.`;
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token on the Bot page of the application and update .env.';
  }
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.DisallowedIntents) {
    return GATEWAY_CLOSES[4014] ?? error.message;
  }
  // @discordjs/ws reports these closes during login as plain Errors with fixed messages.
  const closedDuringLogin = error instanceof Error ? LOGIN_CLOSE_MESSAGES[error.message] : undefined;
  if (closedDuringLogin !== undefined) return GATEWAY_CLOSES[closedDuringLogin] ?? String(closedDuringLogin);
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token on the Bot page of the application and update .env.';
    }
    if (error.status === 403) {
      return `Discord refused (403 ${error.message}). Check DISCORD_APPLICATION_ID belongs to this bot and that it was invited with the applications.commands scope.`;
    }
    if (error.status === 404) {
      return `Discord does not know that application or server (404 ${error.message}). Check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID.`;
    }
    return `Discord answered ${error.status} ${error.message}.`;
  }
  if (error instanceof HTTPError) {
    return `Discord answered ${error.status} ${error.message}; it may be having problems, try again shortly.`;
  }
  const network = networkCode(error);
  if (network !== undefined) {
    return `cannot reach the Discord API at ${apiBase} (${NETWORK_CODES[network] ?? network}). Check the network or DISCORD_API_BASE.`;
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

// undici reports a refused connection as TypeError("fetch failed") with the system error as its cause.
function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && (code in NETWORK_CODES || code.startsWith('E'))) return code;
    if (current.name === 'AbortError') return 'ABORT_ERR';
    current = current.cause;
  }
  return undefined;
}
