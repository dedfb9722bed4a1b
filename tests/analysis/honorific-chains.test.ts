import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a chain of honours before a Malay or Brunei name', () => {
  it('keeps the office as the role and the name after the honours, patronymic and all (The Star style)', () => {
    const analysis = analyseText(
      'Flood relief centres stay open',
      'Minister of Rural Development Yang Berhormat Datuk Seri Haji Kamarul Azman bin Abdul Rahim said the centres in Kelantan would stay open until March.',
      '"No family will be sent home to a flooded house," Kamarul Azman said.',
    );
    expect(peopleIn(analysis)).toEqual(['Kamarul Azman bin Abdul Rahim']);
    expect(entityNamed(analysis, 'Kamarul Azman bin Abdul Rahim')?.role).toBe(
      'Minister of Rural Development',
    );
    expect(quoteStartingWith(analysis, 'No family')?.speaker).toBe('Kamarul Azman bin Abdul Rahim');
  });

  it('leaves the father’s honours inside the patronymic (Borneo Bulletin style)', () => {
    const analysis = analyseText(
      'New ferry terminal in Muara',
      'Director of Marine Pengiran Haji Ahmad Fauzi bin Pengiran Haji Omar said the terminal would open in June.',
    );
    expect(peopleIn(analysis)).toEqual(['Ahmad Fauzi bin Pengiran Haji Omar']);
    expect(entityNamed(analysis, 'Ahmad Fauzi bin Pengiran Haji Omar')?.role).toBe('Director of Marine');
  });

  it('reads graded honours of three words as honours ("Dato Paduka", "Dato Seri Laila Jasa")', () => {
    const analysis = analyseText(
      'Trade mission to Jakarta',
      'The mission was led by Dato Seri Laila Jasa Awang Haji Roslan Hamzah, who said exporters had waited years for it.',
    );
    expect(peopleIn(analysis)).toEqual(['Roslan Hamzah']);
  });
});

describe('courtesy titles that are also names', () => {
  it('peels Burmese "Daw" and "Ko" before a name of several words (The Irrawaddy style)', () => {
    const analysis = analyseText(
      'Teachers return to Mandalay schools',
      'Daw Nwe Nwe Aye, a head teacher in Mandalay, said half her staff had come back. Ko Aung Ko Latt, a parent, said the school had no books.',
    );
    expect(peopleIn(analysis)).toEqual(['Nwe Nwe Aye', 'Aung Ko Latt']);
  });

  it('keeps "Ma" and "Ato" when they are the name itself, before a single word (Taipei Times style)', () => {
    const analysis = analyseText(
      'Former president speaks in Taichung',
      'Former president Ma Ying-jeou said the talks should resume. The sprinter Ato Boldon, who was in the audience, said he agreed.',
    );
    expect(peopleIn(analysis)).toEqual(['Ma Ying-jeou', 'Ato Boldon']);
  });

  it('peels the Amharic "Ato" and the Fijian "Ratu" before a full name (The Reporter, Fiji Sun style)', () => {
    const analysis = analyseText(
      'Coffee exporters meet',
      'Ato Bekele Tesfaye, who chairs the exporters’ association, said prices had doubled. Ratu Josefa Nacola, the Tui Nadi’s spokesman, said the talks had gone well.',
    );
    expect(peopleIn(analysis)).toEqual(['Bekele Tesfaye', 'Josefa Nacola']);
  });
});
