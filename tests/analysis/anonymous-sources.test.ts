import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a source who asked not to be named', () => {
  it('keeps "the partner said" with the anonymous partner, not the managing partner named before (Law Gazette style)', () => {
    const analysis = analyseText(
      'Merger vote',
      'Managing partner Helen Achebe said the vote showed the firm was united.',
      'One equity partner, who asked not to be named, said the board had "rushed it through".',
      '"It suits the partners near retirement," the partner said.',
    );
    expect(quoteStartingWith(analysis, 'rushed it through')?.speaker).toBeNull();
    expect(quoteStartingWith(analysis, 'It suits the partners')?.speaker).toBeNull();
  });

  it('keeps it unnamed when the anonymity is on condition and the job is an official (Reuters style)', () => {
    const analysis = analyseText(
      'Talks stall',
      'Trade Minister Olu Bankole said talks would resume in March.',
      'A senior official, who spoke on condition of anonymity, said the delegation was "deeply divided".',
      '"Nobody wants to sign first," the official said.',
    );
    expect(quoteStartingWith(analysis, 'Nobody wants to sign first')?.speaker).toBeNull();
  });

  it('still gives "the partner said" to the named partner when nobody asked for anonymity (Financial Times style)', () => {
    const analysis = analyseText(
      'Merger vote',
      'Managing partner Helen Achebe said the vote showed the firm was united.',
      '"We have never been stronger," the managing partner said.',
    );
    expect(quoteStartingWith(analysis, 'We have never been stronger')?.speaker).toBe('Helen Achebe');
  });

  it('keeps "the partner said" with the anonymous partner when two named partners came before (The Lawyer style)', () => {
    const analysis = analyseText(
      'Merger vote',
      'Speaking after the vote, the managing partner, Malcolm Tresize, said the result was "a clear mandate".',
      'Senior partner Helen Achebe, who will co-chair the combined firm, said the two firms had worked together for years.',
      'Not everyone is convinced. One partner, who asked not to be named, said the board had "rushed it through".',
      '"It suits the partners near retirement," the partner said.',
    );
    expect(quoteStartingWith(analysis, 'It suits the partners')?.speaker).toBeNull();
  });
});
