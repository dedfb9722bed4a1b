import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, quoteStartingWith } from './build-article.js';

const organisations = (analysis: ReturnType<typeof analyseText>) =>
  analysis.people.filter((entity) => entity.kind === 'organisation').map((entity) => entity.name);

describe('clubs, credits and reported clauses', () => {
  it('reads "Carlisle United" as a club, not a town and a person (Cumberland News style)', () => {
    const analysis = analyseText(
      'Late winner for the Cumbrians',
      'Carlisle United came from behind to beat Tranmere Rovers 2-1 at Brunton Park.',
    );
    expect(organisations(analysis)).toEqual(expect.arrayContaining(['Carlisle United', 'Tranmere Rovers']));
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('takes "Photo by" at the end of a caption as a credit, not a person in the story', () => {
    const analysis = analyseText(
      'Harbour wall repaired',
      'Workers on the harbour wall at Camber Quay on Monday. Photo by Damian Falzon',
      'The repairs will cost £2m, the port authority said.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('gives a fragment to the one who says it, not to the body named inside what they say (Sky Sports style)', () => {
    const analysis = analyseText(
      'Former skipper hits out',
      'Porto defender Nuno Reis says Estoril Athletic "never wanted to keep" him when his contract ran out.',
    );
    expect(quoteStartingWith(analysis, 'never wanted to keep')?.speaker).toBe('Nuno Reis');
  });
});
