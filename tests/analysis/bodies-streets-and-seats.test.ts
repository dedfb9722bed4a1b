import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('bodies named like people', () => {
  it('reads a firm set off after "the contractor" or "the consultancy" as the firm', () => {
    const analysis = analyseText(
      'Bypass tunnel behind schedule',
      'The contractor, Stroy Invest Tau, said in a statement that a second shift would start in May.',
      'The consultancy, Harrowgate Partners, said costs had risen by a third.',
    );
    expect(entityNamed(analysis, 'Stroy Invest Tau')?.kind).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('keeps a person set off after a job that is no kind of body', () => {
    const analysis = analyseText(
      'Landlord to appeal',
      'Her lawyer, Tuyeni Haimbodi, said in a statement that she would appeal the ruling.',
    );
    expect(peopleIn(analysis)).toEqual(['Tuyeni Haimbodi']);
  });

  it('reads institutes, universities and law firms named in their own language as bodies', () => {
    const analysis = analyseText(
      'Antibiotic resistance in hospital drains',
      'Professor Lars Ekdahl of Uppsala Universitet, who was not involved, said the finding was worrying.',
      'Solicitor Ruth Akande of the firm Northgate Legal said clients had been told.',
    );
    expect(peopleIn(analysis)).toEqual(['Lars Ekdahl', 'Ruth Akande']);
    expect(entityNamed(analysis, 'Northgate Legal')?.kind).toBe('organisation');
  });
});

describe('places named after people', () => {
  it('reads a street after "on" or "at" as a place even when it opens on a title', () => {
    const analysis = analyseText(
      'Gallery reopens',
      'Curator Joan Mitchell reopened the gallery on Tuesday at its old home on Queen Victoria Street.',
      'The box office on King Edward Road will open at noon.',
    );
    expect(peopleIn(analysis)).toEqual(['Joan Mitchell']);
  });

  it('reads every name listed before a plural kind of district as a district', () => {
    const analysis = analyseText(
      'Land queue grows',
      'Most applicants live in the Katutura East, John Pandeni and Hosea Kutako constituencies.',
      'Hosea Kutako constituency councillor Maria Shikongo said the list was long.',
    );
    expect(peopleIn(analysis)).toEqual(['Maria Shikongo']);
  });
});

describe('names that Khoekhoe clicks open', () => {
  it('keeps "!" and "//" glued to a capital as part of the surname, and finds the surname alone', () => {
    const analysis = analyseText(
      'Council defends plots',
      'The council chairperson, Paulus !Naruseb, rejected the claims on Monday.',
      '"Every plot was advertised," !Naruseb said. "We have nothing to hide!"',
      'Residents of the Moses //Garoeb constituency were not convinced.',
    );
    expect(peopleIn(analysis)).toEqual(['Paulus !Naruseb']);
    expect(entityNamed(analysis, 'Paulus !Naruseb')?.role).toBe('council chairperson');
  });
});
