import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a job taken up, written by its initials or dated by a season', () => {
  it('gives "who took over as GM" its office (TSN style)', () => {
    const analysis = analyseText(
      'Oilers fire coach after slow start',
      '"We were not good enough, and that is on me too," said Marc Dufresne, who took over as GM in the summer of 2023.',
    );
    expect(entityNamed(analysis, 'Marc Dufresne')?.role).toBe('GM');
  });

  it('leaves the season out of a job taken up (Globe and Mail style)', () => {
    const analysis = analyseText(
      'Board names new chief',
      'Priya Natarajan, who became chief executive in the spring of 2021, said the plan was sound.',
    );
    expect(entityNamed(analysis, 'Priya Natarajan')?.role).toBe('chief executive');
  });

  it('does not make the carmaker a job before its boss', () => {
    const analysis = analyseText(
      'Carmaker cuts jobs',
      'GM said sales fell. GM boss Rick Wagoner said the plant would close.',
    );
    expect(entityNamed(analysis, 'GM')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Rick Wagoner')?.role).toBe('GM boss');
  });
});
