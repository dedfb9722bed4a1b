import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a court report names barristers by their letters or by the side they argue', () => {
  it('reads the letters of senior counsel after a name (Irish Times and Punch styles)', () => {
    expect(
      roleIn(
        'Niamh Kearney',
        'For the county council, Niamh Kearney SC said the permission had been lawfully granted.',
      ),
    ).toBe('Senior Counsel (SC)');
    expect(
      roleIn('Tunde Bakare', 'Tunde Bakare, SAN, told the court that the order had been obtained by deceit.'),
    ).toBe('Senior Advocate of Nigeria (SAN)');
    expect(
      roleIn('Imogen Hart', 'Imogen Hart KC, for the families, said the inquiry had been delayed.'),
    ).toBe("King's Counsel (KC)");
  });

  it('reads "Defending," and "Prosecuting," at the head of a sentence (Press Association style)', () => {
    const hearing =
      'Prosecuting, Dafydd Lloyd said the money had been taken over four years. Defending, Carys Nolan said her client was "deeply remorseful".';
    expect(roleIn('Dafydd Lloyd', hearing)).toBe('prosecution counsel');
    expect(roleIn('Carys Nolan', hearing)).toBe('defence counsel');
  });

  it('leaves a defending champion and a name that only ends in capitals alone', () => {
    expect(
      roleIn('Maya Lund', 'The match was close, and after defending, Maya Lund said her legs were gone.'),
    ).toBeNull();
    expect(roleIn('Omar Reyes', 'Omar Reyes, SCORING twice, led the comeback.')).toBeNull();
  });
});
