import { describe, expect, it } from 'vitest';
import { analyseText, peopleIn, roleIn } from './build-article.js';

describe('jobs English builds from two words', () => {
  it('reads a job joined to -man, -woman or -person before a name (Herald Sun style)', () => {
    expect(
      roleIn('Tom Whitford', 'Geelong ruckman Tom Whitford will miss the season after knee surgery.'),
    ).toBe('Geelong ruckman');
    expect(roleIn('Andy Davis', 'Veteran linesman Andy Davis said he had not seen the handball.')).toContain(
      'linesman',
    );
    expect(
      roleIn('Rhona Keir', 'Council chairperson Rhona Keir said the budget would be set in March.'),
    ).toContain('chairperson');
  });

  it('reads it in an appositive too (The Age style)', () => {
    expect(roleIn('Tom Whitford', 'Tom Whitford, the club’s ruckman, said he was shattered.')).toContain(
      'ruckman',
    );
    expect(roleIn('Kai Brennan', 'Kai Brennan, a BBC cameraman, was hurt in the blast.')).toContain(
      'cameraman',
    );
  });

  it('prefers that job to a family tie told beside it (Geelong Advertiser style)', () => {
    expect(
      roleIn(
        'Lachlan Whitford',
        'The injury leaves the club short, with veteran ruckman Lachlan Whitford, Tom’s older brother, turning 31 in January.',
      ),
    ).toBe('veteran ruckman');
  });

  it('does not read surnames or given names with the same ending as jobs (The Star, Malaysia style)', () => {
    const story = analyseText(
      'Reef bleaching spreads',
      '"We did not expect to see this much bleaching," said marine biologist Mohd Faizal bin Rahman.',
      'Fatima Salman Al Sayed, who runs a dive school, said bookings had halved.',
    );
    expect(peopleIn(story)).toEqual(
      expect.arrayContaining(['Mohd Faizal bin Rahman', 'Fatima Salman Al Sayed']),
    );
    expect(roleIn('Sarah Newman', 'Sarah Newman said the ferry had been cancelled twice.')).toBeNull();
  });

  it('keeps a field of two words whole before the job (Zambia Daily Mail, Nation styles)', () => {
    expect(
      roleIn(
        'Chola Mwansa',
        'Lusaka City Council public relations manager Chola Mwansa said the council had zero tolerance for corruption.',
      ),
    ).toContain('public relations manager');
    expect(
      roleIn(
        'Grace Otieno',
        'Kenya Power human resources director Grace Otieno said staff would be redeployed.',
      ),
    ).toContain('human resources director');
    expect(
      roleIn(
        'Tariq Aziz',
        'Airline customer service manager Tariq Aziz said refunds would be paid within a week.',
      ),
    ).toContain('customer service manager');
  });

  it('stops at a verb before the field (Reuters style)', () => {
    const role = roleIn(
      'Ines Ferraz',
      'The bank told public relations manager Ines Ferraz to answer the questions.',
    );
    expect(role ?? '').not.toMatch(/^told/);
  });
});
