import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a Chinese name written family name first after a title with a portfolio', () => {
  it('keeps the family name after "of Police" (Straits Times style)', () => {
    const analysis = analyseText(
      'Police warn of job scams',
      'More than 300 people lost money to fake job offers in March.',
      'Commissioner of Police Lim Wei Ming said the force would "keep going after the syndicates".',
    );
    expect(peopleIn(analysis)).toContain('Lim Wei Ming');
    expect(peopleIn(analysis)).not.toContain('Wei Ming');
    expect(quoteStartingWith(analysis, 'keep going')?.speaker).toBe('Lim Wei Ming');
    expect(entityNamed(analysis, 'Lim Wei Ming')?.role).toBe('Commissioner of Police');
  });

  it('keeps it after a portfolio of two words (The Star, Malaysia style)', () => {
    const analysis = analyseText(
      'Flood relief centres open',
      'Minister of State for Home Affairs Koh Mei Lan told reporters the centres were "ready for the worst".',
    );
    expect(quoteStartingWith(analysis, 'ready for')?.speaker).toBe('Koh Mei Lan');
  });

  it('keeps it after a public office (South China Morning Post style)', () => {
    const analysis = analyseText(
      'Fraud case adjourned',
      'The case was adjourned until June.',
      'Director of Public Prosecutions Wong Ka Fai said the evidence was "overwhelming".',
    );
    expect(quoteStartingWith(analysis, 'overwhelming')?.speaker).toBe('Wong Ka Fai');
  });

  it('leaves a given name written first and a Malaysian honour as they were', () => {
    const analysis = analyseText(
      'Port expansion approved',
      'Commissioner of Police Mark Tan said the port would need "more officers, not fewer".',
      'Tan Sri Lee Kah Choon said the berth would open in March.',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Mark Tan', 'Lee Kah Choon']));
    expect(quoteStartingWith(analysis, 'more officers')?.speaker).toBe('Mark Tan');
  });

  it('gives "Mr Tan" to the man named before, not to a Tan introduced later (TODAY style)', () => {
    const analysis = analyseText(
      'Scam mule jailed',
      "The accused's lawyer, Mr Daniel Tan Wei Jie, asked for a shorter sentence.",
      '"He did not plan any of this," Mr Tan said.',
      'Assistant Commissioner of Police Tan Mei Hua said the force would "not let up".',
    );
    expect(quoteStartingWith(analysis, 'He did not plan')?.speaker).toBe('Daniel Tan Wei Jie');
    expect(quoteStartingWith(analysis, 'not let up')?.speaker).toBe('Tan Mei Hua');
  });
});
