import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('jobs named by the trade itself', () => {
  it('reads a family doctor written by initials before the name (Otago Daily Times style)', () => {
    expect(
      roleIn(
        'Mereana Tapsell',
        'Invercargill GP Dr Mereana Tapsell said waiting lists had doubled since June.',
      ),
    ).toContain('GP');
    expect(
      roleIn('Owen Pryce', 'Owen Pryce, a GP in Bala, said patients were travelling to Wrexham.'),
    ).toContain('GP');
  });

  it('reads a critic before the name and after it (Winnipeg Free Press style)', () => {
    expect(
      roleIn('Ruth Castellano', 'NDP housing critic Ruth Castellano said the plan came far too late.'),
    ).toContain('housing critic');
    expect(
      roleIn('Dmitri Volkov', 'Dmitri Volkov, the paper’s theatre critic, said the season had been thin.'),
    ).toContain('theatre critic');
  });

  it('reads anyone who keeps something as holding a job (The Oregonian style)', () => {
    expect(
      roleIn(
        'Tasha Lightfoot',
        'Tasha Lightfoot, the Willamette Riverkeeper, said the spill reached the bank.',
      ),
    ).toContain('Riverkeeper');
    expect(roleIn('Bernd Kraus', 'Zookeeper Bernd Kraus said the cub was feeding well.')).toContain(
      'Zookeeper',
    );
  });

  it('reads a conservator and a study’s co-lead (Smithsonian Magazine style)', () => {
    expect(
      roleIn(
        'Lucía Paredes',
        'Conservator Lucía Paredes, who has worked on the murals since 2009, said the damp had spread.',
      ),
    ).toBe('Conservator');
    expect(
      roleIn(
        'Hiroshi Tanaka',
        'His co-lead in Osaka, Hiroshi Tanaka, says the samples were frozen within an hour.',
      ),
    ).toContain('co-lead');
  });

  it('reads a substitute and positions written with a hyphen (Irish Examiner style)', () => {
    expect(
      roleIn(
        'Cathal Barrett',
        'Substitute Cathal Barrett struck the winner in added time at Semple Stadium.',
      ),
    ).toContain('Substitute');
    expect(
      roleIn(
        'Darragh Nolan',
        'Glen Rovers centre-forward Darragh Nolan said the side had trained all week for it.',
      ),
    ).toContain('centre-forward');
    expect(
      roleIn('Aoife Keane', 'Aoife Keane, the Ballyhea half-back, said the pitch cut up badly.'),
    ).toContain('half-back');
  });

  it('reads a local office of a named place set off after the name (The Standard, Gambia, style)', () => {
    expect(
      roleIn('Lamin Ceesay', 'Lamin Ceesay, the alkalo of Sukuta, said the well had been dry since March.'),
    ).toBe('alkalo of Sukuta');
  });

  it('reads an office with its remit after "responsible for" or "in charge of" (Reuters style)', () => {
    expect(
      roleIn(
        'Jana Novak',
        "Prague's deputy mayor responsible for housing, Jana Novak, said the tender would reopen.",
      ),
    ).toContain('deputy mayor');
    expect(
      roleIn(
        'Tomasz Wróbel',
        'The minister in charge of ports, Tomasz Wróbel, said the berth would open in May.',
      ),
    ).toContain('minister');
  });

  it('keeps a sentence’s first word with the job it qualifies (The Hindu style)', () => {
    expect(
      roleIn('Anil Kumble', 'Selection panel member Anil Kumble said the squad would be named on Friday.'),
    ).toBe('Selection panel member');
    expect(roleIn('Vikram Rao', 'Cricket board treasurer Vikram Rao said the accounts were audited.')).toBe(
      'Cricket board treasurer',
    );
  });

  it('reads who led a team named just before "led by" (Nature News style)', () => {
    expect(
      roleIn(
        'Ingrid Solberg',
        'The group, led by Dr Ingrid Solberg at the University of Bergen, sequenced the samples.',
      ),
    ).toContain('led the group');
  });
});
