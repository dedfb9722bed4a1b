import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { classifyUnits } from './classify.js';
import { normaliseDate } from './dates.js';
import { decodeArticleText } from './decode.js';
import { ArticleFileError } from './errors.js';
import { readFrontMatter } from './front-matter.js';
import { inferMetadata, sourceFromUrl } from './metadata.js';
import type { Article, DroppedBlock, Paragraph } from './types.js';
import { splitUnits } from './units.js';

export interface ParsedArticle {
  article: Article;
  /** Things wrong with the file that did not stop it loading (broken front matter), for the user. */
  warnings: string[];
}

/** Turns one raw article file into an Article. Pure: same bytes, same Article. */
export function parseArticle(raw: string | Uint8Array, file: string): Article {
  return parseArticleFile(raw, file).article;
}

/** As parseArticle, also returning the warnings a loader should pass on. Throws ArticleFileError. */
export function parseArticleFile(raw: string | Uint8Array, file: string): ParsedArticle {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  if (bytes.length === 0) throw new ArticleFileError('empty', 'empty file');
  const text = decodeArticleText(raw);
  if (text.trim() === '') throw new ArticleFileError('empty', 'empty file (only white space)');

  const frontMatter = readFrontMatter(text);
  const { fields } = frontMatter;
  const warnings = [...frontMatter.problems];
  if (frontMatter.body.trim() === '') {
    throw new ArticleFileError('empty', 'no article text after the front matter');
  }

  const units = classifyUnits(splitUnits(frontMatter.body), { knownTitle: fields.title });
  const paragraphs: Paragraph[] = [];
  const dropped: DroppedBlock[] = [];
  for (const unit of units) {
    if (unit.kind !== null) {
      paragraphs.push({ n: paragraphs.length + 1, kind: unit.kind, text: unit.text });
    } else {
      dropped.push({ text: unit.text, reason: unit.drop ?? 'dropped' });
    }
  }
  if (paragraphs.length === 0) {
    warnings.push('no paragraphs of reporting were found; every block looked like page furniture');
  }

  const inferred = inferMetadata(units);
  let published = inferred.published;
  if (fields.published !== undefined) {
    const normalised = normaliseDate(fields.published);
    if (normalised === null) {
      warnings.push(`front matter date "${fields.published}" is not a date; write it as YYYY-MM-DD`);
    } else {
      published = normalised;
    }
  }
  const url = fields.url ?? inferred.url;
  const headline = units.find((unit) => unit.drop === 'headline')?.text;

  return {
    article: {
      id:
        fields.id !== undefined && articleIdFromFile(fields.id) !== ''
          ? articleIdFromFile(fields.id)
          : articleIdFromFile(file),
      file,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      title: fields.title ?? headline ?? titleFromText(paragraphs, file),
      source:
        fields.source ?? inferred.source ?? (fields.url === undefined ? null : sourceFromUrl(fields.url)),
      published,
      url,
      byline: fields.byline ?? inferred.byline,
      paragraphs,
      dropped,
    },
    warnings,
  };
}

/** With no headline on the page, the opening words of the story stand in, as a wire index would show. */
function titleFromText(paragraphs: readonly Paragraph[], file: string): string {
  const first = paragraphs.find((paragraph) => paragraph.kind === 'body') ?? paragraphs[0];
  if (first === undefined) return basename(file, extname(file));
  const sentence = /^.+?[.!?](?=\s|$)/.exec(first.text)?.[0] ?? first.text;
  if (sentence.length <= 100) return sentence.replace(/\.$/, '');
  return `${sentence.slice(0, 100).replace(/\s+\S*$/, '')}…`;
}

/** A URL- and command-friendly id from a file name: lowercase, hyphenated, no extension. */
export function articleIdFromFile(file: string): string {
  return basename(file, extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
