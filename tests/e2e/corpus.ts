/**
 * The corpora the end-to-end tests run on, built through the real pipeline: the seed article and
 * a wire story written for these tests, copied into a temporary folder as a user's corpus would be.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { buildLibrary } from '../../src/search/library.js';
import type { Library } from '../../src/search/types.js';

const REPO = new URL('../../', import.meta.url);
const SOURCES = [
  new URL('corpus/syria-russia-mee.txt', REPO),
  new URL('tests/e2e/fixtures/tartus-port-wire.txt', REPO),
];

export interface TestCorpus {
  dir: string;
  library: Library;
  remove(): Promise<void>;
}

async function libraryFrom(dir: string, files: { name: string; text: string }[]): Promise<Library> {
  const analysed = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(path, file.text);
    const article = parseArticle(await readFile(path), path);
    analysed.push({ article, analysis: analyseArticle(article) });
  }
  return buildLibrary(analysed);
}

/** The seed article and the Tartus wire story. */
export async function newsCorpus(): Promise<TestCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
  const files = await Promise.all(
    SOURCES.map(async (url) => ({
      name: url.pathname.split('/').at(-1) ?? 'article.txt',
      text: await readFile(url, 'utf8'),
    })),
  );
  return {
    dir,
    library: await libraryFrom(dir, files),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Thirty wire briefs with headlines longer than Discord's 100-character choice limit, to push
 * autocomplete past its 25 choices.
 */
export async function briefsCorpus(): Promise<TestCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-briefs-'));
  const topics = [
    'wheat imports',
    'port fees',
    'electricity grid',
    'debt talks',
    'border crossings',
    'airline routes',
  ];
  const files = Array.from({ length: 30 }, (_, index) => {
    const topic = topics[index % topics.length] ?? 'trade';
    const day = String((index % 28) + 1).padStart(2, '0');
    return {
      name: `brief-${String(index + 1).padStart(2, '0')}.txt`,
      text: [
        '---',
        `title: Syrian and Russian officials meet again over ${topic} as Damascus reviews contracts signed under the former government (brief ${index + 1})`,
        'source: Levant Wire',
        `published: 2025-09-${day}`,
        '---',
        '',
        `DAMASCUS (Levant Wire) - Syrian and Russian officials met on Tuesday to discuss ${topic}, a government spokesperson said.`,
        '',
        `"We are reviewing every agreement on ${topic} that was signed before December," the spokesperson told reporters.`,
      ].join('\n'),
    };
  });
  return {
    dir,
    library: await libraryFrom(dir, files),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
