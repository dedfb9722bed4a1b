import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('roles in lists of people', () => {
  it('gives each person in a list only the title written before their own name', () => {
    const analysis = analyseText(
      'Summit ends without a deal',
      'The talks were attended by Chancellor Olaf Brandt and Italian Prime Minister Giulia Conti.',
      'Mr Brandt and Ms Conti left separately.',
      'Critics included Tories Ken Hale and Sir Peter Lyle, Labour’s Ann Ross and Tom Price and Liberal Democrat Jo Swale.',
    );
    expect(entityNamed(analysis, 'Giulia Conti')?.role).toBe('Italian Prime Minister');
    expect(entityNamed(analysis, 'Jo Swale')?.role ?? '').not.toContain('Sir');
  });

  it('keeps a portfolio listed with commas, and leaves the courtesy titles with the name', () => {
    const analysis = analyseText(
      'Church leaders back aid appeal',
      'Minister for Children, Schools and Families Ruth Kelly-Mason backed the appeal.',
      'The Bishop of Ripon, the Rt Rev Dr James Bell, said churches would collect on Sunday.',
    );
    expect(entityNamed(analysis, 'Ruth Kelly-Mason')?.role).toBe(
      'Minister for Children, Schools and Families',
    );
    expect(entityNamed(analysis, 'James Bell')?.role).toBe('Bishop of Ripon');
  });

  it('does not read a clause or a sentence’s verb phrase as the role of the name after it', () => {
    const analysis = analyseText(
      'Seeds set for the quarter-finals',
      'Home favourite Sam Ellery will meet Spain’s Carlos Ibarra, while top seed Rafael Soto faces Lukas Brenner.',
      'Ellery will now face fellow former champion, Marco Pezzi of Italy, who beat him last year.',
    );
    expect(entityNamed(analysis, 'Carlos Ibarra')?.role ?? '').not.toContain('while');
    expect(entityNamed(analysis, 'Marco Pezzi')?.role ?? '').not.toContain('will');
  });
});
