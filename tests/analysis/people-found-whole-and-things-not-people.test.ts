import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('scholars styled before their names', () => {
  it('peels Mawlawi, Maulvi, Qari and Mullah as styles, keeping the name and its surname', () => {
    const analysis = analyseText(
      'Clinics reopen in the east',
      'The provincial director of education, Maulvi Nazir Ahmad Zaheer, said schools would reopen.',
      'Qari Yusuf Ahmadi, a spokesman for the district council, told reporters the road was open.',
      '"We need more teachers," Zaheer said.',
    );
    expect(peopleIn(analysis)).toEqual(['Nazir Ahmad Zaheer', 'Yusuf Ahmadi']);
    expect(quoteStartingWith(analysis, 'We need more teachers')?.speaker).toBe('Nazir Ahmad Zaheer');
  });
});

describe('a "who" clause after a job that is also a kind of firm', () => {
  it('reads the one described as a worker, not as a company', () => {
    const analysis = analyseText(
      'Plant to close',
      'Oksana Melnyk, a crane operator who has worked at the yard for 20 years, said she would stay.',
      'Tomasz Wrona, a tour operator whose boats were seized, said he would sue.',
    );
    expect(peopleIn(analysis)).toEqual(['Oksana Melnyk', 'Tomasz Wrona']);
    expect(entityNamed(analysis, 'Oksana Melnyk')?.role).toBe('crane operator');
  });

  it('keeps a firm set off by its kind and a "which" clause a firm', () => {
    const analysis = analyseText(
      'Tariffs rise',
      'Kelora Mobile, a network operator which has four million customers, said prices would rise.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('streets named in French, Spanish and Italian', () => {
  it('reads a street whose kind comes first and joins the name by a particle as a place', () => {
    const analysis = analyseText(
      'Bus lanes approved',
      'The lanes will run along Avenue de Rennes and Rue du Bac, the council said.',
      'Shops on Calle de Alcalá and Via del Corso closed early.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(entityNamed(analysis, 'Rue du Bac')?.kind).toBe('place');
  });

  it('reads a boulevard or parkway named after someone as the road', () => {
    const analysis = analyseText(
      'Crash closes road',
      'Two cars collided near Archbishop Tutu Boulevard on Friday night.',
      'Police closed a stretch of Senator Reyes Parkway for six hours.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('courts, states and offices that are not people', () => {
  it('reads "the Bench", "the Crown" and "the Commonwealth" as no one', () => {
    const analysis = analyseText(
      'Landlords face contempt',
      '"No file will be allowed to lie," the Bench observed on Tuesday.',
      'The Crown argued the sentence was too light, while the Commonwealth said it would appeal.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('keeps the office in a possessive between a rank and a title, and finds its holder', () => {
    const analysis = analyseText(
      'Jury convicts',
      '"She knew it," Assistant Commonwealth\'s Attorney Marcus Oyelowo told the jury.',
      "Deputy People's Advocate Ana Lobo said the ruling would be studied.",
    );
    expect(peopleIn(analysis)).toEqual(['Marcus Oyelowo', 'Ana Lobo']);
    expect(quoteStartingWith(analysis, 'She knew it')?.speaker).toBe('Marcus Oyelowo');
  });

  it("still reads a titled surname before its aide's office as the person", () => {
    const analysis = analyseText(
      'Budget ready',
      "Governor Okafor's Chief of Staff, Ngozi Bello, said the budget was ready.",
      "Acting Mayor Dlamini's Spokesman Sipho Nkosi said the vote would be on Friday.",
    );
    expect(peopleIn(analysis)).toEqual(['Okafor', 'Ngozi Bello', 'Dlamini', 'Sipho Nkosi']);
  });
});

describe('given names that are also English words, set off after a job', () => {
  it('finds the one set off after a director, a chairman or a spokesman, whatever the word', () => {
    const analysis = analyseText(
      'Plant to reopen',
      'Its Managing Director, Sunday Adeyemi, told reporters the plant would reopen.',
      'The club chairman, Friday Okonkwo, said the coach would stay.',
      'A spokesman, Will Asante, said the family had been told nothing.',
    );
    expect(peopleIn(analysis)).toEqual(['Sunday Adeyemi', 'Friday Okonkwo', 'Will Asante']);
    expect(entityNamed(analysis, 'Sunday Adeyemi')?.role).toBe('Managing Director');
  });

  it('leaves a day, a preposition or a verb that is not set off as no one', () => {
    const analysis = analyseText(
      'Vote delayed',
      'The vote, Sunday officials said, would be held next week.',
      'Prices rose 3 per cent, the director, Mary Tan, said.',
    );
    expect(peopleIn(analysis)).toEqual(['Mary Tan']);
  });
});

describe('a nationality as a noun before a name', () => {
  it('finds the one a "the Finn", "Spaniard" or "the Swede" introduces, with no nation as a role', () => {
    const analysis = analyseText(
      'Coach search goes on',
      'The Finn Mikko Rautio and former Geneva coach Daniel Ruhnke are among the names discussed.',
      'Spaniard Carlos Moya won in straight sets, while the Swede Magnus Lind went out.',
    );
    expect(peopleIn(analysis)).toEqual(['Mikko Rautio', 'Daniel Ruhnke', 'Carlos Moya', 'Magnus Lind']);
    expect(entityNamed(analysis, 'Mikko Rautio')?.role).toBeNull();
  });
});
