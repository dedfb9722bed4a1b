import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a group told with its place, then one of them named', () => {
  it('gives "resident" to the one picked out by "Among them was" (wire court report style)', () => {
    expect(
      roleIn(
        'Lucía Pérez Gómez',
        'Residents of San Miguel Petapa packed the courtroom on Thursday. Among them was Lucía Pérez Gómez, 61, who has waited two years for a connection.',
      ),
    ).toBe('resident');
  });

  it('gives the group’s lot to one of them who speaks next (regional daily style)', () => {
    expect(
      roleIn(
        'Joy Nwosu',
        'Traders at Balogun Market said the new levy would force many of them to close.',
        'Joy Nwosu said she already paid three fees a month to keep her stall.',
      ),
    ).toBe('trader');
  });

  it('gives nothing when the next sentence names someone who neither speaks nor is picked out', () => {
    expect(
      roleIn(
        'Daniel Ortega',
        'Residents of Masaya marched to the town hall. Daniel Ortega was not in the city at the time.',
      ),
    ).toBeNull();
  });
});

describe('"another" tells that the one named just before is of the same kind', () => {
  it('makes the speaker before "Another parent" a parent (American metro style)', () => {
    expect(
      roleIn(
        'Denise Howell',
        '"We waited an hour in the snow," said Denise Howell, whose twins are in third grade.',
        'Another parent, Marcus Reed, said the district had not returned his calls.',
      ),
    ).toBe('parent');
  });

  it('reaches back into the paragraph before, and over no one else', () => {
    expect(
      roleIn(
        'Ama Owusu',
        'Stallholders were angry on Monday. "We cannot pay this," said Ama Owusu.',
        'Another trader, Kojo Mensah, said he would close his stall.',
      ),
    ).toBe('trader');
    expect(
      roleIn(
        'Ama Owusu',
        '"We cannot pay this," said Ama Owusu. Her landlord, Peter Boateng, declined to comment.',
        'Another trader, Kojo Mensah, said he would close his stall.',
      ),
    ).toBeNull();
  });

  it('leaves a job already told in place, and gives nothing for another kinsman or another goal', () => {
    expect(
      roleIn(
        'Sara Lind',
        'Sara Lind, a nurse at the clinic, said the queue was long.',
        'Another patient, Olof Berg, said he had waited since dawn.',
      ),
    ).toBe('nurse at the clinic');
    expect(
      roleIn(
        'Tom Hale',
        '"It was chaos," said Tom Hale.',
        'Another brother, Sam Hale, said the family would appeal.',
      ),
    ).toBeNull();
  });
});
