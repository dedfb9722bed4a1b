import { describe, expect, it } from 'vitest';
import { Cooldown, describeRetry } from '../../src/discord/cooldown.js';

const POLICY = { uses: 3, windowMs: 30_000, trackedUsers: 100 };

describe('Cooldown', () => {
  it('allows a few runs, then says how long until the oldest leaves the window', () => {
    let now = 0;
    const cooldown = new Cooldown(POLICY, () => now);
    for (const at of [0, 1_000, 2_000]) {
      now = at;
      expect(cooldown.take('reader').allowed).toBe(true);
    }
    now = 10_000;
    expect(cooldown.take('reader')).toEqual({ allowed: false, retryAfterMs: 20_000 });
    expect(describeRetry(20_000)).toBe('20 s');
  });

  it('slides: each run frees up when it is a window old, not when a fixed period ends', () => {
    let now = 0;
    const cooldown = new Cooldown(POLICY, () => now);
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      cooldown.take('reader');
    }
    now = 30_001;
    expect(cooldown.take('reader').allowed).toBe(true);
    expect(cooldown.take('reader')).toEqual({ allowed: false, retryAfterMs: 9_999 });
  });

  it('does not count a refused run, so waiting always helps', () => {
    let now = 0;
    const cooldown = new Cooldown({ ...POLICY, uses: 1 }, () => now);
    cooldown.take('reader');
    for (const at of [5_000, 10_000, 20_000]) {
      now = at;
      expect(cooldown.take('reader').allowed).toBe(false);
    }
    now = 30_001;
    expect(cooldown.take('reader').allowed).toBe(true);
  });

  it('keeps each person apart', () => {
    const cooldown = new Cooldown({ ...POLICY, uses: 1 }, () => 0);
    expect(cooldown.take('first').allowed).toBe(true);
    expect(cooldown.take('first').allowed).toBe(false);
    expect(cooldown.take('second').allowed).toBe(true);
  });

  it('remembers at most trackedUsers people, forgetting the least recently active', () => {
    const cooldown = new Cooldown({ uses: 1, windowMs: 60_000, trackedUsers: 50 }, () => 0);
    for (let person = 0; person < 1_000; person += 1) cooldown.take(`person-${person}`);
    expect(cooldown.trackedUsers).toBe(50);
    expect(cooldown.take('person-999').allowed).toBe(false);
    expect(cooldown.take('person-0').allowed).toBe(true);
  });

  it('rounds the advice up, so it is never too early', () => {
    expect(describeRetry(1)).toBe('1 s');
    expect(describeRetry(12_001)).toBe('13 s');
  });
});
