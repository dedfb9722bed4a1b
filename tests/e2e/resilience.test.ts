import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/log.js';
import { newsCorpus, type TestCorpus } from './corpus.js';
import { FakeDiscord, fakeSnowflake } from './fake-discord.js';
import { slashCommand, type Where } from './interactions.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.resilience-token-abcdefghijklmnopqrstu';
const APPLICATION_ID = fakeSnowflake();
const WHERE: Where = { guildId: fakeSnowflake(), channelId: fakeSnowflake() };
const READER = fakeSnowflake();

let fake: FakeDiscord;
let corpus: TestCorpus;
let bot: RunningBot;

beforeAll(async () => {
  corpus = await newsCorpus();
  fake = await FakeDiscord.start({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    guilds: [{ id: WHERE.guildId, name: 'Newsroom', channels: [{ id: WHERE.channelId, name: 'news' }] }],
  });
  bot = await startBot(
    {
      discord: { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiBase: fake.apiBase },
      corpusDir: corpus.dir,
      logLevel: 'error',
    },
    corpus.library,
    // One reader asks here far faster than a person would; the cooldown has tests of its own.
    { logger: createLogger({ level: 'error', write: () => undefined }), cooldown: null },
  );
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await corpus?.remove();
});

/** Asks /search and resolves with the edited reply once the bot has answered. */
async function searchIsAnswered(query: string): Promise<void> {
  const { token } = fake.interact(slashCommand('search', { query }, WHERE, { userId: READER }));
  const reply = await fake.waitForRequest(
    (request) => request.method === 'PATCH' && request.path.includes(token) && request.status === 200,
  );
  expect(JSON.stringify(reply.body)).toContain(query);
}

async function resumedOrIdentified(before: { resumes: number; identifies: number }): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const resumes = fake.gatewayPayloads.filter((payload) => payload.op === 6).length;
    if (resumes > before.resumes || fake.identifyCount() > before.identifies) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the client neither resumed nor identified again');
}

function gatewayCounts() {
  return {
    resumes: fake.gatewayPayloads.filter((payload) => payload.op === 6).length,
    identifies: fake.identifyCount(),
  };
}

describe('the fake can disturb the connection, and the bot keeps answering', () => {
  it.each([
    [4000, 'unknown error'],
    [4009, 'session timed out'],
    [1006, 'connection dropped without a close frame'],
  ])('reconnects after the gateway closes with %i (%s)', async (code) => {
    const before = gatewayCounts();
    fake.closeGateway(code);
    await resumedOrIdentified(before);
    await searchIsAnswered('Tartus');
  });

  it('identifies again after an invalid session that cannot be resumed (op 9)', async () => {
    const before = gatewayCounts();
    fake.invalidateSession(false);
    for (let attempt = 0; attempt < 400 && fake.identifyCount() === before.identifies; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(fake.identifyCount()).toBeGreaterThan(before.identifies);
    await searchIsAnswered('Hmeimim');
  });

  it('waits out a REST 429 with retry_after and still answers', async () => {
    fake.failRest({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
    });
    await searchIsAnswered('Lavrov');
    expect(fake.requests.some((request) => request.status === 429)).toBe(true);
  });

  it('retries a 502 from the API and still answers', async () => {
    fake.failRest({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 502,
      body: { message: 'Bad Gateway' },
    });
    await searchIsAnswered('Damascus');
    expect(fake.requests.some((request) => request.status === 502)).toBe(true);
  });
});
