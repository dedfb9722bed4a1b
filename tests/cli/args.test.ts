import { describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../src/cli/args.js';

describe('parseInvocation', () => {
  it('starts a session when given no command', () => {
    expect(parseInvocation([])).toEqual({ command: 'start', corpus: undefined });
    expect(parseInvocation(['--corpus', 'news'])).toEqual({ command: 'start', corpus: 'news' });
  });

  it('reads ask with its flags in any order', () => {
    expect(parseInvocation(['ask', '--json', '/search lavrof', '--corpus', 'x'])).toEqual({
      command: 'ask',
      corpus: 'x',
      json: true,
      line: '/search lavrof',
    });
  });

  it('joins an unquoted ask command into one line', () => {
    expect(parseInvocation(['ask', '/who', 'lavrov'])).toMatchObject({ line: '/who lavrov' });
  });

  it('reads inspect with a file', () => {
    expect(parseInvocation(['inspect', 'corpus/a.txt', '--json'])).toEqual({
      command: 'inspect',
      file: 'corpus/a.txt',
      json: true,
    });
  });

  it('gives help for each command', () => {
    for (const command of ['ask', 'inspect', 'check', 'deploy', 'start']) {
      const invocation = parseInvocation([command, '--help']);
      expect(invocation.command).toBe('help');
      if (invocation.command === 'help') expect(invocation.text).toContain(`dossier ${command}`);
    }
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ask', '--jsn', '/help'], /--jsn/],
    [['ask'], /ask needs a command/],
    [['inspect'], /inspect needs a file/],
    [['inspect', 'a.txt', 'b.txt'], /unexpected argument "b.txt"/],
    [['deploy', '--guild', 'my-server'], /--guild must be a server id/],
    [['--corpus'], /--corpus/],
  ])('rejects %j with a one-line usage error', (argv, message) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError);
    expect(() => parseInvocation(argv)).toThrow(message);
    try {
      parseInvocation(argv);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
