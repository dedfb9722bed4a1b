import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('the town a story opens on is a place', () => {
  it('reads datelines in capitals, with a region, a date or an agency, before a colon or a dash (Deccan Chronicle and EFE style)', () => {
    for (const [opening, town] of [
      ['KOTTAYAM: Residents will receive piped water for ten days.', 'Kottayam'],
      ['PORT MARIA, St Mary — Residents will receive piped water for ten days.', 'Port Maria'],
      ['TEZPUR, Nov 25: Residents will receive piped water for ten days.', 'Tezpur'],
      ['Cuenca (Ecuador), Nov 25 (EFE).- Residents will receive piped water for ten days.', 'Cuenca'],
      ['Gbarnga – Residents will receive piped water for ten days.', 'Gbarnga'],
    ] as const) {
      const analysis = analyseText('Water returns', opening);
      expect(entityNamed(analysis, town)?.kind, opening).toBe('place');
    }
  });

  it('does not read a name set off by a dash before a clause, or a label, as a town (BBC style)', () => {
    const analysis = analyseText(
      'Fly-half out',
      'Result: Harlow 6-2 6-3 Brandt',
      'Wilkinson - who has a knee injury - will miss the match.',
    );
    expect(entityNamed(analysis, 'Result')).toBeUndefined();
    expect(entityNamed(analysis, 'Wilkinson')?.kind).not.toBe('place');
  });
});

describe('venues, towns owning civic things, and municipalities named formally', () => {
  it('reads stadiums, arenas, grounds, marinas and ports as places (Sowetan style)', () => {
    const analysis = analyseText(
      'Cup tie',
      'The match at Setlhare Stadium was moved from the Kagiso Arena, near the Ramotse Grounds, and fans arrived at Kobong Port.',
    );
    for (const name of ['Setlhare Stadium', 'Kagiso Arena', 'Ramotse Grounds', 'Kobong Port'])
      expect(entityNamed(analysis, name)?.kind, name).toBe('place');
  });

  it('reads a name owning a port, a mayor or its residents as a place, and not a person so written (Townsville Bulletin style)', () => {
    const analysis = analyseText(
      'Berth approved',
      "Ingham's port will build a new berth. Mareeba's mayor welcomed it, and Tully's residents were divided.",
      "Sarah Okoye's residents' group was not consulted, she said.",
    );
    for (const name of ['Ingham', 'Mareeba', 'Tully'])
      expect(entityNamed(analysis, name)?.kind, name).toBe('place');
    expect(peopleIn(analysis)).toContain('Sarah Okoye');
  });

  it('reads "the City of X" and "the Government of X" as bodies (Namibian style)', () => {
    const analysis = analyseText(
      'Plots allocated',
      'According to the City of Katutura, 400 plots were allocated, with a grant from the Government of Norway.',
    );
    expect(entityNamed(analysis, 'City of Katutura')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Government of Norway')?.kind).toBe('organisation');
  });
});
