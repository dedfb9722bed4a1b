/**
 * The connection and the API misbehaving while people are asking: gateway closes and invalid
 * sessions in the middle of a burst, rate limits and server errors on every kind of answer, and
 * errors that retrying cannot fix. Every interaction must be answered once, never twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotOnFake, startBotOnFake } from './bot-on-fake.js';
import { completesAnswer } from './discord-bodies.js';
import { type FakeDiscord, fakeSnowflake, type RecordedRequest } from './fake-discord.js';
import { autocomplete, slashCommand, type Where } from './interactions.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.resilience-token-abcdefghijklmnopqrstu';
const APPLICATION_ID = fakeSnowflake();
const WHERE: Where = { guildId: fakeSnowflake(), channelId: fakeSnowflake() };
const GATEWAY_OP = { identify: 2, resume: 6 } as const;

let running: BotOnFake;
let fake: FakeDiscord;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  running = await startBotOnFake({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    where: WHERE,
    onLog: (entry) => logLines.push(entry),
    // A burst here is many readers at once; the cooldown has tests of its own.
    cooldown: null,
  });
  fake = running.fake;
});

afterAll(async () => {
  await running?.stop();
});

/** A mix of what a busy server sends: searches, lookups, help and autocomplete, each from a new reader. */
function askSomething(index: number): { token: string } {
  const asker = { userId: fakeSnowflake() };
  switch (index % 5) {
    case 0:
      return fake.interact(slashCommand('search', { query: 'Tartus naval base' }, WHERE, asker));
    case 1:
      return fake.interact(slashCommand('who', { name: 'Lavrov' }, WHERE, asker));
    case 2:
      return fake.interact(slashCommand('help', {}, WHERE, asker));
    case 3:
      return fake.interact(autocomplete('who', { name: 'name', value: 'sha' }, {}, WHERE, asker));
    default:
      return fake.interact(slashCommand('quote', { speaker: 'Shaibani' }, WHERE, asker));
  }
}

function burst(count: number): string[] {
  return Array.from({ length: count }, (_, index) => askSomething(index).token);
}

function gatewayCounts() {
  return {
    resumes: fake.gatewayPayloads.filter((payload) => payload.op === GATEWAY_OP.resume).length,
    identifies: fake.identifyCount(),
  };
}

async function reconnected(before: { resumes: number; identifies: number }): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const now = gatewayCounts();
    const again = now.resumes > before.resumes || now.identifies > before.identifies;
    if (again && fake.isConnected()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the client neither resumed nor identified again');
}

async function answered(tokens: readonly string[]): Promise<void> {
  await Promise.all(tokens.map((token) => fake.waitForRequest(completesAnswer(token), 15_000)));
}

/**
 * Answers arrive in the order events were dispatched, so once a later question is answered any
 * duplicate handling of an earlier one would already have reached the fake.
 */
async function settle(): Promise<void> {
  await answered(burst(1));
}

describe('gateway trouble in the middle of a burst', () => {
  it.each([
    ['closes with 4000 (unknown error)', 'resume', () => fake.closeGateway(4000)],
    ['closes with 4009 (session timed out)', 'resume', () => fake.closeGateway(4009)],
    ['drops without a close frame (1006)', 'resume', () => fake.closeGateway(1006)],
    ['asks for a reconnect (op 7)', 'resume', () => fake.requestReconnect()],
    ['invalidates the session, resumable (op 9)', 'resume', () => fake.invalidateSession(true)],
    ['closes normally (1000)', 'identify', () => fake.closeGateway(1000)],
    ['invalidates the session for good (op 9)', 'identify', () => fake.invalidateSession(false)],
  ] as const)(
    'the gateway %s: every later question is answered exactly once',
    async (_what, recovery, disturb) => {
      const counts = gatewayCounts();
      const beforeTrouble = burst(15);
      disturb();
      const whileAway = burst(10);
      await reconnected(counts);
      const afterwards = burst(15);
      await answered(afterwards);
      if (recovery === 'resume') {
        // A resumed session replays what it missed, so nothing asked in between is lost either.
        await answered([...beforeTrouble, ...whileAway]);
        expect(gatewayCounts().resumes).toBeGreaterThan(counts.resumes);
      } else {
        expect(fake.identifyCount()).toBeGreaterThan(counts.identifies);
      }
      await settle();
      for (const token of afterwards) expect(fake.acknowledgements(token)).toBe(1);
      for (const token of [...beforeTrouble, ...whileAway])
        expect(fake.acknowledgements(token)).toBeLessThanOrEqual(1);
    },
  );
});

function succeeded(token: string, method: string, path: RegExp): RecordedRequest[] {
  return fake
    .requestsFor(token)
    .filter((request) => request.method === method && path.test(request.path) && request.status < 300);
}

const FOLLOW_UP = /^\/webhooks\/\d+\/[^/]+$/;
const ORIGINAL = /\/messages\/@original$/;
const CALLBACK_PATH = /\/callback$/;

/** An empty /search is answered privately, by deleting the public placeholder and following up. */
function askForAFollowUp(): string {
  return fake.interact(slashCommand('search', { query: '   ' }, WHERE, { userId: fakeSnowflake() })).token;
}

function askForAnEdit(): string {
  return fake.interact(slashCommand('search', { query: 'Hmeimim' }, WHERE, { userId: fakeSnowflake() }))
    .token;
}

const RATE_LIMITED = {
  status: 429,
  body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
  headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
};

const BAD_GATEWAY = { status: 502, body: { message: 'Bad Gateway' } };
const UNAVAILABLE = { status: 503, body: { message: 'Service Unavailable' } };

describe('the API refusing for a moment', () => {
  it.each([
    ['a 429 on the deferral', 'POST', CALLBACK_PATH, RATE_LIMITED, askForAnEdit],
    ['a 429 on the edit of the answer', 'PATCH', ORIGINAL, RATE_LIMITED, askForAnEdit],
    ['a 502 on the edit of the answer', 'PATCH', ORIGINAL, BAD_GATEWAY, askForAnEdit],
    ['a 429 on a follow-up', 'POST', FOLLOW_UP, RATE_LIMITED, askForAFollowUp],
    ['a 503 on a follow-up', 'POST', FOLLOW_UP, UNAVAILABLE, askForAFollowUp],
  ] as const)('waits out %s and answers once', async (_what, method, path, fault, ask) => {
    fake.failRest({ method, path, ...fault, times: 2 });
    const token = ask();
    await fake.waitForRequest(completesAnswer(token));
    await settle();
    const refused = fake.requestsFor(token).filter((request) => request.status === fault.status);
    expect(refused).toHaveLength(2);
    expect(fake.acknowledgements(token)).toBe(1);
    const answers =
      path === FOLLOW_UP ? succeeded(token, 'POST', FOLLOW_UP) : succeeded(token, 'PATCH', ORIGINAL);
    expect(answers).toHaveLength(1);
  });
});

describe('the API refusing for good', () => {
  it.each([
    ['404 Unknown interaction on the deferral', 'POST', CALLBACK_PATH, 404, 10062, askForAnEdit],
    ['403 Missing Access on a follow-up', 'POST', FOLLOW_UP, 403, 50001, askForAFollowUp],
    ['404 Unknown Webhook on the edit', 'PATCH', ORIGINAL, 404, 10015, askForAnEdit],
  ] as const)(
    'logs %s with its context, never retries it, and keeps answering',
    async (_what, method, path, status, code, ask) => {
      const firstLog = logLines.length;
      // Twice: the apology that follows the failure is refused the same way.
      fake.failRest({ method, path, status, body: { message: 'refused by the fake', code }, times: 2 });
      const token = ask();
      const interactionId = await loggedFailure(firstLog);
      expect(
        fake.requestsFor(token).filter((request) => request.status === status).length,
      ).toBeLessThanOrEqual(2);
      const failure = logLines.slice(firstLog).find((line) => line.message === 'interaction failed');
      expect(failure).toMatchObject({
        level: 'error',
        command: 'search',
        guildId: WHERE.guildId,
        interactionId,
      });
      expect(JSON.stringify(failure)).not.toContain(TOKEN);
      await answered([askForAnEdit()]);
    },
  );
});

async function loggedFailure(from: number): Promise<string> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const failure = logLines.slice(from).find((line) => line.message === 'interaction failed');
    if (failure) return String(failure.interactionId);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no failure was logged');
}
