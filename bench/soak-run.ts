/**
 * Load and soak through the fake Discord: the real bot (startBot, the real discord.js client) in
 * a process of its own (bench/soak-bot.ts), answering a stream of mixed interactions sent over
 * the gateway, optionally while the gateway closes and the API answers 429 and 5xx. Every interaction is tracked by its token, from the
 * dispatch to Discord's acknowledgement to the message that carries the answer. Used by
 * `npm run soak` (bench/soak.ts) and, at a smaller size, by tests/e2e/soak.test.ts.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { environmentForBotProcess } from '../tests/e2e/bot-on-fake.js';
import { newsCorpus, type TestCorpus } from '../tests/e2e/corpus.js';
import { completesAnswer, limitViolations, type MessageBody } from '../tests/e2e/discord-bodies.js';
import { FakeDiscord, fakeSnowflake, type RecordedRequest } from '../tests/e2e/fake-discord.js';
import {
  autocomplete,
  buttonPress,
  messageMenu,
  slashCommand,
  type Where,
} from '../tests/e2e/interactions.js';

export interface RunOptions {
  interactions: number;
  /** At most this many unanswered interactions at once; Infinity sends everything at once. */
  inFlight: number;
  /** Inject a 429 or 5xx on about one REST request in a hundred. */
  faults: boolean;
  /**
   * Gateway disturbances spread evenly over the run, alternately one the session survives
   * (closes 4000, 1006, 4009, op 7, resumable op 9) and one that needs a new session (close
   * 1000, op 9).
   */
  gatewayFaults?: number;
  /** How many different people ask; the cooldown is per person. */
  people: number;
  /** Samples the bot process's resident memory (after a GC) at these fractions of the run. */
  sampleMemoryAt?: readonly number[];
  /** Gives up waiting for the last answers after this long. */
  drainTimeoutMs?: number;
  seed?: number;
}

export interface RunResult {
  sent: number;
  /** Acknowledged exactly once and completed by a message or choices. */
  answeredOnce: number;
  /** Acknowledged more than once: Discord would have refused the extra answers. */
  answeredTwice: number;
  /** Never acknowledged or never completed. */
  lost: number;
  /** Answers that break a Discord limit or could ping someone. */
  unsendable: number;
  /** Errors and warnings the bot logged, by message. */
  logged: Record<string, number>;
  durationMs: number;
  /** Interactions sent per second, start of sending to the last answer. */
  ratePerSecond: number;
  /** Milliseconds from the dispatch to the acknowledgement (the three-second deadline). */
  ackMs: { p50: number; p99: number; max: number };
  /** Milliseconds from the dispatch to the message that carries the answer. */
  answerMs: { p50: number; p99: number; max: number };
  faults: Record<string, number>;
  /** Resident memory of the bot's process at each sampled point, in bytes. */
  rss: { at: number; bytes: number }[];
  /** CPU time the bot's process used over the run, user and system, in seconds. */
  botCpuSeconds: number;
}

/** The bot's process, as the soak drives it. */
interface BotProcess {
  /** Resident memory after a garbage collection, and CPU used so far. */
  sample(): Promise<{ rss: number; cpuSeconds: number }>;
  stop(): Promise<void>;
}

const BOT_ENTRY = fileURLToPath(new URL('./soak-bot.ts', import.meta.url));
async function startBotProcess(
  settings: { token: string; applicationId: string; apiBase: string; corpusDir: string },
  onLog: (message: string) => void,
): Promise<BotProcess> {
  const env = environmentForBotProcess({ ...settings, logLevel: 'warn' });
  const child: ChildProcess = fork(BOT_ENTRY, [settings.corpusDir], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let pending = '';
  let lastLines: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      lastLines = [...lastLines.slice(-4), line];
      try {
        onLog(String((JSON.parse(line) as { message?: unknown }).message));
      } catch {
        onLog(line);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) =>
      message === 'ready' ? resolve() : reject(new Error(String(message))),
    );
    child.once('exit', (code) =>
      reject(new Error(`the bot exited (${code}) before it was ready: ${lastLines.join(' | ')}`)),
    );
  });
  return {
    sample: () =>
      new Promise((resolve) => {
        const onMessage = (message: unknown) => {
          const reply = message as { rss?: number; cpu?: { user: number; system: number } };
          if (typeof reply.rss !== 'number' || reply.cpu === undefined) return;
          child.off('message', onMessage);
          resolve({ rss: reply.rss, cpuSeconds: (reply.cpu.user + reply.cpu.system) / 1e6 });
        };
        child.on('message', onMessage);
        child.send('rss');
      }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 8_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.soak-token-abcdefghijklmnopqrstuvwxyz0';

const SEARCHES = [
  'military bases',
  'Tartus',
  'Hmeimim air base',
  'lavrof',
  'grain',
  'sanctions Damascus',
  '   ',
];
const NAMES = ['Lavrov', 'Shaibani', 'Putin', 'Assad', 'Sharaa', 'nobody at all', 'لافروف'];

/** An interaction not yet answered; answered ones keep only their timings and token. */
interface InFlight {
  index: number;
  userId: string;
  sentAt: number;
  acknowledged: boolean;
}

/** A small seeded generator, so a run can be repeated exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function tokenOf(path: string): string | undefined {
  return /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
}

export async function runInteractions(options: RunOptions): Promise<RunResult> {
  const random = seededRandom(options.seed ?? 20_250_731);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const applicationId = fakeSnowflake();
  const where: Where = { guildId: fakeSnowflake(), channelId: fakeSnowflake() };
  const people = Array.from({ length: options.people }, () => fakeSnowflake());
  const corpus: TestCorpus = await newsCorpus();
  const fake = await FakeDiscord.start({
    token: TOKEN,
    applicationId,
    recordRequests: false,
    guilds: [{ id: where.guildId, name: 'Newsroom', channels: [{ id: where.channelId, name: 'news' }] }],
  });
  const logged: Record<string, number> = {};
  let bot: BotProcess | undefined;
  const inFlight = new Map<string, InFlight>();
  const tokens: string[] = [];
  // Preallocated, so the harness's own memory does not grow with the run it measures.
  const ackMs = new Float64Array(options.interactions + 1).fill(Number.NaN);
  const answerMs = new Float64Array(options.interactions + 1).fill(Number.NaN);
  const pages: { customId: string; ownerId: string }[] = [];
  let unsendable = 0;
  let onAnswered: (() => void) | null = null;

  const stopListening = fake.onRequest((request: RecordedRequest) => {
    const token = tokenOf(request.path);
    const entry = token === undefined ? undefined : inFlight.get(token);
    if (token === undefined || entry === undefined) return;
    const elapsed = performance.now() - entry.sentAt;
    if (request.path.endsWith('/callback') && request.status < 300 && !entry.acknowledged) {
      entry.acknowledged = true;
      ackMs[entry.index] = elapsed;
    }
    const body = request.body as ({ data?: MessageBody } & MessageBody) | null;
    const message = request.path.endsWith('/callback') ? body?.data : body;
    if (message && request.status < 300 && (message.embeds || message.content !== undefined)) {
      if (limitViolations(message).length > 0) unsendable += 1;
      for (const button of (message.components ?? []).flatMap((row) => row.components)) {
        if (!button.custom_id?.startsWith('page:') || button.disabled) continue;
        pages.push({ customId: button.custom_id, ownerId: entry.userId });
        if (pages.length > 50) pages.shift();
      }
    }
    if (completesAnswer(token)(request)) {
      answerMs[entry.index] = elapsed;
      inFlight.delete(token);
      fake.forget(token);
      onAnswered?.();
    }
  });

  /** Resolves once at most `limit` interactions are unanswered, or after `timeoutMs`. */
  const settleTo = async (limit: number, timeoutMs = 30_000): Promise<void> => {
    const deadline = performance.now() + timeoutMs;
    while (inFlight.size > limit && performance.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        onAnswered = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      onAnswered = null;
    }
  };

  bot = await startBotProcess(
    { token: TOKEN, applicationId, apiBase: fake.apiBase, corpusDir: corpus.dir },
    (message) => {
      logged[message] = (logged[message] ?? 0) + 1;
    },
  );
  const cpuAtStart = (await bot.sample()).cpuSeconds;
  let cpuAtEnd = cpuAtStart;

  const ask = (index: number): string => {
    const userId = pick(people);
    const asker = { userId };
    const roll = random();
    let payload: Record<string, unknown>;
    // Discord sends an autocomplete for each pause in typing, so they outnumber the commands
    // they lead to; commands are weighted by how often a newsroom would run them.
    if (roll < 0.3) {
      payload = autocomplete('who', { name: 'name', value: pick(NAMES).slice(0, 3) }, {}, where, asker);
    } else if (roll < 0.5) payload = slashCommand('search', { query: pick(SEARCHES) }, where, asker);
    else if (roll < 0.62) payload = slashCommand('who', { name: pick(NAMES) }, where, asker);
    else if (roll < 0.7) payload = slashCommand('quote', { speaker: pick(NAMES) }, where, asker);
    else if (roll < 0.76) payload = slashCommand('summary', {}, where, asker);
    else if (roll < 0.8) payload = slashCommand('article', {}, where, asker);
    else if (roll < 0.85) payload = slashCommand('help', { hide: true }, where, asker);
    else if (roll < 0.92) {
      payload = messageMenu(
        'Find in article',
        { content: pick(SEARCHES), authorId: pick(people) },
        where,
        asker,
      );
    } else if (pages.length > 0) {
      // Half from the asker (the page turns), half from someone else (politely refused).
      const page = pick(pages);
      const message = { id: fakeSnowflake(), channel_id: where.channelId, content: '', embeds: [] };
      payload = buttonPress(page.customId, message, where, {
        userId: random() < 0.5 ? page.ownerId : userId,
      });
    } else payload = slashCommand('timeline', {}, where, asker);
    const sentAt = performance.now();
    const { token } = fake.interact(payload);
    inFlight.set(token, { index, userId, sentAt, acknowledged: false });
    tokens.push(token);
    return token;
  };

  const faults: Record<string, number> = {};
  const count = (name: string) => {
    faults[name] = (faults[name] ?? 0) + 1;
  };
  const restFaults = [
    () => fake.failRest({ method: 'POST', path: /\/callback$/, ...RATE_LIMITED }),
    () => fake.failRest({ method: 'PATCH', path: /\/messages\/@original$/, ...RATE_LIMITED }),
    () => fake.failRest({ method: 'POST', path: /^\/webhooks\/\d+\/[^/]+$/, ...RATE_LIMITED }),
    () =>
      fake.failRest({
        method: 'PATCH',
        path: /\/messages\/@original$/,
        status: 502,
        body: { message: 'Bad Gateway' },
      }),
    () =>
      fake.failRest({
        method: 'POST',
        path: /\/callback$/,
        status: 503,
        body: { message: 'Service Unavailable' },
      }),
    () =>
      fake.failRest({
        method: 'POST',
        path: /^\/webhooks\/\d+\/[^/]+$/,
        status: 500,
        body: { message: 'Internal' },
      }),
  ];
  // The session survives these: what is dispatched meanwhile is replayed on RESUME.
  const resumingFaults: [string, () => void][] = [
    ['gateway close 4000', () => fake.closeGateway(4000)],
    ['gateway close 1006', () => fake.closeGateway(1006)],
    ['gateway close 4009', () => fake.closeGateway(4009)],
    ['gateway reconnect (op 7)', () => fake.requestReconnect()],
    ['invalid session, resumable (op 9)', () => fake.invalidateSession(true)],
  ];
  // A new session: Discord delivers nothing to a bot that is not connected, so sending pauses.
  const identifyingFaults: [string, () => void][] = [
    ['gateway close 1000', () => fake.closeGateway(1000)],
    ['invalid session (op 9)', () => fake.invalidateSession(false)],
  ];

  const gatewayFaults = options.gatewayFaults ?? 0;
  const gatewayFaultAt = new Map<number, 'resume' | 'identify'>();
  for (let fault = 1; fault <= gatewayFaults; fault += 1) {
    const at = Math.floor((fault * options.interactions) / (gatewayFaults + 1));
    gatewayFaultAt.set(at, fault % 2 === 1 ? 'resume' : 'identify');
  }
  const sampleAt = new Set(
    (options.sampleMemoryAt ?? []).map((fraction) => Math.floor(fraction * options.interactions)),
  );
  const rss: { at: number; bytes: number }[] = [];
  const sampleMemory = async (at: number) => {
    await settleTo(0);
    rss.push({ at, bytes: (await (bot as BotProcess).sample()).rss });
  };
  const started = performance.now();
  try {
    for (let index = 0; index < options.interactions; index += 1) {
      if (sampleAt.has(index)) await sampleMemory(index);
      if (inFlight.size >= options.inFlight) await settleTo(options.inFlight - 1);
      if (options.faults && index > 0 && index % 97 === 0) {
        pick(restFaults)();
        count('REST 429 or 5xx');
      }
      const gatewayFault = gatewayFaultAt.get(index);
      if (gatewayFault === 'resume') {
        const [name, disturb] = pick(resumingFaults);
        disturb();
        count(name);
      } else if (gatewayFault === 'identify') {
        const [name, disturb] = pick(identifyingFaults);
        const identifies = fake.identifyCount();
        await settleTo(0);
        disturb();
        count(name);
        while (!(fake.identifyCount() > identifies && fake.isConnected())) await sleep(20);
      }
      ask(index);
      // Yield now and then so the bot's socket is read while the fake keeps sending.
      if (index % 50 === 49) await sleep(0);
    }
    await settleTo(0, options.drainTimeoutMs ?? 60_000);
    if (sampleAt.has(options.interactions)) await sampleMemory(options.interactions);
    // A late duplicate would follow the last answer; one more round trip lets it arrive.
    ask(options.interactions);
    await settleTo(0, 10_000);
    tokens.pop();
    cpuAtEnd = (await bot.sample()).cpuSeconds;
  } finally {
    stopListening();
    await bot?.stop();
    await fake.stop();
    await corpus.remove();
  }
  const finished = performance.now();

  let answeredOnce = 0;
  let answeredTwice = 0;
  let lost = 0;
  tokens.forEach((token, index) => {
    const acknowledgements = fake.acknowledgements(token);
    if (acknowledgements > 1) answeredTwice += 1;
    else if (acknowledgements === 1 && !Number.isNaN(answerMs[index] ?? Number.NaN)) answeredOnce += 1;
    else lost += 1;
  });
  const summarise = (values: Float64Array) => {
    const sorted = [...values.slice(0, options.interactions)].filter((value) => !Number.isNaN(value));
    sorted.sort((a, b) => a - b);
    return {
      p50: round(percentile(sorted, 0.5)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted.at(-1) ?? 0),
    };
  };
  return {
    sent: tokens.length,
    answeredOnce,
    answeredTwice,
    lost,
    unsendable,
    logged,
    durationMs: Math.round(finished - started),
    ratePerSecond: Math.round((tokens.length / (finished - started)) * 1000),
    ackMs: summarise(ackMs),
    answerMs: summarise(answerMs),
    faults,
    rss,
    botCpuSeconds: Math.round((cpuAtEnd - cpuAtStart) * 10) / 10,
  };
}

const RATE_LIMITED = {
  status: 429,
  body: { message: 'You are being rate limited.', retry_after: 0.02, global: false },
  headers: { 'retry-after': '0.02', 'x-ratelimit-scope': 'user' },
};

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
