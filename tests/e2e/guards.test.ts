/**
 * What stands between a person and an expensive or out-of-place command, through the real
 * discord.js client and the fake: the cooldown, DMs and user installs, commands from an older
 * deploy, answers that defer before the work starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPENSIVE_COMMAND_COOLDOWN } from '../../src/discord/cooldown.js';
import type { Library } from '../../src/search/types.js';
import { type BotOnFake, startBotOnFake } from './bot-on-fake.js';
import {
  CALLBACK,
  type ChoiceBody,
  completesAnswer,
  EPHEMERAL,
  type MessageBody,
  textOf,
} from './discord-bodies.js';
import { type FakeDiscord, fakeSnowflake } from './fake-discord.js';
import {
  autocomplete,
  buttonPress,
  inDirectMessage,
  messageMenu,
  slashCommand,
  throughUserInstall,
  type Where,
} from './interactions.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.guards-token-abcdefghijklmnopqrstuvwxy';
const APPLICATION_ID = fakeSnowflake();
const WHERE: Where = { guildId: fakeSnowflake(), channelId: fakeSnowflake() };

const SLOW_WORK_MS = 150;

let running: BotOnFake;
let fake: FakeDiscord;
/** For each time a handler asked for the library: the callback types Discord had already received. */
const callbacksSeenByLibrary: number[][] = [];
let askingToken: string | null = null;

beforeAll(async () => {
  running = await startBotOnFake({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    where: WHERE,
    // The getter stands in for slow work: it records what Discord had been told when the work
    // began, which is what decides whether the three-second deadline can be missed.
    library: (corpus, fake) => (): Library => {
      if (askingToken !== null) {
        callbacksSeenByLibrary.push(
          fake
            .requestsFor(askingToken)
            .filter((request) => request.path.endsWith('/callback') && request.status === 204)
            .map((request) => (request.body as { type: number }).type),
        );
        // Slow, as a search over a large corpus is: the event loop is held, so nothing not
        // already sent to Discord can be sent until the work is done.
        const until = performance.now() + SLOW_WORK_MS;
        while (performance.now() < until) {}
      }
      return corpus.library;
    },
  });
  fake = running.fake;
});

afterAll(async () => {
  await running?.stop();
});

async function answerTo(payload: Record<string, unknown>): Promise<{ token: string; body: MessageBody }> {
  const { token } = fake.interact(payload);
  const done = await fake.waitForRequest(completesAnswer(token));
  const raw = done.body as { data?: MessageBody } & MessageBody;
  return { token, body: done.path.endsWith('/callback') ? (raw.data ?? {}) : raw };
}

function isEphemeral(body: MessageBody): boolean {
  return ((body.flags ?? 0) & EPHEMERAL) === EPHEMERAL;
}

describe('the cooldown on costly commands', () => {
  it('lets a person run /search a few times, then asks them politely and privately to wait', async () => {
    const reader = fakeSnowflake();
    for (let run = 0; run < EXPENSIVE_COMMAND_COOLDOWN.uses; run += 1) {
      const { body } = await answerTo(slashCommand('search', { query: 'Tartus' }, WHERE, { userId: reader }));
      expect(textOf(body)).toContain('Tartus');
    }
    const { body } = await answerTo(slashCommand('search', { query: 'Tartus' }, WHERE, { userId: reader }));
    expect(isEphemeral(body)).toBe(true);
    expect(body.content).toMatch(/try \/search again in \d+ s/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('counts /summary and Find in article with /search, but never /who or another person', async () => {
    const reader = fakeSnowflake();
    for (let run = 0; run < EXPENSIVE_COMMAND_COOLDOWN.uses; run += 1) {
      await answerTo(slashCommand('summary', {}, WHERE, { userId: reader }));
    }
    const menu = await answerTo(
      messageMenu('Find in article', { content: 'Hmeimim air base', authorId: fakeSnowflake() }, WHERE, {
        userId: reader,
      }),
    );
    expect(menu.body.content).toMatch(/try Find in article again in \d+ s/);
    const who = await answerTo(slashCommand('who', { name: 'Lavrov' }, WHERE, { userId: reader }));
    expect(textOf(who.body)).toContain('Lavrov');
    const someoneElse = await answerTo(
      slashCommand('search', { query: 'Tartus' }, WHERE, { userId: fakeSnowflake() }),
    );
    expect(textOf(someoneElse.body)).toContain('Tartus');
  });
});

describe('commands outside a server that has added Dossier', () => {
  it('answers a command run in a DM privately, saying it works in servers', async () => {
    const reader = fakeSnowflake();
    const { body } = await answerTo(
      inDirectMessage(slashCommand('search', { query: 'Tartus' }, WHERE, { userId: reader }), reader),
    );
    expect(isEphemeral(body)).toBe(true);
    expect(body.content).toMatch(/servers/);
    expect(textOf(body)).not.toContain('Hmeimim');
  });

  it('answers a command reached through a user install in another server the same way', async () => {
    const reader = fakeSnowflake();
    const { body } = await answerTo(
      throughUserInstall(slashCommand('who', { name: 'Lavrov' }, WHERE, { userId: reader }), reader),
    );
    expect(isEphemeral(body)).toBe(true);
    expect(body.content).toMatch(/servers/);
  });

  it('offers no suggestions in a DM', async () => {
    const reader = fakeSnowflake();
    const { token } = fake.interact(
      inDirectMessage(
        autocomplete('who', { name: 'name', value: 'lav' }, {}, WHERE, { userId: reader }),
        reader,
      ),
    );
    const reply = await fake.waitForRequest(completesAnswer(token));
    expect((reply.body as { data: { choices: ChoiceBody[] } }).data.choices).toEqual([]);
  });
});

describe('commands and buttons this version did not expect', () => {
  it('asks for a redeploy when a required option is missing or of another type', async () => {
    const reader = fakeSnowflake();
    const missing = await answerTo(slashCommand('who', {}, WHERE, { userId: reader }));
    expect(isEphemeral(missing.body)).toBe(true);
    expect(missing.body.content).toMatch(/redeploy/);
    const retyped = await answerTo(slashCommand('quote', { speaker: 7 }, WHERE, { userId: reader }));
    expect(retyped.body.content).toMatch(/redeploy/);
  });

  it('still answers when an older registration sends an option this version ignores', async () => {
    const { body } = await answerTo(
      slashCommand('who', { name: 'Lavrov', verbose: true }, WHERE, { userId: fakeSnowflake() }),
    );
    expect(textOf(body)).toContain('Lavrov');
  });

  it('answers a command name it does not know, and suggests nothing for it', async () => {
    const { body } = await answerTo(
      slashCommand('timeline', { topic: 'ports' }, WHERE, { userId: fakeSnowflake() }),
    );
    expect(isEphemeral(body)).toBe(true);
    expect(body.content).toMatch(/redeploy/);
    const { token } = fake.interact(
      autocomplete('timeline', { name: 'topic', value: 'po' }, {}, WHERE, { userId: fakeSnowflake() }),
    );
    const reply = await fake.waitForRequest(completesAnswer(token));
    expect((reply.body as { data: { choices: ChoiceBody[] } }).data.choices).toEqual([]);
  });

  it.each([
    ['a tampered page key', 'page:../../etc:1'],
    ['a page of an unknown result', 'page:AAAAAAAA:3'],
    ['an id from another bot or an old version', 'vote:yes'],
    ['an empty id', ''],
  ])('answers a button with %s privately and politely', async (_what, customId) => {
    const message = { id: fakeSnowflake(), channel_id: WHERE.channelId, content: '', embeds: [] };
    const { token, body } = await answerTo(
      buttonPress(customId, message, WHERE, { userId: fakeSnowflake() }),
    );
    expect(isEphemeral(body)).toBe(true);
    expect(body.content).toMatch(/Run the command again/);
    expect(fake.acknowledgements(token)).toBe(1);
  });

  it('answers a name that was never among the suggestions with the nearest names, not an error', async () => {
    const { body } = await answerTo(
      slashCommand('who', { name: 'Lavrof Sergey' }, WHERE, { userId: fakeSnowflake() }),
    );
    expect(body.content ?? '').not.toMatch(/^Sorry/);
    expect(textOf(body)).toMatch(/Lavrov/);
  });

  it('answers an article that was never among the suggestions without an apology', async () => {
    const { body } = await answerTo(
      slashCommand('summary', { article: 'no-such-article-2019' }, WHERE, { userId: fakeSnowflake() }),
    );
    expect(body.content ?? '').not.toMatch(/^Sorry/);
    expect(textOf(body).length).toBeGreaterThan(0);
  });
});

describe('the three-second deadline', () => {
  it.each([
    ['search', { query: 'military bases' }],
    ['summary', {}],
    ['who', { name: 'Shaibani' }],
    ['quote', { speaker: 'Lavrov' }],
    ['article', {}],
  ] as const)('/%s defers before it reads the library, then edits in the answer', async (name, options) => {
    callbacksSeenByLibrary.length = 0;
    const payload = slashCommand(name, options, WHERE, { userId: fakeSnowflake() });
    const { token } = fake.interact(payload);
    askingToken = token;
    try {
      await fake.waitForRequest(completesAnswer(token));
    } finally {
      askingToken = null;
    }
    expect(callbacksSeenByLibrary.length).toBeGreaterThan(0);
    for (const seen of callbacksSeenByLibrary) expect(seen).toEqual([CALLBACK.deferReply]);
    const order = fake
      .requestsFor(token)
      .map((request) => `${request.method} ${request.path.split('/').at(-1)}`);
    expect(order.indexOf('POST callback')).toBe(0);
    expect(order.indexOf('PATCH @original')).toBeGreaterThan(0);
  });
});
