import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('family names of two words', () => {
  it('keeps a number that opens a Native American family name, and follows "Two Feathers said" to her (Indian Country Today style)', () => {
    const analysis = analyseText(
      'Tribal college breaks ground on language centre',
      'The college’s president, Lucy Two Feathers, said the building would house Lakota immersion classes from the autumn.',
      '"Our grandparents were punished for speaking it," Two Feathers said. "Our grandchildren will be taught in it."',
    );
    expect(peopleIn(analysis)).toEqual(['Lucy Two Feathers']);
    expect(quoteStartingWith(analysis, 'Our grandparents')?.speaker).toBe('Lucy Two Feathers');
    expect(quoteStartingWith(analysis, 'Our grandchildren')?.speaker).toBe('Lucy Two Feathers');
  });

  it('does not make a person of a title in title case that holds a small word', () => {
    const analysis = analyseText(
      'Game review',
      'Players who enjoyed Medal Of Honor will find the sequel familiar, the studio said.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});

describe('a full name set off by commas before the verb of speech', () => {
  it('reads a family-name-first name as a person, and "Liu told" as the same person (Sixth Tone style)', () => {
    const analysis = analyseText(
      'Chengdu battery plant doubles output',
      'Her counterpart at the plant in Yibin, Liu Haoran, says the second line started in March.',
      '"We ran it for a week before anyone noticed," Liu told reporters.',
    );
    expect(peopleIn(analysis)).toEqual(['Liu Haoran']);
    expect(quoteStartingWith(analysis, 'We ran it')?.speaker).toBe('Liu Haoran');
  });

  it('leaves the speech to a subject named before a "who" clause, not to the region set off after a town', () => {
    const analysis = analyseText(
      'Mango growers count losses',
      'Rodel Santiago, who grows mangoes in Sta. Cruz, Davao Occidental, said half his crop had dropped.',
    );
    expect(peopleIn(analysis)).toEqual(['Rodel Santiago']);
  });
});

describe('particles and short given names inside a name', () => {
  it('keeps "Ma." and "de las" in a Filipino name, and "Ms. De las Alas" as the same woman (Inquirer style)', () => {
    const analysis = analyseText(
      'Typhoon shelters overcrowded',
      '"We have three families to a classroom," school principal Ma. Luisa de las Alas said on Tuesday.',
      'Ms. De las Alas said the division office had been told.',
    );
    expect(peopleIn(analysis)).toEqual(['Ma. Luisa de las Alas']);
    expect(quoteStartingWith(analysis, 'We have three families')?.speaker).toBe('Ma. Luisa de las Alas');
  });

  it('keeps the given name before a lower-case particle when a long title runs into the name (Philippine Star style)', () => {
    const analysis = analyseText(
      'Fisheries ban lifted',
      '"The stocks have recovered," Bureau of Fisheries Director for Capture Operations Ramon dela Paz said in a statement.',
    );
    expect(peopleIn(analysis)).toEqual(['Ramon dela Paz']);
    expect(quoteStartingWith(analysis, 'The stocks')?.speaker).toBe('Ramon dela Paz');
  });

  it('reads "Md." as a given name that does not end the sentence (Daily Star style)', () => {
    const analysis = analyseText(
      'Rickshaw fares rise',
      '"We cannot feed our children on this," rickshaw driver Md. Rafiqul Hasan said in Mirpur.',
    );
    expect(quoteStartingWith(analysis, 'We cannot feed')?.speaker).toBe('Md. Rafiqul Hasan');
  });

  it('gives the quotes of a Malay name shortened to its given names to the full name (The Star style)', () => {
    const analysis = analyseText(
      'Palm oil levy review',
      'The association’s president, Mohd Hafiz bin Ismail, said smallholders could not absorb the levy.',
      '"They are already selling below cost," Mohd Hafiz said.',
    );
    expect(peopleIn(analysis)).toEqual(['Mohd Hafiz bin Ismail']);
    expect(entityNamed(analysis, 'Mohd Hafiz')?.name).toBe('Mohd Hafiz bin Ismail');
    expect(quoteStartingWith(analysis, 'They are already')?.speaker).toBe('Mohd Hafiz bin Ismail');
  });
});

describe('Irish surnames after "Mac an" and "Ó"', () => {
  it('keeps "Mac an" and a mutated surname in the name, and the quote that cites it (Irish Times style)', () => {
    const analysis = analyseText(
      'Harp to stay in Dublin',
      'The museum’s keeper of music, Cathal Mac an tSaoir, said the instrument was too fragile to travel.',
      '"It has not left the building since 1961," Mac an tSaoir said.',
    );
    expect(peopleIn(analysis)).toEqual(['Cathal Mac an tSaoir']);
    expect(quoteStartingWith(analysis, 'It has not left')?.speaker).toBe('Cathal Mac an tSaoir');
  });

  it('keeps an h before the capital after "Ó" (RTÉ style)', () => {
    const analysis = analyseText(
      'Roads closed in Connemara',
      'Ciarán Ó hUiginn, the county’s director of services, said crews had worked through the night.',
      '"Stay off the coast road," Ó hUiginn said.',
    );
    expect(peopleIn(analysis)).toEqual(['Ciarán Ó hUiginn']);
    expect(quoteStartingWith(analysis, 'Stay off')?.speaker).toBe('Ciarán Ó hUiginn');
  });
});

describe('a job opening the sentence before a full name', () => {
  it('leaves the job out of the name and gives it as the role (Guardian style)', () => {
    const analysis = analyseText(
      'Bronze cracked in the frost',
      'Sculptor Ana Ortega said the casting had cracked along an old repair.',
      '"It was always the weak point," Ortega said.',
    );
    expect(peopleIn(analysis)).toEqual(['Ana Ortega']);
    expect(entityNamed(analysis, 'Ana Ortega')?.role).toBe('Sculptor');
    expect(quoteStartingWith(analysis, 'It was always')?.speaker).toBe('Ana Ortega');
  });

  it('leaves a job in "-ator" out of a name of three words', () => {
    const analysis = analyseText(
      'Altarpiece returns to Seville',
      'Conservator Rosa María Alvarado said the varnish had darkened over two centuries.',
      '"Underneath, the blues are intact," Alvarado said.',
    );
    expect(peopleIn(analysis)).toEqual(['Rosa María Alvarado']);
    expect(quoteStartingWith(analysis, 'Underneath')?.speaker).toBe('Rosa María Alvarado');
  });
});

describe('a sport’s governing body named by the sport and the country', () => {
  it('reads "Nepal Cricket" as a body, and "the board" that speaks next as the same body (Kathmandu Post style)', () => {
    const analysis = analyseText(
      'Nepal part ways with batting coach',
      'Nepal Cricket has released its batting coach, Graham Whitlock, with a year left on his contract.',
      'The board said in a statement that the two sides had parted "on good terms and by consent".',
      '"We wish Graham well," the statement said.',
    );
    expect(entityNamed(analysis, 'Nepal Cricket')?.kind).toBe('organisation');
    expect(quoteStartingWith(analysis, 'on good terms')?.speaker).toBe('Nepal Cricket');
    expect(quoteStartingWith(analysis, 'We wish Graham')?.speaker).toBe('Nepal Cricket');
  });

  it('does not hand "the magazine said" to a company that acted just before', () => {
    const analysis = analyseText(
      'Laptop named greatest gadget',
      'Apple made the winning laptop in 1991. The magazine ranked it above the Walkman.',
      '"It defined the notebook," said the magazine.',
    );
    expect(quoteStartingWith(analysis, 'It defined')?.speaker).not.toBe('Apple');
  });
});
