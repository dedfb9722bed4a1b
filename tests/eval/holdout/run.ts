/**
 * `npx tsx tests/eval/holdout/run.ts`: scores the analysis on the held-out articles only (their
 * gold files sit beside this script, the articles under tests/fixtures/holdout). They were written
 * and annotated without reading the analysis code, so their figures say how it generalises;
 * tuning the analysis on them would spend that independence. `npm run eval` prints them too.
 */
import { HOLDOUT_DIR, loadGold, scoreArticle } from '../evaluate.js';
import { printScores } from '../report.js';

printScores(
  'held-out articles',
  loadGold(HOLDOUT_DIR).map((gold) => scoreArticle(gold)),
);
