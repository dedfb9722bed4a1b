import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a trade written as one word with what it works on is a job', () => {
  it('reads schoolteacher, steelworker and firefighter as jobs after and before a name (Kyiv Independent and Wales Online styles)', () => {
    expect(
      roleIn(
        'Olena Marchuk',
        'Among the visitors was Olena Marchuk, a schoolteacher from Drohobych, who said her class had waited years.',
      ),
    ).toBe('schoolteacher from Drohobych');
    expect(
      roleIn('Dai Pritchard', 'Steelworker Dai Pritchard said the furnace had been cold since March.'),
    ).toBe('Steelworker');
    expect(roleIn('Kerry Vance', 'Kerry Vance, a firefighter, said the blaze spread fast.')).toBe(
      'firefighter',
    );
  });

  it('does not make a firm a person by the thing it makes (Reuters style)', () => {
    expect(
      roleIn('Dr Reddy', "Shares in Indian drugmaker Dr Reddy's Laboratories rose 4% on the news."),
    ).toBeNull();
  });
});

describe('a relative clause tells a job as the second of two things or as a working life', () => {
  it('reads the job after "and" in a who-clause (Het Parool style)', () => {
    expect(
      roleIn(
        'Marieke de Wit',
        "Marieke de Wit, who has lived on the Herengracht for twenty years and chairs the residents' association, said the barges were too loud.",
      ),
    ).toBe("chairs the residents' association");
  });

  it('reads a past trade with how long it lasted, not a single sale (ThisDay style)', () => {
    expect(
      roleIn(
        'Ngozi Eze',
        'Mrs Ngozi Eze, who sold fabrics there for 22 years, said she had lost everything.',
      ),
    ).toBe('sold fabrics there for 22 years');
    expect(
      roleIn('Tunde Ajayi', 'Tunde Ajayi, who sold his car last week, said he was relieved.'),
    ).toBeNull();
  });
});

describe('an Indian city corporation member is a corporator', () => {
  it('reads "corporator" before a name as the office (Times of India style)', () => {
    expect(
      roleIn(
        'Sunita Kamble',
        'The motion, moved by corporator Sunita Kamble and backed by the ruling bloc, was passed 31-12.',
      ),
    ).toBe('corporator');
  });
});
