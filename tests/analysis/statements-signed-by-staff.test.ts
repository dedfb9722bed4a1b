import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a statement signed or released by staff is the body’s', () => {
  it('gives "the council said" after "signed by its press officer, <name>," to the council (Gambian style)', () => {
    const analysis = analyseText(
      'Depot fire',
      'The Harbour City Council, which owns the depot, said the blaze began in a storeroom. In a statement signed by its communications manager, Rita Okafor, the council said it had "twice asked" for money to move it.',
      '"We cannot do this alone. The depot is a national problem," the statement said.',
    );
    expect(quoteStartingWith(analysis, 'twice asked')?.speaker).toBe('Harbour City Council');
    expect(quoteStartingWith(analysis, 'We cannot do this alone')?.speaker).toBe('Harbour City Council');
  });

  it('does the same for a release issued through a spokesperson (Ghanaian style)', () => {
    const analysis = analyseText(
      'Water rationing',
      'The Ghana Water Company announced rationing in Kumasi. In a release issued through its spokesman, Kofi Mensah, the company said supply would be "restored within a week".',
    );
    expect(quoteStartingWith(analysis, 'restored within a week')?.speaker).toBe('Ghana Water Company');
  });

  it('keeps the named person when no definite phrase follows: "Campbell, now working for Labour, says"', () => {
    const analysis = analyseText(
      'Campaign row',
      'Alastair Campbell, now working on Labour’s campaign, says the poster was "a mistake".',
    );
    expect(quoteStartingWith(analysis, 'a mistake')?.speaker).toBe('Alastair Campbell');
  });

  it('reads "Reacting to a remark by chairman <name>, the American said" as the player', () => {
    const analysis = analyseText(
      'Prize money',
      'World number one Lindsay Porter criticised the tournament over prize money, Porter told a news conference in Dubai.',
      'Reacting to a remark by club chairman Tim Hale, the American said: "I think it is insulting."',
    );
    expect(quoteStartingWith(analysis, 'I think it is insulting')?.speaker).toBe('Lindsay Porter');
  });
});
