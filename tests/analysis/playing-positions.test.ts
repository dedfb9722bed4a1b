import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, quoteStartingWith } from './build-article.js';

describe('playing positions before a name are roles', () => {
  it('gives the goaltender and the defenseman their positions (Seattle Times style)', () => {
    const analysis = analyseText(
      'Kraken edge Flames in shootout',
      'Coach Dan Bylsma praised goaltender Joey Kallio, who made 38 saves.',
      '"He kept us in it all night," said defenseman Vince Dunmore.',
    );
    expect(entityNamed(analysis, 'Joey Kallio')?.role).toBe('goaltender');
    expect(entityNamed(analysis, 'Vince Dunmore')?.role).toBe('defenseman');
    expect(quoteStartingWith(analysis, 'He kept us in it')?.speaker).toBe('Vince Dunmore');
  });

  it('peels a capitalised position from the name it opens (Rugby World style)', () => {
    const analysis = analyseText(
      'Saints hold on',
      'Fly-half Tomos Rees-Pryce kicked 17 points. "The wind made it a lottery," he said.',
    );
    expect(entityNamed(analysis, 'Tomos Rees-Pryce')?.role).toBe('Fly-half');
    expect(quoteStartingWith(analysis, 'The wind made it')?.speaker).toBe('Tomos Rees-Pryce');
  });

  it('leaves the verb or preposition before a role out of it', () => {
    const analysis = analyseText(
      'Derby draw',
      'United brought striker Kofi Mensah-Boateng on at half-time, and played without winger Luca Ferrante.',
    );
    expect(entityNamed(analysis, 'Kofi Mensah-Boateng')?.role).toBe('striker');
    expect(entityNamed(analysis, 'Luca Ferrante')?.role).toBe('winger');
  });
});
