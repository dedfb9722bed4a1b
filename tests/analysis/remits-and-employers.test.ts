import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a department whose remit names two fields', () => {
  it('keeps a two-word second field in the body that speaks (Star Tribune style)', () => {
    const analysis = analyseText(
      'Plant closure leaves 300 jobs in limbo',
      'The Minnesota Department of Employment and Economic Development said it had "no advance notice" of the closure.',
    );
    expect(quoteStartingWith(analysis, 'no advance notice')?.speaker).toBe(
      'Minnesota Department of Employment and Economic Development',
    );
    expect(entityNamed(analysis, 'Development')).toBeUndefined();
  });

  it('does not run a title into the next body ("Office of the Prime Minister and Cabinet Affairs")', () => {
    const analysis = analyseText(
      'Committee presses officials',
      'MPs on the Office of the Deputy Prime Minister and Cabinet Affairs committees pressed officials on the plan.',
    );
    expect(peopleIn(analysis)).not.toContain('and Cabinet Affairs');
    expect(peopleIn(analysis).some((name) => name.includes('Cabinet'))).toBe(false);
  });
});

describe('a job word that is also a publication before a name', () => {
  it('ends the name before "of" and where the person works (Ahram Online style)', () => {
    const analysis = analyseText(
      'Tourism receipts climb',
      'Economist Nadia Fahmy of the Giza-based research house Delta Insight said the gains were "fragile at best".',
    );
    expect(peopleIn(analysis)).toContain('Nadia Fahmy');
    expect(quoteStartingWith(analysis, 'fragile at best')?.speaker).toBe('Nadia Fahmy');
  });
});

describe('a person named with the body they belong to', () => {
  it('speaks for themself when the firm ends on its legal form (Reuters style)', () => {
    const analysis = analyseText(
      'Jury sides with battery maker',
      'Lead counsel for the plaintiff, Maria Okonjo of Farrow Lindqvist LLP, told reporters the verdict was "a complete vindication".',
    );
    expect(quoteStartingWith(analysis, 'a complete vindication')?.speaker).toBe('Maria Okonjo');
    expect(entityNamed(analysis, 'Farrow Lindqvist LLP')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'LLP')).toBeUndefined();
  });

  it('keeps a party named for its country after a hyphen whole (Dawn style)', () => {
    const analysis = analyseText(
      'Opposition walks out over bill',
      'Pakistan’s provincial assemblies met on Monday.',
      'Senator Farah Naqvi of the Awami Workers Party-Pakistan (AWP-P) called the bill "an assault on the constitution" and walked out.',
    );
    expect(quoteStartingWith(analysis, 'an assault on the constitution')?.speaker).toBe('Farah Naqvi');
    expect(entityNamed(analysis, 'Awami Workers Party-Pakistan')?.kind).toBe('organisation');
  });
});
