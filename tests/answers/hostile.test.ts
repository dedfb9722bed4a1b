import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, MAX_QUERY_LENGTH } from '../../src/answers/answer.js';
import { COMMAND_NAMES } from '../../src/answers/commands.js';
import { answerLine } from '../../src/cli/terminal.js';
import { openLibrary } from '../../src/library.js';
import type { Library } from '../../src/search/types.js';

// Strings people really paste into a chat box, besides arbitrary Unicode.
const NASTY = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&987654321098765432>',
  '```js\nprocess.exit()\n```',
  '**bold** __under__ ~~gone~~ ||spoiler||',
  '\u200b\u200c\u200d\u2060',
  '\u202eevil\u202c',
  'أسعد الشيباني',
  'سيرغي لافروف',
  '👍🏽🇸🇾',
  '',
  '   \t\n  ',
  'x'.repeat(6000),
  'lavrov '.repeat(900),
  '\\',
  '/',
  '"',
  '“”‘’',
  'article:',
  'article:nope lavrov',
];

const anyText = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string(),
);

let library: Library;
beforeAll(async () => {
  library = (await openLibrary('corpus')).library;
});

describe('answers under hostile input', () => {
  it('answers every command for any text without throwing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMAND_NAMES),
        anyText,
        fc.option(anyText),
        (command, query, article) => {
          const answer = answerQuestion(
            library,
            article === null ? { command, query } : { command, query, article },
          );
          expect(answer.kind).toBeTypeOf('string');
          if (answer.kind === 'not-found' || answer.kind === 'invalid')
            expect(answer.message.length).toBeGreaterThan(0);
          if (answer.kind === 'search') expect(answer.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns any typed line into some text in the terminal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          anyText.map((text) => `/search ${text}`),
          anyText.map((text) => `/who ${text}`),
        ),
        (line) => {
          expect(answerLine(library, line, false).trim().length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks for words instead of searching for nothing', () => {
    const answer = answerQuestion(library, { command: 'search', query: ' \u200b ' });
    expect(answer.kind === 'invalid' || answer.kind === 'not-found').toBe(true);
  });
});
