import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answers/question.js';

describe('parseQuestion', () => {
  it('reads a slash command and its free text', () => {
    expect(parseQuestion('/who  Sergei   Lavrov ')).toEqual({
      ok: true,
      question: { command: 'who', query: 'Sergei Lavrov' },
    });
  });

  it('treats a line without a slash as a search', () => {
    expect(parseQuestion('military bases')).toEqual({
      ok: true,
      question: { command: 'search', query: 'military bases' },
    });
  });

  it('takes article:<id> anywhere in the line as the article option', () => {
    expect(parseQuestion('/quote article:syria-russia-mee lavrov')).toEqual({
      ok: true,
      question: { command: 'quote', query: 'lavrov', article: 'syria-russia-mee' },
    });
  });

  it('reads the free text of /summary and /article as the article to show', () => {
    expect(parseQuestion('/summary syria russia')).toEqual({
      ok: true,
      question: { command: 'summary', query: '', article: 'syria russia' },
    });
  });

  it('accepts commands in any case', () => {
    expect(parseQuestion('/HELP')).toEqual({ ok: true, question: { command: 'help', query: '' } });
  });

  it('names the valid commands when the command is unknown', () => {
    const parsed = parseQuestion('/frobnicate now');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/Unknown command \/frobnicate.*\/search.*\/who.*\/quote/);
  });

  it('asks for a command on an empty line', () => {
    expect(parseQuestion('   ').ok).toBe(false);
  });
});
