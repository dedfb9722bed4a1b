import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a job tied by "on" to the body it sits on or the brief it covers', () => {
  it('reads "leader on the council" and "spokeswoman on transport" set off before a name (VRT, Guardian styles)', () => {
    expect(
      roleIn(
        'Anke Van den Broeck',
        'The opposition group voted against. Its leader on the council, Anke Van den Broeck, called the decision rushed.',
      ),
    ).toBe('leader on the council');
    expect(
      roleIn('Ruth Coyle', 'The Greens’ spokeswoman on transport, Ruth Coyle, said the fares were too high.'),
    ).toBe('Greens’ spokeswoman on transport');
  });
});
