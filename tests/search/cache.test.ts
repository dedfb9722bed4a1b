import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import { analyseWithCache, codeVersion, loadAnalysedCorpus } from '../../src/search/cache.js';
import { fixturePath, seedPath } from './analysed-fixtures.js';

const fixtureFolder = fixturePath('');

const files = [seedPath, fixturePath('turkey-election-bbc.txt'), fixturePath('navy-bases-reuters.txt')];

async function articlesFrom(edit?: (text: string) => string): Promise<Article[]> {
  return Promise.all(
    files.map(async (file, index) => {
      const text = await readFile(file, 'utf8');
      return parseArticle(index === 1 && edit ? edit(text) : text, file);
    }),
  );
}

describe('analysis cache', () => {
  let cacheDir = '';
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'dossier-cache-test-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('analyses everything the first time and nothing the second', async () => {
    const articles = await articlesFrom();
    const first = await analyseWithCache(articles, { cacheDir });
    expect(first.stats).toMatchObject({ fromCache: 0, analysed: 3 });
    const second = await analyseWithCache(await articlesFrom(), { cacheDir });
    expect(second.stats).toMatchObject({ fromCache: 3, analysed: 0 });
    expect(second.articles.map((entry) => entry.analysis)).toEqual(
      first.articles.map((entry) => entry.analysis),
    );
  });

  it('analyses again only the article whose text changed', async () => {
    await analyseWithCache(await articlesFrom(), { cacheDir });
    const edited = await articlesFrom((text) => text.replace('49.5%', '49.4%'));
    const again = await analyseWithCache(edited, { cacheDir });
    expect(again.stats).toMatchObject({ fromCache: 2, analysed: 1 });
  });

  it('ignores a corrupt cache file and rebuilds it', async () => {
    await analyseWithCache(await articlesFrom(), { cacheDir });
    const [cacheFile] = await readdir(cacheDir);
    if (cacheFile === undefined) throw new Error('no cache file written');
    const written = await readFile(join(cacheDir, cacheFile), 'utf8');
    await writeFile(join(cacheDir, cacheFile), written.slice(0, written.length / 2));
    const afterCorruption = await analyseWithCache(await articlesFrom(), { cacheDir });
    expect(afterCorruption.stats).toMatchObject({ fromCache: 0, analysed: 3 });
    const rebuilt = await analyseWithCache(await articlesFrom(), { cacheDir });
    expect(rebuilt.stats).toMatchObject({ fromCache: 3, analysed: 0 });
  });

  it('ignores entries of the wrong shape in an otherwise valid file', async () => {
    await analyseWithCache(await articlesFrom(), { cacheDir });
    const [cacheFile] = await readdir(cacheDir);
    if (cacheFile === undefined) throw new Error('no cache file written');
    const path = join(cacheDir, cacheFile);
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { entries: Record<string, unknown> };
    const [firstHash] = Object.keys(parsed.entries);
    if (firstHash === undefined) throw new Error('empty cache');
    parsed.entries[firstHash] = { people: 'not a list' };
    await writeFile(path, JSON.stringify(parsed));
    const again = await analyseWithCache(await articlesFrom(), { cacheDir });
    expect(again.stats).toMatchObject({ fromCache: 2, analysed: 1 });
  });

  it('throws the whole cache away when the version changes', async () => {
    await analyseWithCache(await articlesFrom(), { cacheDir, version: '1.0.0' });
    const sameVersion = await analyseWithCache(await articlesFrom(), { cacheDir, version: '1.0.0' });
    expect(sameVersion.stats.fromCache).toBe(3);
    const newVersion = await analyseWithCache(await articlesFrom(), { cacheDir, version: '1.1.0' });
    expect(newVersion.stats).toMatchObject({ fromCache: 0, analysed: 3 });
  });

  it('keys the default version on the package version and the reading code', async () => {
    const packageJson = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    expect(await codeVersion()).toMatch(new RegExp(`^${packageJson.version.replace(/\./g, '\\.')}\\+`));
  });

  it('keeps separate corpora apart in one folder', async () => {
    const articles = await articlesFrom();
    await analyseWithCache(articles.slice(0, 1), { cacheDir, corpusKey: 'one' });
    await analyseWithCache(articles, { cacheDir, corpusKey: 'two' });
    const one = await analyseWithCache(articles.slice(0, 1), { cacheDir, corpusKey: 'one' });
    expect(one.stats).toMatchObject({ fromCache: 1, analysed: 0 });
  });

  it('still answers when the cache folder cannot be written', async () => {
    const blocked = join(cacheDir, 'a-file-not-a-folder');
    await writeFile(blocked, 'x');
    const result = await analyseWithCache(await articlesFrom(), { cacheDir: blocked });
    expect(result.stats).toMatchObject({ fromCache: 0, analysed: 3 });
    expect(result.articles).toHaveLength(3);
  });

  it('loads a corpus folder through the cache, reporting what came from it', async () => {
    const first = await loadAnalysedCorpus(fixtureFolder, { cacheDir });
    expect(first.problems).toEqual([]);
    expect(first.stats).toMatchObject({ fromCache: 0, analysed: first.articles.length });
    expect(first.articles.length).toBeGreaterThanOrEqual(3);
    const second = await loadAnalysedCorpus(fixtureFolder, { cacheDir });
    expect(second.stats).toMatchObject({ fromCache: first.articles.length, analysed: 0 });
    expect(second.articles.map((entry) => entry.article.id)).toEqual(
      first.articles.map((entry) => entry.article.id),
    );
  });

  it('sees an edited, an added and a removed file in a folder it has cached', async () => {
    const folder = join(cacheDir, 'corpus');
    await cp(fixtureFolder, folder, { recursive: true });
    const cacheFolder = join(cacheDir, 'cache');
    const first = await loadAnalysedCorpus(folder, { cacheDir: cacheFolder });
    const count = first.articles.length;

    const edited = join(folder, 'turkey-election-bbc.txt');
    const text = await readFile(edited, 'utf8');
    await writeFile(edited, text.replace('49.5%', '49.4%'));
    const afterEdit = await loadAnalysedCorpus(folder, { cacheDir: cacheFolder });
    expect(afterEdit.stats).toMatchObject({ fromCache: count - 1, analysed: 1 });
    const paragraphs = afterEdit.articles.find((entry) => entry.article.id === 'turkey-election-bbc')?.article
      .paragraphs;
    expect(paragraphs?.some((paragraph) => paragraph.text.includes('49.4%'))).toBe(true);

    await writeFile(join(folder, 'added.txt'), `${text.split('\n')[0]} again\n\n${text}`);
    const afterAdd = await loadAnalysedCorpus(folder, { cacheDir: cacheFolder });
    expect(afterAdd.articles.map((entry) => entry.article.id)).toContain('added');
    expect(afterAdd.stats.analysed).toBe(1);

    await rm(join(folder, 'added.txt'));
    const afterRemove = await loadAnalysedCorpus(folder, { cacheDir: cacheFolder });
    expect(afterRemove.articles.map((entry) => entry.article.id)).not.toContain('added');
    expect(afterRemove.stats).toMatchObject({ fromCache: count, analysed: 0 });
  });

  it('analyses a large batch in worker threads, with the same analyses as one thread gives', async () => {
    const articles = await articlesFrom();
    const alone = await analyseWithCache(articles, {
      cacheDir,
      corpusKey: 'alone',
      minimumForWorkers: 1_000,
    });
    expect(alone.stats.analysedInWorkers).toBe(0);
    const shared = await analyseWithCache(articles, {
      cacheDir,
      corpusKey: 'shared',
      minimumForWorkers: 2,
      maxWorkers: 2,
    });
    expect(shared.stats.analysedInWorkers ?? 0).toBeGreaterThan(0);
    expect(shared.articles.map((entry) => entry.analysis)).toEqual(
      alone.articles.map((entry) => entry.analysis),
    );
  });

  it('reads a folder in worker threads into the same corpus, problems included, as one thread does', async () => {
    const folder = join(cacheDir, 'corpus');
    await cp(fixtureFolder, folder, { recursive: true });
    await writeFile(join(folder, 'zz-empty.txt'), '');
    await writeFile(join(folder, 'zz-twin.txt'), await readFile(seedPath));
    const alone = await loadAnalysedCorpus(folder, {
      cacheDir: join(cacheDir, 'alone'),
      minimumForWorkers: 1_000,
    });
    const shared = await loadAnalysedCorpus(folder, {
      cacheDir: join(cacheDir, 'shared'),
      minimumForWorkers: 2,
      maxWorkers: 2,
    });
    expect(alone.stats.analysedInWorkers).toBe(0);
    expect(shared.stats.analysedInWorkers ?? 0).toBeGreaterThan(0);
    expect(shared.stats.analysed).toBe(alone.stats.analysed);
    expect(shared.problems).toEqual(alone.problems);
    expect(shared.problems.map((problem) => problem.file)).toContain('zz-empty.txt');
    expect(shared.articles).toEqual(alone.articles);
  });

  it('reports a missing corpus folder as the loader does, even when it was cached empty', async () => {
    const folder = join(cacheDir, 'gone');
    await mkdir(folder);
    expect((await loadAnalysedCorpus(folder, { cacheDir: join(cacheDir, 'cache') })).articles).toEqual([]);
    await rm(folder, { recursive: true, force: true });
    await expect(loadAnalysedCorpus(folder, { cacheDir: join(cacheDir, 'cache') })).rejects.toThrow();
  });
});
