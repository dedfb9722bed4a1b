import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('a place named after a compass point in lower case', () => {
  it('reads "northern X", "south-eastern X" and "central X" as places (Andina, Kyiv Independent, VnExpress style)', () => {
    const analysis = analyseText(
      'Extortion and shelling',
      'Attacks on bus firms in Chiclayo and northern Piura more than doubled this year.',
      'Shelling hit south-eastern Nikopol overnight, and floods in central Quang Ngai killed 12.',
    );
    expect(peopleIn(analysis)).toEqual([]);
    for (const place of ['Piura', 'Nikopol', 'Quang Ngai'])
      expect(entityNamed(analysis, place)?.kind).toBe('place');
  });

  it('leaves a people, a faith and a person after a compass point alone', () => {
    const analysis = analyseText(
      'Church vote',
      'The southern Baptist congregation and a northern Italian choir sang for the western Kenyan runner Mary Keitany.',
    );
    expect(entityNamed(analysis, 'Baptist')).toBeUndefined();
    expect(entityNamed(analysis, 'Italian')).toBeUndefined();
    expect(peopleIn(analysis)).toEqual(['Mary Keitany']);
  });
});
