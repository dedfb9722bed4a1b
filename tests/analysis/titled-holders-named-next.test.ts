import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a job quoted first, its holder named next with a title before the name', () => {
  it('gives the job’s words to "The consultant, Dr …" in the next paragraph (Gulf News style)', () => {
    const analysis = analyseText(
      'New kidney unit opens in Fujairah',
      'The head of nephrology at Fujairah Hospital said the unit would shorten the journey for most patients. "Some of our patients leave home before dawn to reach us," she said.',
      'The consultant, Dr Mariam Al-Hammadi, said the unit had a separate ward for children.',
    );
    expect(quoteStartingWith(analysis, 'Some of our patients')?.speaker).toBe('Mariam Al-Hammadi');
  });

  it('reads "Prof." and "Cllr" the same way, and a plain name as before (Yorkshire Post style)', () => {
    const professor = analyseText(
      'Hospital trust warns on winter beds',
      'The trust’s director of nursing said the wards were already full. "We have never opened a winter with so few beds," she said.',
      'The director, Prof. Helen Oduya, said extra staff had been hired from agencies.',
    );
    expect(quoteStartingWith(professor, 'We have never opened')?.speaker).toBe('Helen Oduya');
    const councillor = analyseText(
      'Parking charges to rise',
      'The chairman of the council’s transport committee said the increase was unavoidable. "There is no money left in the pot," he said.',
      'The chairman, Cllr Martin Holroyd, said the charges would be reviewed in a year.',
    );
    expect(quoteStartingWith(councillor, 'There is no money')?.speaker).toBe('Martin Holroyd');
    const plain = analyseText(
      'Parking charges to rise',
      'The chairman of the council’s transport committee said the increase was unavoidable. "There is no money left in the pot," he said.',
      'The chairman, Martin Holroyd, said the charges would be reviewed in a year.',
    );
    expect(quoteStartingWith(plain, 'There is no money')?.speaker).toBe('Martin Holroyd');
  });

  it('leaves the job’s words unattributed when the next paragraph names someone else by title alone', () => {
    const analysis = analyseText(
      'New kidney unit opens in Fujairah',
      'The head of nephrology at Fujairah Hospital said the unit would shorten the journey for most patients. "Some of our patients leave home before dawn to reach us," she said.',
      'Dr Mariam Al-Hammadi, a patient’s daughter, said the family had waited years for it.',
    );
    expect(quoteStartingWith(analysis, 'Some of our patients')?.speaker).toBeNull();
  });
});
