import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

function roleOf(name: string, ...paragraphs: string[]): string | null {
  return entityNamed(analyseText('Salaries delayed again', ...paragraphs), name)?.role ?? null;
}

describe('a job told as the subject after an opening of where or when', () => {
  it('gives "In Baghdad, a member of … said" to the person quoted next (Kurdistan24 style)', () => {
    expect(
      roleOf(
        'Hoshyar Baban',
        'Aram Omar, who heads the teachers’ union branch in Sulaimani, said the sit-ins would go on.',
        'In Baghdad, a member of the Iraqi parliament’s finance committee said the federal government had no reason to delay.',
        '"The budget law is clear," Hoshyar Baban told reporters by phone.',
      ),
    ).toBe('member of the Iraqi parliament’s finance committee');
  });

  it('reads a time opening the same way (Irish Times style)', () => {
    expect(
      roleOf(
        'Lena Fischer',
        'Residents say the water has been brown since May.',
        'On Tuesday, the city’s chief engineer said the pipes would be flushed.',
        '"We expect clean water by Friday," Lena Fischer told reporters.',
      ),
    ).toBe('city’s chief engineer');
  });

  it('leaves a spokesman for a body to no one (AFP style)', () => {
    expect(
      roleOf(
        'Lena Fischer',
        'Residents say the water has been brown since May.',
        'Meanwhile, a spokesman for the utility said the pipes would be flushed.',
        '"We expect clean water by Friday," Lena Fischer told reporters.',
      ),
    ).toBeNull();
  });
});
