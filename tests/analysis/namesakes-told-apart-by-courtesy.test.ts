import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

describe('a courtesy title and a given name point back to the person introduced with that title', () => {
  it('gives "Dasho Sonam said" to the Dasho when an Aum shares the given name (Kuensel style)', () => {
    const analysis = analyseText(
      'Hydropower talks resume',
      'The Secretary for Economic Affairs, Dasho Sonam Wangdi, led the delegation to Delhi.',
      'Aum Sonam Pelden, who owns a guesthouse in Paro, said tourism would gain from cheaper power.',
      '"We will sell what we do not use," Dasho Sonam said.',
    );
    expect(peopleIn(analysis)).toEqual(['Sonam Wangdi', 'Sonam Pelden']);
    expect(quoteStartingWith(analysis, 'We will sell')?.speaker).toBe('Sonam Wangdi');
  });

  it('reads "Adi Litia" after "Adi Litia Qalo" as the same woman (Fiji Sun style)', () => {
    const analysis = analyseText(
      'Seawall works begin',
      'The district representative, Adi Litia Qalo Tuiloma, said the wall would protect forty homes.',
      '"The sea has taken enough from us," Adi Litia said.',
    );
    expect(peopleIn(analysis)).toEqual(['Litia Qalo Tuiloma']);
    expect(quoteStartingWith(analysis, 'The sea has taken')?.speaker).toBe('Litia Qalo Tuiloma');
  });

  it('leaves "Adi Godrej" whole when no one was introduced as an Adi (Mint style)', () => {
    const analysis = analyseText(
      'Godrej group splits',
      'Industrialist Adi Godrej said the family had agreed the division amicably. "It was done with love," Adi Godrej said.',
    );
    expect(peopleIn(analysis)).toEqual(['Adi Godrej']);
  });
});
