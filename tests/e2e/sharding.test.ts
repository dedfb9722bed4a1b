/**
 * Sharding through discord.js's ShardingManager: real child processes, one per shard, each a real
 * discord.js Client connected to the fake, which recommends two shards and routes every guild's
 * events to shard (guild_id >> 22) % 2 as Discord does. Also the whole `dossier start` process
 * when the gateway closes for good.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { type RunningShards, startShards } from '../../src/discord/sharding.js';
import { DEFAULT_CACHE_DIR, openLibrary } from '../../src/library.js';
import { createLogger } from '../../src/log.js';
import { environmentForBotProcess } from './bot-on-fake.js';
import { newsCorpus, type TestCorpus } from './corpus.js';
import { FakeDiscord, fakeSnowflake, type RecordedRequest } from './fake-discord.js';
import { slashCommand, type Where } from './interactions.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.sharding-token-abcdefghijklmnopqrstuvw';
const APPLICATION_ID = fakeSnowflake();
const READER = fakeSnowflake();

/** A guild id whose events Discord sends to `shard` of `count`: its timestamp bits pick the shard. */
function guildOnShard(shard: number, count: number): string {
  const base = BigInt(Date.now() - 1_420_070_400_000);
  const timestamp = base - (base % BigInt(count)) + BigInt(shard);
  return ((timestamp << 22n) + BigInt(Math.floor(Math.random() * 4_000))).toString();
}

const ON_SHARD_0: Where = { guildId: guildOnShard(0, 2), channelId: fakeSnowflake() };
const ON_SHARD_1: Where = { guildId: guildOnShard(1, 2), channelId: fakeSnowflake() };

let corpus: TestCorpus;
let fake: FakeDiscord;

function config(extra: Partial<NonNullable<Config['discord']>> = {}): Config {
  return {
    discord: {
      token: TOKEN,
      applicationId: APPLICATION_ID,
      guildId: null,
      apiBase: fake.apiBase,
      shards: 'auto',
      ...extra,
    },
    corpusDir: corpus.dir,
    logLevel: 'error',
  };
}

beforeAll(async () => {
  corpus = await newsCorpus();
  fake = await FakeDiscord.start({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    shards: 2,
    maxConcurrency: 2,
    guilds: [
      { id: ON_SHARD_0.guildId, name: 'Newsroom', channels: [{ id: ON_SHARD_0.channelId, name: 'news' }] },
      {
        id: ON_SHARD_1.guildId,
        name: 'Foreign desk',
        channels: [{ id: ON_SHARD_1.channelId, name: 'desk' }],
      },
    ],
  });
});

afterAll(async () => {
  await fake?.stop();
  await corpus?.remove();
});

function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting until ${what}`);
}

function answered(token: string): (request: RecordedRequest) => boolean {
  return (request) => request.method === 'PATCH' && request.path.includes(token) && request.status === 200;
}

// The analysis cache file of a corpus folder, named as src/search/cache.ts names it.
function cacheFileOf(dir: string): string {
  const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16);
  return join(DEFAULT_CACHE_DIR, `analysis-${key}.json`);
}

describe('dossier start --shards auto', () => {
  let shards: RunningShards | undefined;
  let pids: (number | undefined)[] = [];
  const fatal: string[] = [];

  afterAll(async () => {
    await shards?.stop();
  });

  it('spawns one process per recommended shard, reading the analyses the manager cached', async () => {
    // What `dossier start` does before spawning: open the corpus once, warming the cache.
    await openLibrary(corpus.dir);
    const cached = await stat(cacheFileOf(corpus.dir));

    shards = await startShards(config(), corpus.dir, {
      logger: createLogger({ level: 'error', write: () => undefined }),
      silent: true,
      onFatal: (message) => fatal.push(message),
    });
    pids = [...shards.manager.shards.values()].map((shard) => shard.process?.pid);

    expect(shards.count).toBe(2);
    expect(pids.filter(isAlive)).toHaveLength(2);
    const identified = fake.gatewayPayloads
      .filter((payload) => payload.op === 2)
      .map((payload) => (payload.d as { shard: [number, number] }).shard);
    expect(identified).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    // Neither shard analysed the corpus again: the cache file was not rewritten.
    const after = await stat(cacheFileOf(corpus.dir));
    expect(after.mtimeMs).toBe(cached.mtimeMs);
    expect(after.ino).toBe(cached.ino);
  });

  it('answers a guild on each shard, from the shard Discord routes it to', async () => {
    expect(fake.shardForGuild(ON_SHARD_0.guildId)).toBe(0);
    expect(fake.shardForGuild(ON_SHARD_1.guildId)).toBe(1);
    const first = fake.interact(slashCommand('search', { query: 'Tartus' }, ON_SHARD_0, { userId: READER }));
    const second = fake.interact(slashCommand('who', { name: 'Lavrov' }, ON_SHARD_1, { userId: READER }));
    const [tartus, lavrov] = await Promise.all([
      fake.waitForRequest(answered(first.token), 15_000),
      fake.waitForRequest(answered(second.token), 15_000),
    ]);
    expect(JSON.stringify(tartus.body)).toContain('Tartus');
    expect(JSON.stringify(lavrov.body)).toContain('Lavrov');
    expect(fake.acknowledgements(first.token)).toBe(1);
    expect(fake.acknowledgements(second.token)).toBe(1);
  });

  it('reports each shard process’s resident memory', async () => {
    const memory = (await shards?.memory()) ?? [];
    expect(memory.map((entry) => entry.shard)).toEqual([0, 1]);
    for (const entry of memory) expect(entry.rss).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('stops for good, without restarting the shard, when Discord closes a shard with 4004', async () => {
    const identifiesOnShard1 = () =>
      fake.gatewayPayloads.filter((payload) => payload.op === 2 && payload.shard === 1).length;
    const before = identifiesOnShard1();
    fake.closeGateway(4004, 'Authentication failed', 1);
    await waitUntil(() => fatal.length > 0, 'the manager is told the shard cannot go on');
    expect(fatal[0]).toMatch(/4004/);
    expect(fatal[0]).toMatch(/DISCORD_TOKEN/);
    expect(fatal[0]).not.toContain(TOKEN);
    await waitUntil(() => !isAlive(pids[1]), 'the refused shard has exited');
    expect(identifiesOnShard1()).toBe(before);
  });

  it('leaves no shard process behind when stopped', async () => {
    await shards?.stop();
    expect(pids.filter(isAlive)).toEqual([]);
  });
});

describe('dossier start --shards 2 when Discord refuses a shard at IDENTIFY', () => {
  it('fails start-up with one line instead of retrying the shard', async () => {
    const identifiesBefore = fake.identifyCount();
    fake.failNextIdentify(4014);
    const failure = await startShards(config({ shards: 2 }), corpus.dir, {
      logger: createLogger({ level: 'error', write: () => undefined }),
      silent: true,
    }).then(
      async (started) => {
        await started.stop();
        return null;
      },
      (error: unknown) => error as Error,
    );
    expect(failure?.name).toBe('DiscordStartError');
    expect(failure?.message).toMatch(/4014/);
    expect(failure?.message).toMatch(/intent/);
    expect(failure?.message).not.toContain('\n');
    // One IDENTIFY per shard and no more: the refused shard was not started again.
    expect(fake.identifyCount() - identifiesBefore).toBeLessThanOrEqual(2);
  });
});

describe('dossier start, one process', () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it.each([
    [4004, /DISCORD_TOKEN/],
    [4014, /intent/],
  ])(
    'exits non-zero with one clear line when the gateway closes with %i after start-up',
    async (code, says) => {
      const env = environmentForBotProcess({
        token: TOKEN,
        applicationId: APPLICATION_ID,
        apiBase: fake.apiBase,
        corpusDir: corpus.dir,
        logLevel: 'error',
      });
      const identifiesBefore = fake.identifyCount();
      child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], { env });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      const exited = new Promise<number | null>((resolve) =>
        child?.once('exit', (status) => resolve(status)),
      );
      // The fake still recommends two shards, but without --shards the bot runs one process: shard 0
      // of 1. It identifies once; then Discord closes the connection for good.
      await waitUntil(
        () => fake.identifyCount() > identifiesBefore && fake.isConnected(0),
        'the bot has identified',
      );
      fake.closeGateway(code, 'closed for good', 0);
      const status = await exited;
      expect(status).toBe(1);
      const lines = stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('dossier:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(says);
      expect(lines[0]).toContain(String(code));
      expect(stderr).not.toContain(TOKEN);
      expect(fake.identifyCount()).toBe(identifiesBefore + 1);
    },
  );
});
