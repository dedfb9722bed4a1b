import { describe, expect, it } from 'vitest';
import { speakerOf } from './build-article.js';

describe('a body’s note quoted afterwards as "the note said"', () => {
  it('gives the note to the union that issued it, named by its kind (Folha style)', () => {
    expect(
      speakerOf(
        'Without overtime pay',
        'The Federation of Bus Drivers of Recife blamed the strike on the operators. In a note, the federation said talks had broken down on Friday.',
        '"Without overtime pay, nobody will drive the night routes," the note said.',
      ),
    ).toBe('Federation of Bus Drivers of Recife');
  });

  it('does the same for a memo sent by a company to its staff (Bloomberg style)', () => {
    expect(
      speakerOf(
        'We will not be hiring',
        'Northfield Logistics told staff on Monday that the warehouse in Leeds would close. In a memo seen by reporters, Northfield Logistics said the site had lost money for three years.',
        '"We will not be hiring for the Christmas season," the memo said.',
      ),
    ).toBe('Northfield Logistics');
  });

  it('keeps a brokers’ note written by a named bank with that bank (Reuters style)', () => {
    expect(
      speakerOf(
        'Margins will stay',
        'Analysts at Kestrel Capital said in a note that the cut was priced in.',
        'The Central Bank of Kenya left its rate unchanged on Tuesday.',
        '"Margins will stay under pressure into next year," the note said.',
      ),
    ).toBe('Kestrel Capital');
  });
});

describe('a passive with a thing after "by" inside what a body said', () => {
  it('keeps the words with the body that said them (Wiener Zeitung style)', () => {
    expect(
      speakerOf(
        'staff shortages',
        'The Tyrol Hospital Association rejected the findings. It said the delays could be explained by "staff shortages in the summer months" and nothing else.',
      ),
    ).toBe('Tyrol Hospital Association');
  });

  it('does the same for "was caused by" in a statement (Irish Times style)', () => {
    expect(
      speakerOf(
        'a failure of the signalling',
        'Irish Rail apologised to passengers. In a statement, Irish Rail said the delay was caused by "a failure of the signalling system at Connolly".',
      ),
    ).toBe('Irish Rail');
  });

  it('and for "was reported by" in a rail operator’s account (Guardian style)', () => {
    expect(
      speakerOf(
        'a passenger on the platform',
        'Irish Rail apologised to passengers. It said the fault was reported by "a passenger on the platform" at 8am.',
      ),
    ).toBe('Irish Rail');
  });

  it('leaves words described by a named person with that person', () => {
    expect(
      speakerOf(
        'madness',
        'Mayor Ann Cole said the plan had been described by Tom Reed as "madness" at the meeting.',
      ),
    ).toBe('Tom Reed');
  });
});
