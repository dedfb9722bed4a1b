import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a body whose remit joins two fields, the second of two words', () => {
  it('reads "Department of Housing and Community Development" whole and gives it its statement (Baltimore Sun style)', () => {
    const analysis = analyseText(
      'Housing inspector jailed',
      'Whitfield worked for the Department of Housing and Community Development from 2015 until his arrest.',
      'In a statement, the housing department said the new rules "make it far harder for one person to decide alone."',
    );
    expect(organisationsIn(analysis)).toContain('Department of Housing and Community Development');
    expect(organisationsIn(analysis)).not.toContain('Department of Housing');
    expect(quoteStartingWith(analysis, 'make it far harder')?.speaker).toBe(
      'Department of Housing and Community Development',
    );
  });

  it('takes in fields closed by an abstract noun: planning, protection, security (Business Daily style)', () => {
    const analysis = analyseText(
      'Budget deficit narrows',
      'The Ministry of Finance and Economic Planning said revenue was "well ahead of target".',
      'Officials from the Ministry of Labour and Social Protection attended the briefing.',
    );
    expect(organisationsIn(analysis)).toEqual(
      expect.arrayContaining([
        'Ministry of Finance and Economic Planning',
        'Ministry of Labour and Social Protection',
      ]),
    );
    expect(quoteStartingWith(analysis, 'well ahead')?.speaker).toBe(
      'Ministry of Finance and Economic Planning',
    );
  });
});

describe('a body called by a kind word clipped from its name', () => {
  it('gives "the metro said" to the metropolitan municipality (Daily Dispatch style)', () => {
    const analysis = analyseText(
      'Metro ordered to deliver water',
      'Tshwane Metropolitan Municipality officials met residents of the affected wards on Monday.',
      '"We have never disputed that residents are suffering," the metro said in a written statement.',
    );
    expect(quoteStartingWith(analysis, 'We have never disputed')?.speaker).toBe(
      'Tshwane Metropolitan Municipality',
    );
  });

  it('leaves the words unattributed when no body bears the longer word (Mail & Guardian style)', () => {
    const analysis = analyseText(
      'Water cuts continue',
      'Residents in Soshanguve have been without water for nine days, the local ward committee said.',
      '"We are doing what we can," the metro said.',
    );
    expect(quoteStartingWith(analysis, 'We are doing')?.speaker).toBeNull();
  });
});
