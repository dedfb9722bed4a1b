import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('an officer named with a long body name speaks, not the body that spoke before', () => {
  it('gives the quotation to the association president named after it, though the regulator spoke just before (The Punch style)', () => {
    const analysis = analyseText(
      'Manufacturers reject tariff',
      'The Nigerian Electricity Regulatory Commission raised the tariff for industrial users last week, saying the cost of gas had doubled.',
      '"We cannot pass this on to consumers. Many of our members will simply shut down," Mansur Ahmed, president of the Manufacturers and Exporters Association of Nigeria (MEAN), said at a briefing in Lagos.',
    );
    expect(quoteStartingWith(analysis, 'We cannot pass this on')?.speaker).toBe('Mansur Ahmed');
  });

  it('does the same for a chamber officer with a long title after the quotation (Business Recorder style)', () => {
    const analysis = analyseText(
      'Traders protest gas cuts',
      'The Oil and Gas Regulatory Authority cut supplies to industry on Monday, saying household demand came first.',
      '"Our looms have been silent for three days. Orders are going to Bangladesh," Farooq Sheikh, president of the Faisalabad Chamber of Commerce and Industry (FCCI), told reporters.',
    );
    expect(quoteStartingWith(analysis, 'Our looms have been silent')?.speaker).toBe('Farooq Sheikh');
  });
});

describe('"the <body> director" is the holder of that job, never the body', () => {
  it('leaves "the FSB chairman" unattributed when the story never names who holds the job (BBC style)', () => {
    const analysis = analyseText(
      'Business rates rise',
      'The Federation of Small Businesses said the rise would hurt high streets. "This is a tax on jobs," the FSB chairman told reporters.',
    );
    expect(quoteStartingWith(analysis, 'This is a tax on jobs')?.speaker).toBeNull();
  });

  it('gives "the BERC chairman" style tags to the person the story names in that job (Daily Star style)', () => {
    const analysis = analyseText(
      'Regulator defends price rise',
      'The Ontario Energy Board raised rates on Monday. Its chairman, Richard Dicerni, defended the decision.',
      'Consumer groups were angry. "Nobody likes a price rise, but the alternative is no power at all," the Ontario Energy Board chairman said.',
    );
    expect(quoteStartingWith(analysis, 'Nobody likes a price rise')?.speaker).toBe('Richard Dicerni');
  });

  it('keeps "a Kremlin spokesman" speaking for the Kremlin', () => {
    const analysis = analyseText(
      'Talks continue',
      'A Kremlin spokesman said talks would continue. "Nothing is agreed," the Kremlin spokesman said.',
    );
    expect(quoteStartingWith(analysis, 'Nothing is agreed')?.speaker).toBe('Kremlin');
  });
});

describe('"the union leader" is the head of the one union the story names', () => {
  it("gives a colon-introduced quotation to the union's general secretary, not the ministry that spoke before (Télam style)", () => {
    const analysis = analyseText(
      'Dockers strike',
      'Dock workers walked out on Monday, the union SUPA said. "We have waited since March," said Raúl Medina, the general secretary of SUPA.',
      'The Ministry of Labour called both sides to talks. A spokesman for the ministry said an order could follow.',
      'Asked about that, the union leader was defiant: "If they order us back, we will comply. The problem will still be there."',
    );
    expect(quoteStartingWith(analysis, 'If they order us back')?.speaker).toBe('Raúl Medina');
  });

  it('gives "the club president" to the president of the one club (Gazzetta style)', () => {
    const analysis = analyseText(
      'Coach sacked',
      'Fiorentina have sacked their coach. The decision was taken by Rocco Commisso, president of Fiorentina, on Sunday night.',
      'The league confirmed the result would stand.',
      '"It was the hardest decision of my time here," the club president said.',
    );
    expect(quoteStartingWith(analysis, 'It was the hardest decision')?.speaker).toBe('Rocco Commisso');
  });
});
