import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('people introduced by a nationality or a country of their own', () => {
  it('finds a full name after a nationality or after "X\'s own", accents and all', () => {
    const analysis = analyseText(
      'Club weighs coaching options',
      "Reports have linked Colombian Álvaro Recoba and Peru's own Teodoro Quispe to the vacant post.",
    );
    expect(peopleIn(analysis)).toEqual(['Álvaro Recoba', 'Teodoro Quispe']);
  });

  it('reads a given name written with accents as the same given name', () => {
    const analysis = analyseText(
      'Striker signs',
      'The club confirmed on Friday that José Arriola had signed a two-year deal.',
    );
    expect(peopleIn(analysis)).toEqual(['José Arriola']);
  });
});

describe('people introduced by what they do on stage, on the pitch or at work', () => {
  it('finds a name after "performer", "talisman" or "millwright" as a person with that role', () => {
    const analysis = analyseText(
      'Season announced',
      'The season closes with a solo show by Oneida performer Kahsenniyo Brant.',
      'Rovers were without their talisman Declan Furlong, who injured a knee in training.',
      'The plan was opposed by Wes Tomczak, a retired millwright who has lived on the street for 30 years.',
    );
    expect(peopleIn(analysis)).toEqual(['Kahsenniyo Brant', 'Declan Furlong', 'Wes Tomczak']);
    expect(entityNamed(analysis, 'Kahsenniyo Brant')?.role).toContain('performer');
    expect(entityNamed(analysis, 'Declan Furlong')?.role).toBe('talisman');
    expect(entityNamed(analysis, 'Wes Tomczak')?.role).toBe('retired millwright');
  });
});

describe('kin named before a job', () => {
  it('gives the job after the name, not the family tie before it', () => {
    const analysis = analyseText(
      'Ward sinks removed',
      'Her sister, Ingrid Solberg, a paediatric nurse at the hospital, said the change had been welcomed.',
      'His wife, Anneli Berg, said she had not been told.',
    );
    expect(entityNamed(analysis, 'Ingrid Solberg')?.role).toBe('paediatric nurse at the hospital');
    expect(entityNamed(analysis, 'Anneli Berg')?.role).toBe('wife');
  });
});

describe('roles told in full', () => {
  it('keeps "former" before a job held for a country or a club', () => {
    const analysis = analyseText(
      'Board names new coach',
      'Former Nepal captain Paras Khadka, now a commentator, told reporters the board had waited too long.',
      'The decision was welcomed by former Kerry footballer Darragh Ó Sé.',
    );
    expect(entityNamed(analysis, 'Paras Khadka')?.role).toBe('Former Nepal captain');
    expect(entityNamed(analysis, 'Darragh Ó Sé')?.role).toBe('former Kerry footballer');
  });

  it('prefers a job stated later to a family tie stated first', () => {
    const analysis = analyseText(
      'Palm oil group gets offer',
      'The company is controlled by its chairman, Tan Sri Wong Kah Seng, and his daughter, Mei Ling Wong.',
      'Mei Ling Wong, who is a finance director, did not comment.',
    );
    expect(entityNamed(analysis, 'Mei Ling Wong')?.role).toBe('finance director');
  });

  it('reads "who studies …" and "the veteran" as what someone is', () => {
    const analysis = analyseText(
      'Battery record questioned',
      'Priya Raman, who studies battery ageing at the University of Leeds, said the figure was impressive.',
      'The defence, marshalled by the veteran Conor Mulcahy, held out.',
    );
    expect(entityNamed(analysis, 'Priya Raman')?.role).toContain('studies battery ageing');
    expect(entityNamed(analysis, 'Conor Mulcahy')?.role).toBe('veteran');
  });
});

describe('jobs told before their holder is named', () => {
  it('gives a name the job told nearest before it, not an earlier anonymous source', () => {
    const analysis = analyseText(
      'Oxygen plant broken for months',
      'A senior midwife at the hospital, who asked not to be named, said mothers were being sent home early.',
      "The hospital's medical superintendent confirmed the plant had failed in March. Dr Selma Iipinge said a new compressor had been ordered.",
    );
    expect(entityNamed(analysis, 'Selma Iipinge')?.role).toBe("hospital's medical superintendent");
  });

  it('reads a veterinarian set off after the name as the job', () => {
    const analysis = analyseText(
      'Elephant parade rules',
      'Animal rights groups welcomed the order. Meera Pillai, a veterinarian who runs a rescue centre, said it was overdue.',
    );
    expect(entityNamed(analysis, 'Meera Pillai')?.role).toContain('veterinarian');
  });
});

describe('a long clause stating a job', () => {
  it('takes the job before the "and" that goes on to what it involves', () => {
    const analysis = analyseText(
      'Takeover offer',
      'Ong Mei Fen, who is a non-executive director and chairs the audit committee of the palm oil refining arm in Sandakan, declined to comment.',
    );
    expect(entityNamed(analysis, 'Ong Mei Fen')?.role).toBe('non-executive director');
  });
});

describe('common given names in sports reports', () => {
  it("finds a player named after the club's possessive by a common given name", () => {
    const analysis = analyseText(
      'Shamrocks through to final',
      "Shamrocks' Adrian Mullen shrugs off Clara's Paddy Deegan during Sunday's semi-final. Photo: Dylan Vaughan",
      'Clara had lost their captain Robbie Hogan to a knee injury in the warm-up.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Paddy Deegan', 'Robbie Hogan']));
  });
});

describe('relatives sharing a surname', () => {
  it('finds a full name that shares its surname with someone named as a relative', () => {
    const analysis = analyseText(
      'Oxygen shortage',
      'That is not how Tangeni Shikongo sees it. Her father, Josef Shikongo, 71, was moved to Windhoek in May.',
    );
    expect(peopleIn(analysis)).toEqual(['Tangeni Shikongo', 'Josef Shikongo']);
  });

  it('does not take a place sharing the surname for a relative', () => {
    const analysis = analyseText(
      'Move to the capital',
      'His mother, Ruth Kandjii, 64, moved to the Kandjii Heights estate last year.',
    );
    expect(peopleIn(analysis)).toEqual(['Ruth Kandjii']);
  });
});

describe('a trade told of a group, then one of them named', () => {
  it('gives the trade to the one named next, even after a quantifier, over a clause of what they do', () => {
    const analysis = analyseText(
      'Market move worries stallholders',
      'Some fishmongers say the rent is the real worry. Tevita Fonua, who sells reef fish from Nuku village, said fees would double.',
    );
    expect(entityNamed(analysis, 'Tevita Fonua')?.role).toBe('fishmonger');
  });
});
