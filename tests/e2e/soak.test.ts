/**
 * A short version of `npm run soak`: the real bot through the fake under a burst and under a
 * stream of interactions with faults injected. Asserts what must hold at any size (every
 * interaction answered exactly once, every answer sendable, nothing crashed); the figures
 * themselves are the benchmark's business.
 */
import { describe, expect, it } from 'vitest';
import { runInteractions } from '../../bench/soak-run.js';

describe('load through the fake', () => {
  it('answers a burst of 200 mixed interactions exactly once each', async () => {
    const result = await runInteractions({
      interactions: 200,
      inFlight: Number.POSITIVE_INFINITY,
      faults: false,
      people: 100,
    });
    expect(result.sent).toBe(200);
    expect({ twice: result.answeredTwice, lost: result.lost }).toEqual({ twice: 0, lost: 0 });
    expect(result.answeredOnce).toBe(200);
    expect(result.unsendable).toBe(0);
    expect(result.logged['interaction failed'] ?? 0).toBe(0);
  }, 60_000);

  it('answers 1,000 interactions exactly once through 429s, 5xx, gateway closes and invalid sessions', async () => {
    const result = await runInteractions({
      interactions: 1_000,
      inFlight: 100,
      faults: true,
      gatewayFaults: 4,
      people: 300,
    });
    expect(result.sent).toBe(1_000);
    expect(Object.keys(result.faults).length).toBeGreaterThanOrEqual(3);
    expect({ twice: result.answeredTwice, lost: result.lost }).toEqual({ twice: 0, lost: 0 });
    expect(result.answeredOnce).toBe(1_000);
    expect(result.unsendable).toBe(0);
    expect(result.logged['interaction failed'] ?? 0).toBe(0);
  }, 120_000);
});
