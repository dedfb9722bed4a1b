import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('names that are not people', () => {
  it('reads a name ending on the trade a firm is named after as a company, whatever job follows it', () => {
    const analysis = analyseText(
      'Smelter changes hands',
      'Kestrel Bay Mining, the owner of a copper smelter near Mufulira, has agreed to sell it for $400 million.',
      'Anglo Pacific Shipping said it would carry the ore.',
    );
    expect(entityNamed(analysis, 'Kestrel Bay Mining')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Anglo Pacific Shipping')?.kind).toBe('organisation');
    expect(peopleIn(analysis)).toEqual([]);
  });

  it('does not take a label that fills a quotation for a person', () => {
    const analysis = analyseText(
      'Hawkers to be licensed',
      'Vendors will be issued a badge under a scheme the council calls "Clean Streets Lusaka."',
      'Chanda Mwila, who sells vegetables at Soweto market, said the "Clean Streets Lusaka" badge would cost too much.',
    );
    expect(peopleIn(analysis)).toEqual(['Chanda Mwila']);
  });
});

describe('places named after people', () => {
  it('reads a name followed by the kind of place it names, singular or plural, as no person', () => {
    const analysis = analyseText(
      'Dialysis unit to open',
      'Patients now travel to the Adan and Jaber Al-Ahmad hospitals for treatment.',
      'The route passes Charles de Gaulle airport and the Tom Mboya museum before it reaches Kenyatta and Ngong roads.',
      'Nurse Fatima Al-Rashid said the new unit would halve the journey.',
    );
    expect(peopleIn(analysis)).toEqual(['Fatima Al-Rashid']);
  });
});

describe('places named in a list', () => {
  it('reads every one-word name in a list a place preposition opens as a place', () => {
    const analysis = analyseText(
      'Water cuts extended',
      'Cuts will apply in Ndola, Kitwe, Chingola and Luanshya from Monday.',
    );
    for (const town of ['Kitwe', 'Chingola', 'Luanshya'])
      expect(entityNamed(analysis, town)?.kind).toBe('place');
  });

  it('leaves a list of firms after "from", and a name that goes on to act after an introductory place', () => {
    const analysis = analyseText(
      'Handset makers court Japan',
      'New phones from Sharp, Kyocera and Casio went on sale. In Osaka, Kyocera said demand was strong.',
      'Trials are running in Leeds, York, and Vantaro is testing its own network.',
    );
    expect(entityNamed(analysis, 'Casio')?.kind).not.toBe('place');
    expect(entityNamed(analysis, 'Vantaro')?.kind).not.toBe('place');
  });
});

describe('bodies named by one word', () => {
  it('reads a legislature or a cabinet named alone as an organisation, not a place', () => {
    const analysis = analyseText(
      'Borehole money approved',
      'The minister told Parliament on Tuesday that Cabinet had approved the boreholes.',
    );
    expect(entityNamed(analysis, 'Parliament')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Cabinet')?.kind).toBe('organisation');
  });
});

describe('a body named before its bracketed initials', () => {
  it('names the body in full with its initials as its short form, however the sentence opens', () => {
    const analysis = analyseText(
      'Opposition rejects drought plan',
      'The opposition was unconvinced. Alliance for Progressive Reform (APR) spokesperson Neo Dintwe said the plan came too late.',
      'Kuomintang (KMT) councillors walked out of the chamber.',
      'The APR said it would table a motion.',
    );
    const party = entityNamed(analysis, 'APR');
    expect(party?.name).toBe('Alliance for Progressive Reform');
    expect(party?.paragraphs).toEqual([1, 3]);
    expect(entityNamed(analysis, 'KMT')?.name).toBe('Kuomintang');
  });
});

describe('where a body sits', () => {
  it('reads the town joined to "-based" before a body’s name as a place, but not a platform or half a name', () => {
    const analysis = analyseText(
      'Refinery sold',
      'The plant goes to Rosario-based Grupo Litoral and New York-based Halden Capital.',
      'Linux-based servers run the control room.',
    );
    expect(entityNamed(analysis, 'Rosario')?.kind).toBe('place');
    expect(entityNamed(analysis, 'York')).toBeUndefined();
    expect(entityNamed(analysis, 'Linux')?.kind).not.toBe('place');
  });
});

describe('names that look like something else', () => {
  it('reads a given name ending like a gerund as a name when the sentence goes on as it does after one', () => {
    const analysis = analyseText(
      'Mill to close',
      'Aisling Brennan, who runs the mill, said it would close.',
      'Putting Vioxx on sale was a mistake, the report found.',
    );
    expect(entityNamed(analysis, 'Aisling Brennan')?.role).toBe('runs the mill');
    expect(entityNamed(analysis, 'Putting Vioxx')).toBeUndefined();
  });
});

describe('titles named by their kind', () => {
  it('reads a name followed by the kind of title it is as an organisation', () => {
    const analysis = analyseText(
      'Film panned',
      '"A hectoring bore," wrote one reviewer in Screen Weekly magazine, while the Daily Record newspaper said it was "overlong".',
    );
    expect(entityNamed(analysis, 'Screen Weekly')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Daily Record')?.kind).toBe('organisation');
  });
});
