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

describe('titles without a holder', () => {
  it('reads a title that ends on its office as the post, not a person', () => {
    const analysis = analyseText(
      'Festival elephants',
      "The bench cited a report by the state's Chief Wildlife Warden, which counted 12 deaths last season.",
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('names after a nationality that are things', () => {
  it('does not take an event or a trade body after a nationality for a person', () => {
    const analysis = analyseText(
      'Sales fall',
      'She won gold at the European Indoor Championships last year.',
      'Figures from the British Phonographic Industry showed sales fell by 4%.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('credits and bylines', () => {
  it('names no one in a photographer credit closing a caption or a byline above the story', () => {
    const analysis = analyseText(
      'School director charged',
      'By Megan Ashcroft, Deseret.com',
      'Former charter school director Lyle Pratt leaves court in Provo on Monday. (Megan Ashcroft, Deseret.com)',
      'Pratt said he would fight the charges.',
    );
    expect(peopleIn(analysis)).toEqual(['Lyle Pratt']);
  });
});

describe('forests and landscapes', () => {
  it('reads a name ending on forest or landscape as a place', () => {
    const analysis = analyseText(
      'Mining licence challenged',
      'Members of the Friends of Kakum Landscape, who gathered outside the court, said the Ankasa Forest was at risk.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});
