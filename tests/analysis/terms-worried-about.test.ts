import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a short quoted term as what people are worried about', () => {
  it('is not speech: "members were worried about \'bill shock\'" (Kamloops This Week style)', () => {
    const analysis = analyseText(
      'Water meters',
      'The Penticton Seniors Society said in a submission that many members were worried about "bill shock" and asked for a phase-in.',
    );
    expect(quoteStartingWith(analysis, 'bill shock')).toBeUndefined();
  });

  it('is not speech after "concerns over" either (Guardian style)', () => {
    const analysis = analyseText(
      'Rents',
      'Tenant groups said there were growing concerns over "renovictions" in the city.',
    );
    expect(quoteStartingWith(analysis, 'renovictions')).toBeUndefined();
  });

  it('still counts a longer fragment someone said they were worried about (Times style)', () => {
    const analysis = analyseText(
      'Banks',
      'Investor Tom Reid said he was worried about "a collapse in confidence across the whole sector".',
    );
    expect(quoteStartingWith(analysis, 'a collapse in confidence')?.speaker).toBe('Tom Reid');
  });
});
