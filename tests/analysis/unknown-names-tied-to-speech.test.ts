import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a full name no list knows, tied to speech, is a person', () => {
  it('reads the source named after "according to" with an appositive job (Daily Nation style)', () => {
    const analysis = analyseText(
      'Mill sheds jobs',
      'The mill has shed 40 jobs since March, according to Wanjala Kibet, a union official at the plant.',
    );
    expect(peopleIn(analysis)).toContain('Wanjala Kibet');
  });

  it('reads a subject of "said" whom the story then calls "she" (Star Tribune style)', () => {
    const analysis = analyseText(
      'Pantry to close',
      'The food shelf will close in June, Alma Pruitt said. She has run it from a church basement since 2001.',
    );
    expect(peopleIn(analysis)).toContain('Alma Pruitt');
  });

  it('reads the speaker after a quotation with "he" following (Business Day style)', () => {
    const analysis = analyseText(
      'Taxi fares rise',
      '"The road has been closed for weeks," said Oyelaran Okonkwo. He drives a minibus between the two towns.',
    );
    expect(peopleIn(analysis)).toContain('Oyelaran Okonkwo');
    expect(quoteStartingWith(analysis, 'The road has')?.speaker).toBe('Oyelaran Okonkwo');
  });

  it('leaves firms that speak as "it", and names that are what was said, as no one (BBC style)', () => {
    const analysis = analyseText(
      'Car maker recalls',
      'Forrester Research said it expected sales to slow. Analysts said Fiat Auto was now the focus of his attention.',
      'Financial newspaper Nihon Keizai Shimbun said the firms would merge.',
    );
    const people = peopleIn(analysis);
    expect(people).not.toContain('Forrester Research');
    expect(people).not.toContain('Fiat Auto');
    expect(people).not.toContain('Nihon Keizai Shimbun');
  });

  it('leaves a name after "of" before "said" as where the speaker works', () => {
    const analysis = analyseText(
      'Retirement ruled out',
      'Peter Misselbrook, executive partner of Tods Murray said he would not retire. He added that the firm was busy.',
    );
    expect(peopleIn(analysis)).toEqual(['Peter Misselbrook']);
    expect(entityNamed(analysis, 'Tods Murray')?.kind).not.toBe('person');
  });
});

describe('a full name set off after the job that opens the sentence', () => {
  it('reads the holder of an office named with its constituency (Kuensel style)', () => {
    const analysis = analyseText(
      'Fee cut opposed',
      'The Member of Parliament for Lhuentse constituency, Tshering Wangmo, opposed the cut in the House.',
    );
    expect(entityNamed(analysis, 'Tshering Wangmo')?.role).toBe(
      'Member of Parliament for Lhuentse constituency',
    );
  });

  it('takes no title in a list after a clause with its own verb (BBC style)', () => {
    const analysis = analyseText(
      'DVD record',
      "The all-time record is held by 1995's Lion King followed by Shrek 2, Finding Nemo, the original Shrek, and Monsters Inc.",
    );
    expect(peopleIn(analysis)).not.toContain('Finding Nemo');
  });
});
