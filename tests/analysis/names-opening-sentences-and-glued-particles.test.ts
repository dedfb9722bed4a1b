import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a given name that is also an English word, opening a sentence before a job', () => {
  it('keeps "Per" in the name when a job is set off straight after (NRK style)', () => {
    const analysis = analyseText(
      'Quota cut angers the north',
      'Per Haugen, a fisherman in Vardø, said the new quota would not feed his crew.',
      '"It is not enough for one boat," Haugen said.',
    );
    expect(peopleIn(analysis)).toContain('Per Haugen');
    expect(quoteStartingWith(analysis, 'It is not enough')?.speaker).toBe('Per Haugen');
  });

  it('does the same for "Will" before a nurse (local paper style)', () => {
    const analysis = analyseText(
      'Clinic hours cut',
      'Will Okafor, a nurse at the walk-in centre, said patients were already queueing at seven.',
      '"We turn people away every evening," Okafor said.',
    );
    expect(quoteStartingWith(analysis, 'We turn people away')?.speaker).toBe('Will Okafor');
  });

  it('leaves a firm described by its trade alone', () => {
    const analysis = analyseText(
      'Sportswear sales',
      'Under Armour, a sportswear maker, said sales fell in the quarter.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('does not take a preposition for a name when no job follows', () => {
    const analysis = analyseText(
      'Fares rise',
      'Per Transport Scotland, the fares rise in April.',
      'Via Rail said trains would run as usual.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('particles elided and glued to the surname', () => {
  it("keeps d' with the surname and answers to the particle surname (CBC style)", () => {
    const analysis = analyseText(
      'Lobster season shortened',
      "Catherine d'Entremont, who fishes out of Yarmouth, said the season was two weeks short.",
      "\u201cWe lost the best weeks,\u201d d'Entremont said.",
    );
    expect(peopleIn(analysis)).toEqual(["Catherine d'Entremont"]);
    expect(quoteStartingWith(analysis, 'We lost the best weeks')?.speaker).toBe("Catherine d'Entremont");
  });

  it("does the same with a curly apostrophe and Italian dell' (ANSA style)", () => {
    const analysis = analyseText(
      'Port strike',
      'The strike would go on, said Gianni dell’Orto, a docker in Genoa.',
      '“Nobody has called us,” dell’Orto said.',
    );
    expect(entityNamed(analysis, 'Gianni dell’Orto')?.kind).toBe('person');
    expect(quoteStartingWith(analysis, 'Nobody has called us')?.speaker).toBe('Gianni dell’Orto');
  });

  it("leaves a race named with d' no one", () => {
    const analysis = analyseText(
      'Cycling',
      "The Giro d'Italia starts in Albania this year, organisers said.",
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('an office with "pro tem" before a name', () => {
  it('keeps "Pro Tem" with the office, not the name (US local paper style)', () => {
    const analysis = analyseText(
      'Transit vote delayed',
      'Mayor Pro Tem Danielle Okafor-Reyes said the council could not wait another year.',
      '"We paused twice already," she said.',
    );
    expect(peopleIn(analysis)).toEqual(['Danielle Okafor-Reyes']);
    expect(entityNamed(analysis, 'Danielle Okafor-Reyes')?.role).toBe('Mayor Pro Tem');
  });

  it('does the same for "President pro tempore"', () => {
    const analysis = analyseText(
      'Senate adjourns',
      'Senate President Pro Tempore Marcus Whitfield said the chamber would return on Monday.',
    );
    expect(peopleIn(analysis)).toEqual(['Marcus Whitfield']);
  });
});

describe('towns and bodies shaped like names', () => {
  it('takes no one to be "in" a name with particles (Paraguayan and Argentine towns)', () => {
    const analysis = analyseText(
      'Bus inspections',
      'Inspectors found the buses parked in a workshop in Fernando de la Mora.',
      'Residents in Lomas de Zamora say the line has not run since June.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('still finds a person with particles named after a verb', () => {
    const analysis = analyseText(
      'Gallery reopens',
      'The show, curated by Ramon de la Cruz, opens in Manila on Friday.',
      '"These works have never left the province," De la Cruz said.',
    );
    expect(peopleIn(analysis)).toEqual(['Ramon de la Cruz']);
  });

  it('takes a word said twice after "from" or "in" for a town (East African and Pacific towns)', () => {
    const analysis = analyseText(
      'Clove prices',
      'A grower from Chake Chake, Mr Salim Juma Ali, said the price was fair.',
      'Tourist arrivals in Bora Bora fell by a third, the ministry said.',
    );
    expect(peopleIn(analysis)).toEqual(['Salim Juma Ali']);
  });

  it('takes a name set off after the kind of body it is for that body (Flemish association)', () => {
    const analysis = analyseText(
      'Traders fight parking plan',
      "The local shopkeepers' association, Handelaars Sint-Amandsberg, collected 3,000 signatures.",
    );
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('keeps a person set off after a spokeswoman for a body', () => {
    const analysis = analyseText(
      'Strike ballot',
      'A spokeswoman for the union, Tendai Moyo, said members would walk out on Monday.',
    );
    expect(peopleIn(analysis)).toEqual(['Tendai Moyo']);
  });
});
