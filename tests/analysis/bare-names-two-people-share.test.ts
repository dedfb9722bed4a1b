import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a bare surname that two people in the story share', () => {
  it('is the one named in full just before, even when the other is named later (El País style, two surnames)', () => {
    const analysis = analyseText(
      'Valencia tram extension delayed',
      'The transport authority’s director, Lucía Fernández Ortega, told regional deputies on Tuesday that the tunnel had flooded twice.',
      '"We will not open a line that is not safe," Fernández said.',
      'Deputies from three parties criticised the delay.',
      'Geologist Pablo Fernández, of the University of Valencia, who studied the site, said the water table had been mapped badly. He is not related to the director.',
      '"The maps were forty years old," Fernández said.',
    );
    expect(quoteStartingWith(analysis, 'We will not open')?.speaker).toBe('Lucía Fernández Ortega');
    expect(quoteStartingWith(analysis, 'The maps were')?.speaker).toBe('Pablo Fernández');
  });

  it('is the one the sentence before names by job ("The minister rejected that") (Dagens Nyheter style)', () => {
    const analysis = analyseText(
      'Kiruna clinic to stay open',
      'Health Minister Astrid Lindqvist said on Monday that the night clinic in Kiruna would stay open until 2027.',
      'Nurse Maja Lindqvist, who is no relation of the minister, said staff had already begun to leave.',
      '"Three of my colleagues have moved to Norway," Maja Lindqvist said.',
      'Opposition members said the reprieve came only because of the election.',
      'The minister rejected that. "The decision rests on the medical advice," Lindqvist said.',
    );
    expect(quoteStartingWith(analysis, 'Three of my colleagues')?.speaker).toBe('Maja Lindqvist');
    expect(quoteStartingWith(analysis, 'The decision rests')?.speaker).toBe('Astrid Lindqvist');
  });

  it('is the one a title before it was first written with ("Dato Seri", "Awang") (Borneo Bulletin style)', () => {
    const titled = analyseText(
      'Border post to open later',
      'Minister of Development Dato Seri Setia Awang Haji Ahmad Faizal bin Abdul Rahman said the post would open until midnight.',
      'Awang Ahmad Faizal bin Abdul Karim, who runs a fruit stall at the market, said he crossed twice a week.',
      '"The queues are the worst part," Awang Ahmad Faizal said.',
      '"We will review it in six months," Dato Seri Setia Haji Ahmad Faizal said.',
    );
    expect(quoteStartingWith(titled, 'The queues are')?.speaker).toBe('Ahmad Faizal bin Abdul Karim');
    expect(quoteStartingWith(titled, 'We will review')?.speaker).toBe('Ahmad Faizal bin Abdul Rahman');
  });

  it('is the story’s main figure, not a relative set off beside them or named paragraphs ago (Baltimore Sun style)', () => {
    const analysis = analyseText(
      'Former clerk jailed for fraud',
      'A former county clerk was jailed for three years on Friday for taking bribes to approve permits.',
      'Marcus Okonjo, 48, of Towson, pleaded guilty in May. His brother, Daniel Okonjo, a builder, was also charged.',
      '"I knew it was wrong," Okonjo said.',
      'Prosecutors said the scheme ran for six years.',
      'One of the builders who paid him, Samuel Okonjo, is a cousin. He pleaded guilty in June.',
      'The judge said the harm was lasting.',
      'The defence asked for home detention.',
      'Okonjo apologised to the court. "I am sorry for what I did," he said.',
    );
    expect(quoteStartingWith(analysis, 'I knew it was wrong')?.speaker).toBe('Marcus Okonjo');
    expect(quoteStartingWith(analysis, 'I am sorry')?.speaker).toBe('Marcus Okonjo');
  });

  it('is not the one a different courtesy title was given to ("Sir", "Dame" against "Mr") (BBC and Times styles)', () => {
    const analysis = analyseText(
      'Election could be a target, says police chief',
      'Sir Martin Cole, the country’s most senior police officer, said on Tuesday that the election could be a target. Sir Martin said the threat was real.',
      'Prime Minister David Cole defended his plans for house arrest.',
      'But Mr Cole insisted: "There is no greater freedom than to live free from attack."',
      'Dame Ruth Heller, the chief inspector, and her son Tom Heller, a councillor, both spoke at the meeting.',
      '"We were never asked," Mr Heller said.',
    );
    expect(quoteStartingWith(analysis, 'There is no greater')?.speaker).toBe('David Cole');
    expect(quoteStartingWith(analysis, 'We were never asked')?.speaker).toBe('Tom Heller');
  });

  it('leaves a one-person surname as it was (Reuters style)', () => {
    const analysis = analyseText(
      'Port strike ends',
      'Union leader Rosa Mbeki said the strike would end on Monday.',
      '"We have a deal," Mbeki said.',
    );
    expect(quoteStartingWith(analysis, 'We have a deal')?.speaker).toBe('Rosa Mbeki');
  });
});
