import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, peopleIn } from './build-article.js';

describe('a body named for its members in the plural possessive', () => {
  it("reads a residents' association and a fishermen's association as whole bodies (The Hindu, Shetland News style)", () => {
    const analysis = analyseText(
      'Lake levels',
      "Anil Rao, who heads the Kondapur Residents' Welfare Association, said the families had been let down.",
      "The chief executive of the Orkney Fishermen's Association said the industry was watching closely.",
    );
    expect(peopleIn(analysis)).toEqual(['Anil Rao']);
    expect(organisationsIn(analysis)).toEqual(
      expect.arrayContaining(["Kondapur Residents' Welfare Association", "Orkney Fishermen's Association"]),
    );
  });

  it("keeps a body's own body apart from it (El Mercurio, Reuters style)", () => {
    const analysis = analyseText(
      'Metro delay',
      "The manager told a session of the Chamber of Deputies' Transport Committee that the machines had failed.",
    );
    expect(entityNamed(analysis, 'Chamber of Deputies')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Transport Committee')?.kind).toBe('organisation');
  });

  it('reads a laboratory and a municipality named by their kind as bodies', () => {
    const analysis = analyseText(
      'Fraud',
      'A former Mangaung Municipality fleet manager was found guilty on Tuesday.',
      'Ana Costa, a chemist at the National Water Quality Laboratory, said the samples were clean.',
    );
    expect(peopleIn(analysis)).toEqual(['Ana Costa']);
    expect(organisationsIn(analysis)).toEqual(
      expect.arrayContaining(['Mangaung Municipality', 'National Water Quality Laboratory']),
    );
  });
});
