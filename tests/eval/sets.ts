/**
 * Every gold set the evaluation scores, in the order `npm run eval` prints them. A set that has been
 * tuned on measures regressions; one that never has is the honest measure of unseen text, so the
 * printout says which is which.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  BLIND_C_DIR,
  GOLD_DIR,
  HOLDOUT_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  HOLDOUT5_DIR,
  HOLDOUT6_DIR,
  HOLDOUT7_DIR,
  HOLDOUT8_DIR,
  HOLDOUT9_DIR,
  HOLDOUT10_DIR,
  HOLDOUT11_DIR,
  HOLDOUT12_DIR,
  HOLDOUT13_DIR,
  HOLDOUT14_DIR,
  HOLDOUT15_DIR,
  HOLDOUT16_DIR,
  HOLDOUT17_DIR,
  HOLDOUT18_DIR,
  HOLDOUT19_DIR,
  HOLDOUT20_DIR,
  HOLDOUT21_DIR,
  HOLDOUT22_DIR,
  HOLDOUT23_DIR,
  HOLDOUT24_DIR,
  HOLDOUT25_DIR,
  HOLDOUT26_DIR,
  HOLDOUT27_DIR,
  HOLDOUT28_DIR,
  HOLDOUT29_DIR,
  HOLDOUT30_DIR,
  HOLDOUT31_DIR,
  HOLDOUT32_DIR,
  HOLDOUT33_DIR,
  HOLDOUT34_DIR,
  HOLDOUT35_DIR,
  HOLDOUT36_DIR,
  HOLDOUT37_DIR,
  HOLDOUT38_DIR,
  HOLDOUT39_DIR,
  HOLDOUT40_DIR,
  HOLDOUT41_DIR,
  HOLDOUT42_DIR,
  HOLDOUT43_DIR,
  HOLDOUT44_DIR,
  HOLDOUT45_DIR,
  HOLDOUT46_DIR,
  HOLDOUT47_DIR,
  HOLDOUT48_DIR,
  HOLDOUT49_DIR,
  HOLDOUT50_DIR,
  HOLDOUT51_DIR,
  HOLDOUT52_DIR,
  TRADITIONS_DIR,
} from './evaluate.js';

export interface EvalSet {
  label: string;
  dir: string;
  /** Whether the analysis has been changed in the light of this set's misses. */
  tunedOn: boolean;
}

/** Blind set c grows a batch at a time; each batch was written blind and then tuned on. */
function blindCBatches(): EvalSet[] {
  return readdirSync(BLIND_C_DIR)
    .filter((name) => name.startsWith('batch') && statSync(join(BLIND_C_DIR, name)).isDirectory())
    .sort((a, b) => Number(a.slice('batch'.length)) - Number(b.slice('batch'.length)))
    .map((batch) => ({
      label: `blind set c, ${batch.replace('batch', 'batch ')}`,
      dir: join(BLIND_C_DIR, batch),
      tunedOn: true,
    }));
}

export const EVAL_SETS: readonly EvalSet[] = [
  { label: 'our gold articles', dir: GOLD_DIR, tunedOn: true },
  { label: 'first held-out set', dir: HOLDOUT_DIR, tunedOn: true },
  { label: 'second held-out set', dir: HOLDOUT2_DIR, tunedOn: true },
  { label: 'third held-out set', dir: HOLDOUT3_DIR, tunedOn: true },
  { label: 'fourth held-out set', dir: HOLDOUT4_DIR, tunedOn: true },
  { label: 'fifth held-out set', dir: HOLDOUT5_DIR, tunedOn: true },
  { label: 'sixth held-out set', dir: HOLDOUT6_DIR, tunedOn: true },
  { label: 'seventh held-out set', dir: HOLDOUT7_DIR, tunedOn: true },
  { label: 'eighth held-out set', dir: HOLDOUT8_DIR, tunedOn: true },
  ...blindCBatches(),
  // From the ninth on, each set came in blind and was tuned on from the round that followed (see
  // their READMEs).
  { label: 'ninth held-out set', dir: HOLDOUT9_DIR, tunedOn: true },
  { label: 'tenth held-out set', dir: HOLDOUT10_DIR, tunedOn: true },
  { label: 'eleventh held-out set', dir: HOLDOUT11_DIR, tunedOn: true },
  { label: 'twelfth held-out set', dir: HOLDOUT12_DIR, tunedOn: true },
  { label: 'thirteenth held-out set', dir: HOLDOUT13_DIR, tunedOn: true },
  { label: 'fourteenth held-out set', dir: HOLDOUT14_DIR, tunedOn: true },
  { label: 'fifteenth held-out set', dir: HOLDOUT15_DIR, tunedOn: true },
  { label: 'sixteenth held-out set', dir: HOLDOUT16_DIR, tunedOn: true },
  { label: 'seventeenth held-out set', dir: HOLDOUT17_DIR, tunedOn: true },
  { label: 'eighteenth held-out set', dir: HOLDOUT18_DIR, tunedOn: true },
  { label: 'nineteenth held-out set', dir: HOLDOUT19_DIR, tunedOn: true },
  { label: 'twentieth held-out set', dir: HOLDOUT20_DIR, tunedOn: true },
  { label: 'twenty-first held-out set', dir: HOLDOUT21_DIR, tunedOn: true },
  { label: 'twenty-second held-out set', dir: HOLDOUT22_DIR, tunedOn: true },
  { label: 'twenty-third held-out set', dir: HOLDOUT23_DIR, tunedOn: true },
  { label: 'twenty-fourth held-out set', dir: HOLDOUT24_DIR, tunedOn: true },
  { label: 'twenty-fifth held-out set', dir: HOLDOUT25_DIR, tunedOn: true },
  { label: 'twenty-sixth held-out set', dir: HOLDOUT26_DIR, tunedOn: true },
  { label: 'twenty-seventh held-out set', dir: HOLDOUT27_DIR, tunedOn: true },
  { label: 'twenty-eighth held-out set', dir: HOLDOUT28_DIR, tunedOn: true },
  { label: 'naming traditions set', dir: TRADITIONS_DIR, tunedOn: true },
  { label: 'twenty-ninth held-out set', dir: HOLDOUT29_DIR, tunedOn: true },
  { label: 'thirtieth held-out set', dir: HOLDOUT30_DIR, tunedOn: true },
  { label: 'thirty-first held-out set', dir: HOLDOUT31_DIR, tunedOn: true },
  { label: 'thirty-second held-out set', dir: HOLDOUT32_DIR, tunedOn: true },
  { label: 'thirty-third held-out set', dir: HOLDOUT33_DIR, tunedOn: true },
  { label: 'thirty-fourth held-out set', dir: HOLDOUT34_DIR, tunedOn: true },
  { label: 'thirty-fifth held-out set', dir: HOLDOUT35_DIR, tunedOn: true },
  { label: 'thirty-sixth held-out set', dir: HOLDOUT36_DIR, tunedOn: true },
  { label: 'thirty-seventh held-out set', dir: HOLDOUT37_DIR, tunedOn: true },
  { label: 'thirty-eighth held-out set', dir: HOLDOUT38_DIR, tunedOn: true },
  { label: 'thirty-ninth held-out set', dir: HOLDOUT39_DIR, tunedOn: true },
  { label: 'fortieth held-out set', dir: HOLDOUT40_DIR, tunedOn: true },
  { label: 'forty-first held-out set', dir: HOLDOUT41_DIR, tunedOn: true },
  { label: 'forty-second held-out set', dir: HOLDOUT42_DIR, tunedOn: true },
  { label: 'forty-third held-out set', dir: HOLDOUT43_DIR, tunedOn: true },
  { label: 'forty-fourth held-out set', dir: HOLDOUT44_DIR, tunedOn: true },
  { label: 'forty-fifth held-out set', dir: HOLDOUT45_DIR, tunedOn: true },
  { label: 'forty-sixth held-out set', dir: HOLDOUT46_DIR, tunedOn: true },
  { label: 'forty-seventh held-out set', dir: HOLDOUT47_DIR, tunedOn: true },
  { label: 'forty-eighth held-out set', dir: HOLDOUT48_DIR, tunedOn: true },
  { label: 'forty-ninth held-out set', dir: HOLDOUT49_DIR, tunedOn: true },
  { label: 'fiftieth held-out set', dir: HOLDOUT50_DIR, tunedOn: true },
  { label: 'fifty-first held-out set', dir: HOLDOUT51_DIR, tunedOn: true },
  { label: 'fifty-second held-out set', dir: HOLDOUT52_DIR, tunedOn: true },
];
