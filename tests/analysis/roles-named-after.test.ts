import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a job named first and its holder named after it', () => {
  it('gives the job to the person introduced in the next paragraph, where they speak', () => {
    const analysis = analyseText(
      'Rovers confirm plans for new training ground',
      '"We have outgrown this place," the club\'s managing director told the Gazette.',
      'Priya Nandakumar, who joined Rovers from the county cricket board in 2022, said the site would open in 2028.',
    );
    expect(entityNamed(analysis, 'Priya Nandakumar')?.role).toContain('managing director');
  });

  it('reads a job with its complement and a bracketed specialism, and an indefinite job that speaks', () => {
    const analysis = analyseText(
      'Reservoir works delayed again',
      'The head of procurement at the water board said the contract would be re-tendered. Colm Fitzgerald, who has worked on the scheme since 2019, said bids would close in March.',
      'The board\'s senior hydrologist (groundwater) defended the delay. "We only get one chance to seal the dam," said Ines Ferreira, who has mapped the aquifer for a decade.',
      'An economist at the agricultural college, who tracks water prices, said the levy was fair. Tomasz Wrona, who has studied irrigation for two decades, said farmers would adapt.',
    );
    expect(entityNamed(analysis, 'Colm Fitzgerald')?.role).toContain(
      'head of procurement at the water board',
    );
    expect(entityNamed(analysis, 'Ines Ferreira')?.role).toContain('senior hydrologist');
    expect(entityNamed(analysis, 'Tomasz Wrona')?.role).toContain('economist at the agricultural college');
  });

  it('leaves a job that refers back to someone already named, or that the job itself talks about', () => {
    const analysis = analyseText(
      'Party leader defends spending plans',
      'At a rally in Leeds, Mr Whitcombe insisted the figures added up.',
      'The opposition leader said the plans were costed. Fiona Mallory, who chairs the Treasury committee, said they were not.',
      'The health secretary said Daniel Osei would review the plans.',
    );
    expect(entityNamed(analysis, 'Fiona Mallory')?.role ?? '').not.toContain('opposition leader');
    expect(entityNamed(analysis, 'Daniel Osei')?.role ?? null).toBeNull();
  });

  it('leaves a job someone named before already holds', () => {
    const analysis = analyseText(
      'Minister opens bypass',
      'Transport Minister Alan Ruddock opened the bypass on Friday.',
      'The minister said it would cut journey times by 20 minutes. Sally Okoro, who lives beside the new road, said she had not slept since it opened.',
    );
    expect(entityNamed(analysis, 'Sally Okoro')?.role ?? '').not.toContain('minister');
  });

  it('does not give an indefinite job that does not speak to the next person named', () => {
    const analysis = analyseText(
      'Singer shot outside studio',
      'A member of the band\'s road crew was shot outside the studio on Sunday. Lena Marsh, who has toured with the band since 2015, said she was "shocked".',
    );
    expect(entityNamed(analysis, 'Lena Marsh')?.role ?? '').not.toContain('member');
  });

  it('gives the job to a holder named with a rank kept as a courtesy or a job left behind', () => {
    const analysis = analyseText(
      'New tugs for the harbour',
      "The port company's general manager, who took charge in June, said the tugs would arrive in spring.",
      '"We cannot berth a ship without them," said Captain Aroha Tane, a former navy officer.',
    );
    expect(entityNamed(analysis, 'Aroha Tane')?.role).toContain('general manager');
  });

  it('reads the job after its speech verb, after an adverb, or after "Its"', () => {
    const analysis = analyseText(
      'Dockers vote to strike',
      '"We will not be bullied," said the union\'s general secretary.',
      'Siosaia Fifita, who was elected in 2021, said the ballot was clear.',
      "The port authority's chief executive later said talks would resume.",
      'Mereana Hohaia, who has worked at the port since 1998, said the authority wanted a deal.',
      'Its operations director said the berths would stay open. Lotu Taufa, who trained in Auckland, said ships were waiting.',
    );
    expect(entityNamed(analysis, 'Siosaia Fifita')?.role).toContain('general secretary');
    expect(entityNamed(analysis, 'Mereana Hohaia')?.role).toContain('chief executive');
    expect(entityNamed(analysis, 'Lotu Taufa')?.role).toBe('operations director');
  });

  it('gives the job to a holder the next paragraph cites by "according to"', () => {
    const analysis = analyseText(
      'Bus fares frozen',
      "The transport authority's finance director said the freeze would cost £4m.",
      'According to Sarah Nakato, who joined the authority in 2020, the money will come from reserves.',
    );
    expect(entityNamed(analysis, 'Sarah Nakato')?.role).toContain('finance director');
  });
});
