import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ArticleFileError } from './errors.js';
import { articleIdFromFile, type ParsedArticle, parseArticleFile } from './parse.js';
import type { Article, CorpusProblem } from './types.js';

/** Larger than any news article by two orders of magnitude: such a file is a dump, not a story. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Article files are plain text (.txt) or Markdown (.md), with optional front matter. */
const ARTICLE_EXTENSION = /\.(txt|md)$/i;
/** Notes that live beside articles in a corpus folder and are about it, not articles. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing)(\.[^.]*)?$/i;

export interface LoadedCorpus {
  articles: Article[];
  problems: CorpusProblem[];
}

/**
 * Loads every article in a corpus folder: *.txt and *.md files, in sub-folders too, in name order so
 * paragraph and article order are the same on every machine. README / LICENCE files and hidden
 * files are skipped. A file that cannot be used becomes a problem naming it; the rest still load.
 * Ids come from the file name (front matter `id` overrides); in a sub-folder the folder is part of it
 * ("politics/001.txt" is "politics-001"). A repeated id gets a numeric suffix and a warning.
 * A folder that is missing or unreadable rejects: there is no corpus to answer from, and callers
 * (the command line, the watcher keeping its previous corpus) say so in their own words.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const files = await listArticleFiles(dir);
  return assembleCorpus(dir, files, await readArticleFiles(files));
}

/** One file read and parsed on its own, before ids are given out across the corpus. */
export type FileReading = ParsedArticle | { problem: string };

/**
 * Reads and parses each file independently of the others, so the work can be shared between
 * threads; a file that cannot be used becomes its problem rather than an exception.
 */
export async function readArticleFiles(files: readonly string[]): Promise<FileReading[]> {
  const readings: FileReading[] = [];
  // Files are read a batch at a time, in parallel, then parsed in order.
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.allSettled(batch.map(readArticleBytes));
    for (const [offset, file] of batch.entries()) {
      const content = contents[offset];
      try {
        if (content === undefined) throw new Error('not read');
        if (content.status === 'rejected') throw content.reason;
        readings.push(parseArticleFile(content.value, file));
      } catch (error) {
        readings.push({ problem: describeLoadFailure(error) });
      }
    }
  }
  return readings;
}

/** The corpus from its files' readings, in the files' order, each article under a unique id. */
export function assembleCorpus(
  dir: string,
  files: readonly string[],
  readings: readonly FileReading[],
): LoadedCorpus {
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  const usedIds = new Set<string>();
  for (const [index, file] of files.entries()) {
    const name = relative(dir, file);
    const reading = readings[index] ?? { problem: 'not read' };
    if ('problem' in reading) {
      problems.push({ file: name, reason: reading.problem });
      continue;
    }
    for (const warning of reading.warnings) problems.push({ file: name, reason: warning });
    const article = reading.article;
    const folderId = articleIdFromFile(name.split(sep).join('-'));
    const wantedId = article.id === articleIdFromFile(file) && name.includes(sep) ? folderId : article.id;
    const id = uniqueId(wantedId === '' ? 'article' : wantedId, usedIds);
    if (id !== wantedId) {
      problems.push({
        file: name,
        reason: `id "${wantedId}" is already used by another article; loaded as "${id}"`,
      });
    }
    articles.push({ ...article, id });
  }
  return { articles, problems };
}

/** Enough files in flight to hide disk latency, few enough to stay far below open-file limits. */
const READ_BATCH = 64;

async function readArticleBytes(file: string): Promise<Uint8Array> {
  const size = (await stat(file)).size;
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleFileError(
      'too-large',
      `too large (${(size / 1024 / 1024).toFixed(1)} MB; articles over 5 MB are not loaded)`,
    );
  }
  return readFile(file);
}

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${wanted}-${suffix}`;
  used.add(id);
  return id;
}

function describeLoadFailure(error: unknown): string {
  if (error instanceof ArticleFileError) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file disappeared while the corpus was loading';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable (permission denied)';
  if (code === 'EISDIR') return 'unreadable (it is a folder)';
  const message = error instanceof Error ? error.message : String(error);
  return `unreadable (${message})`;
}

export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await listArticleFiles(path).catch(() => [])));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSION.test(entry.name)) {
      if (!NOT_ARTICLES.test(entry.name)) files.push(path);
    }
  }
  return files;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
