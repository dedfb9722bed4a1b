/**
 * Scores the cleaner against the hand-labelled fixtures in tests/fixtures/articles: every fixture has a
 * `.gold.json` beside it giving the expected kind of each block ("dropped" for furniture, "title" for
 * the headline). Run `npx tsx tests/corpus/measure.ts` for the figures; the tests assert on them.
 *
 * `npx tsx tests/corpus/measure.ts --plain DIR` scores a folder of clean articles instead (headline,
 * blank line, paragraphs, as in the BBC News 2005 dataset): every paragraph there is reporting, so
 * anything not kept as body is a loss, and the headline should become the title.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export type GoldKind = 'title' | 'standfirst' | 'caption' | 'heading' | 'body' | 'dropped';

export interface Gold {
  title: string;
  source: string | null;
  published: string | null;
  /**
   * [expected kind, opening words of the block as the cleaned article shows it] in page order. A third
   * element records a known disagreement and why: the block still counts in the figures, but the
   * per-block test lets it be.
   */
  blocks: [GoldKind, string, string?][];
  /** A metadata field the cleaner is known to get wrong, and why; the figures still count it. */
  knownMetadataMisses?: Partial<Record<'title' | 'source' | 'published', string>>;
}

export interface BlockOutcome {
  expected: GoldKind;
  actual: GoldKind | 'missing';
  text: string;
  /** Why the cleaner is known to get this block wrong, when it is. */
  knownMiss?: string;
}

export interface FixtureResult {
  file: string;
  article: Article;
  gold: Gold;
  outcomes: BlockOutcome[];
  /** Output blocks no gold entry accounts for: a gold file out of date with its fixture. */
  unaccounted: { text: string; kind: GoldKind }[];
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort();
}

/**
 * Parses a fixture and matches its blocks to the gold labels. With `withoutBlankLines`, the page is
 * first pasted the way some browsers copy it, every paragraph on its own line with no blank line.
 */
export function scoreFixture(name: string, withoutBlankLines = false): FixtureResult {
  const file = join(FIXTURE_DIR, name);
  const raw = readFileSync(file);
  const article = parseArticle(
    withoutBlankLines ? raw.toString('utf8').replace(/\n[ \t]*\n/g, '\n') : raw,
    file,
  );
  const gold = JSON.parse(readFileSync(file.replace(/\.(txt|md)$/, '.gold.json'), 'utf8')) as Gold;
  const pool: { text: string; kind: GoldKind }[] = [
    ...article.paragraphs.map((paragraph) => ({ text: paragraph.text, kind: paragraph.kind as GoldKind })),
    ...article.dropped.map((block) => ({
      text: block.text,
      kind: (block.reason === 'headline' ? 'title' : 'dropped') as GoldKind,
    })),
  ];
  const outcomes = gold.blocks.map(([expected, text, knownMiss]): BlockOutcome => {
    // A line the page prints twice word for word (a live page's key event and its post's headline)
    // cannot be told apart by its text: the copy of the expected kind is the one meant, if there is one.
    const exact = pool.findIndex((candidate) => candidate.text === text);
    const first = exact !== -1 ? exact : pool.findIndex((candidate) => candidate.text.startsWith(text));
    const copy = pool[first]?.text;
    const sameKind = pool.findIndex((candidate) => candidate.text === copy && candidate.kind === expected);
    const found = sameKind !== -1 ? sameKind : first;
    const actual: BlockOutcome['actual'] =
      found === -1 ? 'missing' : (pool.splice(found, 1)[0]?.kind ?? 'missing');
    return knownMiss === undefined ? { expected, actual, text } : { expected, actual, text, knownMiss };
  });
  return { file: name, article, gold, outcomes, unaccounted: pool };
}

export interface BodyScore {
  goldBody: number;
  keptBody: number;
  correctBody: number;
  recall: number;
  precision: number;
}

/** Body recall: true body paragraphs kept as body. Precision: paragraphs marked body that are body. */
export function bodyScore(results: readonly FixtureResult[]): BodyScore {
  const outcomes = results.flatMap((result) => result.outcomes);
  const goldBody = outcomes.filter((outcome) => outcome.expected === 'body').length;
  const strayBody = results.flatMap((result) => result.unaccounted).filter((block) => block.kind === 'body');
  const keptBody = outcomes.filter((outcome) => outcome.actual === 'body').length + strayBody.length;
  const correctBody = outcomes.filter(
    (outcome) => outcome.expected === 'body' && outcome.actual === 'body',
  ).length;
  return {
    goldBody,
    keptBody,
    correctBody,
    recall: goldBody === 0 ? 1 : correctBody / goldBody,
    precision: keptBody === 0 ? 1 : correctBody / keptBody,
  };
}

function report(): void {
  const results = fixtureFiles().map((name) => scoreFixture(name));
  for (const result of results) {
    const wrong = result.outcomes.filter((outcome) => outcome.actual !== outcome.expected);
    const metadata = (['title', 'source', 'published'] as const).filter(
      (field) => result.article[field] !== result.gold[field],
    );
    console.log(
      `${result.file}: ${result.outcomes.length - wrong.length}/${result.outcomes.length} blocks right` +
        (metadata.length > 0 ? `; metadata wrong: ${metadata.join(', ')}` : ''),
    );
    for (const outcome of wrong) {
      const known = outcome.knownMiss === undefined ? '' : ` (${outcome.knownMiss})`;
      console.log(`  expected ${outcome.expected}, got ${outcome.actual}: ${outcome.text}${known}`);
    }
    for (const block of result.unaccounted)
      console.log(`  not in gold (${block.kind}): ${block.text.slice(0, 60)}`);
  }
  const score = bodyScore(results);
  const collapsed = bodyScore(fixtureFiles().map((name) => scoreFixture(name, true)));
  console.log(
    `without blank lines: body recall ${(collapsed.recall * 100).toFixed(1)}%, ` +
      `precision ${(collapsed.precision * 100).toFixed(1)}%`,
  );
  console.log(
    `body recall ${(score.recall * 100).toFixed(1)}% (${score.correctBody}/${score.goldBody}), ` +
      `precision ${(score.precision * 100).toFixed(1)}% (${score.correctBody}/${score.keptBody}) ` +
      `over ${results.length} fixtures`,
  );
}

function plainFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return plainFiles(path);
      return /\.txt$/i.test(name) && !/^readme/i.test(name) ? [path] : [];
    });
}

function reportPlain(dir: string): void {
  let paragraphs = 0;
  let keptAsBody = 0;
  let titles = 0;
  const files = plainFiles(dir);
  for (const file of files) {
    const raw = readFileSync(file);
    const article = parseArticle(raw, file);
    const [headline = '', ...rest] = raw
      .toString('utf8')
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter((block) => block !== '');
    if (article.title === headline) titles += 1;
    const body = new Set(
      article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text.replace(/\s+/g, ' ')),
    );
    for (const paragraph of rest) {
      paragraphs += 1;
      if (body.has(paragraph.normalize('NFC'))) keptAsBody += 1;
    }
  }
  console.log(
    `${files.length} files: headline as title ${((titles / files.length) * 100).toFixed(1)}%, ` +
      `paragraphs kept as body ${((keptAsBody / paragraphs) * 100).toFixed(1)}% (${keptAsBody}/${paragraphs})`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const plainAt = process.argv.indexOf('--plain');
  const plainDir = plainAt === -1 ? undefined : process.argv[plainAt + 1];
  if (plainDir === undefined) report();
  else reportPlain(plainDir);
}
