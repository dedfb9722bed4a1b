import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '1098765432109876543';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs in terminal mode with defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({ discord: null, corpusDir: './corpus', logLevel: 'info' });
  });

  it('reads a complete bot configuration and trims a trailing slash from the API base', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: '1234567890123456789',
      CORPUS_DIR: '/srv/articles',
      LOG_LEVEL: 'DEBUG',
      DISCORD_API_BASE: 'http://127.0.0.1:8080/api/',
    });
    expect(config).toEqual({
      discord: {
        token: TOKEN,
        applicationId: APP,
        guildId: '1234567890123456789',
        apiBase: 'http://127.0.0.1:8080/api',
      },
      corpusDir: '/srv/articles',
      logLevel: 'debug',
    });
  });

  it.each([
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ DISCORD_TOKEN: 'Bot "abc"', DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: 'two words' }, 'DISCORD_TOKEN'],
    [{ DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_GUILD_ID: '12ab' }, 'DISCORD_GUILD_ID'],
    [{ DISCORD_API_BASE: '127.0.0.1:8080' }, 'DISCORD_API_BASE'],
    [{ DISCORD_API_BASE: 'ftp://127.0.0.1/api' }, 'DISCORD_API_BASE'],
  ])('rejects %o with one line naming %s', (env, variable) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it('accepts a token pasted with its "Bot " prefix', () => {
    expect(loadConfig({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP }).discord?.token).toBe(
      TOKEN,
    );
  });

  it('reads the application id from the token when it is not configured', () => {
    // The first segment of TOKEN is base64 of 1098765432109876543.
    expect(loadConfig({ DISCORD_TOKEN: TOKEN }).discord?.applicationId).toBe('1098765432109876543');
  });

  it('runs the bot with a token whose application id cannot be read, leaving deploy to ask for it', () => {
    expect(loadConfig({ DISCORD_TOKEN: 'local-test-token' }).discord).toMatchObject({
      token: 'local-test-token',
      applicationId: null,
    });
  });

  it('never repeats a malformed token back in its message', () => {
    const leaked = 'secret token with spaces 1234567890';
    expect(configError({ DISCORD_TOKEN: leaked, DISCORD_APPLICATION_ID: APP }).message).not.toContain(leaked);
  });
});

describe('createLogger', () => {
  it('writes JSON lines at or above its level and redacts the token wherever it appears', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [TOKEN], write: (line) => lines.push(line) });
    log.debug('hidden');
    log.info('login failed', { detail: `Authorization: Bot ${TOKEN}`, error: new Error(`bad ${TOKEN}`) });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({ level: 'info', message: 'login failed' });
    expect(lines[0]).not.toContain(TOKEN);
    expect(entry.error.message).toBe('bad [redacted token]');
  });
});
