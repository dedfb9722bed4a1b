/**
 * Converts a folder of gold written against corpus files (each quotation's text spelled out, as in
 * tests/eval/gold/) into the corpus-backed form tests/eval/real-bbc/ keeps: the article named
 * relative to the corpora root, each quotation marked by paragraph, offsets and fingerprint, so the
 * repository carries none of the articles' words. Every quotation is then rebuilt from the article
 * the way `npm run eval` rebuilds it and must come back exactly as the annotator wrote it.
 *
 *   npx tsx tests/eval/convert-corpus-gold.ts SOURCE_GOLD_DIR TARGET_DIR [--batch NAME]
 *
 * The batch defaults to the source folder's name, or its parent's when the folder is called `gold`.
 * The corpora are found as `npm run eval` finds them (DOSSIER_CORPORA, else ../shared/corpora).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import {
  type CorpusGold,
  type CorpusGoldQuote,
  corporaRoot,
  corpusArticleName,
  type Gold,
  type GoldQuote,
  normaliseText,
  quotationFingerprint,
  resolveCorpusGold,
} from './evaluate.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A source quotation may carry the flag some annotators add for fragments; it is kept, never scored. */
type SourceQuote = GoldQuote & { partial?: boolean };
type SourceGold = Omit<Gold, 'quotes'> & { quotes: SourceQuote[] };

export interface ConversionReport {
  written: string[];
  quotations: number;
  /** Choices the converter made that a reader of the gold should know about. */
  notes: string[];
  /** Files not written, and why. */
  failures: string[];
}

const QUOTATION_MARK = /["“”‘’'«»„]/;

/**
 * Where `wanted` sits in `text`. A short fragment ("amazing") can also occur unquoted in the same
 * paragraph; the occurrence set off by quotation marks is the quoted one.
 */
function bestOccurrence(
  text: string,
  wanted: string,
): { start: number; occurrences: number; ambiguous: boolean } | undefined {
  const starts: number[] = [];
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) starts.push(at);
  if (starts.length === 0) return undefined;
  const marked = (start: number) =>
    Number(QUOTATION_MARK.test(text.charAt(start - 1))) +
    Number(QUOTATION_MARK.test(text.charAt(start + wanted.length)));
  const best = Math.max(...starts.map(marked));
  const chosen = starts.filter((start) => marked(start) === best);
  return { start: chosen[0] ?? 0, occurrences: starts.length, ambiguous: chosen.length > 1 };
}

interface Located {
  paragraph: number;
  start: number;
  note?: string;
}

/** Finds a quotation in its stated paragraph, else in the nearest paragraph that holds it. */
function locateQuotation(article: Article, quote: SourceQuote): Located | undefined {
  const byDistance = [...article.paragraphs].sort(
    (a, b) => Math.abs(a.n - quote.paragraph) - Math.abs(b.n - quote.paragraph) || a.n - b.n,
  );
  for (const paragraph of byDistance) {
    const found = bestOccurrence(paragraph.text, quote.text);
    if (!found) continue;
    const notes = [
      paragraph.n === quote.paragraph ? '' : `found in ¶${paragraph.n}, not the stated ¶${quote.paragraph}`,
      found.occurrences === 1
        ? ''
        : `occurs ${found.occurrences} times in ¶${paragraph.n}; ${found.ambiguous ? 'the first' : 'the one set off by quotation marks'} taken`,
    ].filter((note) => note !== '');
    return {
      paragraph: paragraph.n,
      start: found.start,
      ...(notes.length ? { note: notes.join('; ') } : {}),
    };
  }
  return undefined;
}

/** The corpus-relative name of a source gold's article, or why it has none. */
function corpusRelativeArticle(article: string, corpora: string): string | { failure: string } {
  const file = isAbsolute(article) ? article : resolve(REPOSITORY_ROOT, article);
  const inside = relative(corpora, file);
  if (inside.startsWith('..') || isAbsolute(inside))
    return { failure: `${file} is not under the corpora root ${corpora} (set DOSSIER_CORPORA)` };
  if (!existsSync(file)) return { failure: `${file} does not exist` };
  return inside.split(sep).join('/');
}

function convertOne(
  source: SourceGold,
  batch: string,
  corpora: string,
  notes: string[],
): CorpusGold | string {
  const article = corpusRelativeArticle(source.article, corpora);
  if (typeof article !== 'string') return article.failure;
  const name = corpusArticleName(article);
  const file = join(corpora, article);
  const parsed = parseArticle(readFileSync(file), file);
  const quotes: CorpusGoldQuote[] = [];
  for (const quote of source.quotes) {
    const located = locateQuotation(parsed, quote);
    if (!located) return `¶${quote.paragraph} "${quote.text}" occurs nowhere in the parsed article`;
    if (located.note) notes.push(`${name}: "${quote.text}": ${located.note}`);
    quotes.push({
      paragraph: located.paragraph,
      start: located.start,
      end: located.start + quote.text.length,
      sha256: quotationFingerprint(quote.text),
      speaker: quote.speaker,
      ...(quote.partial === undefined ? {} : { partial: quote.partial }),
    });
  }
  const converted: CorpusGold = { article, batch, summary: source.summary, people: source.people, quotes };
  // The summary is the annotator's own words and is kept whole; one that repeats a quotation of
  // three words or more is worth a look, since quotations are what the repository must not carry.
  for (const quote of source.quotes) {
    const words = quote.text.split(/\s+/).filter((word) => word !== '');
    if (words.length >= 3 && normaliseText(source.summary).includes(normaliseText(quote.text)))
      notes.push(
        `${name}: the summary repeats the ${words.length} words of the quotation in ¶${quote.paragraph}`,
      );
  }

  const { resolved } = resolveCorpusGold(converted, corpora);
  const broken = resolved.gold.quotes.flatMap((rebuilt, index) => {
    const wanted = source.quotes[index];
    return rebuilt.text === wanted?.text ? [] : [`"${wanted?.text}" came back as "${rebuilt.text}"`];
  });
  return broken.length > 0 ? `quotations do not round-trip: ${broken.join('; ')}` : converted;
}

/** The layout Biome gives JSON: two-space indents, a list of strings on one line when it fits. */
export function formatGoldJson(value: unknown): string {
  const expanded = JSON.stringify(value, null, 2);
  return `${expanded.replace(
    /^( *)("[^"\n]+": )?\[\n((?: *"(?:[^"\\\n]|\\.)*",?\n)+) *\]/gm,
    (whole, indent, key, items) => {
      const inline = `${indent}${key ?? ''}[${(items as string)
        .split('\n')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .join(' ')}]`;
      return inline.length <= 110 ? inline : whole;
    },
  )}\n`;
}

export function convertGoldFolder(
  sourceDir: string,
  targetDir: string,
  options: { batch?: string; corpora?: string } = {},
): ConversionReport {
  const corpora = options.corpora ?? corporaRoot();
  const batch =
    options.batch ??
    (basename(sourceDir) === 'gold' ? basename(dirname(resolve(sourceDir))) : basename(sourceDir));
  const report: ConversionReport = { written: [], quotations: 0, notes: [], failures: [] };
  mkdirSync(targetDir, { recursive: true });
  for (const fileName of readdirSync(sourceDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const source = JSON.parse(readFileSync(join(sourceDir, fileName), 'utf8')) as SourceGold;
    const target = join(targetDir, fileName);
    if (existsSync(target)) {
      const earlier = JSON.parse(readFileSync(target, 'utf8')) as Partial<CorpusGold>;
      if (earlier.batch !== batch) {
        report.failures.push(`${fileName}: already holds batch ${earlier.batch}'s gold; not overwritten`);
        continue;
      }
    }
    const converted = convertOne(source, batch, corpora, report.notes);
    if (typeof converted === 'string') {
      report.failures.push(`${fileName}: ${converted}`);
      continue;
    }
    writeFileSync(target, formatGoldJson(converted));
    report.written.push(target);
    report.quotations += converted.quotes.length;
  }
  return report;
}

function runFromCommandLine(argv: readonly string[]) {
  const positional = argv.filter(
    (argument, index) => !argument.startsWith('--') && argv[index - 1] !== '--batch',
  );
  const batchAt = argv.indexOf('--batch');
  const [sourceDir, targetDir] = positional;
  if (!sourceDir || !targetDir) {
    console.error(
      'usage: npx tsx tests/eval/convert-corpus-gold.ts SOURCE_GOLD_DIR TARGET_DIR [--batch NAME]',
    );
    process.exitCode = 2;
    return;
  }
  const batch = batchAt === -1 ? undefined : argv[batchAt + 1];
  const report = convertGoldFolder(sourceDir, targetDir, batch ? { batch } : {});
  for (const note of report.notes) console.log(`note: ${note}`);
  for (const failure of report.failures) console.log(`NOT CONVERTED: ${failure}`);
  console.log(
    `${report.written.length} files written to ${targetDir}, ${report.quotations} quotations, every one rebuilt from the article exactly as annotated; ${report.failures.length} files not converted`,
  );
  if (report.failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runFromCommandLine(process.argv.slice(2));
}
