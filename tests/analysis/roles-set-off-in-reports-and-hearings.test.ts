import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { entityNamed, roleIn } from './build-article.js';

describe('roles set off before a name in reports, hearings and business copy', () => {
  it('gives the post held over the side argued for in a case (Kashmir Observer style)', () => {
    expect(
      roleIn(
        'Tariq Ahmad Mir',
        'Counsel for the municipality, Additional Advocate General Tariq Ahmad Mir, submitted that the files were incomplete.',
      ),
    ).toBe('Additional Advocate General');
    expect(
      roleIn(
        'Tendai Moyo',
        "Addressing residents on Friday, the town's Mayor, Councillor Tendai Moyo, said repairs would start soon.",
      ),
    ).toContain('Mayor');
  });

  it('reads the side named at the head of a court report (Northern Echo style)', () => {
    expect(
      roleIn(
        'Karen Lowe',
        'Prosecuting for the borough council, Karen Lowe said the fire doors had been wedged open.',
      ),
    ).toBe('prosecuting for the borough council');
    expect(
      roleIn('Sunil Rao', 'Representing Mr Hart, Sunil Rao said his client had relied on a letting agent.'),
    ).toBe('representing Mr Hart');
  });

  it('gives letters of rank before a clause about the case, with the letters kept (Scotsman style)', () => {
    expect(
      roleIn(
        'Morag Innes',
        'Under cross-examination by Morag Innes KC, who represents the owners, the skipper accepted the hatch was open.',
      ),
    ).toBe("King's Counsel (KC)");
  });

  it('does not give the object of a fronted preposition to the subject after it (Stuff style)', () => {
    expect(
      roleIn(
        'Hemi Walker',
        "Under questioning from the coroner's counsel, Hemi Walker described the smoke in the hallway.",
      ),
    ).toBeNull();
    expect(
      roleIn('Asaad Haddad', "He held talks with Syria's new trade minister, Asaad Haddad, in Damascus."),
    ).toContain('trade minister');
  });

  it('reads no role from a nationality set off before a name (Kathmandu Post style)', () => {
    expect(
      roleIn('Grant Bosman', 'The South African, Grant Bosman, took charge of the team in August.'),
    ).toBeNull();
  });

  it('reads a job with its employer after "with", a branch in brackets, or an office in capitals (Punch, Daily Star, Greater Kashmir styles)', () => {
    expect(
      roleIn(
        'Chidi Okeke',
        'A power analyst with the Abuja-based consultancy Gridline Advisory, Chidi Okeke, said tariffs were still too low.',
      ),
    ).toContain('power analyst with the Abuja-based consultancy');
    expect(
      roleIn(
        'Farhana Islam',
        "Titas Gas's director (operations), Farhana Islam, told the commission that supply had fallen.",
      ),
    ).toBe('director (operations)');
    expect(
      roleIn(
        'Mushtaq Ahmad Wani',
        'Director Horticulture Kashmir, Mushtaq Ahmad Wani, said orchards had been hit.',
      ),
    ).toBe('Director Horticulture Kashmir');
  });

  it('reads a job of a body or portfolio that runs into the name (RNZ, Yorkshire Post styles)', () => {
    expect(
      roleIn(
        'Ram Prasad Sharma',
        'Convenor of the disciplinary committee Ram Prasad Sharma said the hearing would resume.',
      ),
    ).toBe('Convenor of the disciplinary committee');
    expect(
      roleIn('Claire Dobson', '"It sends a message," AA head of road policy Claire Dobson said.'),
    ).toContain('head of road policy');
    expect(
      roleIn('Pavel Orlov', 'Anna Orlova, daughter of former-Minister Pavel Orlov, sold the flat.'),
    ).toBeNull();
  });

  it('keeps "retired" with the job and a party to a suit as one (Buffalo News style)', () => {
    expect(
      roleIn(
        'Edna Wolski',
        'One of the plaintiffs, retired teacher Edna Wolski, said the ruling was a setback.',
      ),
    ).toBe('retired teacher');
    expect(
      roleIn(
        'Paul Wolski',
        "A second plaintiff, Paul Wolski, Edna Wolski's son, said the family would appeal.",
      ),
    ).toBe('second plaintiff');
  });

  it('keeps the job before a long appositive goes on after "and" (Las Vegas Sun style)', () => {
    expect(
      roleIn(
        'Dana Cole',
        'Dana Cole, director of the group Safer Roads Nevada and no relation to the councilman, said drivers speed.',
      ),
    ).toBe('director of the group Safer Roads Nevada');
    expect(
      roleIn(
        'Ali Khan',
        'A jury of experts, including novelists Ali Khan, director Sir Tom Hall and comedian Ann Bell chose the winner from a shortlist of six.',
      ),
    ).toBeNull();
  });

  it('gives a court lede’s subject to the person its standfirst named first (Baltimore Sun style)', () => {
    const page = [
      'Towson Times',
      'Former clerk sentenced to two years in parking fines scheme',
      'Prosecutors said Marcus Lyle took cash from drivers to waive parking fines.',
      'By Kim Hart\nMarch 3, 2026',
      'A former city parking clerk who accepted more than $20,000 from drivers was sentenced Tuesday to two years in prison.',
      'Marcus Lyle, 47, of Towson, pleaded guilty in May to wire fraud.',
    ].join('\n\n');
    const analysis = analyseArticle(parseArticle(page, 'story.txt'));
    expect(entityNamed(analysis, 'Marcus Lyle')?.role).toBe('former city parking clerk');
  });
});
