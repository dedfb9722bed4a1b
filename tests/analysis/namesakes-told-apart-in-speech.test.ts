import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('"he said" after a namesake is mentioned, when the quotation calls that namesake by name', () => {
  it('gives the words to the coach, not to the son he talks about (regional sport style)', () => {
    const analysis = analyseText(
      'New coach for Rovers',
      'Rovers have appointed Martin Keane as senior coach for next season.',
      '"It is a club I have always loved," Keane said.',
      "Keane's son, Liam Keane, a 20-year-old defender, played 11 games for the side this year.",
      '"Liam has told me who works hard and who does not. I have told him he gets no favours," he said.',
    );
    expect(quoteStartingWith(analysis, 'Liam has told me')?.speaker).toBe('Martin Keane');
  });

  it('does the same when the quotation opens on the name with a possessive (club newsletter style)', () => {
    const analysis = analyseText(
      'Sisters in the squad',
      'Coach Hannah Brooks named her side for Saturday on Thursday.',
      'Her sister, Olivia Brooks, returns at centre after a knee injury.',
      '"Olivia\'s work in the gym has been remarkable," she said.',
    );
    expect(quoteStartingWith(analysis, "Olivia's work")?.speaker).toBe('Hannah Brooks');
  });

  it('keeps the person just named when the quotation names someone else', () => {
    const analysis = analyseText(
      'Sisters in the squad',
      'Coach Hannah Brooks named her side for Saturday on Thursday.',
      'Her sister, Olivia Brooks, returns at centre after a knee injury.',
      '"Hannah pushed me hard all winter," she said.',
    );
    expect(quoteStartingWith(analysis, 'Hannah pushed me')?.speaker).toBe('Olivia Brooks');
  });
});

describe("a body's initials in brackets after a speaker set off by commas", () => {
  it('leaves the namesake introduced with his university as the one "he" means next (wire style)', () => {
    const analysis = analyseText(
      'Rate held',
      'Economist Rustam Aliyev, who heads the Baku Policy Institute, said the decision was expected.',
      '"The bank moves slowly and explains itself," Aliyev said.',
      'Another analyst, Kamran Aliyev of the Azerbaijan Technical University (AzTU), said high lending rates were hurting farmers.',
      '"Banks lend to farmers at 20 percent. That is not affordable," he said.',
    );
    expect(quoteStartingWith(analysis, 'Banks lend to farmers')?.speaker).toBe('Kamran Aliyev');
  });
});

describe('a bare surname two people share, long after both were introduced', () => {
  const sentencing = [
    'A former building inspector who took bribes to pass unsafe homes was jailed on Tuesday.',
    'Marcus Ellery, 49, admitted misconduct in public office in May.',
    'One of the landlords who paid him, Dwayne Ellery, is his brother. He admitted a related charge and will be sentenced in March.',
    'Prosecutor Anna Kowal said the scheme put "children in danger".',
    '"This was a business, not a lapse," Kowal said.',
  ];

  it('means the defendant the story opened on when neither has spoken (US court report style)', () => {
    const analysis = analyseText(
      'Inspector jailed',
      ...sentencing,
      "Ellery's lawyer, Rosa Lind, argued for home detention, pointing to his care for his mother.",
      'Ellery, his voice breaking, apologised to the tenants. "I told myself the houses were fine," he said.',
    );
    expect(quoteStartingWith(analysis, 'I told myself')?.speaker).toBe('Marcus Ellery');
  });

  it('means the namesake who spoke last, when nobody sharing the name was introduced since', () => {
    const analysis = analyseText(
      'Inspector jailed',
      ...sentencing,
      'Dwayne Ellery told reporters outside court that he regretted paying. "I should have reported it," he said.',
      'Asked about his brother, Ellery said: "He made his choices."',
    );
    expect(quoteStartingWith(analysis, 'He made his choices')?.speaker).toBe('Dwayne Ellery');
  });
});
