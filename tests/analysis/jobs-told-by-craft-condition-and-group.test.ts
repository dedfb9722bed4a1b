import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('jobs told by a compound word, a craft, a workplace, a condition or a group', () => {
  it('reads compound job words and offices open to women (Trinidad Guardian, NL Times styles)', () => {
    expect(
      roleIn('Marlon Pierre', 'Marlon Pierre, an attorney-at-law, said the ruling would be appealed.'),
    ).toBe('attorney-at-law');
    expect(
      roleIn(
        'Sanne de Jong',
        'Sanne de Jong, alderwoman for mobility, said the bridge would close in March.',
      ),
    ).toBe('alderwoman for mobility');
    expect(
      roleIn('Rosa Klein', 'Rosa Klein, editor-in-chief of the weekly Der Bote, said the paper would close.'),
    ).toContain('editor-in-chief');
  });

  it('keeps kin by marriage and families as relations, not jobs (Daily Mail style)', () => {
    expect(roleIn('Peter Banda', 'Her son-in-law, Peter Banda, said the family was shocked.')).toBe(
      'son-in-law',
    );
    expect(
      roleIn(
        'Omar Said',
        'Omar Said, a hotel receptionist, was detained in 2003.',
        'Father-of-two Omar Said had worked there for six years.',
      ),
    ).toBe('hotel receptionist');
  });

  it('reads a craft told by its verb, and work in a department (Myanmar Times, Irish Examiner styles)', () => {
    expect(
      roleIn(
        'Thida Win',
        'Ma Thida Win, 29, who sews shirts at a factory in Hlaing Tharyar, said pay had been cut.',
      ),
    ).toContain('sews shirts');
    expect(
      roleIn(
        'Niamh Walsh',
        'Dr Niamh Walsh, who works in the intensive care unit at Galway University Hospital, said beds were full.',
      ),
    ).toContain('works in the intensive care unit');
    expect(roleIn('Tom Hale', 'Tom Hale, who works in London, said the trains were late again.')).toBeNull();
  });

  it('gives the job of a workplace named by a common noun before the name (Ukrinform style)', () => {
    expect(
      roleIn(
        'Olena Shevchuk',
        'Director of the theatre Olena Shevchuk said the season would open in October.',
        '"We will play in the basement if we must," Shevchuk said.',
      ),
    ).toContain('Director of the theatre');
  });

  it('tells what befell someone in the family when nothing else is said (Nation, Nairobi, style)', () => {
    expect(
      roleIn(
        'Rose Atieno',
        '"We slept on the floor for three nights," said Rose Atieno, whose son was admitted on Monday.',
      ),
    ).toBe('whose son was admitted on Monday');
    expect(
      roleIn(
        'Rose Atieno',
        'Rose Atieno, whose son was admitted on Monday, said the ward was full.',
        'Atieno, a primary school teacher, said she had missed a week of work.',
      ),
    ).toBe('primary school teacher');
    expect(
      roleIn('Tony Blake', 'Tony Blake, whose wife Cherie is a lawyer, said he would not comment.'),
    ).toBeNull();
  });

  it('makes the next person named one of a group with its field or workplace (Guardian, ABC styles)', () => {
    expect(
      roleIn(
        'Mary Okoro',
        'Nurses at the district hospital say they are exhausted. Mary Okoro said she had worked three double shifts.',
      ),
    ).toBe('nurse at the district hospital');
    expect(
      roleIn(
        'Siobhan Daly',
        'Consultants in paediatric medicine have also raised concerns. Dr Siobhan Daly said children were waiting for days.',
      ),
    ).toBe('consultant in paediatric medicine');
  });
});
