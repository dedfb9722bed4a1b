import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

function rolesIn(...paragraphs: string[]): Map<string, string | null> {
  const story = analyseText('Council extends traffic plan', ...paragraphs);
  return new Map(story.people.filter((one) => one.kind === 'person').map((one) => [one.name, one.role]));
}

describe('a job as one sentence’s subject and a new name as the next one’s', () => {
  it('gives the job to the person named next, not to the one named before (VRT style)', () => {
    const roles = rolesIn(
      'The opposition voted against. Anke Peeters called the decision "rushed".',
      '"Why vote in November?" Peeters asked during the debate.',
      'The mayor rejected that. Speaking after the vote, Mark de Vries said the research would fine-tune the plan.',
    );
    expect(roles.get('Mark de Vries')).toBe('mayor');
    expect(roles.get('Anke Peeters')).toBeNull();
  });

  it('reads a plain "X said" in the next sentence the same way (Brussels Times style)', () => {
    const story = analyseText(
      'Council extends traffic plan',
      'Anke Peeters called the decision rushed.',
      'The alderman dismissed the criticism. Mark de Vries said the plan had been studied for two years.',
    );
    expect(entityNamed(story, 'Mark de Vries')?.role).toBe('alderman');
  });

  it('leaves a job that itself speaks to the person named before (Times style)', () => {
    const story = analyseText(
      'Council extends traffic plan',
      'Mr Peeters attacked the plan in the chamber.',
      'The councillor said it was rushed. Mark de Vries said he agreed with him.',
    );
    expect(entityNamed(story, 'Mark de Vries')?.role ?? null).toBeNull();
  });
});
