import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('two people sharing a family name stay two', () => {
  it('keeps a minister and an unrelated pharmacist of the same name apart (Ahram Online style)', () => {
    const analysis = analyseText(
      'Insurance scheme reaches Alexandria',
      'Health Minister Khaled Abdel Moneim announced the expansion on Tuesday.',
      'Abdel Moneim said the system now covers six governorates.',
      'In Karmouz, pharmacist Youssef Abdel Moneim, no relation to the minister, said his customers were hopeful.',
    );
    expect(entityNamed(analysis, 'Khaled Abdel Moneim')?.role).toBe('Health Minister');
    expect(entityNamed(analysis, 'Youssef Abdel Moneim')?.role).toBe('pharmacist');
  });

  it('keeps two siblings apart when the surname alone follows one of them (Irish Times style)', () => {
    const analysis = analyseText(
      'Sisters share the podium',
      'Aoife Brennan, 24, won the 800m in Athlone on Saturday.',
      'Brennan said the last lap had hurt.',
      'Her sister, Niamh Brennan, 21, took bronze.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Aoife Brennan', 'Niamh Brennan']));
  });

  it('still joins a full name with its shortened and misspelt forms', () => {
    const analysis = analyseText(
      'Port strike ends',
      'Union leader Dmitry Orlov, 52, said the deal was fair.',
      'Dmitri Orlov later told reporters the vote had been close. Orlov said members would return on Monday.',
    );
    expect(peopleIn(analysis).filter((name) => name.endsWith('Orlov'))).toHaveLength(1);
  });
});
