import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a plural title before a list of names is each name’s office', () => {
  it('gives every justice of a bench listed after "Justices" the office (Jota style)', () => {
    const bench =
      'The rapporteur, Justice Helena Prado, was followed by Justices Tomás Farias, Beatriz Lobo and Caio Mendes, and the appeal was dismissed.';
    expect(roleIn('Beatriz Lobo', bench)).toBe('Justice');
    expect(roleIn('Caio Mendes', bench)).toBe('Justice');
  });

  it('keeps the qualifier of the title and reads "-women" as one woman (Newark Star-Ledger style)', () => {
    const vote =
      'Voting no were Councilwomen Alma Pruitt and Keisha Drummond, who said the fee was unfair to renters.';
    expect(roleIn('Keisha Drummond', vote)).toBe('Councilwoman');
    expect(
      roleIn(
        'Luz Santiago',
        'The opinion was concurred in by Associate Justices Ramon Dizon and Luz Santiago.',
      ),
    ).toBe('Associate Justice');
  });

  it('stops at a name with a title of its own and at a list that is not one of names', () => {
    const mixed = 'The motion was backed by Senators Ida Kerr and Paul Nyman and Governor Lena Soto.';
    expect(roleIn('Paul Nyman', mixed)).toBe('Senator');
    expect(roleIn('Lena Soto', mixed)).toBe('Governor');
    expect(
      roleIn(
        'Ben Ortiz',
        'Tickets were sold by the Senators, and a volunteer named Ben Ortiz said the queue was long.',
      ),
    ).toBeNull();
  });
});

describe('a plural noun that does not lead a list of names gives no office', () => {
  it('leaves a band, a show and an audience set off by a comma alone (BBC style)', () => {
    expect(
      roleIn('Iron Maiden', 'Pixies, Foo Fighters and Iron Maiden will headline the festival this summer.'),
    ).toBeNull();
    expect(
      roleIn('Tom Hartley', 'Before delivering a statement to MPs, Tom Hartley met police chiefs in Kent.'),
    ).toBeNull();
  });
});
