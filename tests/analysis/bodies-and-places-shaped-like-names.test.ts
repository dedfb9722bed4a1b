import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('bodies and places written like names', () => {
  it('reads an Irish body after its article "An" as a body (Irish Legal News style)', () => {
    const analysis = analyseText(
      'Wind farm permission quashed',
      'Counsel for An Bord Pleanála, Orla Nic Giolla SC, told the court the board had been entitled to rely on its inspector.',
      'The developer will reapply to An Coimisiún Pleanála next year.',
    );
    expect(peopleIn(analysis)).toEqual(['Orla Nic Giolla']);
  });

  it('reads what is left of a firm after a title-like word as no one (BBC style)', () => {
    const analysis = analyseText(
      'Profits up',
      "Yesterday General Motor's results showed its finance unit was strong.",
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('reads "Glen" as a given name once a nationality or a title describes the person', () => {
    const analysis = analyseText(
      'New coach named',
      'He takes over from Australian Glen Fairweather, who left to join a club in Japan.',
      'Hikers crossed Glen Affric on Sunday.',
    );
    expect(peopleIn(analysis)).toContain('Glen Fairweather');
    expect(entityNamed(analysis, 'Glen Affric')?.kind).toBe('place');
  });
});

describe('a Fijian chief cited with the style', () => {
  it('answers to the name with "Ratu" as well as without (Fiji Sun style)', () => {
    const analysis = analyseText(
      'Drua name coach',
      'Fiji Rugby Union chairman Ratu Tevita Nailatikau described the appointment as "a proud moment".',
    );
    expect(entityNamed(analysis, 'Ratu Tevita Nailatikau')?.name).toBe('Tevita Nailatikau');
    expect(analysis.quotes[0]?.speaker).toBe('Tevita Nailatikau');
  });
});

describe('names that are firms, forces and contests', () => {
  it('reads a firm that writes a capital inside its name as a firm (Stabroek News, BBC style)', () => {
    const analysis = analyseText(
      'Oil platform',
      'PetroNova Guyana, the operator of the block, said in response to questions that the work was on time.',
      'OptInRealBig was fined for spam.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(entityNamed(analysis, 'PetroNova Guyana')?.kind).toBe('organisation');
  });

  it('keeps a person whose name runs on in capitals after Mc, De or La', () => {
    const analysis = analyseText(
      'Transfer',
      'DeShawn McAllister, a defender, said he was happy. LaToya Briggs, a nurse, said she would stay.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['DeShawn McAllister', 'LaToya Briggs']));
  });

  it('reads the Irish police after "An" as a body, and a contest named for an office as no one', () => {
    const analysis = analyseText(
      'Garda numbers',
      'A spokesperson for An Garda Síochána said recruitment remained a priority.',
      'Dhami scored 212 runs in the recent Prime Minister Cup and took nine wickets.',
    );
    expect(peopleIn(analysis).filter((name) => /Cup|Síochána|Garda/.test(name))).toEqual([]);
  });
});

describe('a town opening on a Romance article or saint', () => {
  it('reads it as a place after a word that places something (Página Siete style)', () => {
    const analysis = analyseText(
      'Miners trapped',
      'At a press conference in La Paz, the vice minister said the shaft was unsafe. Rescuers came from El Alto.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(entityNamed(analysis, 'La Paz')?.kind).toBe('place');
  });

  it('still reads a forecaster named after the bureau as a person (ABC style)', () => {
    const analysis = analyseText(
      'Cyclone weakens',
      'Bureau of Meteorology senior forecaster Ines Calloway said the system had weakened to a tropical low.',
    );
    expect(entityNamed(analysis, 'Ines Calloway')?.role).toBe('senior forecaster');
  });
});

describe('routes and remits', () => {
  it('reads the ends of a route as places, but not people something passes between (Edmonton Journal style)', () => {
    const analysis = analyseText(
      'LRT delayed',
      'The line will run 14 kilometres from downtown to Carter Meadows in the west end.',
      'Rider Amaka Obi, who commutes from Carter Meadows to the University of Alberta, said she had given up on the timelines.',
      'The chairmanship passed from Tony Blair to Gordon Brown.',
    );
    expect(peopleIn(analysis)).not.toContain('Carter Meadows');
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Amaka Obi', 'Tony Blair']));
    expect(entityNamed(analysis, 'Gordon Brown')?.kind).not.toBe('place');
  });

  it('carries a remit of two words ending on a field plural into the body (Nyasa Times style)', () => {
    const analysis = analyseText(
      'Bus crash',
      'Among the survivors is Thoko Phiri, 23, a student at the Lilongwe University of Business and Applied Sciences, who was sitting at the front.',
      'The MPs on the Office of the Deputy Prime Minister and Constitutional Affairs select committees pressed the minister.',
    );
    expect(peopleIn(analysis)).toEqual(['Thoko Phiri']);
  });
});
