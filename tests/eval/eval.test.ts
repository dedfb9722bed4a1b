import { describe, expect, it } from 'vitest';
import {
  type ArticleScore,
  BLIND_C_DIR,
  HOLDOUT_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT9_DIR,
  HOLDOUT10_DIR,
  loadGold,
  ratio,
  scoreArticle,
  sumTallies,
  type Tally,
} from './evaluate.js';
import { EVAL_SETS } from './sets.js';

describe('analysis against hand-annotated articles', () => {
  const scores = loadGold().map((gold) => scoreArticle(gold, 0));

  it('covers the seed and at least five written articles', () => {
    expect(scores.length).toBeGreaterThanOrEqual(6);
  });

  it('finds at least 98% of quotations', () => {
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(0.98);
  });

  it('names the right speaker for at least 95% of the quotations it finds', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 95% of the people', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
  });

  it('states at least 90% of roles as the article does', () => {
    expect(ratio(sumTallies(scores, (score) => score.rolesRight))).toBeGreaterThanOrEqual(0.9);
  });

  it('invents few people', () => {
    expect(ratio(sumTallies(scores, (score) => score.peoplePrecision))).toBeGreaterThanOrEqual(0.9);
  });

  it('reports few quotations that are not speech', () => {
    expect(ratio(sumTallies(scores, (score) => score.quotePrecision))).toBeGreaterThanOrEqual(0.9);
  });
});

const meanRouge = (scores: readonly ArticleScore[], pick: (score: ArticleScore) => number) =>
  scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;

describe('analysis against articles written by someone who never read the code', () => {
  const scores = loadGold(HOLDOUT_DIR).map((gold) => scoreArticle(gold, 0));

  it('names the right speaker for at least 95% of the quotations it finds', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 95% of quotations and of people', () => {
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
  });
});

describe('analysis against a second held-out set from eight other outlets', () => {
  const scores = loadGold(HOLDOUT2_DIR).map((gold) => scoreArticle(gold, 0));

  it('names the right speaker, organisations included, for at least 95% of the quotations it finds', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 85% of the organisations and places', () => {
    expect(ratio(sumTallies(scores, (score) => score.othersFound))).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 95% of the people and invents few', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.peoplePrecision))).toBeGreaterThanOrEqual(0.9);
  });
});

describe('analysis against a third held-out set from six more outlets', () => {
  const scores = loadGold(HOLDOUT3_DIR).map((gold) => scoreArticle(gold, 0));

  it('names the right speaker for at least 95% of the quotations it finds, and finds 98% of them', () => {
    expect(ratio(sumTallies(scores, (score) => score.speakerAccuracy))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.quoteRecall))).toBeGreaterThanOrEqual(0.98);
  });

  it('finds at least 95% of the people and states 90% of their roles', () => {
    expect(ratio(sumTallies(scores, (score) => score.peopleFound))).toBeGreaterThanOrEqual(0.95);
    expect(ratio(sumTallies(scores, (score) => score.rolesRight))).toBeGreaterThanOrEqual(0.9);
  });
});

// The fourth to eighth sets and blind set c's batches were scored blind first (see their READMEs);
// these floors are the figures reached once their misses were fixed as general rules, so any later
// change that loses one of them shows here. The ninth and tenth sets came in at their blind figures
// and have been tuned on since; their floors rise with what they score. The eleventh came in blind
// (speaker 78/83, quote recall 83/85, precision 83/84); its quotation floors are now what its misses,
// fixed as general rules, reach, and its people and role floors too (blind: people precision 51/52,
// roles 44/51). The twelfth and thirteenth came in blind (their READMEs) and were tuned on; their
// floors are what the fixes reached. So are the sixteenth's and seventeenth's (at writing: speaker
// 43/49 and 45/62, seventeenth quote recall 62/64). The fourteenth and fifteenth have never been
// tuned on: their floors are their blind figures after the last round, which never saw them.
/** Each floor is hit/of as last measured, so it reads against the printout's counts. */
type Floors = readonly [
  speaker: number,
  quoteRecall: number,
  quotePrecision: number,
  people: number,
  peoplePrecision: number,
  roles: number,
];

const FLOORS: Readonly<Record<string, Floors>> = {
  // label in EVAL_SETS: [speaker, quote recall, quote precision, people, people precision, roles]
  'fourth held-out set': [70 / 70, 1, 1, 38 / 38, 38 / 38, 35 / 35],
  'fifth held-out set': [66 / 67, 1, 1, 32 / 32, 32 / 32, 30 / 30],
  'sixth held-out set': [66 / 66, 1, 1, 35 / 35, 35 / 35, 34 / 34],
  'seventh held-out set': [80 / 80, 1, 1, 42 / 42, 42 / 42, 40 / 40],
  'eighth held-out set': [84 / 84, 1, 1, 40 / 40, 40 / 40, 40 / 40],
  'blind set c, batch 1': [59 / 59, 1, 1, 30 / 30, 30 / 30, 23 / 23],
  'blind set c, batch 2': [50 / 50, 50 / 51, 1, 29 / 29, 29 / 29, 22 / 25],
  'blind set c, batch 3': [35 / 35, 1, 1, 26 / 26, 26 / 26, 23 / 23],
  'blind set c, batch 4': [35 / 35, 1, 1, 18 / 18, 18 / 18, 16 / 16],
  'blind set c, batch 5': [29 / 29, 1, 1, 27 / 27, 27 / 27, 22 / 23],
  'blind set c, batch 6': [28 / 28, 1, 1, 21 / 21, 21 / 21, 18 / 20],
  'blind set c, batch 7': [17 / 17, 1, 1, 15 / 15, 15 / 15, 12 / 12],
  'blind set c, batch 8': [15 / 15, 1, 1, 16 / 16, 16 / 16, 16 / 16],
  'blind set c, batch 9': [18 / 18, 1, 1, 16 / 16, 16 / 16, 12 / 13],
  'ninth held-out set (new)': [85 / 90, 90 / 91, 90 / 91, 39 / 39, 39 / 39, 37 / 38],
  'tenth held-out set (new)': [85 / 87, 1, 1, 49 / 49, 49 / 49, 41 / 42],
  'eleventh held-out set': [83 / 85, 1, 1, 51 / 51, 51 / 51, 51 / 51],
  'twelfth held-out set': [63 / 63, 1, 1, 46 / 46, 46 / 46, 44 / 44],
  'thirteenth held-out set': [83 / 86, 86 / 87, 1, 46 / 46, 46 / 46, 41 / 43],
  'fourteenth held-out set': [57 / 61, 1, 1, 41 / 41, 41 / 41, 38 / 41],
  'fifteenth held-out set': [63 / 65, 1, 1, 42 / 42, 42 / 42, 33 / 37],
  'sixteenth held-out set': [48 / 49, 1, 1, 40 / 40, 40 / 40, 36 / 36],
  'seventeenth held-out set': [61 / 63, 63 / 64, 1, 48 / 48, 48 / 48, 39 / 41],
  'eighteenth held-out set': [60 / 63, 1, 1, 41 / 41, 41 / 41, 36 / 39],
  'nineteenth held-out set': [46 / 48, 1, 1, 36 / 36, 36 / 36, 33 / 34],
  'naming traditions set': [65 / 67, 1, 1, 57 / 57, 57 / 57, 48 / 54],
};

describe('the regression floors', () => {
  it('each belong to a set the evaluation scores, so renaming a set cannot drop its floor', () => {
    const labels = EVAL_SETS.map((set) => set.label);
    expect(Object.keys(FLOORS).filter((label) => !labels.includes(label))).toEqual([]);
  });
});

describe.each(
  EVAL_SETS.flatMap((set) => {
    const floors = FLOORS[set.label];
    return floors ? [[set.label, set.dir, floors] as const] : [];
  }),
)(
  'analysis against the %s',
  (_, dir, [speaker, quoteRecall, quotePrecision, people, peoplePrecision, roles]) => {
    const scores = loadGold(dir).map((gold) => scoreArticle(gold, 0));
    const measured = (pick: (score: ArticleScore) => Tally) => ratio(sumTallies(scores, pick));

    it('finds the quotations it found, reports no more false ones, and names the speakers it named when last measured', () => {
      expect(measured((score) => score.quoteRecall)).toBeGreaterThanOrEqual(quoteRecall);
      expect(measured((score) => score.quotePrecision)).toBeGreaterThanOrEqual(quotePrecision);
      expect(measured((score) => score.speakerAccuracy)).toBeGreaterThanOrEqual(speaker);
    });

    it('finds the people, invents no more of them, and states their roles as it did when last measured', () => {
      expect(measured((score) => score.peopleFound)).toBeGreaterThanOrEqual(people);
      expect(measured((score) => score.peoplePrecision)).toBeGreaterThanOrEqual(peoplePrecision);
      expect(measured((score) => score.rolesRight)).toBeGreaterThanOrEqual(roles);
    });
  },
);

// Blind set c's batches are pooled because a mean over four or five articles swings with one
// summary; the ninth and tenth sets are pooled because the tenth alone beats lead-3 on ROUGE-2 by
// only 0.003 (0.244 against 0.241 when it came in), less than one article's summary can move it.
const BLIND_C_BATCH_DIRS = EVAL_SETS.filter((set) => set.dir.startsWith(BLIND_C_DIR)).map((set) => set.dir);

describe('key points against the first three sentences', () => {
  it.each([
    ['our gold', [undefined]],
    ['held-out', [HOLDOUT_DIR]],
    ['pooled blind set c', BLIND_C_BATCH_DIRS],
    ['pooled ninth and tenth held-out', [HOLDOUT9_DIR, HOLDOUT10_DIR]],
  ])('share at least as many word pairs with the %s reference summaries as lead-3 does', (_, dirs) => {
    const scores = dirs.flatMap((dir) => loadGold(dir)).map((gold) => scoreArticle(gold, 0));
    expect(meanRouge(scores, (score) => score.rouge.keyPoints[1])).toBeGreaterThanOrEqual(
      meanRouge(scores, (score) => score.rouge.lead3[1]),
    );
  });
});
