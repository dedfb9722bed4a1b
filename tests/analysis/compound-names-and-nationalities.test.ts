import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a nationality written before a name', () => {
  it('peels a regional adjective the demonyms do not list, and the surname alone answers (Surfer style)', () => {
    const analysis = analyseText(
      'Big-wave title decided',
      'Tasmanian Jack Wollongbar-Reid won the final ahead of Brazil’s Tiago Moura-Lima.',
      '"The ocean decides everything out there," Wollongbar-Reid said.',
    );
    expect(peopleIn(analysis)).toEqual(['Jack Wollongbar-Reid', 'Tiago Moura-Lima']);
    expect(quoteStartingWith(analysis, 'The ocean decides')?.speaker).toBe('Jack Wollongbar-Reid');
  });

  it('keeps a given name that ends like an adjective ("Julian", "Christian") inside the name', () => {
    const analysis = analyseText(
      'Gallery reopens',
      'Julian Peter Morrow said the collection would tour. Brian Jack Hollis said the roof was fixed.',
    );
    expect(peopleIn(analysis)).toEqual(['Julian Peter Morrow', 'Brian Jack Hollis']);
  });
});

describe('double-barrelled and particle surnames in match reports', () => {
  it('finds a player with a hyphenated surname who equalises or nets, named once (Fiji Times style)', () => {
    const analysis = analyseText(
      'Vanuatu hold Tahiti',
      'Tahiti went ahead through a penalty before Sione Tupou-Vakameilalo equalised on the hour.',
      'Late on, Ioane Fa’asavalu-Leota netted the winner.',
    );
    expect(peopleIn(analysis)).toEqual(['Sione Tupou-Vakameilalo', 'Ioane Fa’asavalu-Leota']);
  });

  it('does not make a two-word club a player when it scores', () => {
    const analysis = analyseText(
      'Cup holders out',
      'Stenhousemuir Rovers scored twice in the second half. Partick Thistle equalised and Aston Villa netted late.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('finds a batter whose surname stacks two capitalised particles (MLB.com style)', () => {
    const analysis = analyseText(
      'Walk-off in the tenth',
      'The closer gave up a two-run double to Yandel De Los Santos in the tenth.',
    );
    expect(entityNamed(analysis, 'Yandel De Los Santos')?.kind).toBe('person');
  });

  it('leaves places named after a date or a month to places (Granma style)', () => {
    const analysis = analyseText(
      'Water trucks doubled',
      'Tankers now serve Cerro and Nueve de Julio, and flights from Rio de Janeiro resumed.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});
