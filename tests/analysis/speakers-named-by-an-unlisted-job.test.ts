import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, quoteStartingWith } from './build-article.js';

describe('a speaker called by the job the article introduced them with', () => {
  it('gives "the specialist said" to the one person introduced as a specialist (Folha style)', () => {
    const analysis = analyseText(
      'Measles cases climb in Curitiba',
      'Health officials confirmed 14 new cases of measles in Curitiba this week.',
      'Infectious disease specialist Marta Quintela, of the state university, said the outbreak had been expected.',
      '"Coverage has been falling for a decade. Nobody should be surprised," the specialist said.',
    );
    expect(entityNamed(analysis, 'Marta Quintela')?.role?.toLowerCase()).toContain('specialist');
    expect(quoteStartingWith(analysis, 'Coverage has been falling')?.speaker).toBe('Marta Quintela');
  });

  it('reads a modifier before the job as part of the same second reference (Guardian style)', () => {
    const analysis = analyseText(
      'Tree felling on high street halted',
      'Work to fell 14 plane trees on the high street was halted on Tuesday after residents formed a chain around them.',
      'Consultant arborist Colin Ashdown, who surveyed the trees for the residents, said none was diseased.',
      '"These trees have another century in them," the consultant arborist said.',
    );
    expect(quoteStartingWith(analysis, 'These trees have')?.speaker).toBe('Colin Ashdown');
  });

  it('gives a job quoted before its holder is named to the holder named in the next paragraph (AP style)', () => {
    const analysis = analyseText(
      'Volcano alert raised on Java',
      'Authorities raised the alert level for Mount Semeru on Sunday after a column of ash rose 2 kilometres.',
      '"The dome is growing faster than at any time this year," the volcanologist said.',
      'Senior volcanologist Dewi Hartono, of the geological agency, said villages within 5 kilometres should be cleared.',
    );
    expect(quoteStartingWith(analysis, 'The dome is growing')?.speaker).toBe('Dewi Hartono');
  });

  it('leaves the quotation unattributed when two people were introduced by that job', () => {
    const analysis = analyseText(
      'Measles cases climb in Curitiba',
      'Infectious disease specialist Marta Quintela said the outbreak had been expected.',
      'Paediatric specialist Rafael Duarte said clinics were struggling to cope.',
      '"We have been warning about this for years," the specialist said.',
    );
    expect(quoteStartingWith(analysis, 'We have been warning')?.speaker).toBeNull();
  });

  it('does not give the bare job to someone holding only a lesser rank of it (Telegraph style)', () => {
    const analysis = analyseText(
      'Tree felling on high street halted',
      'Assistant arborist Tom Reddaway said the council had not asked for a second survey.',
      '"Nobody has climbed those trees in ten years," the arborist said.',
    );
    expect(quoteStartingWith(analysis, 'Nobody has climbed')?.speaker).not.toBe('Tom Reddaway');
  });

  it('does not give a job in another field to the one specialist introduced (Irish Times style)', () => {
    const analysis = analyseText(
      'Measles cases climb in Cork',
      'Infectious disease specialist Marta Quintela said the outbreak had been expected.',
      '"Parents are frightened and the waiting lists are long," the paediatric specialist said.',
    );
    expect(quoteStartingWith(analysis, 'Parents are frightened')?.speaker).not.toBe('Marta Quintela');
  });

  it('does not give a job no one was introduced with to whoever spoke last (ABC style)', () => {
    const analysis = analyseText(
      'Flood levy plan splits council',
      'Infectious disease specialist Marta Quintela said the water posed a health risk.',
      '"Nobody is listening to the residents," the campaigner said.',
    );
    expect(quoteStartingWith(analysis, 'Nobody is listening')?.speaker).not.toBe('Marta Quintela');
  });

  it('does not read a body word as a job held by a person', () => {
    const analysis = analyseText(
      'Hospital wait times grow',
      'Emergency physician Karin Solberg said waits at the hospital had doubled since spring.',
      '"We are recruiting as fast as we can," the hospital said.',
    );
    expect(quoteStartingWith(analysis, 'We are recruiting')?.speaker).not.toBe('Karin Solberg');
  });
});
