/**
 * The on-disk cache of analyses. Analysis is the slow stage of a start-up, and an article's
 * analysis depends only on its bytes and on the code that read them, so it is stored under the
 * file's content hash and thrown away whole when Dossier's version or its reading code changes.
 * Beside the analyses it keeps the loaded folder itself, reused while no file under it changes,
 * so a restart neither parses nor analyses. A cache that cannot be read is never an error: the
 * corpus is simply loaded and analysed again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../analysis/analyse.js';
import type { Analysis } from '../analysis/types.js';
import { assembleCorpus, listArticleFiles } from '../corpus/load.js';
import type { Article, CorpusProblem } from '../corpus/types.js';
import { analyseInParallel, type PoolOptions, readAndAnalyseInParallel } from './analysis-pool.js';
import type { AnalysedArticle } from './types.js';

/** Bump when the shape of a cached Analysis or Article changes in a way old entries would not fit. */
export const CACHE_SCHEMA = 1;

export interface CacheOptions extends PoolOptions {
  /** Folder for cache files; created when missing. */
  cacheDir: string;
  /** Names the cache file, so several corpora can share one folder. */
  corpusKey?: string;
  /** Overrides the code version the entries are valid for (Dossier's version and reading code). */
  version?: string;
}

export interface CacheStats {
  fromCache: number;
  analysed: number;
  /** Of those analysed, how many worker threads analysed (the rest ran on the calling thread). */
  analysedInWorkers?: number;
}

interface CacheFile {
  schema: number;
  version: string;
  /** contentHash -> the analysis of the article with those bytes. */
  entries: Record<string, Analysis>;
  /** The loaded folder as it was, reused whole while no file under it has changed. */
  corpus?: CachedCorpus;
}

interface CachedCorpus {
  /** sha256 over the path and bytes of every file under the folder. */
  fingerprint: string;
  articles: Article[];
  problems: CorpusProblem[];
}

/** Analyses made while the corpus was read, before the cache is consulted for the rest. */
interface AnalysedAlready {
  analyses: ReadonlyMap<string, Analysis>;
  inWorkers: number;
}

interface ReadableCache {
  entries: Record<string, Analysis>;
  corpus: CachedCorpus | undefined;
}

/**
 * Analyses `articles`, taking each analysis from the cache when the article's bytes and the
 * code version match, and writes the cache back when anything changed.
 */
export async function analyseWithCache(
  articles: readonly Article[],
  options: CacheOptions,
): Promise<{ articles: AnalysedArticle[]; stats: CacheStats }> {
  const version = options.version ?? (await codeVersion());
  const path = cacheFilePath(options.cacheDir, options.corpusKey ?? 'corpus');
  const cached = await readCacheFile(path, version);
  return analyseAndStore(articles, cached, path, version, undefined, options);
}

async function analyseAndStore(
  articles: readonly Article[],
  cached: ReadableCache | undefined,
  path: string,
  version: string,
  corpus: CachedCorpus | undefined,
  pool: PoolOptions,
  fresh: AnalysedAlready = { analyses: new Map(), inWorkers: 0 },
): Promise<{ articles: AnalysedArticle[]; stats: CacheStats }> {
  const entries: Record<string, Analysis> = {};
  const misses = new Map<string, Article>();
  for (const article of articles) {
    const hit = cached?.entries[article.contentHash] ?? fresh.analyses.get(article.contentHash);
    if (hit !== undefined) entries[article.contentHash] = hit;
    else misses.set(article.contentHash, article);
  }
  const { analyses, inWorkers } = await analyseInParallel([...misses.values()], pool);
  [...misses.keys()].forEach((hash, index) => {
    const analysis = analyses[index];
    if (analysis !== undefined) entries[hash] = analysis;
  });
  const stats: CacheStats = { fromCache: 0, analysed: 0, analysedInWorkers: inWorkers + fresh.inWorkers };
  const analysed = articles.map((article): AnalysedArticle => {
    if (cached?.entries[article.contentHash] === undefined) stats.analysed++;
    else stats.fromCache++;
    return { article, analysis: entries[article.contentHash] ?? analyseArticle(article) };
  });
  const stale =
    cached === undefined ||
    Object.keys(cached.entries).length !== Object.keys(entries).length ||
    cached.corpus?.fingerprint !== corpus?.fingerprint;
  if (stats.analysed > 0 || stale) {
    await writeCacheFile(path, { schema: CACHE_SCHEMA, version, entries, ...(corpus && { corpus }) });
  }
  return { articles: analysed, stats };
}

/**
 * Loads and analyses a corpus folder. While no file under the folder has changed, the loaded
 * articles themselves come from the cache, so a restart neither parses nor analyses; otherwise
 * the folder is loaded again and only articles whose bytes changed are analysed again. Loading
 * problems are passed on as the loader reports them.
 */
export async function loadAnalysedCorpus(
  dir: string,
  options: Omit<CacheOptions, 'corpusKey'>,
): Promise<{ articles: AnalysedArticle[]; problems: CorpusProblem[]; stats: CacheStats }> {
  const version = options.version ?? (await codeVersion());
  const path = cacheFilePath(options.cacheDir, resolve(dir));
  // When the folder cannot be read, the loader below says why, in its own words.
  const [cached, fingerprint] = await Promise.all([
    readCacheFile(path, version),
    folderFingerprint(dir).catch(() => undefined),
  ]);
  const unchanged =
    fingerprint !== undefined && cached?.corpus?.fingerprint === fingerprint ? cached.corpus : undefined;
  if (unchanged !== undefined && cached !== undefined) {
    const articles = unchanged.articles.flatMap((article) => {
      const analysis = cached.entries[article.contentHash];
      return analysis === undefined ? [] : [{ article, analysis }];
    });
    if (articles.length === unchanged.articles.length) {
      const stats = { fromCache: articles.length, analysed: 0, analysedInWorkers: 0 };
      return { articles, problems: unchanged.problems, stats };
    }
  }
  const files = await listArticleFiles(dir);
  const read = await readAndAnalyseInParallel(files, new Set(Object.keys(cached?.entries ?? {})), options);
  const { articles, problems } = assembleCorpus(dir, files, read.readings);
  const corpus = fingerprint === undefined ? undefined : { fingerprint, articles, problems };
  const analysed = await analyseAndStore(articles, cached, path, version, corpus, options, read);
  return { ...analysed, problems };
}

/**
 * A hash of every file under `dir` (names and bytes, hidden entries and node_modules aside, as
 * the loader skips them): any edit, addition, removal or rename changes it. Reading and hashing
 * a thousand articles costs a small fraction of parsing them.
 */
async function folderFingerprint(dir: string): Promise<string> {
  const files: { name: string; path: string }[] = [];
  async function walk(folder: string, prefix: string): Promise<void> {
    // A missing corpus folder is the loader's error to report; an unreadable sub-folder just
    // changes the fingerprint like any other difference.
    const entries =
      folder === dir
        ? await readdir(folder, { withFileTypes: true })
        : await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) await walk(path, `${name}/`);
      else files.push({ name, path });
    }
  }
  await walk(dir, '');
  const hash = createHash('sha256');
  // Read in batches rather than one by one: the disk and the thread pool work in parallel.
  for (let start = 0; start < files.length; start += FINGERPRINT_BATCH) {
    const batch = files.slice(start, start + FINGERPRINT_BATCH);
    const contents = await Promise.all(
      batch.map(({ path }) =>
        readFile(path).catch((error: NodeJS.ErrnoException) => Buffer.from(`unreadable:${error.code}`)),
      ),
    );
    batch.forEach(({ name }, index) => {
      hash.update(`\0${name}\0`);
      hash.update(contents[index] ?? Buffer.alloc(0));
    });
  }
  return hash.digest('hex');
}

const FINGERPRINT_BATCH = 64;

function cacheFilePath(cacheDir: string, corpusKey: string): string {
  const key = createHash('sha256').update(corpusKey).digest('hex').slice(0, 16);
  return join(cacheDir, `analysis-${key}.json`);
}

/** The entries of a readable cache written by this version, or undefined for anything else. */
async function readCacheFile(path: string, version: string): Promise<ReadableCache | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isCacheFile(parsed) || parsed.schema !== CACHE_SCHEMA || parsed.version !== version) return undefined;
  const entries: Record<string, Analysis> = {};
  for (const [hash, analysis] of Object.entries(parsed.entries)) {
    if (looksLikeAnalysis(analysis)) entries[hash] = analysis;
  }
  return { entries, corpus: looksLikeCorpus(parsed.corpus) ? parsed.corpus : undefined };
}

/** Written beside the target and renamed over it, so a reader never sees half a file. */
async function writeCacheFile(path: string, contents: CacheFile): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await mkdir(resolve(path, '..'), { recursive: true });
    await writeFile(temporary, JSON.stringify(contents));
    await rename(temporary, path);
  } catch {
    // A cache that cannot be written (read-only disk, full disk) costs speed next time, nothing else.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<CacheFile>;
  return (
    typeof candidate.schema === 'number' &&
    typeof candidate.version === 'string' &&
    typeof candidate.entries === 'object' &&
    candidate.entries !== null
  );
}

function looksLikeCorpus(value: unknown): value is CachedCorpus {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<CachedCorpus>;
  return (
    typeof candidate.fingerprint === 'string' &&
    Array.isArray(candidate.problems) &&
    Array.isArray(candidate.articles) &&
    candidate.articles.every(
      (article: Partial<Article> | null) =>
        typeof article === 'object' &&
        article !== null &&
        typeof article.id === 'string' &&
        typeof article.contentHash === 'string' &&
        Array.isArray(article.paragraphs),
    )
  );
}

function looksLikeAnalysis(value: unknown): value is Analysis {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Analysis>;
  return (
    Array.isArray(candidate.people) &&
    Array.isArray(candidate.quotes) &&
    typeof candidate.summary === 'object' &&
    candidate.summary !== null
  );
}

let versionPromise: Promise<string> | undefined;

/**
 * Dossier's version, the cache schema and a fingerprint of the code that produces what the
 * cache holds (the corpus and analysis stages), so a changed reading rule invalidates old
 * analyses even before anyone bumps the version number.
 */
export function codeVersion(): Promise<string> {
  versionPromise ??= computeCodeVersion();
  return versionPromise;
}

async function computeCodeVersion(): Promise<string> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const packageVersion = await readFile(join(here, '..', '..', 'package.json'), 'utf8')
    .then((text) => String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown'))
    .catch(() => 'unknown');
  const fingerprint = createHash('sha256');
  for (const stage of ['corpus', 'analysis']) {
    const folder = join(here, '..', stage);
    const files = await readdir(folder).catch(() => [] as string[]);
    for (const file of files.filter((name) => /\.(?:ts|js)$/.test(name)).sort()) {
      fingerprint.update(file);
      fingerprint.update(await readFile(join(folder, file)).catch(() => Buffer.alloc(0)));
    }
  }
  return `${packageVersion}+${CACHE_SCHEMA}+${fingerprint.digest('hex').slice(0, 16)}`;
}
