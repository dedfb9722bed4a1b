import { type FSWatcher, watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from './analysis/analyse.js';
import { loadCorpus } from './corpus/load.js';
import type { CorpusProblem } from './corpus/types.js';
import type { Logger } from './log.js';
import { loadAnalysedCorpus } from './search/cache.js';
import { buildLibrary } from './search/library.js';
import type { Library } from './search/types.js';

export interface OpenedLibrary {
  library: Library;
  /** Files that could not be used, each with a reason a person can act on. */
  problems: CorpusProblem[];
}

export interface OpenOptions {
  /** Where analyses are cached between runs; null analyses everything afresh. */
  cacheDir?: string | null;
}

/** Beside the installed package, so every way of starting Dossier shares one cache. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../.dossier-cache', import.meta.url));

/** The whole pipeline for a corpus folder: load and clean, analyse (or reuse cached analyses), index. */
export async function openLibrary(dir: string, options: OpenOptions = {}): Promise<OpenedLibrary> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  if (cacheDir === null) {
    const { articles, problems } = await loadCorpus(dir);
    const analysed = articles.map((article) => ({ article, analysis: analyseArticle(article) }));
    return { library: buildLibrary(analysed), problems };
  }
  const { articles, problems } = await loadAnalysedCorpus(dir, { cacheDir });
  return { library: buildLibrary(articles), problems };
}

/** A library that follows its corpus folder: edits are re-indexed aside and swapped in whole. */
export interface LiveLibrary {
  /** The newest complete library; a reload in progress never shows through. */
  current(): Library;
  close(): void;
}

export interface WatchOptions {
  logger: Logger;
  /** Quiet time after the last change before rebuilding, so a burst of writes costs one rebuild. */
  debounceMs?: number;
  onReload?: (library: Library) => void;
}

export async function watchLibrary(dir: string, options: WatchOptions & OpenOptions): Promise<LiveLibrary> {
  const { logger, debounceMs = 300, onReload } = options;
  let library = (await openLibrary(dir, options)).library;
  let timer: NodeJS.Timeout | undefined;
  let rebuilding: Promise<void> = Promise.resolve();

  const rebuild = async (): Promise<void> => {
    try {
      const opened = await openLibrary(dir, options);
      for (const problem of opened.problems) logger.warn('corpus file skipped', { ...problem });
      library = opened.library;
      logger.info('corpus reloaded', { articles: library.articles.length });
      onReload?.(library);
    } catch (error) {
      logger.error('corpus reload failed; still answering from the previous corpus', { dir, error });
    }
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        rebuilding = rebuilding.then(rebuild);
      }, debounceMs);
    });
    watcher.on('error', (error) => logger.warn('corpus watch stopped', { dir, error }));
  } catch (error) {
    logger.warn('corpus folder cannot be watched; restart to pick up changes', { dir, error });
  }

  return {
    current: () => library,
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
