/**
 * What Dossier knows about one article after cleaning: its metadata and its numbered blocks.
 * Everything downstream (analysis, search, answers) reads this shape and nothing rawer.
 */

/** The structural role of a kept block. Only `body` paragraphs carry reporting; the rest frame it. */
export type ParagraphKind = 'body' | 'standfirst' | 'caption' | 'heading';

export interface Paragraph {
  /** 1-based position among kept blocks in reading order; stable for a given file. */
  n: number;
  kind: ParagraphKind;
  text: string;
}

/** A block removed as page furniture, kept so `dossier inspect` can say what was dropped and why. */
export interface DroppedBlock {
  text: string;
  reason: string;
}

export interface ArticleMeta {
  title: string;
  /** The publisher, e.g. "Middle East Eye"; null when neither front matter nor text names it. */
  source: string | null;
  /** ISO calendar date, YYYY-MM-DD. */
  published: string | null;
  url: string | null;
  byline: string | null;
}

export interface Article extends ArticleMeta {
  /** Stable id derived from the file name (front matter `id` overrides), unique within a corpus. */
  id: string;
  /** The file it came from, as given to the loader. */
  file: string;
  /** sha256 of the file's bytes, for cache keys. */
  contentHash: string;
  paragraphs: Paragraph[];
  dropped: DroppedBlock[];
}

/** A file the loader could not use, with the reason a user can act on. */
export interface CorpusProblem {
  file: string;
  reason: string;
}
