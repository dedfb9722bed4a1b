import { ArticleFileError } from './errors.js';

/** Above this share of control characters a file is not prose, whatever its encoding claims. */
const MAX_CONTROL_CHARACTER_RATIO = 0.05;

/**
 * Turns the bytes of an article file into normalised text: BOM-aware UTF-8 / UTF-16 decoding, one kind
 * of line ending, no invisible characters, Unicode NFC. Throws ArticleFileError for content that is not
 * text, so the loader can report it instead of indexing garbage.
 */
export function decodeArticleText(raw: string | Uint8Array): string {
  const decoded = typeof raw === 'string' ? raw.replace(/^\uFEFF/, '') : decodeBytes(raw);
  rejectBinary(decoded);
  return normaliseText(decoded);
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const content = hasUtf8Bom ? bytes.subarray(3) : bytes;
  // A NUL byte never occurs in UTF-8 prose; images, archives and BOM-less UTF-16 are full of them.
  if (content.includes(0)) {
    if (looksLikeUtf16WithoutBom(content)) {
      throw new ArticleFileError(
        'invalid-encoding',
        'UTF-16 text without a byte-order mark (re-save the file as UTF-8, or as UTF-16 with a BOM)',
      );
    }
    throw new ArticleFileError('binary', 'not text (binary content)');
  }
  const invalidAt = firstInvalidUtf8Byte(content);
  if (invalidAt !== -1) {
    const offset = invalidAt + (hasUtf8Bom ? 3 : 0);
    throw new ArticleFileError(
      'invalid-encoding',
      `not valid UTF-8 at byte ${offset} (perhaps Latin-1 or Windows-1252; re-save the file as UTF-8)`,
    );
  }
  return new TextDecoder('utf-8').decode(content);
}

/**
 * English and other Latin-script text in UTF-16 has a NUL in every other byte: in the odd positions
 * for little-endian, the even ones for big-endian.
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (const [index, byte] of sample.entries()) {
    if (byte !== 0) continue;
    if (index % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  }
  const pairs = sample.length / 2;
  return (
    pairs >= 8 && Math.max(evenNuls, oddNuls) >= pairs * 0.8 && Math.min(evenNuls, oddNuls) <= pairs * 0.05
  );
}

/** Byte offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when the whole buffer is valid. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    let codePoint: number;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
      codePoint = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = 0x800;
      codePoint = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = 0x10000;
      codePoint = lead & 0x07;
    } else {
      return index;
    }
    for (let offset = 1; offset < length; offset += 1) {
      const continuation = bytes[index + offset];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (codePoint < min || codePoint > 0x10ffff || isSurrogate) return index;
    index += length;
  }
  return -1;
}

function rejectBinary(text: string): void {
  if (text.includes('\u0000')) {
    throw new ArticleFileError('binary', 'not text (binary content)');
  }
  let controls = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const isLayout = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !isLayout) || code === 0x7f || code === 0xfffd) controls += 1;
  }
  if (text.length > 0 && controls / text.length > MAX_CONTROL_CHARACTER_RATIO) {
    throw new ArticleFileError('binary', 'not text (binary content)');
  }
}

/**
 * Pages copied from browsers carry non-breaking and zero-width characters that make identical words
 * compare unequal; mixed line endings break paragraph splitting. Quote marks are left exactly as they
 * are: users quote passages back and expect them verbatim.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\f/g, '\n')
    .normalize('NFC');
}
