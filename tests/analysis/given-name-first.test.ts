import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a person first called by a given name alone is the full name that opens with it', () => {
  it('joins the younger brother named in the intro to his full name (Cricbuzz style)', () => {
    const analysis = analyseText(
      'Brothers bat Mumbai to innings win',
      'Rahul Sharma made 176 and his younger brother Arjun 121 as Mumbai beat Goa by an innings.',
      'Rahul and Arjun Sharma added 240 for the fifth wicket.',
      '"He kept telling me to play straight," Arjun said.',
    );
    expect(peopleIn(analysis)).not.toContain('Arjun');
    expect(entityNamed(analysis, 'Arjun')?.name).toBe('Arjun Sharma');
    expect(quoteStartingWith(analysis, 'He kept telling me')?.speaker).toBe('Arjun Sharma');
  });

  it('keeps a son named in passing apart from a student of the same given name (Guardian style)', () => {
    const analysis = analyseText(
      'Leader rallies the faithful',
      'The speech had been introduced by his son Nick, a trainee vicar.',
      '"It has been a fantastic few weeks," said 20-year-old politics student Nick Vaughan.',
    );
    expect(entityNamed(analysis, 'Nick Vaughan')?.role).toBe('politics student');
    expect(entityNamed(analysis, 'Nick Vaughan')?.aliases).not.toContain('Nick');
  });
});
