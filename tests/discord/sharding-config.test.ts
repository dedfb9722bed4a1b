import { describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../src/cli/args.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '1098765432109876543';

describe('DISCORD_SHARDS', () => {
  it('is absent unless set: one process, no ShardingManager', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP }).discord?.shards).toBeUndefined();
  });

  it.each([
    ['auto', 'auto'],
    ['AUTO', 'auto'],
    ['4', 4],
    [' 16 ', 16],
  ])('reads %j as %j', (raw, shards) => {
    expect(
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_SHARDS: raw }).discord?.shards,
    ).toBe(shards);
  });

  it.each(['0', '-2', '2.5', 'two', '1e3', '99999'])('refuses %j in one line naming the variable', (raw) => {
    expect(() =>
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_SHARDS: raw }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_SHARDS: raw });
    } catch (error) {
      expect((error as Error).message).toMatch(/^DISCORD_SHARDS: must be "auto" or a whole number/);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('dossier start --shards', () => {
  it('takes auto or a count, with or without the start command', () => {
    expect(parseInvocation(['start', '--shards', 'auto'])).toMatchObject({
      command: 'start',
      shards: 'auto',
    });
    expect(parseInvocation(['--shards', '3', '--corpus', 'news'])).toMatchObject({
      command: 'start',
      shards: 3,
      corpus: 'news',
    });
    expect(parseInvocation(['start'])).toMatchObject({ command: 'start', shards: undefined });
  });

  it('refuses a count that is not one, as a usage error', () => {
    expect(() => parseInvocation(['start', '--shards', 'lots'])).toThrow(UsageError);
    expect(() => parseInvocation(['start', '--shards', 'lots'])).toThrow(/--shards: must be "auto"/);
  });
});
