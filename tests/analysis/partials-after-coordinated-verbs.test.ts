import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a partial quotation after "and called…" in a sentence that names its speaker', () => {
  it('keeps the opening name when a clause between mentions "the first warning signs" (Daily Maverick style)', () => {
    const analysis = analyseText(
      'Dam levels fall again',
      'Councillor Thandeka Mokoena of the opposition caucus said the restrictions should have come in October, when the first warning signs were clear, and called the city’s messaging "a trickle of half-measures".',
    );
    expect(quoteStartingWith(analysis, 'a trickle of half-measures')?.speaker).toBe('Thandeka Mokoena');
  });

  it('reads "an early warning system" and "the latest warning" as nouns too (Irish Times style)', () => {
    const system = analyseText(
      'Flood scheme delayed',
      'Aoife Brennan said the town had waited a decade, while an early warning system sat unused, and described the delay as "a scandal in slow motion".',
    );
    expect(quoteStartingWith(system, 'a scandal in slow motion')?.speaker).toBe('Aoife Brennan');
    const latest = analyseText(
      'Flood scheme delayed',
      'Niamh Kelly said residents were given no time, as the latest warning came at midnight, and called the response "far too little".',
    );
    expect(quoteStartingWith(latest, 'far too little')?.speaker).toBe('Niamh Kelly');
  });

  it('still reads a warning body as the speaker when "warning" is its verb (Reuters style)', () => {
    const analysis = analyseText(
      'Shipping costs climb',
      'Freight rates rose again on Monday, with the Baltic Exchange warning of "a long winter for shippers".',
    );
    expect(quoteStartingWith(analysis, 'a long winter for shippers')?.speaker).toBe('Baltic Exchange');
  });
});
