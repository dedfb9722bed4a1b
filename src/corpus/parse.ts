import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Article } from './types.js';

/** Turns one raw article file into an Article. Pure: same bytes, same Article. */
export function parseArticle(raw: string | Uint8Array, file: string): Article {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw);
  const text = bytes.toString('utf8').replace(/\r\n?/g, '\n');
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const [title = basename(file), ...rest] = blocks;
  return {
    id: articleIdFromFile(file),
    file,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    title,
    source: null,
    published: null,
    url: null,
    byline: null,
    paragraphs: rest.map((block, index) => ({ n: index + 1, kind: 'body', text: block })),
    dropped: [],
  };
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
