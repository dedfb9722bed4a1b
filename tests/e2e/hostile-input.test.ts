/**
 * Property tests through the fake and the real discord.js client: whatever a person (or a
 * tampered client) types into any command, autocomplete, button or message menu, Dossier answers
 * once, within every Discord limit, unable to ping anyone, with what it echoes escaped, and
 * without an unexpected error.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotOnFake, startBotOnFake } from './bot-on-fake.js';
import {
  type ChoiceBody,
  choiceViolations,
  completesAnswer,
  limitViolations,
  type MessageBody,
  sentBodies,
} from './discord-bodies.js';
import { type FakeDiscord, fakeSnowflake } from './fake-discord.js';
import { autocomplete, buttonPress, messageMenu, slashCommand, type Where } from './interactions.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.hostile-token-abcdefghijklmnopqrstuvwx';
const APPLICATION_ID = fakeSnowflake();
const WHERE: Where = { guildId: fakeSnowflake(), channelId: fakeSnowflake() };

// What people paste into a chat box, beside arbitrary Unicode: mentions, markdown, code fences,
// invisible and bidirectional controls, Arabic and Cyrillic names, emoji, and sheer length.
const FRAGMENTS = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&987654321098765432>',
  '<#112233445566778899>',
  '```js\nprocess.exit()\n```',
  '`',
  '**bold** __under__ ~~gone~~ ||spoiler||',
  '*',
  '_',
  '> quoted',
  '# heading',
  '- item',
  '1. item',
  '[free nitro](https://phish.example)',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u202eevil\u202c',
  '\u200f',
  'أسعد الشيباني',
  'سيرغي لافروف',
  'Лавров',
  '👍🏽🇸🇾👨‍👩‍👧',
  '\\',
  '"“”‘’',
  'Tartus',
  'Lavrov',
  ' ',
  '\n',
];

const hostileText = fc.oneof(
  fc.constantFrom('', ' ', '   \t\n  ', '\u3000', '\u200b'),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 200, max: 6_000 }))
    .map(([fragment, length]) =>
      fragment.repeat(Math.ceil(length / Math.max(1, fragment.length))).slice(0, length),
    ),
);

const SLASH_OPTIONS = {
  who: 'name',
  quote: 'speaker',
  search: 'query',
  summary: 'article',
  article: 'article',
  help: null,
} as const;

let running: BotOnFake;
let fake: FakeDiscord;
const problems: Record<string, unknown>[] = [];

beforeAll(async () => {
  running = await startBotOnFake({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    where: WHERE,
    onLog: (entry) => problems.push(entry),
  });
  fake = running.fake;
});

afterAll(async () => {
  await running?.stop();
});

/** Sends one interaction and checks everything Dossier sent for it. */
async function expectWellAnswered(payload: Record<string, unknown>): Promise<MessageBody[]> {
  const problemsBefore = problems.length;
  const { token } = fake.interact(payload);
  await fake.waitForRequest(completesAnswer(token), 10_000);
  expect(fake.acknowledgements(token)).toBe(1);
  const bodies = sentBodies(fake, token).map(({ body }) => body);
  for (const body of bodies) {
    const choices = (body as { choices?: ChoiceBody[] }).choices;
    if (choices !== undefined) expect(choiceViolations(choices)).toEqual([]);
    else expect(limitViolations(body)).toEqual([]);
    for (const embed of body.embeds ?? []) {
      // Our titles carry no markdown of their own, so any here came from the input, unescaped.
      expect(embed.title ?? '').not.toMatch(/(?<!\\)(\*\*|__|~~|\|\||`)/);
    }
    expect(body.content ?? '').not.toMatch(/^Sorry, something went wrong/);
  }
  expect(problems.slice(problemsBefore)).toEqual([]);
  return bodies;
}

describe('hostile input never breaks an answer', () => {
  it('any slash command with any text in its option', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(SLASH_OPTIONS) as (keyof typeof SLASH_OPTIONS)[])),
        hostileText,
        fc.option(hostileText, { nil: undefined }),
        fc.boolean(),
        async (command, text, article, hide) => {
          const option = SLASH_OPTIONS[command];
          const options: Record<string, string | boolean> = { hide };
          if (option !== null) options[option] = text;
          if (article !== undefined && option !== 'article' && command !== 'help') options.article = article;
          await expectWellAnswered(slashCommand(command, options, WHERE, { userId: fakeSnowflake() }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('autocomplete of any option with anything typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('who', 'quote', 'summary', 'article', 'search'),
        fc.constantFrom('name', 'speaker', 'article', 'query', 'hide'),
        hostileText,
        async (command, option, typed) => {
          const [reply] = await expectWellAnswered(
            autocomplete(command, { name: option, value: typed }, {}, WHERE, { userId: fakeSnowflake() }),
          );
          expect(Array.isArray((reply as { choices?: unknown }).choices)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a button with any custom id, well-formed or tampered', async () => {
    const customId = fc.oneof(
      hostileText.map((text) => text.slice(0, 100)),
      fc
        .tuple(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 99_999 }))
        .map(([key, index]) => `page:${key}:${index}`),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        const message = { id: fakeSnowflake(), channel_id: WHERE.channelId, content: '', embeds: [] };
        const [reply] = await expectWellAnswered(
          buttonPress(id, message, WHERE, { userId: fakeSnowflake() }),
        );
        expect((reply?.flags ?? 0) & (1 << 6)).toBe(1 << 6);
      }),
      { numRuns: 40 },
    );
  });

  it('Find in article on a message holding anything', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (content) => {
        await expectWellAnswered(
          messageMenu('Find in article', { content, authorId: fakeSnowflake() }, WHERE, {
            userId: fakeSnowflake(),
          }),
        );
      }),
      { numRuns: 30 },
    );
  });
});
