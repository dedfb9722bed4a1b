import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('a relative named by given name alone is a person', () => {
  it.each([
    ['Her uncle, Bogdan, said the family had waited six years for the house.', 'Bogdan'],
    ['His grandmother Wairimu still farms the plot where he grew up.', 'Wairimu'],
    ['Their stepfather, Anders, drove them to the clinic every week.', 'Anders'],
    ['Her daughter, Kirsty, said the school had not called.', 'Kirsty'],
  ])('%s', (sentence, name) => {
    const analysis = analyseText('Family waits', 'The council has promised a decision by March.', sentence);
    expect(peopleIn(analysis)).toContain(name);
  });
});

describe('a word that never names anyone is no dateline town', () => {
  it.each(['Police', 'Officials', 'Residents'])('%s – …', (word) => {
    const analysis = analyseText('Arrests', `${word} – Four men were arrested after the fire at the depot.`);
    expect(entityNamed(analysis, word)?.kind).not.toBe('place');
  });
});
