import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('places and bodies named like people', () => {
  it('reads a stand of a ground named after someone as a place (Sky Sports style)', () => {
    const analysis = analyseText(
      'Late winner',
      'The defender headed in the winner in front of the Sir Alf Ramsey Stand, and the home fans in the Jack Walker Stand fell silent.',
      '"We gave everything," said Jack Walker, the club captain.',
    );
    const people = peopleIn(analysis);
    expect(people.some((name) => name.endsWith('Stand'))).toBe(false);
    expect(people).toContain('Jack Walker');
  });

  it('reads an organisation word before a Romance "de" as a body (El Mercurio style)', () => {
    const analysis = analyseText(
      'Line delayed',
      'Metro de Lima has confirmed that the opening of Line 3 is pushed back to 2028, the company said on Tuesday.',
      'Club de Regatas Valparaíso said its regatta would go ahead.',
    );
    expect(peopleIn(analysis)).not.toContain('Metro de Lima');
    expect(entityNamed(analysis, 'Metro de Lima')?.kind).toBe('organisation');
    expect(peopleIn(analysis)).not.toContain('Club de Regatas Valparaíso');
  });

  it('still reads a person with "de" in the name as a person', () => {
    const analysis = analyseText(
      'Coach leaves',
      '"It was a mutual decision," said Martín de la Fuente, who coached the side for two seasons.',
    );
    expect(peopleIn(analysis)).toContain('Martín de la Fuente');
  });
});

describe('a town with an Arabic particle after a preposition of place', () => {
  it('is no person when no given name opens it (Jordan Times style)', () => {
    const analysis = analyseText(
      'Film premieres',
      'The film was shot over six weeks near the Dead Sea.',
      '"This film belongs to the families in Ghor al-Mazraa who opened their homes to strangers," said director Lina Haddad.',
    );
    expect(peopleIn(analysis)).not.toContain('Ghor al-Mazraa');
    expect(peopleIn(analysis)).toContain('Lina Haddad');
  });

  it('still finds a person whose given name opens the name after "from"', () => {
    const analysis = analyseText(
      'Talks',
      'A message from Khalid al-Mansouri, the deputy minister, said the talks would resume.',
    );
    expect(peopleIn(analysis)).toContain('Khalid al-Mansouri');
  });
});
