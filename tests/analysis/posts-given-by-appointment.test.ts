import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('the post a person is appointed to is their role', () => {
  it('prefers the post given now to a position played before (Rugby Pass style)', () => {
    expect(
      roleIn(
        'Sione Havili',
        'Moana Pasifika have appointed former Tonga flanker Sione Havili as head coach on a two-year deal.',
      ),
    ).toBe('head coach');
  });

  it('reads the post without when it starts or whom it replaces (Yorkshire Post and Reuters styles)', () => {
    expect(roleIn('Gary Monk', 'Barnsley named Gary Monk as manager until the end of the season.')).toBe(
      'manager',
    );
    expect(
      roleIn('Priya Nair', 'The board appointed Priya Nair as its new chief executive, replacing Tom Doyle.'),
    ).toBe('chief executive');
  });

  it('leaves a post that is not a job alone', () => {
    expect(
      roleIn('Maria Soto', 'Voters elected Maria Soto as the face of change in the district.'),
    ).toBeNull();
  });
});
