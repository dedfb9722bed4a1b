import { describe, expect, it } from 'vitest';
import { analyseText, organisationsIn, quoteStartingWith } from './build-article.js';

describe('a national department named by a list of fields and its country', () => {
  it('reads "Housing, Infrastructure and Communities Canada" whole, never the country, as the speaker (Winnipeg Free Press style)', () => {
    const analysis = analyseText(
      'Sewage plant bill climbs',
      'In an emailed statement, Housing, Infrastructure and Communities Canada said it "remains a committed partner" in the project.',
    );
    expect(organisationsIn(analysis)).toContain('Housing, Infrastructure and Communities Canada');
    expect(quoteStartingWith(analysis, 'remains a committed partner')?.speaker).toBe(
      'Housing, Infrastructure and Communities Canada',
    );
  });

  it('takes in a last field of two words, and a department named by one (CBC style)', () => {
    const analysis = analyseText(
      'Plant closure reviewed',
      'Immigration, Refugees and Citizenship Canada said processing would "resume shortly".',
      'Global Affairs Canada said it was "aware" of the detention.',
    );
    expect(quoteStartingWith(analysis, 'resume shortly')?.speaker).toBe(
      'Immigration, Refugees and Citizenship Canada',
    );
    expect(quoteStartingWith(analysis, 'aware')?.speaker).toBe('Global Affairs Canada');
  });

  it('keeps two bodies apart when the list ends another name (BBC Sport style)', () => {
    const analysis = analyseText(
      'Athletics review',
      'It was commissioned by UK Sport and Sport England, which wanted change at the top.',
    );
    expect(organisationsIn(analysis)).toContain('Sport England');
    expect(organisationsIn(analysis)).not.toContain('Sport and Sport England');
  });
});

describe('a body whose appositive tells its kind, later called by that kind', () => {
  it('gives "a spokesperson for the department" to the department so described (Windsor Star style)', () => {
    const analysis = analyseText(
      'Foundry to cut 340 jobs',
      'Innovation, Science and Economic Development Canada, the department led by the industry minister, said it was reviewing the funding.',
      '"Public money came with job commitments," a spokesperson for the department said.',
    );
    expect(quoteStartingWith(analysis, 'Public money')?.speaker).toBe(
      'Innovation, Science and Economic Development Canada',
    );
  });

  it('leaves "the department" unattributed when no body was called one (Toronto Star style)', () => {
    const analysis = analyseText(
      'Transit fares rise',
      'Metrolinx, which runs the regional network, said fares would rise in April.',
      '"We have held prices for three years," a spokesperson for the department said.',
    );
    expect(quoteStartingWith(analysis, 'We have held prices')?.speaker).not.toBe('Metrolinx');
  });
});

describe('a body whose kind is written before its name, later called by that kind', () => {
  it('gives "the agency said" to the agency so introduced (BNamericas style)', () => {
    const analysis = analyseText(
      'Lithium award delayed',
      "Chile's production development agency Corfo has postponed the award of a lithium contract.",
      'The award will now take place in March, Corfo said on Wednesday. The agency said it needed time to "review the observations received".',
    );
    expect(quoteStartingWith(analysis, 'review the observations')?.speaker).toBe('Corfo');
  });

  it('leaves "the company" to the business the story follows, not the first one called a company (Globes style)', () => {
    const analysis = analyseText(
      'Chip group to buy start-up',
      'Haifa-based photonics company Lumenix Technologies has agreed to be acquired by US group Aldera Systems.',
      'Aldera Systems, based in San Jose, makes networking chips. In a statement, the company said the deal "will sit at the heart of our next generation".',
    );
    expect(quoteStartingWith(analysis, 'will sit at the heart')?.speaker).toBe('Aldera Systems');
  });
});
