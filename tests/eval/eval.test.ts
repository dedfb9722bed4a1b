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
// 43/49 and 45/62, seventeenth quote recall 62/64). The fourteenth and fifteenth were measured
// blind over three rounds (their READMEs) and are tuned on since; the eighteenth and nineteenth came
// in at their blind figures, as did the twenty-sixth to sixty-first. Each floor rises with what the
// fixes reach.
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
  'fourth held-out set': [1, 1, 1, 1, 1, 1],
  'fifth held-out set': [1, 1, 1, 1, 1, 1],
  'sixth held-out set': [1, 1, 1, 1, 1, 1],
  'seventh held-out set': [1, 1, 1, 1, 1, 1],
  'eighth held-out set': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 1': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 2': [1, 50 / 51, 1, 1, 1, 24 / 25],
  'blind set c, batch 3': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 4': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 5': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 6': [1, 1, 1, 1, 1, 18 / 20],
  'blind set c, batch 7': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 8': [1, 1, 1, 1, 1, 1],
  'blind set c, batch 9': [1, 1, 1, 1, 1, 1],
  'ninth held-out set': [89 / 90, 90 / 91, 90 / 91, 1, 1, 1],
  'tenth held-out set': [86 / 87, 1, 1, 1, 1, 1],
  'eleventh held-out set': [83 / 85, 1, 1, 1, 1, 1],
  'twelfth held-out set': [1, 1, 1, 1, 1, 1],
  'thirteenth held-out set': [1, 86 / 87, 1, 1, 1, 42 / 43],
  'fourteenth held-out set': [60 / 61, 1, 1, 1, 1, 1],
  'fifteenth held-out set': [64 / 65, 1, 1, 1, 1, 1],
  'sixteenth held-out set': [48 / 49, 1, 1, 1, 1, 1],
  'seventeenth held-out set': [61 / 63, 63 / 64, 1, 1, 1, 40 / 41],
  'eighteenth held-out set': [1, 1, 1, 1, 1, 1],
  'nineteenth held-out set': [47 / 48, 1, 1, 1, 1, 1],
  'twentieth held-out set': [55 / 58, 58 / 59, 1, 1, 37 / 39, 36 / 37],
  'twenty-first held-out set': [46 / 54, 1, 54 / 56, 48 / 49, 1, 45 / 46],
  'twenty-second held-out set': [77 / 79, 79 / 82, 1, 1, 1, 1],
  'twenty-third held-out set': [75 / 76, 1, 1, 1, 1, 1],
  'twenty-fourth held-out set': [1, 63 / 64, 1, 49 / 50, 1, 46 / 47],
  'twenty-fifth held-out set': [62 / 64, 1, 1, 45 / 46, 1, 43 / 45],
  'twenty-sixth held-out set': [56 / 58, 1, 1, 1, 1, 40 / 43],
  'twenty-seventh held-out set': [59 / 63, 1, 1, 1, 1, 36 / 38],
  'twenty-eighth held-out set': [64 / 66, 1, 1, 1, 1, 36 / 39],
  'naming traditions set': [1, 1, 1, 1, 1, 53 / 54],
  'twenty-ninth held-out set': [69 / 71, 71 / 72, 71 / 73, 1, 1, 1],
  'thirtieth held-out set': [68 / 70, 1, 70 / 72, 37 / 38, 1, 1],
  'thirty-first held-out set': [89 / 93, 1, 93 / 94, 59 / 61, 59 / 61, 54 / 55],
  'thirty-second held-out set': [1, 1, 81 / 82, 1, 1, 1],
  'thirty-third held-out set': [1, 1, 1, 1, 1, 1],
  'thirty-fourth held-out set': [60 / 61, 1, 61 / 64, 1, 43 / 43, 32 / 36],
  'thirty-fifth held-out set': [57 / 58, 1, 1, 1, 1, 1],
  'thirty-sixth held-out set': [64 / 65, 1, 1, 1, 1, 41 / 43],
  'thirty-seventh held-out set': [73 / 75, 1, 75 / 76, 1, 1, 42 / 43],
  'thirty-eighth held-out set': [62 / 64, 1, 1, 1, 40 / 42, 38 / 39],
  'thirty-ninth held-out set': [1, 1, 1, 1, 51 / 52, 1],
  // Roles: 45 right of 48, up from 43 of 45. Of the three people now found besides, two have roles
  // the text gives only as "came off the bench" or in a paragraph before the name, which no rule reads.
  // 47 of 48 once "came off the bench" reads as a substitute and an office passes to the name
  // that opens the next paragraph confirming something.
  'fortieth held-out set': [76 / 80, 1, 1, 1, 1, 47 / 48],
  'forty-first held-out set': [71 / 74, 1, 1, 1, 1, 1],
  'forty-second held-out set': [66 / 67, 1, 1, 1, 1, 1],
  'forty-third held-out set': [1, 1, 57 / 59, 1, 1, 1],
  'forty-fourth held-out set': [56 / 58, 1, 58 / 59, 46 / 47, 46 / 47, 1],
  'forty-fifth held-out set': [61 / 65, 1, 65 / 66, 1, 40 / 41, 33 / 35],
  'forty-sixth held-out set': [74 / 82, 1, 1, 1, 1, 39 / 43],
  'forty-seventh held-out set': [58 / 60, 1, 1, 1, 48 / 49, 40 / 42],
  'forty-eighth held-out set': [63 / 65, 1, 1, 1, 1, 42 / 44],
  'forty-ninth held-out set': [67 / 68, 1, 1, 48 / 49, 48 / 50, 40 / 42],
  'fiftieth held-out set': [71 / 73, 1, 73 / 75, 1, 1, 1],
  'fifty-first held-out set': [64 / 68, 1, 1, 1, 1, 41 / 42],
  'fifty-second held-out set': [75 / 78, 1, 1, 1, 49 / 50, 45 / 46],
  'fifty-third held-out set': [65 / 67, 67 / 68, 67 / 68, 46 / 46, 46 / 46, 38 / 46],
  'fifty-fourth held-out set': [72 / 74, 1, 1, 46 / 46, 46 / 47, 42 / 44],
  'fifty-fifth held-out set': [68 / 69, 1, 69 / 70, 46 / 47, 46 / 48, 40 / 42],
  'fifty-sixth held-out set': [80 / 83, 1, 1, 40 / 40, 40 / 42, 36 / 39],
  'fifty-seventh held-out set': [77 / 77, 1, 77 / 78, 42 / 42, 41 / 42, 38 / 42],
  'fifty-eighth held-out set': [54 / 56, 1, 56 / 57, 1, 47 / 48, 41 / 42],
  'fifty-ninth held-out set': [75 / 84, 1, 1, 43 / 45, 43 / 44, 40 / 40],
  'sixtieth held-out set': [64 / 65, 1, 1, 39 / 40, 39 / 40, 36 / 37],
  'sixty-first held-out set': [51 / 54, 1, 1, 52 / 54, 52 / 53, 47 / 48],
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

// Organisations and places found, per set, as measured once they became a target (between 48% and
// 92% of each set before): a body that is not found cannot answer /who or speak its statement.
const ORGANISATION_AND_PLACE_FLOORS: Readonly<Record<string, number>> = {
  'our gold articles': 51 / 52,
  'first held-out set': 48 / 50,
  'second held-out set': 63 / 65,
  'third held-out set': 46 / 62,
  'fourth held-out set': 75 / 94,
  'fifth held-out set': 83 / 110,
  'sixth held-out set': 65 / 76,
  'seventh held-out set': 80 / 99,
  'eighth held-out set': 65 / 90,
  'blind set c, batch 1': 31 / 41,
  'blind set c, batch 2': 23 / 35,
  'blind set c, batch 3': 27 / 36,
  'blind set c, batch 4': 22 / 32,
  'blind set c, batch 5': 17 / 22,
  'blind set c, batch 6': 17 / 22,
  'blind set c, batch 7': 24 / 25,
  'blind set c, batch 8': 20 / 25,
  'blind set c, batch 9': 20 / 21,
  'ninth held-out set': 84 / 103,
  'tenth held-out set': 86 / 104,
  'eleventh held-out set': 51 / 77,
  'twelfth held-out set': 78 / 98,
  'thirteenth held-out set': 60 / 76,
  'fourteenth held-out set': 69 / 84,
  'fifteenth held-out set': 59 / 77,
  'sixteenth held-out set': 45 / 60,
  'seventeenth held-out set': 54 / 71,
  'eighteenth held-out set': 48 / 70,
  'nineteenth held-out set': 35 / 39,
  'twentieth held-out set': 80 / 102,
  'twenty-first held-out set': 49 / 77,
  'twenty-second held-out set': 69 / 100,
  'twenty-third held-out set': 58 / 68,
  'twenty-fourth held-out set': 61 / 81,
  'twenty-fifth held-out set': 56 / 73,
  'twenty-sixth held-out set': 52 / 68,
  'twenty-seventh held-out set': 66 / 83,
  'twenty-eighth held-out set': 76 / 105,
  'twenty-ninth held-out set': 67 / 85,
  'thirtieth held-out set': 100 / 131,
  'thirty-first held-out set': 52 / 77,
  'thirty-second held-out set': 65 / 74,
  'thirty-third held-out set': 43 / 56,
  'thirty-fourth held-out set': 51 / 61,
  'thirty-fifth held-out set': 59 / 74,
  'thirty-sixth held-out set': 64 / 82,
  'thirty-seventh held-out set': 63 / 87,
  'thirty-eighth held-out set': 74 / 101,
  'thirty-ninth held-out set': 54 / 74,
  'fortieth held-out set': 67 / 87,
  'forty-first held-out set': 64 / 83,
  'forty-second held-out set': 55 / 72,
  'forty-third held-out set': 71 / 87,
  'forty-fourth held-out set': 57 / 75,
  'forty-fifth held-out set': 66 / 86,
  'forty-sixth held-out set': 48 / 79,
  'forty-seventh held-out set': 57 / 79,
  'forty-eighth held-out set': 54 / 70,
  'forty-ninth held-out set': 50 / 75,
  'fiftieth held-out set': 43 / 61,
  'fifty-first held-out set': 63 / 84,
  'fifty-second held-out set': 61 / 80,
  'fifty-third held-out set': 57 / 77,
  'fifty-fourth held-out set': 54 / 67,
  'fifty-fifth held-out set': 64 / 85,
  'fifty-sixth held-out set': 73 / 107,
  'fifty-seventh held-out set': 61 / 86,
  'fifty-eighth held-out set': 48 / 67,
  'fifty-ninth held-out set': 60 / 79,
  'sixtieth held-out set': 37 / 55,
  'sixty-first held-out set': 47 / 59,
};

describe.each(
  EVAL_SETS.flatMap((set) => {
    const floor = ORGANISATION_AND_PLACE_FLOORS[set.label];
    return floor === undefined ? [] : [[set.label, set.dir, floor] as const];
  }),
)('organisations and places in the %s', (_, dir, floor) => {
  it('finds the organisations and places it found when last measured', () => {
    const scores = loadGold(dir).map((gold) => scoreArticle(gold, 0));
    expect(ratio(sumTallies(scores, (score) => score.othersFound))).toBeGreaterThanOrEqual(floor);
  });
});

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

  // Measured when the sentence after the lede began to lead the other picks: over the 206 articles
  // of every set, 0.023 ROUGE-1 and 0.017 ROUGE-2 above lead-3 (0.017 and 0.012 before). Sets that
  // came in since, unseen, drew level with lead-3 on ROUGE-2 about as often as they beat it: over
  // 409 articles the margins are 0.0186 and 0.0130. With three points, never a fourth, and a
  // lighter charge for sharing the lede's words, the 433 articles give 0.0195 and 0.0143 (0.0189
  // and 0.0131 before). The forty-seventh to fifty-second sets, which that change never saw, bring
  // the 481 articles to 0.0179 and 0.0132: the ROUGE-1 margin the tuning added did not carry over to
  // unseen text, the ROUGE-2 margin did. The fifty-third to fifty-eighth, unseen as well, leave the
  // 529 articles at 0.0172 and 0.0126 (0.0174 and 0.0128 once quotations split where they reopen).
  // The fifty-ninth to sixty-first, unseen too, bring the 553 articles to 0.0169 and 0.0128. The
  // floor leaves room for one more such set.
  it('shares more words and word pairs with the reference summaries than lead-3 over every set pooled', () => {
    const scores = EVAL_SETS.flatMap((set) => loadGold(set.dir)).map((gold) => scoreArticle(gold, 0));
    const margin = (index: 0 | 1) =>
      meanRouge(scores, (score) => score.rouge.keyPoints[index]) -
      meanRouge(scores, (score) => score.rouge.lead3[index]);
    expect(margin(0)).toBeGreaterThanOrEqual(0.016);
    expect(margin(1)).toBeGreaterThanOrEqual(0.012);
  });
});
