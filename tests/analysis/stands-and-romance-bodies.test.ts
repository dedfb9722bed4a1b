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
