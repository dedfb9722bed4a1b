import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, MAX_ARTICLES_PER_NAME } from '../../src/answers/answer.js';
import { renderAnswerText } from '../../src/cli/render-text.js';
import { openLibrary } from '../../src/library.js';
import type { Library } from '../../src/search/types.js';

const STREETS = [
  'Elm',
  'Oak',
  'Birch',
  'Cedar',
  'Maple',
  'Willow',
  'Ash',
  'Pine',
  'Rowan',
  'Holly',
  'Alder',
  'Hazel',
];

/** A council reporter's year: the same mayor in a dozen short stories. */
function story(street: string, day: number): string {
  return `${street} Street to be resurfaced, mayor says

Mayor Maria Lopez said on Tuesday that ${street} Street would be resurfaced before the winter, after residents complained about potholes for the ${day}th week running.

"We have heard the people of ${street} Street, and the work starts in ${day} days," Lopez told reporters at the town hall.
`;
}

let library: Library;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-many-'));
  STREETS.forEach((street, index) => {
    writeFileSync(join(dir, `${street.toLowerCase()}-street.txt`), story(street, index + 3));
  });
  library = (await openLibrary(dir, { cacheDir: null })).library;
});

describe('a name in more articles than one answer shows', () => {
  it('/who shows the first articles and counts the rest', () => {
    const answer = answerQuestion(library, { command: 'who', query: 'maria lopez' });
    expect(answer.kind).toBe('who');
    if (answer.kind !== 'who') return;
    expect(answer.matches).toHaveLength(MAX_ARTICLES_PER_NAME);
    expect(answer.otherArticles).toBe(STREETS.length - MAX_ARTICLES_PER_NAME);
    expect(renderAnswerText(answer, { color: false })).toContain(
      '…and 2 more articles; ask about one with article:',
    );
  });

  it('/quote does the same, and article: reaches any one of them', () => {
    const answer = answerQuestion(library, { command: 'quote', query: 'lopez' });
    expect(answer.kind === 'quote' && answer.otherArticles).toBe(2);
    const one = answerQuestion(library, { command: 'quote', query: 'lopez', article: 'hazel-street' });
    expect(one.kind).toBe('quote');
    if (one.kind !== 'quote') return;
    expect(one.otherArticles).toBe(0);
    expect(one.quotes.map((quote) => quote.text)).toEqual([
      'We have heard the people of Hazel Street, and the work starts in 14 days',
    ]);
  });
});
