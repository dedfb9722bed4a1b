import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a standfirst that gives words to an unnamed group', () => {
  it('leaves "residents say" unnamed though a resident says the words in full later (French regional style)', () => {
    const analysis = analyseText(
      'Village fair scrapped',
      'Residents of Montbrun say the decision was taken "behind closed doors".',
      'The municipal council voted on Monday to scrap the summer fair.',
      'Councillor Agnès Verdier said: "This was decided behind closed doors, without a single public meeting."',
    );
    expect(quoteStartingWith(analysis, 'behind closed doors')?.speaker).toBeNull();
  });

  it('does the same for "organisers say" when the festival president later says it in full', () => {
    const analysis = analyseText(
      'Festival grant cut',
      'The dragons will still parade, but organisers say next year\'s program will be "smaller and quieter".',
      'The council cut its festival grant by a third on Wednesday night.',
      'Festival president Marcus Lee said: "People should expect a smaller and quieter festival."',
    );
    expect(quoteStartingWith(analysis, 'smaller and quieter')?.speaker).toBeNull();
    expect(quoteStartingWith(analysis, 'People should expect')?.speaker).toBe('Marcus Lee');
  });
});
