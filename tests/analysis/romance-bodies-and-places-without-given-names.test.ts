import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, peopleIn } from './build-article.js';

describe('bodies whose names open on their kind, as Spanish, Portuguese, Italian and French write them', () => {
  it('reads a union, a centre and a cooperative named in Spanish as bodies (Mercopress style)', () => {
    const analysis = analyseText(
      'Dockers strike',
      'Rubén Ferreyra, secretary general of Sindicato Portuario Nueva Palmira, said the stoppage would go on.',
      'The Centro de Estudios Laborales said in a report that wages had fallen, and Cooperativa Agraria Los Andes backed the strike.',
    );
    expect(peopleIn(analysis)).toEqual(['Rubén Ferreyra']);
    expect(organisationsIn(analysis)).toEqual(
      expect.arrayContaining([
        'Sindicato Portuario Nueva Palmira',
        'Centro de Estudios Laborales',
        'Cooperativa Agraria Los Andes',
      ]),
    );
  });

  it('reads Portuguese and Italian bodies as bodies, and keeps the person who speaks for one (Agência Brasil, ANSA style)', () => {
    const analysis = analyseText(
      'Press freedom',
      'The Associação Brasileira de Imprensa said in a statement it was alarmed by the raid.',
      'Giulia Conti, a lawyer for Banca Popolare Veneta, declined to comment.',
    );
    expect(peopleIn(analysis)).toEqual(['Giulia Conti']);
    expect(entityNamed(analysis, 'Associação Brasileira de Imprensa')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Banca Popolare Veneta')?.kind).toBe('organisation');
  });

  it('leaves a town centre named in Spanish out of the bodies', () => {
    const analysis = analyseText(
      'Water cuts',
      'Residents of Centro Habana queued for water trucks on Monday.',
    );
    expect(organisationsIn(analysis)).not.toContain('Centro Habana');
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('a body made of bodies', () => {
  it('reads a federation of groups whose member kind follows a job-like word as one body (Irish Times style)', () => {
    const analysis = analyseText(
      'Waiting lists',
      'The Association of Patient Organisations said in a statement that it had long called for deadlines.',
      'The Alliance of Carer Groups welcomed the plan.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(organisationsIn(analysis)).toEqual(
      expect.arrayContaining(['Association of Patient Organisations', 'Alliance of Carer Groups']),
    );
  });

  it('still reads a surname that is a plural as a person', () => {
    const analysis = analyseText(
      'Goalkeeper remembered',
      'Former England goalkeeper Gordon Banks said he was proud.',
    );
    expect(peopleIn(analysis)).toEqual(['Gordon Banks']);
  });
});

describe('Romance place names joined by a particle, with no given name', () => {
  it('reads a town after "in", "from" or a place\'s "of" as a place (Clarín, Folha style)', () => {
    const analysis = analyseText(
      'Raids',
      'Police detained three men in the Villa Fiorito area of Lomas de Zamora on Tuesday.',
      'A fourth suspect was arrested later in Santiago del Estero, and a fifth came from Feira de Santana.',
      'The mayor of Vila Nova de Gaia said the town was shocked.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    for (const town of ['Lomas de Zamora', 'Santiago del Estero', 'Feira de Santana', 'Vila Nova de Gaia'])
      expect(entityNamed(analysis, town)?.kind).toBe('place');
  });

  it('reads the far end of a span "between" two places as a place (Catalan News style)', () => {
    const analysis = analyseText(
      'Rail works',
      'Trains will run only between Vilanova and Sant Vicenç de Calders until March.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(entityNamed(analysis, 'Sant Vicenç de Calders')?.kind).toBe('place');
  });

  it("keeps people whose surname carries a particle, after a given name or as anyone's kin", () => {
    const analysis = analyseText(
      'Arrest',
      'Police said Thiago dos Santos was arrested in Recife.',
      'The house of Mirta de la Torre was searched, and the son of Everaldo da Costa said he was sad.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining(['Thiago dos Santos', 'Mirta de la Torre', 'Everaldo da Costa']),
    );
    expect(entityNamed(analysis, 'Recife')?.kind).toBe('place');
  });
});
