import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a job told by epithet just after someone is named', () => {
  it('gives a nationality and position after a speech verb to the one person just named (The Scotsman style)', () => {
    const analysis = analyseText(
      'Hibs hold on',
      'Declan Moffat scored from the spot early in the second half to draw the sides level.',
      '"We were too slow in the first half," said the French midfielder. "The manager told us so."',
    );
    expect(entityNamed(analysis, 'Declan Moffat')?.role).toBe('French midfielder');
  });

  it('reads an age before the job as no part of it (Manchester Evening News style)', () => {
    const analysis = analyseText(
      'Late winner',
      'Callum Brierley scored four minutes from time.',
      'The 20-year-old winger, who joined from the academy last year, said he had dreamt of it.',
    );
    expect(entityNamed(analysis, 'Callum Brierley')?.role).toBe('winger');
  });

  it('guesses no one when two people were just named (The Guardian style)', () => {
    const analysis = analyseText(
      'Derby draw',
      'Jonas Eriksen crossed for Paulo Meireles to head home.',
      '"It was a perfect ball," said the Portuguese striker.',
    );
    expect(entityNamed(analysis, 'Jonas Eriksen')?.role ?? null).toBeNull();
    expect(entityNamed(analysis, 'Paulo Meireles')?.role ?? null).toBeNull();
  });

  it('takes no plain job for an epithet: "the driver" may be anyone (Evening Standard style)', () => {
    const analysis = analyseText(
      'Crash',
      'Martin Oduya, 58, was crossing the road when he was hit.',
      'The driver stopped at the scene and was later arrested.',
    );
    expect(entityNamed(analysis, 'Martin Oduya')?.role ?? null).toBeNull();
  });

  it('guesses no one when a name it may have missed stands between (Variety style)', () => {
    const analysis = analyseText(
      'Festival',
      'Callum Brierley scored twice for the hosts before Okonkwo-Hale came off the bench.',
      '"It was a perfect ball," said the Nigerian striker.',
    );
    expect(entityNamed(analysis, 'Callum Brierley')?.role ?? null).toBeNull();
  });

  it('gives a bare position to the one just named only when the position speaks (Limerick Leader style)', () => {
    const speaking = analyseText(
      'County final',
      'Ciarán Hegarty, 22, came on after 50 minutes.',
      '"I just hit it and hoped," the wing-back said afterwards.',
    );
    expect(entityNamed(speaking, 'Ciarán Hegarty')?.role).toBe('wing-back');
    const acting = analyseText(
      'County final',
      'Ciarán Hegarty, 22, came on after 50 minutes.',
      'The wing-back was booked for a late challenge.',
    );
    expect(entityNamed(acting, 'Ciarán Hegarty')?.role ?? null).toBeNull();
  });

  it('reads past the clubs and places the story names to the one person named (Wales Online style)', () => {
    const analysis = analyseText(
      'Transfer',
      'Cardiff City have agreed a fee with Swansea City for Rhodri Pugh, who spent last season on loan at Newport County.',
      'The 19-year-old Welsh midfielder is expected to sign on Friday.',
    );
    expect(entityNamed(analysis, 'Rhodri Pugh')?.role).toBe('Welsh midfielder');
  });
});
