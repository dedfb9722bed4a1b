import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('a subject set off by a party label, a participle or the head noun it names', () => {
  it('reads past a party label in brackets before a participle appositive (Estadão style)', () => {
    expect(
      speakerOf(
        'If we change a comma',
        'Tax specialist Laura Karam said the bill was flawed.',
        'Senator Marina Lopes Carvalho (MDB-PE), expected to be named rapporteur, said she intended to keep the text as it is.',
        '"If we change a comma, it goes back," she said.',
      ),
    ).toBe('Marina Lopes Carvalho');
  });

  it('reads past a party label before an appositive with an article (Hansard-style report)', () => {
    expect(
      speakerOf(
        'They have questions',
        'Labour MP Ann Price said the cuts were wrong.',
        'Helen Ward (Con), the chair of the committee, said she would call ministers back.',
        '"They have questions to answer," she said.',
      ),
    ).toBe('Helen Ward');
  });

  it('reads a party label then "elected in 2019" set off after a name as describing it (Dawn style)', () => {
    expect(
      speakerOf(
        'We were never consulted',
        'Provincial minister Sara Qureshi said the plan was final.',
        'Tariq Mehmood (PTI), elected in 2019 on a local ticket, said he would oppose it.',
        '"We were never consulted," he said.',
      ),
    ).toBe('Tariq Mehmood');
  });

  it('gives "he said" to the namesake set off after "Her namesake on the council" (Northern Star style)', () => {
    expect(
      speakerOf(
        'Nobody on this side',
        '"We own land we don\'t use," Cr Darlene Cook told the meeting.',
        'Her namesake on the council, Cr Matthew Cook, who is not related to her, supported the motion.',
        '"Nobody on this side is happy about it," he said.',
      ),
    ).toBe('Matthew Cook');
  });

  it('gives "she said" to the captain set off after "The club’s captain" (Irish Times style)', () => {
    expect(
      speakerOf(
        'We owed the supporters',
        'Manager Declan Reilly praised his defence. Full-back Sean Doyle was booked.',
        "The club's captain, Aoife Brennan, lifted the trophy in front of the home stand.",
        '"We owed the supporters that," she said.',
      ),
    ).toBe('Aoife Brennan');
  });

  it('leaves the owner of a relation noun that is not set off as no subject ("His lawyer said")', () => {
    expect(
      speakerOf(
        'He will appeal',
        'Footballer Kevin Marsh was banned for six matches.',
        'His lawyer Sarah Long called the ban harsh.',
        '"He will appeal," she said.',
      ),
    ).toBe('Sarah Long');
  });
});
