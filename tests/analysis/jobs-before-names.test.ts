import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a lower-case job or position straight before a name makes it a person', () => {
  it('finds the bowlers a cricket report names by their kind of bowling (The Hindu style)', () => {
    const analysis = analyseText(
      'Kerala take first-innings lead',
      'Mehta reached his century with a cut off left-arm spinner Jalaj Pandharkar before lunch.',
      'Assam were bowled out for 188 as seamer Nidhish Raghavan took four for 41, and pacer Basil Thampi added two.',
    );
    expect(entityNamed(analysis, 'Jalaj Pandharkar')?.role).toBe('left-arm spinner');
    expect(entityNamed(analysis, 'Nidhish Raghavan')?.role).toBe('seamer');
    expect(entityNamed(analysis, 'Basil Thampi')?.role).toBe('pacer');
  });

  it('reads a profession by its ending before an unfamiliar name (Mint style)', () => {
    const analysis = analyseText(
      'Rupee slides past 86',
      'Importers rushed to cover their positions, according to economist Radhika Venkataraman.',
    );
    expect(peopleIn(analysis)).toContain('Radhika Venkataraman');
  });

  it('takes "District Collector" as the title of the official who runs an Indian district (Deccan Herald style)', () => {
    const analysis = analyseText(
      'Tanker water capped as wells run dry',
      'District Collector Girish Nadiger warned suppliers against "profiteering from a shortage" and said rates would be fixed.',
    );
    expect(entityNamed(analysis, 'Girish Nadiger')?.role).toBe('District Collector');
    expect(quoteStartingWith(analysis, 'profiteering')?.speaker).toBe('Girish Nadiger');
  });

  it('leaves a collector of things and a season opener alone', () => {
    const analysis = analyseText(
      'Sale of coins draws crowds',
      'The coins were bought by a private collector in Geneva. The season opener Brighton hosted drew 30,000.',
    );
    expect(peopleIn(analysis)).not.toContain('Geneva');
    expect(peopleIn(analysis)).not.toContain('Brighton');
  });
});
