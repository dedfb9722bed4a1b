import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the club" and "the company" mean the body the story follows, and only a body of that kind', () => {
  it('gives "the club thanked… and said" to the club, not to a hospital named more often (BBC Sport style)', () => {
    const analysis = analyseText(
      'Manager leaves',
      'Kingsmead Hospital confirmed a player had been treated overnight. Kingsmead Hospital said he was stable.',
      'Ashford Rovers have parted company with manager Dean Holloway, the club announced on Tuesday.',
      'In a statement, the club thanked Holloway for "his dedication" and said the decision had been taken "by mutual consent".',
    );
    expect(quoteStartingWith(analysis, 'his dedication')?.speaker).toBe('Ashford Rovers');
    expect(quoteStartingWith(analysis, 'by mutual consent')?.speaker).toBe('Ashford Rovers');
  });

  it('gives "the company said" to the manufacturer, not a school the story also names twice (local paper style)', () => {
    const analysis = analyseText(
      'Plant to shed jobs',
      'Brantford Castings Inc. will cut 120 jobs at its plant on Colborne Street, the company said.',
      'Pupils from Brantford Collegiate School visited the plant last year. Brantford Collegiate School said the visits would end.',
      'In a statement, the company said orders had fallen "sharply" since the spring.',
    );
    expect(quoteStartingWith(analysis, 'sharply')?.speaker).toBe('Brantford Castings Inc');
  });

  it("keeps a manager's own words his, after he is named with his club (local paper style)", () => {
    const analysis = analyseText(
      'Cup exit',
      'Ashford Rovers are out of the cup after a 2-0 defeat at Dover, the club said.',
      'Ashford Rovers manager Dean Holloway said his side had been "second best all afternoon".',
    );
    expect(quoteStartingWith(analysis, 'second best')?.speaker).toBe('Dean Holloway');
  });
});
