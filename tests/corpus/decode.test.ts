import { describe, expect, it } from 'vitest';
import { ArticleFileError } from '../../src/corpus/errors.js';
import { parseArticle } from '../../src/corpus/parse.js';

const story = [
  'Ministers agree emergency fuel subsidy for island ferries',
  '',
  'The government agreed on Monday to pay an emergency fuel subsidy to ferry operators serving the Outer Isles, after two routes were suspended last week.',
  '',
  '“We cannot leave island communities cut off,” the transport minister said.',
].join('\n');

function faultOf(raw: string | Uint8Array): ArticleFileError {
  try {
    parseArticle(raw, 'broken.txt');
  } catch (error) {
    if (error instanceof ArticleFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function utf16(text: string, byteOrder: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (byteOrder === 'be') bytes.swap16();
  const bom = byteOrder === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Uint8Array.from([...bom, ...bytes]);
}

describe('decoding article files', () => {
  const plain = parseArticle(Buffer.from(story, 'utf8'), 'ferries.txt');

  it('reads UTF-8 with or without a byte-order mark to the same article', () => {
    const withBom = parseArticle(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story)]),
      'ferries.txt',
    );
    expect(withBom.title).toBe('Ministers agree emergency fuel subsidy for island ferries');
    expect(withBom.paragraphs).toEqual(plain.paragraphs);
  });

  it('reads UTF-16 little- and big-endian files that carry a byte-order mark', () => {
    for (const order of ['le', 'be'] as const) {
      const article = parseArticle(utf16(story, order), 'ferries.txt');
      expect(article.title).toBe(plain.title);
      expect(article.paragraphs).toEqual(plain.paragraphs);
    }
  });

  it('treats Windows and old Mac line endings like Unix ones', () => {
    expect(parseArticle(story.replace(/\n/g, '\r\n'), 'ferries.txt').paragraphs).toEqual(plain.paragraphs);
    expect(parseArticle(story.replace(/\n/g, '\r'), 'ferries.txt').paragraphs).toEqual(plain.paragraphs);
  });

  it('turns non-breaking spaces into spaces and removes zero-width characters', () => {
    const pasted = story
      .replace('emergency fuel', 'emergency\u00a0fuel')
      .replace('Outer Isles', 'Outer\u200b Isles');
    const article = parseArticle(pasted, 'ferries.txt');
    expect(article.title).toBe(plain.title);
    expect(article.paragraphs[0]?.text).toContain('serving the Outer Isles');
  });

  it('composes accents to NFC so decomposed and composed names match', () => {
    const decomposed = `${story}\n\nCafe\u0301 owners in Stornoway said trade had fallen by half.`;
    const article = parseArticle(decomposed, 'ferries.txt');
    expect(article.paragraphs.at(-1)?.text).toContain('Café owners');
  });

  it('keeps curly and straight quotes as they are', () => {
    const article = parseArticle(`${story}\n\n"It's a lifeline," said one skipper.`, 'ferries.txt');
    const texts = article.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('“We cannot leave island communities cut off,” the transport minister said.');
    expect(texts).toContain('"It\'s a lifeline," said one skipper.');
  });

  it('refuses an empty file, saying so', () => {
    expect(faultOf(new Uint8Array()).reason).toBe('empty file');
    expect(faultOf(' \n\n \t\n').fault).toBe('empty');
  });

  it('explains UTF-16 text that lacks a byte-order mark instead of calling it binary', () => {
    const withoutBom = utf16(story, 'le').subarray(2);
    const fault = faultOf(withoutBom);
    expect(fault.fault).toBe('invalid-encoding');
    expect(fault.reason).toMatch(/UTF-16 text without a byte-order mark/);
  });

  it('refuses binary content such as an image', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    expect(faultOf(png).reason).toBe('not text (binary content)');
  });

  it('refuses text full of control characters even without NUL bytes', () => {
    const noisy = Buffer.from(Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41)));
    expect(faultOf(noisy).fault).toBe('binary');
  });

  it('refuses invalid UTF-8 and names the byte where it breaks', () => {
    const latin1 = Buffer.from('Caf\xe9 owners said trade had fallen.', 'latin1');
    const fault = faultOf(latin1);
    expect(fault.fault).toBe('invalid-encoding');
    expect(fault.reason).toMatch(/^not valid UTF-8 at byte 3\b/);
  });

  it('counts the byte position from the start of the file, byte-order mark included', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Headline\n\nBad \xff byte.', 'latin1'),
    ]);
    expect(faultOf(bytes).reason).toMatch(/^not valid UTF-8 at byte 17\b/);
  });

  it('rejects overlong encodings and lone surrogates that a lenient decoder would accept', () => {
    expect(faultOf(Buffer.from([0x41, 0xc0, 0xaf, 0x41])).fault).toBe('invalid-encoding');
    expect(faultOf(Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x41])).fault).toBe('invalid-encoding');
  });

  it('gives the same bytes the same content hash, and different bytes a different one', () => {
    expect(parseArticle(story, 'a.txt').contentHash).toBe(plain.contentHash);
    expect(parseArticle(`${story}\n`, 'a.txt').contentHash).not.toBe(plain.contentHash);
  });
});
