import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('athletes and positions named before the name', () => {
  it('reads a sport’s competitor and a team’s centre as roles', () => {
    const analysis = analyseText(
      'Big waves at Nazaré',
      'Brazilian surfer Lucas Chianca-Moreira rode the biggest wave of the day, ahead of French golfer-turned-commentator guests.',
      'Leinster centre Michael Ringrose scored twice, and Canucks center Erik Pettersson added a late goal.',
      'A wave of attacks saw centre Thomas Murphy go over in the corner.',
      'The community centre Mary Doyle opened in 2010 has closed.',
    );
    expect(entityNamed(analysis, 'Thomas Murphy')?.role).toBe('centre');
    expect(entityNamed(analysis, 'Mary Doyle')?.role ?? null).toBeNull();
    expect(entityNamed(analysis, 'Lucas Chianca-Moreira')?.role).toBe('Brazilian surfer');
    expect(entityNamed(analysis, 'Michael Ringrose')?.role).toBe('Leinster centre');
    expect(entityNamed(analysis, 'Erik Pettersson')?.role).toBe('Canucks center');
  });
});
