import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a body whose appositive says what kind of body it is', () => {
  it('reads "Silver Voices, the charity for older people," as a body that speaks (Guardian style)', () => {
    const analysis = analyseText(
      'Respite funding cut',
      'Silver Voices, the charity for older people, called the cut "a betrayal of people who hold the system up".',
    );
    expect(organisationsIn(analysis)).toContain('Silver Voices');
    expect(quoteStartingWith(analysis, 'a betrayal of people')?.speaker).toBe('Silver Voices');
  });

  it('reads "Greenbelt Watch, the campaign group," the same way, as before', () => {
    const analysis = analyseText(
      'March planned',
      'Greenbelt Watch, the campaign group, said the march would be "peaceful and lawful".',
    );
    expect(quoteStartingWith(analysis, 'peaceful and lawful')?.speaker).toBe('Greenbelt Watch');
  });

  it('keeps a person whose appositive is a job at such a body', () => {
    const analysis = analyseText(
      'Strike vote',
      'Mary Jones, the union leader, called the offer "an insult".',
      'Peter Hale, the head of the charity, said it was "not enough".',
    );
    expect(quoteStartingWith(analysis, 'an insult')?.speaker).toBe('Mary Jones');
    expect(quoteStartingWith(analysis, 'not enough')?.speaker).toBe('Peter Hale');
  });
});
