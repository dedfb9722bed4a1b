/** The benchmark's figures as Markdown tables, the same text on the terminal and in RESULTS.md. */
import { cpus, platform, release, totalmem } from 'node:os';
import { type LatencyStats, ROUNDS, type SizeResult, type Timing } from './measure.js';

export interface Machine {
  node: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    node: process.version,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()}`,
  };
}

interface ReportInput {
  machine: Machine;
  corpusDir: string;
  results: readonly SizeResult[];
  skipped: readonly number[];
  /** Sizes measured cold only: the warm start was predicted not to fit in the time budget. */
  coldOnly: readonly number[];
  totalSeconds: number;
}

const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const latency = (stats: LatencyStats | undefined): string =>
  stats === undefined ? 'n/a' : `${ms(stats.p50)} / ${ms(stats.p99)} / ${ms(stats.max)}`;
const timing = (stats: Timing | undefined): string =>
  stats === undefined ? 'n/a' : `${latency(stats.wall)} (CPU ${ms(stats.cpu.p50)} / ${ms(stats.cpu.p99)})`;
const count = (value: number): string => value.toLocaleString('en-GB');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export function renderReport({
  machine,
  corpusDir,
  results,
  skipped,
  coldOnly,
  totalSeconds,
}: ReportInput): string {
  const cold = results.filter((result) => result.phase === 'cold');
  const warmFor = (size: number) => results.find((result) => result.phase === 'warm' && result.size === size);

  const startup = table(
    [
      'articles',
      'paragraphs',
      'cold ready ms (load and analyse + index)',
      'cold CPU ms, all threads',
      'cold RSS MB',
      'warm ready ms (cache + index)',
      'warm RSS MB',
      'warm from cache',
    ],
    cold.map((result) => {
      const warm = warmFor(result.size);
      return [
        count(result.articles),
        count(result.paragraphs),
        `${ms(result.readyMs)} (${ms(result.loadMs)} + ${ms(result.indexMs)})`,
        ms(result.readyCpuMs),
        result.rssMb.toFixed(0),
        warm === undefined ? 'n/a' : `${ms(warm.readyMs)} (${ms(warm.loadMs)} + ${ms(warm.indexMs)})`,
        warm === undefined ? 'n/a' : warm.rssMb.toFixed(0),
        warm === undefined ? 'n/a' : `${warm.cache.fromCache} of ${warm.articles}`,
      ];
    }),
  );

  const latencies = table(
    [
      'articles',
      '/search p50 / p99 / max ms',
      '/who',
      '/quote',
      'autocomplete (1-4 chars)',
      'answers/s, one core, mixed',
      'load average',
    ],
    cold.map((result) => [
      count(result.articles),
      timing(result.latency?.search),
      timing(result.latency?.who),
      timing(result.latency?.quote),
      timing(result.latency?.autocomplete),
      result.answersPerSecond === undefined ? 'n/a' : count(Math.round(result.answersPerSecond)),
      result.loadAverage.toFixed(1),
    ]),
  );

  const lookups = table(
    ['articles', 'searchPassages (25)', 'findEntities (5)', 'findSpeakers (5)'],
    cold.map((result) => [
      count(result.articles),
      timing(result.lookups?.passages),
      timing(result.lookups?.entities),
      timing(result.lookups?.speakers),
    ]),
  );

  const references = table(
    [
      'articles',
      'reference',
      'queries',
      'reference build ms',
      'reference p50 / p99 ms',
      'Dossier p50 / p99 ms',
      'speed-up p50 / p99',
      'top-3 agreement',
      'known item in top 3: reference / Dossier',
    ],
    cold.flatMap((result) =>
      (result.references ?? []).map((reference) => [
        count(result.articles),
        reference.engine,
        String(reference.queries),
        ms(reference.buildMs),
        `${ms(reference.latency.p50)} / ${ms(reference.latency.p99)}`,
        `${ms(reference.dossierLatency.p50)} / ${ms(reference.dossierLatency.p99)}`,
        `${(reference.latency.p50 / Math.max(reference.dossierLatency.p50, 1e-6)).toFixed(0)}x / ${(reference.latency.p99 / Math.max(reference.dossierLatency.p99, 1e-6)).toFixed(0)}x`,
        `${(reference.top3Agreement * 100).toFixed(0)}%`,
        `${reference.knownItemsFound} / ${reference.dossierKnownItemsFound} of ${reference.knownItemsAsked}`,
      ]),
    ),
  );

  const targets = targetChecks(results);

  const notes = [
    ...cold.flatMap((result) => result.notes),
    ...cold.flatMap((result) => {
      const warm = warmFor(result.size);
      return warm !== undefined && warm.codeVersion !== result.codeVersion
        ? [
            `${count(result.size)} articles: the corpus or analysis code changed between the cold and warm runs, so the warm run found its cache invalid and analysed again`,
          ]
        : [];
    }),
    ...coldOnly.map(
      (size) =>
        `${count(size)} articles: warm start not measured, it would not have fitted in the five-minute budget`,
    ),
    ...skipped.map(
      (size) => `${count(size)} articles skipped: it would not have finished within the five-minute budget`,
    ),
  ];

  return [
    '# Dossier benchmark results',
    '',
    `Machine: Node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GB memory, ${machine.os}.`,
    `Corpus: ${corpusDir} (read in place at its full size; smaller sizes take its first articles, mixed across its folders, and larger sizes add repeats with names and numbers perturbed, each written to a temporary folder outside the project and removed afterwards). Whole run: ${totalSeconds.toFixed(0)} s.`,
    '',
    '## Start-up',
    '',
    'Each size runs in a fresh process: cold with an empty analysis cache, then warm with the cache the cold run wrote. Cold analysis is shared between worker threads and the main thread, so on an idle machine cold wall-clock time approaches CPU time divided by the cores in use.',
    '',
    startup,
    '',
    '## Latency and throughput',
    '',
    `Answers through \`answerQuestion\` (the same path as Discord and the terminal), ${ROUNDS} rounds of each fixed query set after one second of other questions (compiled code, start-up garbage collected); autocomplete alternates entities, speakers and articles. Wall-clock p50 / p99 / max in ms, then the process's CPU time p50 / p99 in brackets. CPU time counts every thread of the process, so V8's compiler and garbage-collector threads, which run beside an answer on the other core, add to it without delaying the answer; the load average column says how busy the machine was.`,
    '',
    latencies,
    '',
    'The search stage alone: the Library calls behind /search, /who and /quote, same queries, after the rounds above (so with warm caches). The difference from the table above is the cost of building the answers (passages, mentions and quotations with their attribution).',
    '',
    lookups,
    '',
    '## Against reference engines',
    '',
    "Passage search only (`searchPassages`, 25 results), the hand-written /search queries plus 40 known-item queries (three neighbouring words of a paragraph, every other one with a typo); agreement is the share of Dossier's top three that the reference also ranks in its top three.",
    '',
    references,
    '',
    ...(targets.length > 0
      ? [
          '## Against the targets',
          '',
          `Latencies as wall-clock time, what a user waits (the process's CPU time in brackets); over ${ROUNDS} rounds a passing neighbour on the machine moves a sample or two, not the p99.`,
          '',
          table(['target', 'measured', 'met'], targets),
          '',
        ]
      : []),
    ...(notes.length > 0 ? ['## Notes', '', ...notes.map((note) => `- ${note}`), ''] : []),
  ].join('\n');
}

/** The goals set for this stage, each checked against the run's figures where the run has them. */
function targetChecks(results: readonly SizeResult[]): string[][] {
  const cold = (size: number) => results.find((result) => result.phase === 'cold' && result.size === size);
  const warm = (size: number) => results.find((result) => result.phase === 'warm' && result.size === size);
  const rows: string[][] = [];
  const check = (target: string, measured: string, met: boolean) => {
    rows.push([target, measured, met ? 'yes' : 'no']);
  };
  const p99 = (timing: Timing | undefined) => (timing === undefined ? Number.NaN : timing.wall.p99);
  const describe = (timing: Timing | undefined) =>
    timing === undefined ? 'n/a' : `${ms(timing.wall.p99)} ms (CPU ${ms(timing.cpu.p99)} ms)`;

  const thousand = cold(1_000);
  if (thousand?.latency !== undefined) {
    const { search, who, quote, autocomplete } = thousand.latency;
    check('/search p99 <= 10 ms at 1,000 articles', describe(search), p99(search) <= 10);
    check('/who p99 <= 2 ms at 1,000 articles', describe(who), p99(who) <= 2);
    check('/quote p99 <= 2 ms at 1,000 articles', describe(quote), p99(quote) <= 2);
    check('autocomplete p99 <= 2 ms at 1,000 articles', describe(autocomplete), p99(autocomplete) <= 2);
  }
  const tenThousand = cold(10_000);
  if (tenThousand?.latency !== undefined) {
    const { search } = tenThousand.latency;
    check('/search p99 <= 50 ms at 10,000 articles', describe(search), p99(search) <= 50);
  }
  for (const reference of thousand?.references ?? []) {
    const speedUp = reference.latency.p50 / Math.max(reference.dossierLatency.p50, 1e-6);
    if (reference.engine.startsWith('plain Fuse')) {
      check('at least 100x faster than plain Fuse at 1,000 (p50)', `${speedUp.toFixed(0)}x`, speedUp >= 100);
    } else {
      const p99Ratio = reference.latency.p99 / Math.max(reference.dossierLatency.p99, 1e-6);
      check(
        `no slower than ${reference.engine} at 1,000 (p50 and p99)`,
        `${speedUp.toFixed(1)}x / ${p99Ratio.toFixed(1)}x as fast`,
        speedUp >= 1 && p99Ratio >= 1,
      );
    }
    check(
      `top-3 quality no worse than ${reference.engine} at 1,000 (known items found)`,
      `${reference.dossierKnownItemsFound} vs ${reference.knownItemsFound} of ${reference.knownItemsAsked}`,
      reference.dossierKnownItemsFound >= reference.knownItemsFound,
    );
  }
  if (thousand !== undefined) {
    check('cold start <= 5 s at 1,000 articles', `${ms(thousand.readyMs)} ms`, thousand.readyMs <= 5_000);
    check('RSS <= 300 MB at 1,000 articles', `${thousand.rssMb.toFixed(0)} MB`, thousand.rssMb <= 300);
  }
  const warmThousand = warm(1_000);
  if (warmThousand !== undefined) {
    check(
      'warm start <= 1 s at 1,000 articles',
      `${ms(warmThousand.readyMs)} ms`,
      warmThousand.readyMs <= 1_000,
    );
  }
  return rows;
}
