import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('Indonesian names as Indonesian desks write them', () => {
  it('reads a one-word name with a "who" clause before "said" as a person (Kompas style)', () => {
    const analysis = analyseText(
      'Chilli prices double in Bandung',
      'Traders at Kosambi market said supplies had halved since the floods.',
      'Warsini, who has sold vegetables at Kosambi for 15 years, said buyers now took half a kilo at a time. "Nobody buys a whole kilo any more," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Warsini']);
    expect(quoteStartingWith(analysis, 'Nobody buys')?.speaker).toBe('Warsini');
  });

  it('does not take a place after "of" in a peer’s title for a one-word name', () => {
    const analysis = analyseText(
      'Betting inquiry reports',
      'Lord Harwood of Ludlow, who chaired the inquiry, said the exchanges had to be watched.',
    );
    expect(peopleIn(analysis)).not.toContain('Ludlow');
  });

  it('keeps a farmer known by one name apart from an official whose middle name it is (Tempo style)', () => {
    const analysis = analyseText(
      'Dry season hits Klaten',
      'Suyanto, 61, who grows rice on half a hectare, said the canal had been dry since July.',
      'Agriculture ministry director general Budi Suyanto Prasetyo said pumps would be sent this week. "The pumps leave Jakarta on Monday," Budi said.',
    );
    expect(peopleIn(analysis)).toEqual(['Suyanto', 'Budi Suyanto Prasetyo']);
    expect(quoteStartingWith(analysis, 'The pumps')?.speaker).toBe('Budi Suyanto Prasetyo');
  });

  it('reads "Regent" as the office before a name and "Prof. Dr. Ir." as titles (Antara style)', () => {
    const analysis = analyseText(
      'Seed aid for Subang',
      'Subang Regent Reynaldy Putra said 4,000 hectares had failed. Hydrologist Prof. Dr. Ir. Hadi Santoso Wibowo of Gadjah Mada University said the dams were too small.',
      '"The reservoirs were built for a different climate," Hadi said.',
    );
    expect(peopleIn(analysis)).toEqual(['Reynaldy Putra', 'Hadi Santoso Wibowo']);
    expect(entityNamed(analysis, 'Reynaldy Putra')?.role).toBe('Subang Regent');
    expect(quoteStartingWith(analysis, 'The reservoirs')?.speaker).toBe('Hadi Santoso Wibowo');
  });

  it('answers to the name without the "H." of a haji before it', () => {
    const analysis = analyseText(
      'Market rebuilt',
      'Cirebon Regent H. Imron Rosadi opened the rebuilt market on Friday. "Traders can come home," Imron said.',
    );
    expect(entityNamed(analysis, 'Imron Rosadi')?.name).toBe('H. Imron Rosadi');
    expect(quoteStartingWith(analysis, 'Traders can')?.speaker).toBe('H. Imron Rosadi');
  });
});
