import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"the value added" and "the money promised" are no speakers', () => {
  it('keeps "He noted that … the value added … remains \'thin\'" with the economist (Ahram Online style)', () => {
    const analysis = analyseText(
      'Garment exports climb',
      'Economist Tarek Mansour said much of the growth reflected the weaker pound. He noted that most of the fabric is still imported, so that the value added in Egypt remains "stubbornly thin".',
    );
    expect(quoteStartingWith(analysis, 'stubbornly thin')?.speaker).toBe('Tarek Mansour');
  });

  it('reads "the value added remains" and "the money promised was" as a noun and its participle (Business Day style)', () => {
    const added = analyseText(
      'Mining output slips',
      'Analyst Lerato Khumalo said the sector was shrinking. She said that the value added remains "worryingly low".',
    );
    expect(quoteStartingWith(added, 'worryingly low')?.speaker).toBe('Lerato Khumalo');
    const promised = analyseText(
      'Clinic still unbuilt',
      'Councillor Sipho Ndlovu said the money promised was "never more than a press release".',
    );
    expect(quoteStartingWith(promised, 'never more than')?.speaker).toBe('Sipho Ndlovu');
  });

  it('keeps a verb set off by commas: "His statements, the lawsuit added, were \'false\'" (AP style)', () => {
    const analysis = analyseText(
      'Sprinter sues coach',
      'The lawsuit said the sprinter had passed a lie detector test. The coach\'s statements, the lawsuit added, were "false and malicious".',
    );
    expect(quoteStartingWith(analysis, 'false and malicious')).toBeDefined();
  });
});
