/**
 * The optional `---` block of `key: value` lines at the top of an article file. Read without a YAML
 * library: article metadata is flat, and a malformed block must cost a warning, never the article.
 */

export interface FrontMatter {
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  byline?: string;
  id?: string;
}

export interface FrontMatterReading {
  fields: FrontMatter;
  /** The text after the block (the whole text when there is no usable block). */
  body: string;
  /** Warnings a user can act on; a non-empty list means the block was ignored. */
  problems: string[];
}

/** Accepted spellings of each field; keys are compared lower-cased with `-` and spaces as `_`. */
const FIELD_KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  headline: 'title',
  source: 'source',
  publisher: 'source',
  publication: 'source',
  outlet: 'source',
  site: 'source',
  site_name: 'source',
  url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
  published: 'published',
  date: 'published',
  published_at: 'published',
  pubdate: 'published',
  publish_date: 'published',
  date_published: 'published',
  byline: 'byline',
  author: 'byline',
  authors: 'byline',
  by: 'byline',
  id: 'id',
  slug: 'id',
};

const FENCE = /^---\s*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)\s*$/;
const KEY_VALUE = /^([A-Za-z][\w -]*?)\s*:\s*(.*)$/;
/** Past this many lines an unclosed `---` is a horizontal rule, not metadata. */
const MAX_FRONT_MATTER_LINES = 60;

export function readFrontMatter(text: string): FrontMatterReading {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { fields: {}, body: text, problems: [] };

  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing === -1 || closing > MAX_FRONT_MATTER_LINES) {
    return {
      fields: {},
      body: text,
      problems: ['front matter has no closing "---" line, so it was read as article text'],
    };
  }

  const fields: FrontMatter = {};
  const problems: string[] = [];
  // A key with no value may open a YAML list (tags, several authors): its dashed or indented items
  // are tolerated, and joined when the key is one we use.
  let openList: { field: keyof FrontMatter | undefined; items: string[] } | null = null;
  for (const [offset, line] of lines.slice(1, closing).entries()) {
    const lineNumber = offset + 2;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (openList !== null && /^(\s+|-\s)/.test(line)) {
      openList.items.push(unquote(line.trim().replace(/^-\s*/, '')));
      if (openList.field !== undefined) fields[openList.field] = openList.items.join(', ');
      continue;
    }
    const match = KEY_VALUE.exec(line);
    if (match === null) {
      problems.push(`front matter line ${lineNumber} is not "key: value" (${JSON.stringify(line.trim())})`);
      continue;
    }
    const key = (match[1] ?? '').toLowerCase().replace(/[\s-]+/g, '_');
    const value = unquote((match[2] ?? '').trim());
    const field = FIELD_KEYS[key];
    openList =
      value === '' && (field === undefined || fields[field] === undefined) ? { field, items: [] } : null;
    if (field !== undefined && value !== '' && fields[field] === undefined) fields[field] = value;
  }

  const body = lines.slice(closing + 1).join('\n');
  if (problems.length > 0) {
    return {
      fields: {},
      body,
      problems: [...problems, 'the front matter was ignored; fix it to use its values'],
    };
  }
  return { fields, body, problems };
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  if (match === null) return value;
  const inner = match[2] ?? '';
  return match[1] === '"' ? inner.replace(/\\"/g, '"') : inner.replace(/''/g, "'");
}
