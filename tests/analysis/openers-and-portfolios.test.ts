import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a portfolio of two fields and a body named by an opening participle', () => {
  it('reads "Minister for Fisheries and the Blue Economy, X," as the minister\'s title (Mauritius Times style)', () => {
    const analysis = analyseText(
      'Octopus season closed early',
      "The Minister for Tourism and the Blue Economy, Marie-Claire Dookhun-Rey, said in a post on the ministry's Facebook page that the closure would protect stocks.",
      '"The sea is not a bank we can keep drawing on," the minister wrote.',
    );
    expect(entityNamed(analysis, 'Marie-Claire Dookhun-Rey')?.role).toBe(
      'Minister for Tourism and the Blue Economy',
    );
    expect(quoteStartingWith(analysis, 'The sea is not a bank')?.speaker).toBe('Marie-Claire Dookhun-Rey');
  });

  it('keeps "and" out of a role when the words after it hold a job of their own', () => {
    const analysis = analyseText(
      'Talks resume',
      'The talks brought together the Israeli prime minister and the Palestinian leader, Nasser Qudwa-Rashid, for the first time.',
    );
    expect(entityNamed(analysis, 'Nasser Qudwa-Rashid')?.role).toBe('Palestinian leader');
  });

  it('finds the person after "Representing the X," and makes them the subject a later "he" means (Dawn style)', () => {
    const analysis = analyseText(
      'Gas tariff hearing',
      'The regulator heard objections on Monday. Its chairman, Imtiaz Haider-Rana, said a decision would follow.',
      'Representing the Lahore Chamber of Commerce and Industry, Khurram Lodhi-Baig objected that industry had already paid twice this year.',
      '"We need one price we can plan around," he said.',
    );
    expect(peopleIn(analysis)).toContain('Khurram Lodhi-Baig');
    expect(quoteStartingWith(analysis, 'We need one price')?.speaker).toBe('Khurram Lodhi-Baig');
  });
});
