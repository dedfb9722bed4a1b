import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'corpus/syria-russia-mee.txt';

/** A user's environment with no Discord token and no corpus setting in sight, plus `settings`. */
function userEnv(settings: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('DISCORD_')) delete env[name];
  delete env.CORPUS_DIR;
  return Object.assign(env, settings);
}

/** Runs the dossier command as a user would, from source. */
function dossier(args: string[], input = '', settings: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: userEnv(settings),
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dossier command', () => {
  it('answers piped commands one per line, with paragraph numbers and attribution', () => {
    const { code, stdout } = dossier([], '/search military bases\n/help\n');
    expect(code).toBe(0);
    const firstHits = stdout.split('\n\n').slice(1, 4).join('\n');
    expect(firstHits).toMatch(/Tartus.*Hmeimim/s);
    expect(stdout).toMatch(/¶\d+ · Syrian foreign minister in Russia .* · Middle East Eye · 31 July 2025/);
    expect(stdout).toContain('/quote <speaker>');
  });

  it('keeps answering after a bad line', () => {
    const { code, stdout } = dossier([], '/nonsense\n/search lavrov\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Unknown command /nonsense');
    expect(stdout).toMatch(/passages? for “lavrov”/);
  });

  it('answers ask --json with the documented shape', () => {
    const { code, stdout } = dossier(['ask', '--json', '/search lavrof']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      command: string;
      query: string;
      results: { article: string; title: string; paragraph: number; text: string; score: number }[];
    };
    expect(answer.command).toBe('search');
    expect(answer.query).toBe('lavrof');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.slice(0, 3).every((result) => /Lavrov/.test(result.text))).toBe(true);
    expect(answer.results[0]).toMatchObject({ article: 'syria-russia-mee', title: expect.any(String) });
  });

  it('inspects the seed as the published article it is', () => {
    const { code, stdout } = dossier(['inspect', SEED, '--json']);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as {
      title: string;
      source: string;
      published: string;
      paragraphs: { n: number; kind: string; text: string }[];
    };
    expect(article).toMatchObject({
      title: "Syrian foreign minister in Russia for first meeting since Assad's overthrow",
      source: 'Middle East Eye',
      published: '2025-07-31',
    });
    const body = article.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((p) => p.text);
    for (const furniture of [
      'Skip to main content',
      'newsletter',
      'Read More',
      'long game against Israel',
      'delivers independent',
    ]) {
      expect(body.join('\n')).not.toContain(furniture);
    }
    const kindOf = (start: string) =>
      article.paragraphs.find((paragraph) => paragraph.text.startsWith(start))?.kind;
    expect(kindOf('Russian Foreign Minister Sergei Lavrov and Syrian')).toBe('caption');
    expect(kindOf('Assurances')).toBe('heading');
    expect(kindOf('Israeli attacks')).toBe('heading');
    expect(article.paragraphs.map((paragraph) => paragraph.n)).toEqual(
      article.paragraphs.map((_, index) => index + 1),
    );
  });

  it('exits 2 with one line for an unknown command or flag', () => {
    for (const args of [['frobnicate'], ['ask', '--frob', '/help']]) {
      const { code, stderr, stdout } = dossier(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 1 with the nearest names when nothing matches', () => {
    const { code, stdout } = dossier(['ask', '/who zzyzx']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/found nobody by that name/);
  });

  it('reads another corpus folder given with --corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-corpus-'));
    writeFileSync(
      join(dir, 'harbour.txt'),
      'Harbour dredging approved\n\nThe council approved dredging of the old harbour on Tuesday, the mayor said.\n',
    );
    const { code, stdout } = dossier(['ask', '--corpus', dir, '/search dredging harbour']);
    expect(code).toBe(0);
    expect(stdout).toContain('The council approved dredging of the old harbour');
  });

  it('says plainly when a file to inspect does not exist', () => {
    const { code, stderr } = dossier(['inspect', 'corpus/no-such-article.txt']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read corpus\/no-such-article.txt: no such file/);
  });

  it('check lists the files it cannot use, loads the rest, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-check-'));
    writeFileSync(
      join(dir, 'good.txt'),
      'A headline\n\nA body paragraph that says something useful about the harbour.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00]),
    );
    const { code, stdout } = dossier(['check', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^empty\.txt: .*empty/m);
    expect(stdout).toMatch(/^photo\.txt: .*binary/m);
    expect(stdout).toContain('1 article loaded, 2 problems.');
  });

  it('check exits 0 over the bundled corpus', () => {
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ articles? loaded, 0 problems\.$/m);
  });

  it('names the corpus folder when it does not exist', () => {
    const { code, stderr } = dossier(['ask', '--corpus', 'no/such/folder', '/help']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'dossier: cannot read the corpus folder no/such/folder: no such file or folder (set --corpus DIR or CORPUS_DIR)',
    );
  });

  it('inspect explains a file that is not an article, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-inspect-'));
    const file = join(dir, 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00]));
    const { code, stdout, stderr } = dossier(['inspect', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^dossier: .*photo\.txt: .*binary/);
  });

  it('deploy names the missing setting and exits 2 before contacting anyone', () => {
    const withoutToken = dossier(['deploy']);
    expect(withoutToken.code).toBe(2);
    expect(withoutToken.stderr.trim()).toMatch(/^dossier: DISCORD_TOKEN: is needed to register commands/);
    const withoutApplication = dossier(['deploy'], '', {
      DISCORD_TOKEN: 'local-test-token',
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
    });
    expect(withoutApplication.code).toBe(2);
    expect(withoutApplication.stderr.trim()).toMatch(/^dossier: DISCORD_APPLICATION_ID: is needed/);
  });
});

describe('the installed dossier command', () => {
  // `npm ci` builds it (the prepare script); `npx dossier` then runs the file package.json names as
  // its bin, straight from its shebang, so the file must be executable as well as built.
  it('runs from the bin package.json names, as npx runs it', () => {
    const { bin } = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: { dossier: string } };
    const result = spawnSync(join('.', bin.dossier), ['ask', '/who lavrof'], {
      encoding: 'utf8',
      env: userEnv(),
      timeout: 60_000,
    });
    expect(result.error?.message).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Sergei Lavrov');
  });
});
