import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn } from './build-article.js';

describe('titles of works and the characters in them are no one', () => {
  it('drops a title after its kind and an article or an owner (Guardian arts style)', () => {
    const analysis = analyseText(
      'Awards shortlist',
      'Director Ken Hollis said the film Martha Greene had been shot in six weeks.',
      'Hollis’s new novel Peter Ashdown is due in the spring, alongside the musical Molly Brannigan.',
    );
    expect(peopleIn(analysis)).toEqual(['Ken Hollis']);
  });

  it('drops the part an actor plays (Variety style)', () => {
    const analysis = analyseText(
      'Casting news',
      'Actress Sienna Vale has been cast as Lucy Harrow in the remake, the studio said.',
      'Vale won praise for her role as Annie Fenwick last year.',
    );
    expect(peopleIn(analysis)).toEqual(['Sienna Vale']);
  });

  it('drops a title credited to its star or its author (BBC style)', () => {
    const analysis = analyseText(
      'Stage return',
      'Oliver Twist author Charles Dickens was the subject of the lecture.',
      'Harry Potter star Daniel Radcliffe will appear on stage in London.',
    );
    expect(peopleIn(analysis)).toEqual(['Charles Dickens', 'Daniel Radcliffe']);
  });

  it('keeps an opponent after "play", a writer before "wrote" and people after "such stars as" (AP style)', () => {
    const analysis = analyseText(
      'Open draw',
      'The 21-year-old plays Tomas Berdych in the next round and will next play Marat Safin.',
      'It was the play Tom Stoppard wrote in 1966 that made his name.',
      'The festival drew such screen stars as Julie Walters to the town.',
    );
    expect(peopleIn(analysis)).toEqual(['Tomas Berdych', 'Marat Safin', 'Tom Stoppard', 'Julie Walters']);
  });
});
