import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a colon lead-in on its own line introduces the quotation below it', () => {
  it('gives the block quotation after "The Bench observed:" to the court, not the judge named above (LiveLaw style)', () => {
    const analysis = analyseText(
      'High Court quashes tree-felling permission',
      'A Division Bench of Chief Justice Arun Kale and Justice Meera Pillai-Desai of the Madras High Court quashed the permission on Monday.',
      'The judgment, authored by Justice Pillai-Desai, noted that the authority received 2,100 objections.',
      'The Bench observed:',
      '"We have searched the minutes for any sign that even one objection was read. We found none."',
    );
    expect(quoteStartingWith(analysis, 'We have searched the minutes')?.speaker).toBe('Madras High Court');
  });

  it('gives the quotation after "…, he smiled:" to the man the line is about (Irish Independent style)', () => {
    const analysis = analyseText(
      'Ballyhale through',
      'Brian Cody, the former Kilkenny manager, was in the stand. Asked how the side compared with the great teams, he smiled:',
      '"Ask me in March."',
    );
    expect(quoteStartingWith(analysis, 'Ask me in March')?.speaker).toBe('Brian Cody');
  });

  it('leaves the quotation unattributed when the line only describes it: "His verdict was blunt:"', () => {
    const analysis = analyseText(
      'Ballyhale through',
      'Brian Cody, the former Kilkenny manager, was in the stand, and the verdict of the crowd was blunt:',
      '"Not good enough."',
    );
    expect(quoteStartingWith(analysis, 'Not good enough')?.speaker).toBeNull();
  });
});
