/**
 * `npm run bench [-- --corpus DIR] [--sizes 1,100,1000]`: start-up, memory, latency and
 * throughput at several corpus sizes, against plain Fuse.js and MiniSearch as references.
 * Prints the tables and writes them to bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusOfSize, readBenchCorpus, writeCorpusFolder } from './corpus.js';
import { measureSize, type SizeResult } from './measure.js';
import { describeMachine, renderReport } from './report.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/corpora/bbc-news-2005/', import.meta.url));
const DEFAULT_SIZES = [1, 100, 1_000, 2_220, 10_000];
/** The whole run must fit in five minutes; what is predicted not to fit is skipped and said so. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;
const RESULT_MARK = 'BENCH-RESULT ';
const MIN_SIZE_TO_PREDICT = 100;
const MEASURING_ALLOWANCE_MS = 45_000;

/** Plain Fuse scans every paragraph: about a second a query at 2,000 articles, so it gets a budget. */
function fuseQueryBudget(size: number): number {
  if (size <= 100) return 1_000;
  if (size <= 1_000) return 16;
  if (size <= 2_500) return 6;
  return 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      sizes: { type: 'string' },
      child: { type: 'boolean' },
      folder: { type: 'string' },
      size: { type: 'string' },
      phase: { type: 'string' },
      'cache-dir': { type: 'string' },
    },
  });
  const corpusDir = resolve(values.corpus ?? DEFAULT_CORPUS);

  if (values.child) {
    const size = Number(values.size);
    const result = await measureSize({
      folder: values.folder ?? corpusDir,
      size,
      phase: values.phase === 'warm' ? 'warm' : 'cold',
      cacheDir: values['cache-dir'] ?? join(tmpdir(), 'dossier-bench-cache'),
      fuseQueryBudget: fuseQueryBudget(size),
    });
    process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
    return;
  }

  const isFolder = await stat(corpusDir).then(
    (found) => found.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    console.error(
      `No benchmark corpus at ${corpusDir}. Point the benchmark at a folder of article files: npm run bench -- --corpus DIR`,
    );
    process.exitCode = 1;
    return;
  }

  const sizes = values.sizes === undefined ? DEFAULT_SIZES : values.sizes.split(',').map(Number);
  const all = await readBenchCorpus(corpusDir);
  if (all.length === 0) {
    console.error(`No article files (.txt or .md) in ${corpusDir}.`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const results: SizeResult[] = [];
  const skipped: number[] = [];
  let previous: { size: number; coldMs: number; warmMs: number } | undefined;
  const coldOnly: number[] = [];
  for (const size of sizes) {
    // Past a hundred articles start-up grows about linearly with the corpus, so the last size
    // predicts the next; below that, process start-up dominates and predicts nothing. The
    // allowance covers the query sets, which cost about the same at every size.
    const left = TIME_BUDGET_MS - (performance.now() - started);
    const scale = previous === undefined || previous.size < MIN_SIZE_TO_PREDICT ? 0 : size / previous.size;
    const predictedCold = (previous?.coldMs ?? 0) * scale + (scale > 0 ? MEASURING_ALLOWANCE_MS : 0);
    const predictedWarm = (previous?.warmMs ?? 0) * scale;
    if (predictedCold > left) {
      skipped.push(size);
      continue;
    }
    const phases = predictedCold + predictedWarm > left ? (['cold'] as const) : (['cold', 'warm'] as const);
    if (phases.length === 1) coldOnly.push(size);
    // The bot loads a folder, so each size is one: the corpus itself when the size is all of
    // it, otherwise a temporary folder outside the project holding the first articles and repeats.
    const inPlace = size === all.length;
    const workDir = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
    const folder = inPlace ? corpusDir : join(workDir, 'corpus');
    try {
      if (!inPlace) await writeCorpusFolder(corpusOfSize(all, size), folder);
      for (const phase of phases) {
        process.stderr.write(`measuring ${size} articles, ${phase} start...\n`);
        results.push(await runChild(folder, size, phase, join(workDir, 'cache')));
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    const readyMs = (phase: 'cold' | 'warm') =>
      results.find((result) => result.size === size && result.phase === phase)?.readyMs ?? 0;
    previous = { size, coldMs: readyMs('cold'), warmMs: readyMs('warm') };
  }
  const totalSeconds = (performance.now() - started) / 1000;
  const report = renderReport({
    machine: describeMachine(),
    corpusDir,
    results,
    skipped,
    coldOnly,
    totalSeconds,
  });
  console.log(report);
  await writeFile(new URL('./RESULTS.md', import.meta.url), report);
}

/** Each size runs in a fresh process, so its start-up time and memory are a fresh bot's. */
function runChild(
  corpusDir: string,
  size: number,
  phase: 'cold' | 'warm',
  cacheDir: string,
): Promise<SizeResult> {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, '--child', '--corpus', corpusDir, '--size', String(size)];
  args.push('--phase', phase, '--cache-dir', cacheDir);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith(RESULT_MARK));
      if (code !== 0 || line === undefined) {
        reject(new Error(`measuring ${size} articles (${phase}) failed with exit code ${code}`));
        return;
      }
      resolvePromise(JSON.parse(line.slice(RESULT_MARK.length)) as SizeResult);
    });
  });
}

await main();
