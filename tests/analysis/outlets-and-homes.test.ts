import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn } from './build-article.js';

describe('the outlet a source spoke to is an organisation, never a person', () => {
  it('reads "told the X" and "told The X" as outlets (Jamaica Observer style)', () => {
    const analysis = analyseText(
      'Schools reopen',
      '"The roof is still open to the sky," Ms Brown told the Western Mercury.',
      '"We are waiting on the ministry," Principal Dwayne Reid told The Clarion on Tuesday.',
    );
    expect(entityNamed(analysis, 'Western Mercury')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'The Clarion')?.kind).toBe('organisation');
    expect(peopleIn(analysis)).not.toContain('Clarion');
  });

  it('reads an outlet without an article by its outlet word, or after a quotation (Kazinform style)', () => {
    const analysis = analyseText(
      'Metro delayed',
      '"Every year the date moves," Aigerim Bekova told Steppewire.',
      '"It is a shame," he told Delta Radio North.',
    );
    expect(entityNamed(analysis, 'Steppewire')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Delta Radio North')?.kind).toBe('organisation');
  });

  it('leaves people told something as people, and MPs as no body (BBC style)', () => {
    const analysis = analyseText(
      'Minister questioned',
      'He told MPs the plan was sound. The minister later told Sarah Okafor that she would see the papers.',
    );
    expect(entityNamed(analysis, 'MPs')).toBeUndefined();
    expect(entityNamed(analysis, 'Sarah Okafor')?.kind).not.toBe('organisation');
  });
});

describe('where people live is a place', () => {
  it('reads "residents of X" and "Name, 38, of X" as places (Hartford Courant style)', () => {
    const analysis = analyseText(
      'Nurse sentenced',
      'Kristen Dale, 38, of Marlowbury, pleaded guilty in June. Residents of Kettleby said they were relieved.',
    );
    expect(entityNamed(analysis, 'Marlowbury')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Kettleby')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Kristen Dale')?.kind).toBe('person');
  });

  it('reads a name before a lower-case kind of place as that place, not an adjective (Ahram style)', () => {
    const analysis = analyseText(
      'Clinics open',
      "In Alexandria's Karmouz district, pharmacist Youssef Samir said queues had shortened. Athletes left the Olympic village early.",
    );
    expect(entityNamed(analysis, 'Karmouz')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Alexandria')?.kind).toBe('place');
    expect(entityNamed(analysis, 'Olympic')).toBeUndefined();
  });

  it('reads every name in a list closed by a plural kind of place as a place (The Namibian style)', () => {
    const analysis = analyseText(
      'Hospital overrun',
      'The hospital serves patients from the Oshakati, Ondangwa, Okahao and Outapi districts, about a million people.',
    );
    for (const name of ['Oshakati', 'Ondangwa', 'Okahao', 'Outapi'])
      expect(entityNamed(analysis, name)?.kind, name).toBe('place');
  });

  it('does not read a title that opens on "In" as a place (Variety style)', () => {
    const analysis = analyseText(
      'Awards',
      'He won for his In Pieces series in 2001. In Harbourside systems, no server holds the files.',
    );
    expect(entityNamed(analysis, 'Pieces')).toBeUndefined();
    expect(entityNamed(analysis, 'Harbourside')).toBeUndefined();
  });
});

describe('bodies named by their head word, their nationality or their home town', () => {
  it('finds institutions, academies, units and programmes with their complements (AP style)', () => {
    const analysis = analyseText(
      'Study published',
      'The trial was run by the National Dengue Control Unit and the Pacific Mosquito Program, with money from the Hartwell Institution and the National Academy of Tropical Medicine.',
    );
    for (const name of [
      'National Dengue Control Unit',
      'Pacific Mosquito Program',
      'Hartwell Institution',
      'National Academy of Tropical Medicine',
    ])
      expect(entityNamed(analysis, name)?.kind, name).toBe('organisation');
  });

  it("keeps a nationality that opens a body's name, and answers to the name without it (Al Jazeera style)", () => {
    const analysis = analyseText(
      'Floods',
      'According to the Libyan Red Crescent, 300 people were rescued. The Egyptian Medical Syndicate sent doctors.',
    );
    expect(entityNamed(analysis, 'Libyan Red Crescent')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Red Crescent')?.name).toBe('Libyan Red Crescent');
    expect(entityNamed(analysis, 'Egyptian Medical Syndicate')?.kind).toBe('organisation');
  });

  it('reads the name after "X-based" as a body, and a consultancy\'s name as a firm (Reuters style)', () => {
    const analysis = analyseText(
      'Tram tender',
      'The contract went to the Bydgoszcz-based Tramwex. Economist Lina Haddad of the consultancy Kestrel Advisory said the price was high.',
    );
    expect(entityNamed(analysis, 'Tramwex')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Kestrel Advisory')?.kind).toBe('organisation');
    expect(entityNamed(analysis, 'Lina Haddad')?.kind).toBe('person');
  });
});
