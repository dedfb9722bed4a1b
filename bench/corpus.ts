/**
 * The benchmark corpora: real articles read in place, and larger corpora made by repeating them
 * with names and numbers changed, so the vocabulary grows as a real archive's would.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export interface BenchSource {
  /** Path relative to the corpus folder; made-up repeats carry "-copyN" before the extension. */
  name: string;
  bytes: Buffer;
}

const ARTICLE_FILE = /\.(txt|md)$/i;
const NOT_ARTICLES = /^(readme|license|licence)(\.[^.]*)?$/i;

/**
 * The first `limit` article files under `dir`, taking the folders in turn so any prefix mixes
 * the topics. Only those files are read.
 */
export async function readBenchCorpus(dir: string, limit = Number.POSITIVE_INFINITY): Promise<BenchSource[]> {
  const folders = new Map<string, string[]>();
  async function walk(folder: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) await walk(path);
      else if (ARTICLE_FILE.test(entry.name) && !NOT_ARTICLES.test(entry.name)) {
        const list = folders.get(folder) ?? [];
        list.push(path);
        folders.set(folder, list);
      }
    }
  }
  await walk(dir);
  const lists = [...folders.values()];
  const interleaved: string[] = [];
  for (let index = 0; interleaved.length < lists.reduce((sum, list) => sum + list.length, 0); index++) {
    for (const list of lists) {
      const path = list[index];
      if (path !== undefined) interleaved.push(path);
    }
  }
  return Promise.all(
    interleaved.slice(0, limit).map(async (path) => {
      const name = relative(dir, path);
      return { name, bytes: await readFile(path) };
    }),
  );
}

/** The first `size` sources; past the real ones, repeats with names and numbers perturbed. */
export function corpusOfSize(sources: readonly BenchSource[], size: number): BenchSource[] {
  const chosen: BenchSource[] = [];
  for (let index = 0; index < size && sources.length > 0; index++) {
    const original = sources[index % sources.length];
    if (original === undefined) break;
    const copy = Math.floor(index / sources.length);
    chosen.push(copy === 0 ? original : perturb(original, copy));
  }
  return chosen;
}

function perturb(source: BenchSource, copy: number): BenchSource {
  const text = source.bytes
    .toString('utf8')
    .replace(/\d+/g, (digits) => String(Number(digits) + copy * 7))
    .replace(/\b[A-Z][a-z]{3,}\b/g, (word) => perturbName(word, copy));
  const name = source.name.replace(/(\.[^.]+)?$/, (extension) => `-copy${copy}${extension}`);
  return { name, bytes: Buffer.from(text, 'utf8') };
}

const VOWELS = 'aeiou';

/** About half the capitalised words get one vowel changed: "Blair" may come back as "Bleir". */
function perturbName(word: string, copy: number): string {
  let hash = copy;
  for (const character of word) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  if (hash % 2 === 0) return word;
  for (let index = 1; index < word.length; index++) {
    const at = VOWELS.indexOf(word[index] ?? '');
    if (at >= 0) {
      const replacement = VOWELS[(at + 1 + (hash % 4)) % VOWELS.length] ?? 'a';
      return `${word.slice(0, index)}${replacement}${word.slice(index + 1)}`;
    }
  }
  return word;
}

/** Writes `sources` as a corpus folder under `folder`, keeping their sub-folders. */
export async function writeCorpusFolder(sources: readonly BenchSource[], folder: string): Promise<void> {
  for (const source of sources) {
    const path = join(folder, source.name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, source.bytes);
  }
}
