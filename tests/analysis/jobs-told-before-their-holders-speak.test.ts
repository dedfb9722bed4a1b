import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

describe('a ranked job told first finds the holder who speaks next', () => {
  it('gives "vice-chair" and "co-chairman" to the next one named who speaks (Asian business daily style)', () => {
    expect(
      roleIn(
        'Tin Maung Htwe',
        'The association’s vice-chair said most of the rise came from fuel rather than from the harvest.',
        '"The farmers are not getting richer," said Tin Maung Htwe, who also runs a mill in Pathein.',
      ),
    ).toBe('association’s vice-chair');
    expect(
      roleIn(
        'Nkechi Obi',
        'The union’s co-chairman told members the strike would go ahead.',
        '"We have waited long enough," Nkechi Obi said.',
      ),
    ).toBe('union’s co-chairman');
  });

  it('gives no job whose words run into the holder’s own name', () => {
    expect(
      roleIn(
        'Dupont',
        'The French co-head of aerospace group Avia Marc Dupont is to leave his post.',
        'Mr Dupont said in a statement that he would return to the family firm.',
      ),
    ).toBeNull();
  });
});

describe('a relation told in a sentence that opens on when', () => {
  it('gives "mother" to the one who speaks next after "Before the sentence…, the boy’s mother…"', () => {
    expect(
      roleIn(
        'Yolande Baptiste',
        'Before the sentence was read, the boy’s mother addressed the court.',
        '"I never got to see him graduate," Yolande Baptiste said.',
      ),
    ).toBe('boy’s mother');
  });

  it('gives nothing when someone else is named between the relation and the speaker', () => {
    expect(
      roleIn(
        'Yolande Baptiste',
        'After the verdict, the boy’s mother left the court with Judge Carl Moss’s clerk, Ana Lutz.',
        '"I never got to see him graduate," Yolande Baptiste said.',
      ),
    ).toBeNull();
  });
});

describe('South Asian police ranks by their initials', () => {
  it('reads "SSP Traffic Jammu" and "DSP City" set off before the name (Indian daily style)', () => {
    expect(
      roleIn('Gurpreet Kaur Sandhu', 'SSP Traffic Jammu, Gurpreet Kaur Sandhu, said the road would close.'),
    ).toBe('SSP Traffic Jammu');
    expect(roleIn('Imran Qureshi', 'DSP City, Imran Qureshi, said two suspects had been held.')).toBe(
      'DSP City',
    );
  });

  it('leaves a party’s initials without a job', () => {
    expect(
      roleIn('Ramesh Yadav', 'SP leader Akhilesh spoke first; Ramesh Yadav, 40, said he was not surprised.'),
    ).toBeNull();
  });
});

describe('a workmate named after the one just named', () => {
  it('gives "colleague" and "teammate" when nothing says more (wire and sports desk style)', () => {
    expect(
      roleIn(
        'Pablo Sosa',
        'Lucía Sosa, who has driven buses for nine years, said her pay no longer covered rent. Her colleague Pablo Sosa, who is not related to her, said drivers were leaving.',
      ),
    ).toBe('colleague');
    expect(
      roleIn('Joel Okafor', 'Asked about the injury, his teammate, Joel Okafor, said the squad was calm.'),
    ).toBe('teammate');
  });

  it('prefers a job told with the name, and gives nothing to a friend or a rival', () => {
    expect(
      roleIn(
        'Ines Roth',
        'Her colleague Ines Roth, a ward sister at the hospital, said shifts ran to 14 hours.',
      ),
    ).toBe('ward sister at the hospital');
    expect(roleIn('Mark Dunn', 'His friend Mark Dunn said he had been quiet for weeks.')).toBeNull();
  });
});
