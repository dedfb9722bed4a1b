import { describe, expect, it } from 'vitest';
import { analyseText } from './build-article.js';

describe('key points state, they never ask', () => {
  it('leads with the answer when a review opens on a question', () => {
    const { summary } = analyseText(
      'Review: the Lumo Fold 3 is the first folding phone worth its price',
      'But can a phone that folds in half really replace a tablet in your bag?',
      'The Lumo Fold 3, on sale from Friday at £1,199, comes closer than any folding phone so far, with a battery that lasted two full days in our tests and a hinge that no longer leaves a crease down the screen.',
      'Its main camera is the same 50-megapixel sensor as last year’s model, and low-light photos still lag behind the best conventional phones.',
      'Lumo says it has sold more than two million folding phones in Europe since the first model went on sale in 2024.',
    );
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints[0]?.text).toMatch(/^The Lumo Fold 3, on sale from Friday/);
    for (const point of summary.keyPoints) expect(point.text).not.toMatch(/\?$/);
  });

  it('passes over a question the writer puts to the reader further down', () => {
    const { summary } = analyseText(
      'Keane appointed Dunmore manager on three-year deal',
      'Dunmore Rovers have appointed former Ireland midfielder Ciaran Keane as manager on a three-year contract, a week after sacking Phil Regan.',
      'Keane, who led Ballymount to promotion last season, takes over with the club two points above the relegation places.',
      'So is Keane the man to turn round a side that has won once since August?',
      'The club said Keane would take charge for the first time at home to Castlebar on Saturday.',
      'Regan was dismissed after a 4-0 defeat at Athlone, the club’s sixth in a row.',
    );
    expect(summary.keyPoints.some((point) => point.text.includes('the man to turn round'))).toBe(false);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a statement that reports a question someone asked', () => {
    const { summary } = analyseText(
      'Residents demand answers over care home closure',
      'Families of residents at the Elms care home in Kettering have asked the county council why it approved the home’s closure without consulting them.',
      'The council said the home’s owner had given notice that it could no longer meet fire safety standards in the 1960s building.',
      'Residents will be moved to other homes in the county by the end of January, the council said.',
    );
    expect(summary.keyPoints[0]?.text).toMatch(/^Families of residents at the Elms/);
  });
});
