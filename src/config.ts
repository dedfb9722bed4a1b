import { config as loadDotenv } from 'dotenv';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** How many gateway shards to run: Discord's recommendation, or a fixed count. */
export type ShardCount = 'auto' | number;

// Far beyond any bot Dossier is meant for; a larger number is a typo, not a plan.
const MAX_SHARDS = 1_024;

export interface DiscordConfig {
  token: string;
  /**
   * Needed to register commands; answering them does not need it. DISCORD_APPLICATION_ID, else
   * read from the token, else null (deploy then asks for it).
   */
  applicationId: string | null;
  /** Commands deploy to this guild (instantly) instead of globally (up to an hour to propagate). */
  guildId: string | null;
  /** REST base such as http://127.0.0.1:8080/api; null means Discord itself. */
  apiBase: string | null;
  /** Set: one process per shard under discord.js's ShardingManager. Absent: one process, no sharding. */
  shards?: ShardCount;
}

export interface Config {
  /** Null when no token is set: Dossier then runs in the terminal only. */
  discord: DiscordConfig | null;
  corpusDir: string;
  logLevel: LogLevel;
}

/** A configuration value a user must fix; the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

// Discord ids are snowflakes: unsigned 64-bit integers written in decimal.
const SNOWFLAKE = /^\d{15,21}$/;

// A token travels in an HTTP header: quotes, spaces or non-ASCII characters mean it was pasted
// wrongly. Anything else is Discord's to accept or refuse, with an answer we can explain.
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;
const TOKEN_QUOTES = /["'`]/;

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates configuration once. `.env` in the working directory is loaded first,
 * without overriding variables already set, and without dotenv's banner on stdout.
 */
export function loadConfig(env: Environment = loadEnvironment()): Config {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  // discord.js accepts a token pasted with its "Bot " header prefix; so do we.
  const token = value('DISCORD_TOKEN')?.replace(/^Bot\s+/i, '');
  const applicationId = value('DISCORD_APPLICATION_ID');
  const guildId = value('DISCORD_GUILD_ID');
  const apiBase = value('DISCORD_API_BASE');

  if (token !== undefined && (!TOKEN_CHARACTERS.test(token) || TOKEN_QUOTES.test(token))) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'contains spaces, quotes or other characters a bot token never has; copy it again from the Bot page.',
    );
  }
  if (applicationId !== undefined) requireSnowflake('DISCORD_APPLICATION_ID', applicationId);
  if (guildId !== undefined) requireSnowflake('DISCORD_GUILD_ID', guildId);
  if (apiBase !== undefined) requireHttpUrl('DISCORD_API_BASE', apiBase);
  const shardsValue = value('DISCORD_SHARDS');
  const shards = shardsValue === undefined ? undefined : parseShardCount(shardsValue, 'DISCORD_SHARDS');

  const logLevel = value('LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!isLogLevel(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}".`);
  }

  return {
    discord:
      token === undefined
        ? null
        : {
            token,
            applicationId: applicationId ?? applicationIdFromToken(token),
            guildId: guildId ?? null,
            apiBase: apiBase?.replace(/\/+$/, '') ?? null,
            ...(shards === undefined ? {} : { shards }),
          },
    corpusDir: value('CORPUS_DIR') ?? './corpus',
    logLevel,
  };
}

/** "auto" or a whole number of shards; `source` names the variable or flag in the error. */
export function parseShardCount(raw: string, source: string): ShardCount {
  const text = raw.trim().toLowerCase();
  if (text === 'auto') return 'auto';
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_SHARDS) {
    throw new ConfigError(source, `must be "auto" or a whole number from 1 to ${MAX_SHARDS}, not "${raw}".`);
  }
  return Number(text);
}

/**
 * A bot token's first segment is the bot's user id in base64, and a bot's user id is its
 * application's id, so the id can usually be read from the token when it is not configured.
 */
export function applicationIdFromToken(token: string): string | null {
  const [first = ''] = token.split('.');
  const decoded = Buffer.from(first, 'base64url').toString('utf8');
  return SNOWFLAKE.test(decoded) ? decoded : null;
}

function loadEnvironment(): Environment {
  loadDotenv({ quiet: true });
  return process.env;
}

function isLogLevel(candidate: string): candidate is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(candidate);
}

function requireSnowflake(variable: string, raw: string): void {
  if (!SNOWFLAKE.test(raw)) {
    throw new ConfigError(variable, `must be a Discord id (digits only), not "${raw}".`);
  }
}

function requireHttpUrl(variable: string, raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, `must be a URL such as http://127.0.0.1:8080/api, not "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(variable, `must use http or https, not "${url.protocol}".`);
  }
}

/** Replaces every occurrence of a secret in text meant for logs or error messages. */
export function redactSecret(text: string, secret: string | null | undefined): string {
  if (secret === undefined || secret === null || secret === '') return text;
  return text.split(secret).join('[redacted token]');
}
