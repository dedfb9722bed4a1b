import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe("a chief's title before 'Dr' and the name (Samoan usage)", () => {
  it('keeps the title in the name and answers to it alone later (Talamua style)', () => {
    const analysis = analyseText(
      'Measles jabs reach outer villages',
      'The chief executive of the National Health Service, Tuiloma Dr. Sefo Amituanai, said 9,000 children had been vaccinated.',
      '"We went house to house," Tuiloma said. "No child will be missed."',
    );
    expect(peopleIn(analysis)).toEqual(['Tuiloma Sefo Amituanai']);
    expect(entityNamed(analysis, 'Tuiloma')?.name).toBe('Tuiloma Sefo Amituanai');
    expect(quoteStartingWith(analysis, 'We went house')?.speaker).toBe('Tuiloma Sefo Amituanai');
    expect(quoteStartingWith(analysis, 'No child will')?.speaker).toBe('Tuiloma Sefo Amituanai');
  });

  it('reads it after a title of office too (Samoa Observer style)', () => {
    const analysis = analyseText(
      'Budget passes',
      'Minister of Finance Fuimaono Dr. Sione Lavemai told the House the deficit would close by 2028.',
    );
    expect(peopleIn(analysis)).toEqual(['Fuimaono Sione Lavemai']);
  });

  it('leaves a doctor after the place she works, before a given name, as the doctor alone', () => {
    const analysis = analyseText('Trial results', 'Harvard Dr. Jane Smith said the results were clear.');
    expect(peopleIn(analysis)).toEqual(['Jane Smith']);
  });
});
