/**
 * `npx tsx tests/eval/blind-c/score.ts`: scores the batches of blind articles in this folder
 * (each written and annotated before the analysis was run on it) through the shared printer,
 * one section per batch, so each batch's figures can be recorded as written in README.md.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, scoreArticle } from '../evaluate.js';
import { printScores } from '../report.js';

const SET_DIR = new URL('.', import.meta.url).pathname;

const batches = readdirSync(SET_DIR)
  .filter((name) => name.startsWith('batch') && statSync(join(SET_DIR, name)).isDirectory())
  .sort();

for (const batch of batches)
  printScores(
    `blind set c, ${batch}`,
    loadGold(join(SET_DIR, batch)).map((gold) => scoreArticle(gold)),
  );
