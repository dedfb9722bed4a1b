import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a middle initial inside a titled name', () => {
  it('keeps the initial and the surname with the given name after a court title', () => {
    const analysis = analyseText(
      'Former pharmacist jailed for thefts',
      'Dana Whitcombe, 44, of Bristol, Connecticut, admitted the thefts in March. U.S. District Judge Sarah K. Merriman also ordered two years of supervised release.',
      '"You betrayed the people who relied on you," Merriman told Whitcombe.',
    );
    expect(peopleIn(analysis)).toContain('Sarah K. Merriman');
    expect(peopleIn(analysis)).not.toContain('Merriman');
    expect(entityNamed(analysis, 'Sarah K. Merriman')?.role).toBe('U.S. District Judge');
    expect(quoteStartingWith(analysis, 'You betrayed')?.speaker).toBe('Sarah K. Merriman');
  });

  it('still reads "A" opening a sentence as the article', () => {
    const analysis = analyseText(
      'Library closes early',
      'Judge Tom Briggs said the case would resume. A Harrow Council spokesman said the library would reopen.',
    );
    expect(peopleIn(analysis)).toEqual(['Tom Briggs']);
  });
});

describe('a lower-case office after a capitalised rank, then its place, then the name', () => {
  it('reads the deputy mayor of a city as a title and the name after the city as the person', () => {
    const analysis = analyseText(
      'Tram line delayed',
      'Deputy mayor of Shymkent Nurlan Abenov told reporters on Tuesday that the route would open in 2027.',
      'Deputy akim of Astana Dana Serikova said the city would pay for the depot.',
    );
    expect(peopleIn(analysis)).toEqual(['Nurlan Abenov', 'Dana Serikova']);
    expect(entityNamed(analysis, 'Nurlan Abenov')?.role).toBe('Deputy mayor of Shymkent');
  });
});

describe('a member of parliament titled by the seat', () => {
  it('takes the electorate between "Member for" and the name as part of the title', () => {
    const analysis = analyseText(
      'Smelter jobs at risk',
      'Federal Member for Whitlam Stephen Jones said he had raised the closure with the minister.',
      'State Member for Keira Ryan Park told the Mercury the town needed certainty.',
    );
    expect(peopleIn(analysis)).toEqual(['Stephen Jones', 'Ryan Park']);
    expect(entityNamed(analysis, 'Stephen Jones')?.role).toBe('Federal Member for Whitlam');
  });
});

describe('given names written as two initials', () => {
  it('reads two capitals before a surname that speaks as a person, and the surname alone as them', () => {
    const analysis = analyseText(
      'Road contractor told to redo drains',
      'However, PWD Executive Engineer KL Sangma said the contractor had not submitted test reports.',
      '"No bill will be cleared until the work is checked," Sangma said.',
    );
    expect(peopleIn(analysis)).toEqual(['KL Sangma']);
    expect(quoteStartingWith(analysis, 'No bill')?.speaker).toBe('KL Sangma');
  });

  it('leaves initials that name a body as the body', () => {
    const analysis = analyseText(
      'Aid pledged',
      'UN Women said it would fund the shelters. BBC Sport said the match would be shown live.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('a representative named after the seat', () => {
  it('reads the job, its seat and the kind of seat as the role, and the name after as the person', () => {
    const analysis = analyseText(
      'Plots row deepens',
      'Speaking after the sitting, PDM councillor for Katutura Central constituency Tulimeyo Hangula said families had waited a decade.',
      'Labour councillor for Moss Side ward Amara Okafor said the plan was wrong.',
    );
    expect(peopleIn(analysis)).toEqual(['Tulimeyo Hangula', 'Amara Okafor']);
    expect(entityNamed(analysis, 'Tulimeyo Hangula')?.role).toContain(
      'councillor for Katutura Central constituency',
    );
  });
});

describe('a formal title with its branch in brackets', () => {
  it('keeps a capitalised branch in the role, as it keeps a lower-case one', () => {
    const analysis = analyseText(
      'Bridge repairs stall',
      'However, Executive Engineer (Roads) Wanphrang Lyngdoh said the contractor had not submitted reports.',
    );
    expect(entityNamed(analysis, 'Wanphrang Lyngdoh')?.role).toBe('Executive Engineer (Roads)');
  });
});
