import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, organisationsIn, peopleIn } from './build-article.js';

describe('an office named for the post that heads it', () => {
  it("reads a sheriff's office, a magistrate's court and an ombudsman's office as bodies (Post and Courier, Times of Zambia style)", () => {
    const analysis = analyseText(
      'Deputy cleared',
      "A spokesman for the Berkeley County Sheriff's Office said the deputy remained on leave.",
      "THE Ndola Magistrate's Court on Monday adjourned the case.",
      "The Ombudsman's Office said in a statement that it had sent a delegation to the mine.",
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(organisationsIn(analysis)).toEqual(
      expect.arrayContaining([
        "Berkeley County Sheriff's Office",
        "Ndola Magistrate's Court",
        "Ombudsman's Office",
      ]),
    );
  });

  it('reads the offices of a prime minister and a prosecutor as bodies that speak (BBC, AP style)', () => {
    const analysis = analyseText(
      'Visit called off',
      'The Prime Minister\'s Office said the visit would not go ahead. "The timing is wrong," it said.',
      "The US Attorney's Office declined to comment.",
    );
    expect(entityNamed(analysis, "Prime Minister's Office")?.kind).toBe('organisation');
    expect(entityNamed(analysis, "US Attorney's Office")?.kind).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it("keeps a named holder's office as the person's, not a body", () => {
    const analysis = analyseText(
      'Statement',
      "Governor Kathy Hochul's Office said the bill would be signed.",
    );
    expect(peopleIn(analysis)).toEqual(['Kathy Hochul']);
    expect(organisationsIn(analysis)).not.toContain("Governor Kathy Hochul's Office");
  });
});

describe('a body described after its name', () => {
  it('reads a name set off by "a group of" or "a group set up by" as a body (Buffalo News style)', () => {
    const analysis = analyseText(
      'Lawsuit filed',
      'The suit was brought by Elmwood Neighbours United, a group of about 40 homeowners.',
      'The petition was organised by Keep Harlow Green, a group formed by parents in the summer.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    expect(entityNamed(analysis, 'Elmwood Neighbours United')?.kind).toBe('organisation');
    // A campaign is named for what it asks: the verb is part of its name.
    expect(entityNamed(analysis, 'Keep Harlow Green')?.kind).toBe('organisation');
  });

  it('keeps a person described as a friend of someone, and a body named after a sentence adverb', () => {
    const analysis = analyseText(
      'Backing',
      'He was backed by Jane Porter, a friend of the family.',
      'Separately, the Bank of England said that consumer credit rose in December.',
    );
    expect(peopleIn(analysis)).toEqual(['Jane Porter']);
    expect(organisationsIn(analysis)).toEqual(['Bank of England']);
  });
});

describe("a supporters' group named 'Friends of'", () => {
  it('reads "the Friends of X" as a body, and a person\'s friends as no body (Buffalo News style)', () => {
    const analysis = analyseText(
      'Park trees',
      'The Friends of Hartley Park said in a statement that the trees should stay.',
      'Friends of Maria Lopez said she had been kind to everyone.',
    );
    expect(organisationsIn(analysis)).toEqual(['Friends of Hartley Park']);
    expect(peopleIn(analysis)).toEqual(['Maria Lopez']);
  });
});
