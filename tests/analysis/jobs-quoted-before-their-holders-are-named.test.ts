import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('a job quoted a paragraph before its holder is named', () => {
  it('finds the holder when the next paragraph gives the job as initials before the name (Reuters style)', () => {
    expect(
      speakerOf(
        'We had no other way',
        'Harbour Ferries filed for bankruptcy protection on Monday.',
        'The operator’s chief financial officer said the filing protected wages. "We had no other way to keep the boats running," the officer said.',
        'CFO Margit Lindqvist, who joined the company in 2019, said talks with lenders would continue.',
      ),
    ).toBe('Margit Lindqvist');
  });

  it('finds the holder when the next paragraph opens on the job as a capitalised title (AP style)', () => {
    expect(
      speakerOf(
        'The roof was never inspected',
        'The school board met on Tuesday night.',
        'The district’s superintendent said repairs would start in spring. "The roof was never inspected," the superintendent said.',
        'Superintendent Dolores Whitfield said the board would pay for the work from reserves.',
      ),
    ).toBe('Dolores Whitfield');
  });

  it('sees through a full title set off between the description and the name (Hindustan Times style)', () => {
    expect(
      speakerOf(
        'Most of the callers were students',
        'A senior officer of the traffic police said the scam ran for months. "Most of the callers were students," the officer said.',
        'The officer, Superintendent of Police (Traffic) Meena Raghavan, said three men had been detained.',
      ),
    ).toBe('Meena Raghavan');
  });

  it('follows a job that acted before it spoke to its holder named in apposition next (Le Matin style)', () => {
    expect(
      speakerOf(
        'unsafe',
        'The council’s deputy mayor for transport presented the budget. She said the old bridge was "unsafe" for lorries.',
        '"We cannot wait another winter," said the deputy mayor, Ingrid Halvorsen.',
      ),
    ).toBe('Ingrid Halvorsen');
  });

  it('leaves the job unnamed when the next paragraph opens on someone with a different title', () => {
    expect(
      speakerOf(
        'We had no other way',
        'The operator’s chief financial officer said the filing protected wages. "We had no other way to keep the boats running," the officer said.',
        'Mayor Tomas Berg said the town would miss the ferries.',
      ),
    ).toBeNull();
  });

  it('leaves the job unnamed when the title set off after it is a place, not an office', () => {
    expect(
      speakerOf(
        'Most of the callers were students',
        'A senior officer of the traffic police said the scam ran for months. "Most of the callers were students," the officer said.',
        'The city, New Town East, saw three men detained, Meena Raghavan said.',
      ),
    ).toBeNull();
  });
});
