import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/answer.js';
import type { Answer, Question } from '../../src/answers/types.js';
import type { Config } from '../../src/config.js';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { PageStore } from '../../src/discord/pages.js';
import { escapeText } from '../../src/discord/render/format.js';
import { createLogger } from '../../src/log.js';
import type { Library } from '../../src/search/types.js';
import { briefsCorpus, newsCorpus, type TestCorpus } from './corpus.js';
import {
  type ButtonBody,
  CALLBACK,
  EPHEMERAL,
  limitViolations,
  type MessageBody,
  textOf,
} from './discord-bodies.js';
import { FakeDiscord, fakeSnowflake, type RecordedRequest } from './fake-discord.js';
import {
  autocomplete,
  buttonPress,
  messageMenu,
  ORDINARY,
  PERMISSION,
  slashCommand,
  type Where,
} from './interactions.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.e2e-fake-token-abcdefghijklmnopqrstuvwx';
const APPLICATION_ID = fakeSnowflake();
const WHERE: Where = { guildId: fakeSnowflake(), channelId: fakeSnowflake() };
const READER = fakeSnowflake();
const OTHER_READER = fakeSnowflake();

/** Every message Dossier sends must fit Discord and be unable to ping. */
function expectSendable(body: MessageBody): void {
  expect(limitViolations(body)).toEqual([]);
}

let fake: FakeDiscord;
let news: TestCorpus;
let briefs: TestCorpus;
let currentLibrary: Library;
let bot: RunningBot;
let clock = Date.now();
const logLines: string[] = [];

function config(overrides: Partial<NonNullable<Config['discord']>> = {}): Config {
  return {
    discord: {
      token: TOKEN,
      applicationId: APPLICATION_ID,
      guildId: WHERE.guildId,
      apiBase: fake.apiBase,
      ...overrides,
    },
    corpusDir: news.dir,
    logLevel: 'info',
  };
}

beforeAll(async () => {
  [news, briefs] = await Promise.all([newsCorpus(), briefsCorpus()]);
  currentLibrary = news.library;
  fake = await FakeDiscord.start({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    guilds: [{ id: WHERE.guildId, name: 'Newsroom', channels: [{ id: WHERE.channelId, name: 'news' }] }],
  });
  bot = await startBot(config(), () => currentLibrary, {
    logger: createLogger({ level: 'info', secrets: [TOKEN], write: (line) => logLines.push(line) }),
    pages: new PageStore({ now: () => clock, ttlMs: 15 * 60_000 }),
    // One reader asks here far faster than a person would; the cooldown has tests of its own.
    cooldown: null,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await Promise.all([news?.remove(), briefs?.remove()]);
});

/** The body of the first request for an interaction that matches method and path ending. */
async function requestFor(token: string, method: string, pathEnd: RegExp): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (request) => request.method === method && request.path.includes(token) && pathEnd.test(request.path),
  );
}

async function callbackOf(
  token: string,
): Promise<{ type: number; data?: MessageBody & { choices?: unknown[] } }> {
  return (await requestFor(token, 'POST', /\/callback$/)).body as { type: number; data?: MessageBody };
}

/** The message a deferred command finally shows: the body of its PATCH to @original. */
async function editedReply(token: string): Promise<MessageBody> {
  return (await requestFor(token, 'PATCH', /\/messages\/@original$/)).body as MessageBody;
}

async function slash(
  name: string,
  options: Record<string, string | boolean> = {},
  asker: { userId?: string; permissions?: bigint; appPermissions?: bigint } = {},
): Promise<{ token: string; reply: MessageBody; defer: { type: number; data?: MessageBody } }> {
  const { token } = fake.interact(slashCommand(name, options, WHERE, { userId: READER, ...asker }));
  const defer = await callbackOf(token);
  expect(defer.type).toBe(CALLBACK.deferReply);
  return { token, defer, reply: await editedReply(token) };
}

function expected(question: Question): Answer {
  return answerQuestion(currentLibrary, question);
}

function pagerButtons(body: MessageBody): ButtonBody[] {
  return (body.components ?? [])
    .flatMap((row) => row.components)
    .filter((button) => button.custom_id !== undefined);
}

describe('registration', () => {
  it('PUTs every command to the guild, guild-only, with hide on each and autocomplete on names and articles', async () => {
    const result = await deployCommands(config());
    expect(result).toMatchObject({ scope: 'guild', guildId: WHERE.guildId });
    const put = await fake.waitForRequest(
      (request) =>
        request.method === 'PUT' &&
        request.path === `/applications/${APPLICATION_ID}/guilds/${WHERE.guildId}/commands`,
    );
    const commands = put.body as {
      name: string;
      type?: number;
      contexts: number[];
      integration_types: number[];
      default_member_permissions?: string | null;
      options?: { name: string; type: number; autocomplete?: boolean; required?: boolean }[];
    }[];
    expect(commands.map((command) => command.name).sort()).toEqual(
      ['Find in article', 'article', 'help', 'quote', 'search', 'summary', 'who'].sort(),
    );
    for (const command of commands) {
      expect(command.contexts).toEqual([0]);
      expect(command.integration_types).toEqual([0]);
    }
    const slashCommands = commands.filter((command) => command.type !== 3);
    for (const command of slashCommands) {
      expect(command.options?.find((option) => option.name === 'hide')?.type).toBe(5);
      const article = command.options?.find((option) => option.name === 'article');
      if (article) expect(article.autocomplete).toBe(true);
    }
    const byName = new Map(commands.map((command) => [command.name, command]));
    expect(byName.get('who')?.options?.find((option) => option.name === 'name')?.autocomplete).toBe(true);
    expect(byName.get('quote')?.options?.find((option) => option.name === 'speaker')?.autocomplete).toBe(
      true,
    );
    const summary = byName.get('summary');
    expect(summary?.options?.find((option) => option.name === 'pin')?.type).toBe(5);
    // Pinning is open to everyone at registration and checked when the command runs.
    expect(summary?.default_member_permissions ?? null).toBeNull();

    const again = await deployCommands(config());
    expect(again.commands.sort()).toEqual(result.commands.sort());
  });

  it('deploys globally when no guild is given', async () => {
    await deployCommands(config({ guildId: null }));
    await fake.waitForRequest(
      (request) => request.method === 'PUT' && request.path === `/applications/${APPLICATION_ID}/commands`,
    );
  });
});

describe('start-up', () => {
  it('logs the bot user, guild count and corpus size once ready, and never the token', () => {
    const ready = logLines.map((line) => JSON.parse(line)).find((entry) => entry.message === 'ready');
    expect(ready).toMatchObject({ level: 'info', user: 'Dossier', guilds: 1, articles: 2 });
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });
});

describe('/search', () => {
  it('answers with attributed passages and bolds the matched words', async () => {
    const { reply, defer } = await slash('search', { query: 'military bases' });
    expect(defer.data?.flags ?? 0).toBe(0);
    expectSendable(reply);
    const answer = expected({ command: 'search', query: 'military bases' });
    if (answer.kind !== 'search') throw new Error(`expected passages, got ${answer.kind}`);
    const fields = reply.embeds?.[0]?.fields ?? [];
    const first = answer.passages[0];
    expect(fields[0]?.name.startsWith(`¶${first?.attribution.paragraph}`)).toBe(true);
    // The article is named in the field, or once in the footer when the whole page shares it.
    const citation = `${fields[0]?.name}\n${reply.embeds?.[0]?.footer?.text}`;
    expect(citation).toContain(escapeText(first?.attribution.title ?? '').slice(0, 40));
    expect(citation).toContain(first?.attribution.source ?? 'a named source');
    expect(fields.some((field) => /\*\*[^*]*(militar|base)[^*]*\*\*/i.test(field.value))).toBe(true);
  });

  it('shows the answer to the asker alone with hide', async () => {
    const { defer, reply } = await slash('search', { query: 'Tartus', hide: true });
    expect((defer.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(reply)).toContain('Tartus');
  });

  it('pages long results with Prev/Next that only the asker can turn, and expire', async () => {
    const { token, reply } = await slash('search', { query: 'Syria Russia' });
    const answer = expected({ command: 'search', query: 'Syria Russia' });
    if (answer.kind !== 'search') throw new Error(`expected passages, got ${answer.kind}`);
    expect(answer.passages.length).toBeGreaterThan(4);
    const [prev, next] = pagerButtons(reply);
    expect(prev?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    expect(reply.embeds?.[0]?.footer?.text).toMatch(/page 1 of \d+/);
    const original = fake.originalMessage(token);
    if (!original || !next?.custom_id) throw new Error('no original message');
    const message = {
      ...original,
      author: { id: fake.botUserId, username: 'Dossier', discriminator: '0' },
      type: 20,
    };

    const turn = fake.interact(buttonPress(next.custom_id, message, WHERE, { userId: READER }));
    const update = await callbackOf(turn.token);
    expect(update.type).toBe(CALLBACK.update);
    expectSendable(update.data ?? {});
    expect(update.data?.embeds?.[0]?.footer?.text).toMatch(/page 2 of \d+/);
    const secondPageFirst = answer.passages[4];
    expect(update.data?.embeds?.[0]?.fields?.[0]?.name).toContain(
      `¶${secondPageFirst?.attribution.paragraph}`,
    );
    expect(pagerButtons(update.data ?? {})[0]?.disabled).toBe(false);

    const intruder = fake.interact(buttonPress(next.custom_id, message, WHERE, { userId: OTHER_READER }));
    const refusal = await callbackOf(intruder.token);
    expect(refusal.type).toBe(CALLBACK.reply);
    expect((refusal.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(refusal.data?.content).toMatch(/only the person who asked/i);

    const tampered = fake.interact(
      buttonPress(`${next.custom_id}x<@&1>`, message, WHERE, { userId: READER }),
    );
    const polite = await callbackOf(tampered.token);
    expect((polite.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(polite.data?.content).toMatch(/run the command again/i);

    clock += 16 * 60_000;
    const late = fake.interact(buttonPress(next.custom_id, message, WHERE, { userId: READER }));
    const expired = await callbackOf(late.token);
    expect((expired.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(expired.data?.content).toMatch(/expired/i);
  });

  it('keeps a very long query within every Discord limit', async () => {
    const query = `${'Russia naval base Tartus Mediterranean coast '.repeat(120)}end`;
    const { reply } = await slash('search', { query });
    expectSendable(reply);
    expect(reply.embeds?.[0]?.title?.endsWith('…”') || reply.embeds?.[0]?.title?.endsWith('…')).toBe(true);
  });

  it('cannot ping anyone with a query holding @everyone and a role mention, and echoes it escaped', async () => {
    const query = '@everyone <@&123456789012345678> __Tartus__ *bases* [free nitro](https://phish.example)';
    const { token, reply } = await slash('search', { query });
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    const title = reply.embeds?.[0]?.title ?? '';
    expect(title).toContain('\\_\\_Tartus\\_\\_ \\*bases\\* \\[free nitro](https://phish.example)');
    for (const request of fake.requestsFor(token)) {
      const body = request.body as MessageBody | null;
      if (body && typeof body === 'object' && 'embeds' in body)
        expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('answers an empty query to the asker alone, with what to type', async () => {
    const { token } = fake.interact(slashCommand('search', { query: '   ' }, WHERE, { userId: READER }));
    const followUp = await requestFor(token, 'POST', new RegExp(`/webhooks/${APPLICATION_ID}/${token}$`));
    const body = followUp.body as MessageBody;
    expect((body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf(body)).toMatch(/search/i);
    expect(fake.originalMessage(token)).toBeUndefined();
  });
});

describe('/who and /quote', () => {
  it('/who shows the person, their role and the paragraphs naming them, cited to the article', async () => {
    const { reply } = await slash('who', { name: 'lavrov' });
    expectSendable(reply);
    const answer = expected({ command: 'who', query: 'lavrov' });
    if (answer.kind !== 'who') throw new Error(`expected a person, got ${answer.kind}`);
    const match = answer.matches[0];
    const embed = reply.embeds?.[0];
    expect(embed?.title).toContain('Lavrov');
    expect(embed?.title).toBe(escapeText(match?.name ?? ''));
    if (match?.role) expect(embed?.description).toContain(escapeText(match.role));
    expect(embed?.fields?.map((field) => field.name)).toEqual(
      match?.mentions.slice(0, 5).map((mention) => `¶${mention.attribution.paragraph}`),
    );
    expect(embed?.fields?.some((field) => /\*\*[^*]*Lavrov\*\*/.test(field.value))).toBe(true);
    expect(embed?.footer?.text).toContain(
      "Syrian foreign minister in Russia for first meeting since Assad's overthrow",
    );
    expect(embed?.footer?.text).toContain('Middle East Eye');
  });

  it('/quote shows each quotation verbatim with its speaker and paragraph', async () => {
    const { reply } = await slash('quote', { speaker: 'shaibani' });
    expectSendable(reply);
    const answer = expected({ command: 'quote', query: 'shaibani' });
    if (answer.kind !== 'quote') throw new Error(`expected quotations, got ${answer.kind}`);
    expect(answer.speaker).toContain('Shaibani');
    const embed = reply.embeds?.[0];
    const fields = embed?.fields ?? [];
    expect(fields).toHaveLength(Math.min(5, answer.quotes.length));
    answer.quotes.slice(0, 5).forEach((quote, index) => {
      expect(fields[index]?.name.startsWith(`¶${quote.attribution.paragraph}`)).toBe(true);
      expect(fields[index]?.value).toContain(`“${escapeText(quote.text)}”`);
      expect(fields[index]?.value).toContain(`— ${escapeText(answer.speaker)}`);
    });
    expect(`${fields[0]?.name}\n${embed?.footer?.text}`).toContain('Middle East Eye');
  });

  it('renders a miss as "did you mean" with the nearest articles', async () => {
    const { reply } = await slash('quote', { speaker: 'shaibani', article: 'zzqx-no-such-article' });
    expectSendable(reply);
    const answer = expected({ command: 'quote', query: 'shaibani', article: 'zzqx-no-such-article' });
    if (answer.kind !== 'not-found') throw new Error(`expected a miss, got ${answer.kind}`);
    expect(reply.embeds?.[0]?.description).toContain('Did you mean');
    for (const suggestion of answer.suggestions) expect(textOf(reply)).toContain(escapeText(suggestion));
  });
});

describe('/summary', () => {
  it('summarises the newest article with its source, date and a link to it', async () => {
    const { reply } = await slash('summary');
    expectSendable(reply);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe(
      escapeText('Syria and Russia open talks on future of Tartus naval base, officials say'),
    );
    expect(embed?.footer?.text).toContain('Levant Wire');
    expect(embed?.footer?.text).toContain('4 August 2025');
    const link = (reply.components ?? []).flatMap((row) => row.components).find((button) => button.url);
    expect(link?.url).toBe('https://www.levantwire.example/world/syria-russia-tartus-talks-2025-08-04');
  });

  it('pins the public summary for a member holding Pin Messages', async () => {
    const { token } = await slash(
      'summary',
      { article: 'syria-russia-mee', pin: true },
      { permissions: ORDINARY | PERMISSION.pinMessages, appPermissions: ORDINARY | PERMISSION.pinMessages },
    );
    const original = fake.originalMessage(token);
    const pin = await fake.waitForRequest(
      (request) => request.method === 'PUT' && request.path.includes('/pins/'),
    );
    expect(pin.path).toBe(`/channels/${WHERE.channelId}/messages/pins/${original?.id}`);
    expect(fake.message(original?.id ?? '')?.pinned).toBe(true);
  });

  it('also lets Manage Messages pin, as it did before Discord split the permission', async () => {
    const { token } = await slash(
      'summary',
      { pin: true },
      {
        permissions: ORDINARY | PERMISSION.manageMessages,
        appPermissions: ORDINARY | PERMISSION.manageMessages,
      },
    );
    const original = fake.originalMessage(token);
    await fake.waitForRequest(
      (request) => request.method === 'PUT' && request.path.endsWith(`/pins/${original?.id}`),
    );
  });

  it.each([
    [
      'the member',
      { permissions: ORDINARY, appPermissions: ORDINARY | PERMISSION.pinMessages },
      /You need the Pin Messages/,
    ],
    [
      'the bot',
      { permissions: ORDINARY | PERMISSION.pinMessages, appPermissions: ORDINARY },
      /Dossier needs the Pin Messages/,
    ],
  ])(
    'refuses to pin, privately and naming the permission, when %s lacks it',
    async (_who, permissions, message) => {
      const pinsBefore = fake.requests.filter((request) => request.path.includes('/pins/')).length;
      const { token } = fake.interact(
        slashCommand('summary', { pin: true }, WHERE, { userId: READER, ...permissions }),
      );
      const refusal = await callbackOf(token);
      expect(refusal.type).toBe(CALLBACK.reply);
      expect((refusal.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      expect(refusal.data?.content).toMatch(message);
      expect(refusal.data?.allowed_mentions).toEqual({ parse: [] });
      expect(fake.requests.filter((request) => request.path.includes('/pins/')).length).toBe(pinsBefore);
    },
  );

  it('refuses to pin a hidden summary, since nobody else could see it', async () => {
    const everything = ORDINARY | PERMISSION.pinMessages;
    const { token } = fake.interact(
      slashCommand('summary', { pin: true, hide: true }, WHERE, {
        userId: READER,
        permissions: everything,
        appPermissions: everything,
      }),
    );
    const refusal = await callbackOf(token);
    expect((refusal.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(refusal.data?.content).toMatch(/hidden summary cannot be pinned/);
  });

  it('tells the asker when Discord itself refuses the pin', async () => {
    fake.failRest({
      method: 'PUT',
      path: /\/pins\//,
      status: 400,
      body: { message: 'Maximum number of pins reached (50)', code: 30003 },
    });
    const { token } = await slash(
      'summary',
      { pin: true },
      { permissions: ORDINARY | PERMISSION.pinMessages, appPermissions: ORDINARY | PERMISSION.pinMessages },
    );
    const followUp = await requestFor(token, 'POST', new RegExp(`/webhooks/${APPLICATION_ID}/${token}$`));
    const body = followUp.body as MessageBody;
    expect((body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.content).toContain('Maximum number of pins reached');
  });
});

describe('/article, /help and Find in article', () => {
  it('/article lists every article newest first; with article: it shows one', async () => {
    const { reply } = await slash('article');
    expectSendable(reply);
    expect(reply.embeds?.[0]?.fields?.map((field) => field.name)).toEqual([
      escapeText('Syria and Russia open talks on future of Tartus naval base, officials say'),
      escapeText("Syrian foreign minister in Russia for first meeting since Assad's overthrow"),
    ]);
    const one = await slash('article', { article: 'syria-russia-mee' });
    expect(one.reply.embeds?.[0]?.footer?.text).toContain('Middle East Eye');
    expect(textOf(one.reply)).toContain('syria-russia-mee');
  });

  it('/help replies at once with every command', async () => {
    const { token } = fake.interact(slashCommand('help', {}, WHERE, { userId: READER }));
    const reply = await callbackOf(token);
    expect(reply.type).toBe(CALLBACK.reply);
    expectSendable(reply.data ?? {});
    const names = reply.data?.embeds?.[0]?.fields?.map((field) => field.name.split(/\s/)[0]);
    expect(names).toEqual(['/search', '/who', '/quote', '/summary', '/article', '/help']);
  });

  it('Find in article searches the corpus for the message text and answers privately', async () => {
    const { token } = fake.interact(
      messageMenu(
        'Find in article',
        { content: 'did russia keep the naval base in tartus?', authorId: OTHER_READER },
        WHERE,
        {
          userId: READER,
        },
      ),
    );
    const defer = await callbackOf(token);
    expect((defer.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const reply = await editedReply(token);
    expectSendable(reply);
    expect(textOf(reply)).toMatch(/\*\*Tartus\*\*/i);
  });
});

describe('autocomplete', () => {
  async function choices(command: string, focused: { name: string; value: string }) {
    const { token } = fake.interact(autocomplete(command, focused, {}, WHERE, { userId: READER }));
    const callback = await callbackOf(token);
    expect(callback.type).toBe(CALLBACK.autocomplete);
    return (callback.data?.choices ?? []) as { name: string; value: string }[];
  }

  it('suggests article titles, valued by id, before anything is typed', async () => {
    const list = await choices('summary', { name: 'article', value: '' });
    expect(list.map((choice) => choice.value).sort()).toEqual(['syria-russia-mee', 'tartus-port-wire']);
    expect(list.find((choice) => choice.value === 'tartus-port-wire')?.name).toContain('Levant Wire');
  });

  it('suggests names for /who from the index, people and organisations before places', async () => {
    const typed = await choices('who', { name: 'name', value: 'lav' });
    const fromIndex = currentLibrary
      .findEntities('lav', DISCORD_LIMITS.autocompleteChoices)
      .map((match) => match.name);
    expect(typed.map((choice) => choice.value).sort()).toEqual([...fromIndex].sort());

    const untyped = await choices('who', { name: 'name', value: '' });
    expect(untyped.length).toBeGreaterThan(0);
    const places = new Set(
      currentLibrary.articles.flatMap((entry) =>
        entry.analysis.people.filter((entity) => entity.kind === 'place').map((entity) => entity.name),
      ),
    );
    const placeFlags = untyped.map((choice) => places.has(choice.value));
    expect(placeFlags).toEqual([...placeFlags].sort((a, b) => Number(a) - Number(b)));
  });

  it('never offers more than 25 choices, nor names or values over 100 characters', async () => {
    currentLibrary = briefs.library;
    try {
      const list = await choices('article', { name: 'article', value: '' });
      expect(list).toHaveLength(25);
      for (const choice of list) {
        expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
        expect(choice.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
      }
      expect(list.some((choice) => choice.name.endsWith('…'))).toBe(true);
      const typed = await choices('search', { name: 'article', value: 'wheat imports' });
      expect(typed.length).toBeGreaterThan(0);
      expect(typed.length).toBeLessThanOrEqual(25);
    } finally {
      currentLibrary = news.library;
    }
  });
});

describe('the one catch', () => {
  it('apologises briefly when Discord rejects an answer, and logs the failure with context', async () => {
    const errorsBefore = logLines.length;
    fake.failRest({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035 },
    });
    const { token } = fake.interact(slashCommand('article', {}, WHERE, { userId: READER }));
    const apology = await fake.waitForRequest(
      (request) => request.method === 'PATCH' && request.path.includes(token) && request.status === 200,
    );
    expect((apology.body as MessageBody).content).toMatch(/^Sorry, something went wrong/);
    const logged = logLines.slice(errorsBefore).map((line) => JSON.parse(line));
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'interaction failed',
        command: 'article',
        userId: READER,
      }),
    );
  });
});

describe('commands this version does not know', () => {
  it('answers a command left over from an older deploy with what to do', async () => {
    const { token } = fake.interact(slashCommand('timeline', {}, WHERE, { userId: READER }));
    const reply = await callbackOf(token);
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.data?.content).toMatch(/redeploy/);
  });
});

describe('failures to start', () => {
  /** The error startBot rejects with, or null if it started after all. */
  async function startFailure(settings: Config): Promise<Error | null> {
    const quiet = createLogger({ level: 'error', write: () => undefined });
    return startBot(settings, news.library, { logger: quiet }).then(
      async (started) => {
        await started.stop();
        return null;
      },
      (error: unknown) => error as Error,
    );
  }

  it('a wrong token gives one clear line and no token', async () => {
    const wrong = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.WrOnGg.not-the-right-token-at-all-000000000';
    const failure = await startFailure(config({ token: wrong }));
    expect(failure?.name).toBe('DiscordStartError');
    expect(failure?.message).toMatch(/DISCORD_TOKEN/);
    expect(failure?.message).not.toContain('\n');
    expect(failure?.message).not.toContain(wrong);
    await expect(deployCommands(config({ token: wrong }))).rejects.toThrow(/DISCORD_TOKEN/);
  });

  it.each([
    [4004, /DISCORD_TOKEN/],
    [4014, /intent/],
  ])('a gateway that closes with %i at IDENTIFY gives one clear line', async (code, message) => {
    fake.failNextIdentify(code);
    const failure = await startFailure(config());
    expect(failure?.name).toBe('DiscordStartError');
    expect(failure?.message).toMatch(message);
    expect(failure?.message).toContain(String(code));
    expect(failure?.message).not.toContain('\n');
  });

  it('an API that is not there gives one clear line', async () => {
    const closed = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID, guilds: [] });
    const deadBase = closed.apiBase;
    await closed.stop();
    const failure = await startFailure(config({ apiBase: deadBase }));
    expect(failure?.message).toMatch(
      /cannot reach the Discord API at http:\/\/127\.0\.0\.1:\d+\/api \(connection refused\)/,
    );
    expect(failure?.message).not.toContain('\n');
  });
});
