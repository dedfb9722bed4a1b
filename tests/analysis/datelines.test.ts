import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

describe('a dateline in capitals before a dash is a place', () => {
  it('takes a town the paper names first in capitals as a place, not a body (Baltic News style)', () => {
    const analysis = analyseText(
      'Parliament passes budget',
      "TARTU - Estonia's parliament approved the budget on Wednesday after a long night of votes.",
      'NATO - the alliance, not the town - welcomed the spending.',
    );
    const kinds = new Map(analysis.people.map((entity) => [entity.name, entity.kind]));
    expect(kinds.get('TARTU')).toBe('place');
    expect(kinds.get('NATO')).toBe('organisation');
  });

  it('leaves a body set off by dashes later in the story a body', () => {
    const analysis = analyseText(
      'Rowing body acts on doping',
      'Officials met in Lausanne on Monday.',
      'Coaches were there too.',
      "The FISU - the sport's world governing body - has set up two task forces.",
    );
    expect(analysis.people.find((entity) => entity.name === 'FISU')?.kind).toBe('organisation');
  });
});
