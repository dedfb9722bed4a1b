import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/answer.js';
import { type LiveLibrary, watchLibrary } from '../../src/library.js';
import { createLogger } from '../../src/log.js';

const HARBOUR = `Harbour dredging approved

The council approved dredging of the old harbour on Tuesday after a two-year dispute with fishermen.

"This keeps the port open for another generation," said the harbour master, Ellen Brody.
`;

const BRIDGE = `Bridge to close for repairs

The Elm Street bridge will close for six weeks from Monday while engineers replace its bearings.

"We know the detour is long, and we are sorry for it," said Tom Reyes, the city engineer.
`;

/** Waits for a condition the watcher brings about asynchronously; fails the test if it never does. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never happened: ${what}`);
}

const logLines: string[] = [];
const logger = createLogger({ level: 'info', write: (line) => logLines.push(line) });
let live: LiveLibrary | undefined;

afterEach(() => {
  live?.close();
  logLines.length = 0;
});

describe('a watched corpus', () => {
  it('answers from an article added while running, without a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
    writeFileSync(join(dir, 'harbour.txt'), HARBOUR);
    live = await watchLibrary(dir, { logger, debounceMs: 20, cacheDir: null });
    expect(live.current().articles).toHaveLength(1);

    writeFileSync(join(dir, 'bridge.txt'), BRIDGE);
    await eventually(() => live?.current().articles.length === 2, 'the new article is indexed');
    const answer = answerQuestion(live.current(), { command: 'search', query: 'bridge bearings' });
    expect(answer.kind).toBe('search');
    if (answer.kind === 'search') expect(answer.passages[0]?.text).toContain('replace its bearings');
  });

  it('forgets an article removed while running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
    writeFileSync(join(dir, 'harbour.txt'), HARBOUR);
    writeFileSync(join(dir, 'bridge.txt'), BRIDGE);
    live = await watchLibrary(dir, { logger, debounceMs: 20, cacheDir: null });
    rmSync(join(dir, 'bridge.txt'));
    await eventually(() => live?.current().articles.length === 1, 'the removed article is dropped');
    expect(live.current().articles[0]?.article.id).toBe('harbour');
  });

  it('keeps answering from the previous corpus when a reload fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
    writeFileSync(join(dir, 'harbour.txt'), HARBOUR);
    live = await watchLibrary(dir, { logger, debounceMs: 20, cacheDir: null });
    const before = live.current();
    rmSync(dir, { recursive: true });
    await eventually(() => logLines.some((line) => line.includes('reload failed')), 'the failure is logged');
    expect(live.current()).toBe(before);
    expect(live.current().articles).toHaveLength(1);
  });
});
