import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('examiners quoted as a group, in a story about the body they examine for', () => {
  it('speak for an inspectorate (The Herald style)', () => {
    const analysis = analyseText(
      'Nursing home report',
      'A report by the Care Inspectorate found residents were left in bed for most of the day.',
      'Inspectors said staff were "doing their best with far too few hands" but identified nine breaches of regulations.',
    );
    expect(quoteStartingWith(analysis, 'doing their best')?.speaker).toBe('Care Inspectorate');
  });

  it('speak for an audit office (Canberra Times style)', () => {
    const analysis = analyseText(
      'Defence contract overrun',
      'The Australian National Audit Office has examined the frigate programme.',
      'The auditors said the department had "no reliable estimate" of the final cost.',
    );
    expect(quoteStartingWith(analysis, 'no reliable estimate')?.speaker).toBe(
      'Australian National Audit Office',
    );
  });

  it('speak for an investigation bureau (Straits Times style)', () => {
    const analysis = analyseText(
      'Crash findings',
      'The Transport Safety Investigation Bureau released its interim findings on Monday.',
      'Investigators said the crew had "very little time to react" once the warning sounded.',
    );
    expect(quoteStartingWith(analysis, 'very little time')?.speaker).toBe(
      'Transport Safety Investigation Bureau',
    );
  });

  it('stay unnamed when no body of their calling is named', () => {
    const analysis = analyseText(
      'Factory fire',
      'The fire at the Mill Road works was brought under control overnight, Acme Plastics said.',
      'Investigators said the blaze was "almost certainly accidental".',
    );
    expect(quoteStartingWith(analysis, 'almost certainly accidental')?.speaker).toBeNull();
  });

  it('stay unnamed when two bodies of their calling are named', () => {
    const analysis = analyseText(
      'Prison conditions',
      'Reports by the Prisons Inspectorate and the Probation Inspectorate were published together.',
      'Inspectors said cells were "cramped, dirty and cold".',
    );
    expect(quoteStartingWith(analysis, 'cramped, dirty')?.speaker).toBeNull();
  });
});
