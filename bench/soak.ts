/**
 * `npm run soak [-- --burst 2000 --soak 20000 --shards 2]`: load and soak of the real bot through
 * the fake Discord on 127.0.0.1, printing the figures bench/SOAK.md records.
 *   (a) a burst: every interaction sent as fast as the fake can, nothing held back;
 *   (b) a soak: random commands with gateway closes, invalid sessions, 429s and 5xx injected,
 *       resident memory sampled (after a GC) from the end of the warm-up to the end;
 *   (c) resident memory of each shard process under discord.js's ShardingManager.
 * Every interaction must be answered exactly once; the run exits 1 if one is not.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startShards } from '../src/discord/sharding.js';
import { openLibrary } from '../src/library.js';
import { createLogger } from '../src/log.js';
import { newsCorpus } from '../tests/e2e/corpus.js';
import { FakeDiscord, fakeSnowflake } from '../tests/e2e/fake-discord.js';
import { type RunResult, runInteractions } from './soak-run.js';

const SHARD_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.soak-shards-abcdefghijklmnopqrstuvwx';
/** Memory after this share of the soak is the baseline growth is measured from. */
const WARM_UP = 0.2;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describe(name: string, result: RunResult): string {
  const lines = [
    `${name}: ${result.sent} interactions in ${(result.durationMs / 1000).toFixed(1)} s (${result.ratePerSecond}/s held)`,
    `  answered exactly once ${result.answeredOnce}, twice ${result.answeredTwice}, lost ${result.lost}, over a Discord limit ${result.unsendable}`,
    `  dispatch -> acknowledgement: p50 ${result.ackMs.p50} ms, p99 ${result.ackMs.p99} ms, max ${result.ackMs.max} ms`,
    `  dispatch -> answer:          p50 ${result.answerMs.p50} ms, p99 ${result.answerMs.p99} ms, max ${result.answerMs.max} ms`,
    `  bot process CPU: ${result.botCpuSeconds} s`,
  ];
  if (Object.keys(result.faults).length > 0) {
    lines.push(
      `  faults injected: ${Object.entries(result.faults)
        .map(([fault, n]) => `${fault} ×${n}`)
        .join(', ')}`,
    );
  }
  if (Object.keys(result.logged).length > 0) {
    lines.push(
      `  logged: ${Object.entries(result.logged)
        .map(([message, n]) => `"${message}" ×${n}`)
        .join(', ')}`,
    );
  }
  if (result.rss.length > 1) {
    const warm = result.rss[0]?.bytes ?? 0;
    const last = result.rss.at(-1)?.bytes ?? 0;
    lines.push(
      `  bot RSS: ${result.rss.map((sample) => `${sample.at}: ${megabytes(sample.bytes)}`).join(', ')}`,
      `  RSS growth after warm-up: ${(((last - warm) / warm) * 100).toFixed(1)} %`,
    );
  }
  return lines.join('\n');
}

async function shardMemory(shards: number): Promise<string> {
  const corpus = await newsCorpus();
  const fake = await FakeDiscord.start({
    token: SHARD_TOKEN,
    applicationId: fakeSnowflake(),
    shards,
    maxConcurrency: shards,
    recordRequests: false,
    guilds: [],
  });
  const logger = createLogger({ level: 'error' });
  try {
    await openLibrary(corpus.dir);
    const running = await startShards(
      {
        discord: {
          token: SHARD_TOKEN,
          applicationId: fakeSnowflake(),
          guildId: null,
          apiBase: fake.apiBase,
          shards: 'auto',
        },
        corpusDir: corpus.dir,
        logLevel: 'error',
      },
      corpus.dir,
      { logger },
    );
    try {
      const memory = await running.memory();
      return `Shards: ${memory.map((entry) => `shard ${entry.shard} ${megabytes(entry.rss)}`).join(', ')} (manager ${megabytes(process.memoryUsage().rss)}, this process, which also runs the fake)`;
    } finally {
      await running.stop();
    }
  } finally {
    await fake.stop();
    await corpus.remove();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      burst: { type: 'string', default: '2000' },
      soak: { type: 'string', default: '20000' },
      shards: { type: 'string', default: '2' },
    },
  });
  const burstSize = Number(values.burst);
  const soakSize = Number(values.soak);
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; the bot runs in its own process, memory sampled after a GC\n\n`,
  );

  const burst = await runInteractions({
    interactions: burstSize,
    inFlight: Number.POSITIVE_INFINITY,
    faults: false,
    people: 1_000,
  });
  process.stdout.write(`${describe('Burst', burst)}\n\n`);

  const soak = await runInteractions({
    interactions: soakSize,
    inFlight: 100,
    faults: true,
    gatewayFaults: 20,
    people: 2_000,
    sampleMemoryAt: [WARM_UP, 0.4, 0.6, 0.8, 1],
    drainTimeoutMs: 60_000,
  });
  process.stdout.write(`${describe('Soak', soak)}\n\n`);

  const shards = Number(values.shards);
  if (shards > 0) process.stdout.write(`${await shardMemory(shards)}\n`);

  const failed = [burst, soak].some((result) => result.answeredOnce !== result.sent || result.unsendable > 0);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
