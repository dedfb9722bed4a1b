import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a word that tells what someone is only when a name follows it', () => {
  it('reads stage, screen and fashion descriptions before a name (Guardian style)', () => {
    const analysis = analyseText(
      'Charity gala raises £2m',
      'Guests included Hollywood star Julia Roberts, supermodel Naomi Campbell and comic Peter Kay.',
    );
    expect(entityNamed(analysis, 'Julia Roberts')?.role).toBe('Hollywood star');
    expect(entityNamed(analysis, 'Naomi Campbell')?.role).toBe('supermodel');
    expect(entityNamed(analysis, 'Peter Kay')?.role).toBe('comic');
  });

  it('reads the benches, the ring and the pack before a name (Reuters style)', () => {
    const analysis = analyseText(
      'Rebels force vote on pensions',
      'Conservative backbencher Andrew Hughes tabled the amendment on Tuesday.',
      'Elsewhere, Welsh prop Gareth Evans was ruled out for six weeks and heavyweight David Price withdrew from his bout.',
    );
    expect(entityNamed(analysis, 'Andrew Hughes')?.role).toBe('Conservative backbencher');
    expect(entityNamed(analysis, 'Gareth Evans')?.role).toBe('Welsh prop');
    expect(entityNamed(analysis, 'David Price')?.role).toBe('heavyweight');
  });

  it('keeps the qualifier of such a word: a serial killer, a property tycoon (AP style)', () => {
    const analysis = analyseText(
      'Parole denied',
      'A California board denied parole to convicted serial killer Edward Harlan on Friday.',
      'The hearing was paid for by property tycoon Simon Walsh, a relative of one of the victims.',
    );
    expect(entityNamed(analysis, 'Edward Harlan')?.role).toBe('serial killer');
    expect(entityNamed(analysis, 'Simon Walsh')?.role).toBe('property tycoon');
  });

  it('reads such a word before a name that opens on a title of address (Telegraph style)', () => {
    const analysis = analyseText(
      'Lords revolt over hunting',
      'Labour peer Baroness Morgan led the revolt, backed by crossbench peer Lord Hennessy.',
      'Jazz legend Dame Cleo Laine sent a message of support.',
    );
    expect(entityNamed(analysis, 'Morgan')?.role).toBe('Labour peer');
    expect(entityNamed(analysis, 'Hennessy')?.role).toBe('crossbench peer');
    expect(entityNamed(analysis, 'Cleo Laine')?.role).toBe('Jazz legend');
  });

  it('gives no role where the word stands for a thing, not the person named after it', () => {
    const analysis = analyseText(
      'Cup draw',
      'The rising star of the side, James Carter, did not feature.',
      'Peer pressure, Mary Jones said, kept pupils away from the clubs.',
    );
    expect(entityNamed(analysis, 'James Carter')?.role ?? null).not.toBe('star');
    expect(entityNamed(analysis, 'Mary Jones')?.role ?? null).toBeNull();
  });
});

describe('a job in the plural before a list of names is each one’s job', () => {
  it('gives the plural job to every name of the list, not only the first (BBC style)', () => {
    const analysis = analyseText(
      'Anchors bid farewell',
      'Veteran presenters Sue Lawley, Angela Rippon and Peter Sissons joined the celebrations.',
    );
    for (const name of ['Sue Lawley', 'Angela Rippon', 'Peter Sissons'])
      expect(entityNamed(analysis, name)?.role).toBe('Veteran presenters');
  });

  it('reads plurals in -men, -ies and -es as well (Reuters and Guardian style)', () => {
    const analysis = analyseText(
      'Crew freed',
      'Reuters cameramen Tom Fielding and Ali Hassan were released on Sunday.',
      'The film stars Irish actresses Fiona Shaw and Ruth Negga.',
    );
    expect(entityNamed(analysis, 'Tom Fielding')?.role).toBe('Reuters cameramen');
    expect(entityNamed(analysis, 'Ali Hassan')?.role).toBe('Reuters cameramen');
    expect(entityNamed(analysis, 'Ruth Negga')?.role).toBe('Irish actresses');
  });

  it('gives no plural job to a lone name that is the subject of the clause after it', () => {
    const analysis = analyseText('Cabinet row', 'The ministers Gordon Brown met on Monday were unhappy.');
    expect(entityNamed(analysis, 'Gordon Brown')?.role ?? null).toBeNull();
  });
});
