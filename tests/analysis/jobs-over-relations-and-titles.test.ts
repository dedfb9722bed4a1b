import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, roleIn } from './build-article.js';

describe('the job someone holds over how they stand to others', () => {
  it('prefers what someone does for a living to a family tie or a neighbour (Tulsa World style)', () => {
    expect(
      roleIn(
        'Diego Ramos-Ortiz',
        'Her son, Diego Ramos-Ortiz, who manages the family’s tire shop on Peoria Avenue, said business had halved.',
      ),
    ).toContain('manages the family’s tire shop');
    expect(
      roleIn(
        'Imtiaz Qureshi',
        'His neighbour, Imtiaz Qureshi, who owns a pharmacy on the same road, said he would appeal.',
      ),
    ).toContain('owns a pharmacy');
  });

  it('keeps the relation when the clause only tells a service to one person (Gulf News style)', () => {
    expect(
      roleIn(
        'Khalid Al-Mansouri',
        'His cousin, Khalid Al-Mansouri, who drives him to the clinic, said the wait was long.',
      ),
    ).toBe('cousin');
  });

  it('reads a job kept or left from now on after a relative clause (Wall Street Journal style)', () => {
    expect(
      roleIn(
        'Harold Brink',
        'Her uncle, Harold Brink, who ran the mill for 40 years, will step down as chairman when the sale closes.',
      ),
    ).toBe('chairman');
    expect(
      roleIn(
        'Doris Vane',
        'Doris Vane, who founded the firm in 1988, will stay on as president of its US arm.',
      ),
    ).toBe('president of its US arm');
  });

  it('takes the office set off before a titled name, not the form of address (The Herald, Harare, style)', () => {
    expect(
      roleIn(
        'Tendai Moyo',
        "Addressing residents on Friday, the town's Mayor, Councillor Tendai Moyo, said repairs would start soon.",
      ),
    ).toContain('Mayor');
    expect(
      roleIn(
        'Kwame Asante',
        'The officer, Deputy Chief Fire Officer Kwame Asante, said the hydrants were dry.',
      ),
    ).toContain('Deputy Chief Fire Officer');
    expect(roleIn('Harry', "The King's grandson, Prince Harry, visited the ward on Monday.")).toBe('Prince');
  });

  it('gives the job told before a successor to the successor, not the one succeeded (RTÉ Sport style)', () => {
    const analysis = analyseText(
      'Club final',
      'The Na Fianna manager had promised a fast start.',
      '"We got exactly that," Ciarán Kilkenny\'s successor on the line, Dessie Farrell, said afterwards.',
      'Farrell, a two-time county winner as a player, is in his second season in charge.',
    );
    expect(entityNamed(analysis, 'Dessie Farrell')?.role).toContain('manager');
    expect(entityNamed(analysis, 'Ciarán Kilkenny')?.role ?? null).toBeNull();
  });

  it('does not take the next speaker after "critics say" for one of the critics (BBC style)', () => {
    expect(
      roleIn(
        'Alan Whitlow',
        'Critics fear the bill could close rural post offices. Alan Whitlow said he would meet their concerns.',
      ),
    ).toBeNull();
  });
});
