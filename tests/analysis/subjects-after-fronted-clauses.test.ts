import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('a clause fronted before the subject does not hide who the sentence is about', () => {
  it('gives "he said" to the coach after "before his dismissal was announced" (Caracol Radio style)', () => {
    expect(
      speakerOf(
        'The first goal killed us',
        'Head coach Hernán Quintero was sacked on Sunday. His assistant Julio Arbeláez will take charge.',
        'On Saturday night, before his dismissal was announced, Quintero had already taken responsibility for the defeat.',
        '"The first goal killed us," he said.',
      ),
    ).toBe('Hernán Quintero');
  });

  it('reads past an opening participle and a "once" clause with a passive speech verb (Guardian style)', () => {
    expect(
      speakerOf(
        'We were outplayed',
        'Manager Tom Kettering named an unchanged side. Striker Dean Alcott missed a penalty.',
        'Standing on the touchline, once the result was confirmed, Kettering shook hands with the visiting bench.',
        '"We were outplayed in every area," he said.',
      ),
    ).toBe('Tom Kettering');
  });

  it('reads past "after the verdict was read out" to the woman the sentence is about (AP style)', () => {
    expect(
      speakerOf(
        'I have waited five years',
        'Defence lawyer Mark Ellison asked for leniency. The victim’s sister, Grace Obi, sat in the gallery.',
        'After the verdict was read out, Obi hugged her mother.',
        '"I have waited five years for this," she said.',
      ),
    ).toBe('Grace Obi');
  });

  it('reads past "although" and a speech verb inside it to the main clause’s subject (Reuters style)', () => {
    expect(
      speakerOf(
        'It was a serious error',
        'Finance minister Paulo Serra and central bank governor Rui Matos met on Monday.',
        'Although Serra had announced the cut a week earlier, Matos called it a mistake.',
        '"It was a serious error," he said.',
      ),
    ).toBe('Rui Matos');
  });
});
