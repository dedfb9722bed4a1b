import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a person named once, then referred to by a descriptor', () => {
  it('reads "the Portuguese coach" as the one coach named, though the story never gave his nationality (SuperSport style)', () => {
    const analysis = analyseText(
      'Cup exit',
      'Orlando Pirates coach Jorge Almeida said his side had thrown the tie away in Soweto on Saturday.',
      'Almeida was furious with his defenders.',
      '"We gave them two goals. That is not football," the Portuguese coach said.',
    );
    expect(quoteStartingWith(analysis, 'We gave them two goals')?.speaker).toBe('Jorge Almeida');
  });

  it('does not give "the Brazilian minister" to a minister the story placed in another country', () => {
    const analysis = analyseText(
      'Trade talks',
      'Argentina’s economy minister Lucas Ferrero met officials in Geneva on Monday, Ferrero told reporters.',
      '"There will be no deal this year," the Brazilian minister said.',
    );
    expect(quoteStartingWith(analysis, 'There will be no deal this year')?.speaker).toBeNull();
  });

  it('reads "the Sinn Féin deputy" as the TD just named (Irish Times style)', () => {
    const analysis = analyseText(
      'Trolley figures',
      'Cork TD Áine Ní Mhurchú raised the figures in the Dáil on Tuesday.',
      '"This is a year-round crisis," the Sinn Féin deputy said.',
    );
    expect(quoteStartingWith(analysis, 'This is a year-round crisis')?.speaker).toBe('Áine Ní Mhurchú');
  });

  it('reads "the half-back" as the player the report follows when no one was given the position (GAA style)', () => {
    const analysis = analyseText(
      'Late point',
      'A point from Cathal Brennan in stoppage time won the final for Ballygunner.',
      'Brennan, 22, had started on the bench. He finished with two points from play.',
      '"I just hit it and hoped," the half-back said afterwards.',
      'Ballygunner manager Darragh Foley said the squad had earned it.',
    );
    expect(quoteStartingWith(analysis, 'I just hit it and hoped')?.speaker).toBe('Cathal Brennan');
  });

  it('does not give "the defender" to the manager just quoted', () => {
    const analysis = analyseText(
      'Derby',
      'Arsenal manager Tom Reilly praised his side after the derby win, Reilly told reporters.',
      '"It is more bitter now," the defender said.',
    );
    expect(quoteStartingWith(analysis, 'It is more bitter now')?.speaker).toBeNull();
  });

  it('reads a surname alone as the namesake already introduced, not one the story names later', () => {
    const analysis = analyseText(
      'County final',
      'A late point from Seán Ó Briain won the title for Kilmallock.',
      'Ó Briain, 21, had been named on the bench. He came on after 44 minutes.',
      '"The lads did all the hard work," the corner-forward said.',
      'Kilmallock manager Tomás Ó Briain — the match-winner’s uncle — said he had agonised over the team.',
    );
    expect(quoteStartingWith(analysis, 'The lads did all the hard work')?.speaker).toBe('Seán Ó Briain');
  });
});
