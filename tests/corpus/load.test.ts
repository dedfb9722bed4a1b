import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeCorpusProblem } from '../../src/corpus/errors.js';
import { loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.js';

const story = (headline: string) =>
  `${headline}\n\nThe county council approved the plan on Wednesday after a three-hour debate, officials said.\n\n"This is a good day for the valley," the council leader said.\n`;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-corpus-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const reasonFor = (problems: { file: string; reason: string }[], file: string) =>
  problems.filter((problem) => problem.file === file).map((problem) => problem.reason);

describe('loading a corpus folder', () => {
  it('loads .txt and .md files in name order and ignores other files, notes and hidden files', async () => {
    await writeFile(join(dir, 'b-bridge.txt'), story('Bridge repairs to close road for a month'));
    await writeFile(join(dir, 'a-airport.md'), story('Airport expansion wins council approval'));
    await writeFile(join(dir, 'c-notes.docx'), 'not an article');
    await writeFile(join(dir, 'README.md'), '# About this corpus\n\nArticles collected for the newsroom.');
    await writeFile(join(dir, '.draft.txt'), story('Unpublished draft'));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['a-airport', 'b-bridge']);
    expect(articles.map((article) => article.title)).toEqual([
      'Airport expansion wins council approval',
      'Bridge repairs to close road for a month',
    ]);
    expect(problems).toEqual([]);
  });

  it('reports each unusable file with a reason and still loads the rest', async () => {
    await writeFile(join(dir, 'good.txt'), story('Library opening hours extended'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(
      join(dir, 'image.txt'),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    );
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners welcome the plan.', 'latin1'));
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(reasonFor(problems, 'empty.txt')).toEqual(['empty file']);
    expect(reasonFor(problems, 'image.txt')).toEqual(['not text (binary content)']);
    expect(reasonFor(problems, 'latin1.txt')[0]).toMatch(/^not valid UTF-8 at byte 3/);
    expect(reasonFor(problems, 'huge.txt')[0]).toMatch(/^too large \(5\.0 MB/);
    expect(describeCorpusProblem(problems[0] ?? { file: '', reason: '' })).toMatch(/^\S+\.txt: /);
  });

  it('passes on a broken front matter warning but keeps the article', async () => {
    await writeFile(
      join(dir, 'broken.md'),
      `---\ntitle: Unclosed\n\n${story('Tram line extension approved')}`,
    );
    const { articles, problems } = await loadCorpus(dir);
    expect(articles).toHaveLength(1);
    expect(reasonFor(problems, 'broken.md')[0]).toMatch(/front matter has no closing/);
  });

  it('gives a repeated id a suffix and says so', async () => {
    await writeFile(
      join(dir, 'one.md'),
      `---\nid: council-vote\n---\n${story('Council votes on the budget')}`,
    );
    await writeFile(
      join(dir, 'two.md'),
      `---\nid: council-vote\n---\n${story('Council votes again on the budget')}`,
    );
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['council-vote', 'council-vote-2']);
    expect(reasonFor(problems, 'two.md')).toEqual([
      'id "council-vote" is already used by another article; loaded as "council-vote-2"',
    ]);
  });

  it('reads sub-folders, naming their articles after folder and file', async () => {
    await mkdir(join(dir, 'politics'));
    await mkdir(join(dir, 'sport'));
    await writeFile(join(dir, 'politics', '001.txt'), story('Minister resigns over expenses'));
    await writeFile(join(dir, 'sport', '001.txt'), story('Rovers reach the cup final'));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['politics-001', 'sport-001']);
    expect(problems).toEqual([]);
  });

  it('rejects when the corpus folder itself is missing, so callers can say which folder', async () => {
    await expect(loadCorpus(join(dir, 'no-such-folder'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a file that is gone by the time it is read instead of failing the whole load', async () => {
    await writeFile(join(dir, 'kept.txt'), story('Harbour wall repairs finished early'));
    await symlink(join(dir, 'deleted-meanwhile.txt'), join(dir, 'vanished.txt'));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['kept']);
    expect(reasonFor(problems, 'vanished.txt')).toEqual([
      'the file disappeared while the corpus was loading',
    ]);
  });
});
