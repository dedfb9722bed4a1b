import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a name picked out of a group set off before it', () => {
  it('reads "one of the organisers" and "two of those victims"', () => {
    const analysis = analyseText(
      'Vigil held outside town hall',
      'One of the organisers, Sanne Verhoeven, said more than 300 people had signed up.',
      'Two of those victims, Marisol Ortega and her son Diego Ortega, spoke at the hearing.',
      'The hospital kept three of its nurses, Grace Mensah, Ama Owusu and Efua Asante, on the night shift.',
    );
    expect(entityNamed(analysis, 'Sanne Verhoeven')?.role).toBe('One of the organisers');
    expect(entityNamed(analysis, 'Marisol Ortega')?.role).toBe('victim');
    expect(entityNamed(analysis, 'Diego Ortega')?.role).toBe('son');
    expect(entityNamed(analysis, 'Grace Mensah')?.role).toBe('nurse');
  });

  it('gives no role when the group is of things, not people', () => {
    const analysis = analyseText(
      'Prize shortlist announced',
      'One of the books, Weathering by Lucy Wood, was a late entry; one of its judges, Kwame Asante, said so.',
    );
    expect(entityNamed(analysis, 'Kwame Asante')?.role).toBe('one of its judges');
    expect(entityNamed(analysis, 'Lucy Wood')?.role ?? null).toBeNull();
  });

  it('gives no role when the group closes a clause of its own before the name', () => {
    const analysis = analyseText(
      'Island of the long-lived',
      'At the farmhouse where he lives with one of his daughters, Mr Kenji Sato tends a garden every morning.',
    );
    expect(entityNamed(analysis, 'Kenji Sato')?.role ?? null).toBeNull();
  });
});

describe('a group of people named, then one of them speaking', () => {
  it('gives the group to the person who speaks next, named without a job', () => {
    const analysis = analyseText(
      'Plant closure hits growers',
      'Cattle farmers who sell to the abattoir will also lose out. Ronan Doyle, who keeps 80 head near Ballinasloe, said he had no other buyer.',
      'Commuters were angry. Priya Natarajan, 41, said she had waited an hour at Leeds station.',
    );
    expect(entityNamed(analysis, 'Ronan Doyle')?.role).toBe('cattle farmer');
    expect(entityNamed(analysis, 'Priya Natarajan')?.role).toBe('commuter');
  });

  it('keeps a job of their own, and gives nothing to someone who does not speak', () => {
    const analysis = analyseText(
      'Flood defences questioned',
      'Residents were evacuated overnight. Tom Ashby, the council’s flood officer, said the barrier had held.',
      'Volunteers filled sandbags until dawn. Maria Lopez then drove the last of them to the bridge.',
    );
    expect(entityNamed(analysis, 'Tom Ashby')?.role).toBe('council’s flood officer');
    expect(entityNamed(analysis, 'Maria Lopez')?.role ?? null).toBeNull();
  });
});
