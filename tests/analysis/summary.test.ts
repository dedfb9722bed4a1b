import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/analyse.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { analyseText } from './build-article.js';

const fixture = (name: string) => {
  const file = new URL(`../fixtures/analysis/${name}`, import.meta.url).pathname;
  return parseArticle(readFileSync(file), file);
};

describe('the summary', () => {
  const article = fixture('colorado-river-ap.txt');
  const { summary } = analyseArticle(article);

  it('carries the article’s title, source and date', () => {
    expect(summary.title).toBe(article.title);
    expect(summary.source).toBe(article.source);
    expect(summary.published).toBe(article.published);
  });

  it('picks three to five whole body sentences in reading order, none of them a bare quotation', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints.length).toBeLessThanOrEqual(5);
    const paragraphs = summary.keyPoints.map((point) => point.paragraph);
    expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
    for (const point of summary.keyPoints) {
      const paragraph = article.paragraphs.find((candidate) => candidate.n === point.paragraph);
      expect(paragraph?.kind).toBe('body');
      expect(paragraph?.text).toContain(point.text);
      expect(point.text).not.toMatch(/^["“]/);
    }
  });

  it('leads with the story rather than the scene-setting', () => {
    expect(summary.keyPoints[0]?.paragraph).toBe(1);
  });

  it('lists the most mentioned people with their roles and quotes from the most quoted speakers', () => {
    expect(summary.people[0]).toEqual({ name: 'Caroline Pruitt', role: 'U.S. Interior Secretary' });
    expect(summary.quotes.length).toBeGreaterThanOrEqual(1);
    expect(summary.quotes.length).toBeLessThanOrEqual(2);
    expect(summary.quotes.every((quote) => !quote.partial)).toBe(true);
    expect(new Set(summary.quotes.map((quote) => quote.speaker)).size).toBe(summary.quotes.length);
  });

  it('is the same every time', () => {
    expect(analyseArticle(article).summary).toEqual(summary);
  });
});

describe('key points on a wire story', () => {
  const { summary } = analyseText(
    'Court strikes down state ban on lab-grown meat',
    'DENVER (AP) — A federal appeals court on Tuesday struck down Colorado’s ban on the sale of lab-grown meat, ruling that the state had shielded its ranchers from competition.',
    '"A state may not build a wall around its pastures," Judge Ana Ruiz wrote for the majority.',
    'The 2-1 decision is the first time an appeals court has ruled on the wave of state laws targeting cultivated meat, and it could set up a fight at the Supreme Court.',
    'Colorado Attorney General Mark Ellison said his office would ask the full court to rehear the case.',
    'Ranchers who had backed the law said they were disappointed by the ruling and would keep lobbying lawmakers.',
  );

  it('leads with the lede, without its dateline', () => {
    expect(summary.keyPoints[0]?.text).toMatch(/^A federal appeals court on Tuesday struck down/);
    expect(summary.keyPoints[0]?.paragraph).toBe(1);
  });

  it('tells the story in the reporter’s words, never a bare quotation', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints.some((point) => point.text.includes('build a wall'))).toBe(false);
  });
});

describe('key points on a council story with long background paragraphs', () => {
  const { summary } = analyseText(
    'Council votes to close Ashworth library despite 4,000-name petition',
    'Harrowby District Council voted on Tuesday night to close Ashworth’s public library at the end of March, despite a petition against the closure signed by more than 4,000 residents.',
    'The library, which opened in a converted Victorian chapel on the town’s High Street and has been run by the council for more than half a century, lends around 60,000 books a year and hosts weekly reading groups, homework clubs and a computer course for older residents.',
    'Council leader Janet Moss said the closure would save £180,000 a year and that the council had no other way to balance its budget.',
    '“We have looked at every option,” she said. “Nobody on this council wanted to be here.”',
    'Campaigners, who had gathered outside the town hall with placards and a brass band for more than two hours before the vote, said the decision would hit older residents and families who could not afford to buy books or travel to the nearest library, in Harrowby, eleven miles away.',
    'The Friends of Ashworth Library said it would seek a judicial review of the vote.',
  );
  const words = summary.keyPoints.reduce((sum, point) => sum + point.text.split(/\s+/).length, 0);

  it('stays near the length of a human summary, about 65 words', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(words).toBeLessThanOrEqual(80);
  });

  it('spends its last words on the next step rather than on a long stretch of background', () => {
    const paragraphs = summary.keyPoints.map((point) => point.paragraph);
    expect(paragraphs).toContain(6);
    expect(paragraphs).not.toContain(2);
  });
});

describe('key points on a story filed from abroad', () => {
  const { summary } = analyseText(
    'Philippines raises rice import tariff to protect farmers',
    'MANILA, Philippines – The Philippine government raised the tariff on imported rice to 35 percent on Monday, reversing a cut made last year to bring down food prices.',
    'Agriculture Secretary Ramon Villaluz said local farmers had been losing money on every harvest since the cut, as cheaper Vietnamese and Thai rice flooded markets.',
    'Vietnam’s largest rice exporter, Mekong Grain Corporation, did not respond to requests for comment.',
    'Retailers in Manila warned that the price of a kilo of regular milled rice could rise by up to six pesos within a month.',
    '“Families will feel this at the table by Christmas,” said Lorna Bautista, who runs a rice stall in Quezon City.',
  );

  it('leads with the news, without the place it was filed from', () => {
    expect(summary.keyPoints[0]?.text).toMatch(/^The Philippine government raised the tariff/);
  });

  it('leaves out a refusal to comment, which carries no news', () => {
    expect(summary.keyPoints.some((point) => point.text.includes('did not respond'))).toBe(false);
  });
});

describe('key points on a match report that ends with the line-ups', () => {
  const { summary } = analyseText(
    'Rovers 2-1 Athletic',
    'Kieran Doyle scored twice in the second half as Rovers came from behind to beat Athletic and move into the play-off places.',
    'Athletic had led through a Sam Okafor header after 20 minutes, and they should have been further ahead by the break.',
    'Doyle levelled with a low shot from the edge of the area and headed the winner from a corner with four minutes left.',
    'Rovers: Hart, Mills (Grant 70), Dunne, Baker, Price, Walsh, Barton (Reid 68), Doyle, Moss, Evans, Shaw.',
    'Athletic: Cole, Pryce, Adams, Nolan, Ward, Okafor, Lyons, Hughes (Bell 77), Carr, Fox, Dean.',
  );

  it('tells the match, never a team sheet', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints.some((point) => point.text.includes('Hart, Mills'))).toBe(false);
    expect(summary.keyPoints.some((point) => point.text.includes('Cole, Pryce'))).toBe(false);
  });
});

describe('key points on a flood story with a voice from the street', () => {
  const { summary } = analyseText(
    'Hundreds forced from homes as river bursts its banks',
    'Hundreds of people were forced from their homes in the Calder valley on Sunday after the river burst its banks following two days of heavy rain.',
    'The Environment Agency issued three severe flood warnings, meaning a danger to life, for towns along the river.',
    "Margaret Holt, 74, said the river had flooded her home and her neighbours' homes within minutes of the banks bursting.",
    'Council leader Susan Hinds said emergency shelters had been opened in two schools for people forced from their homes.',
    '“We have never seen it rise this fast,” she said.',
    'Forecasters expect more rain across the north of England later in the week.',
  );

  it('prefers what the council is doing to a passer-by’s story', () => {
    const paragraphs = summary.keyPoints.map((point) => point.paragraph);
    expect(paragraphs).toContain(4);
    expect(paragraphs).not.toContain(3);
  });
});

describe('key points on a war report with notes on its sourcing', () => {
  const { summary } = analyseText(
    'Ukraine opens drone factory inside disused coal mine',
    'Ukraine has begun producing long-range attack drones in a factory built inside a disused coal mine, a move officials said was meant to protect the programme from Russian missile strikes.',
    'The Daily Ledger agreed not to disclose the region where the drone factory and the coal mine are located.',
    'The factory, 400 metres underground, can assemble up to 60 drones a month, according to the plant’s director.',
    'Reporters could not independently verify how many drones the factory has produced.',
    'Russian forces have struck at least three drone workshops in Kharkiv and Zaporizhzhia this year with missiles and glide bombs.',
    'Defence officials said two more underground sites were being prepared and would open before the winter.',
  );

  it('tells the story, not how it was reported', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    for (const point of summary.keyPoints)
      expect(point.text).not.toMatch(/agreed not to disclose|could not independently verify/);
  });
});

describe('the lede without its dateline, in each outlet’s style', () => {
  it.each([
    [
      'OSLO, March 12 (Reuters) - Talks between the European Union and Norway on cod quotas collapsed on Wednesday.',
      'Talks',
    ],
    [
      'Paris (CNN) — Most high-speed trains in France were cancelled on Tuesday as rail workers walked out.',
      'Most',
    ],
    [
      '(WKRN) — A bridge carrying Interstate 24 over the Cumberland River will close for two weeks for repairs.',
      'A bridge',
    ],
    [
      'Dubai: Private schools in Dubai will be allowed to raise tuition fees by up to 2.6 per cent next year.',
      'Private',
    ],
    [
      'TOKYO -- Japan’s central bank raised interest rates on Tuesday for the first time in seventeen years.',
      'Japan’s',
    ],
    [
      'NATO — the alliance of thirty-two countries — agreed on Tuesday to raise its defence spending target.',
      'NATO —',
    ],
  ])('%s', (lede, start) => {
    const { summary } = analyseText('Headline', lede);
    expect(summary.keyPoints[0]?.text.startsWith(start)).toBe(true);
  });
});

describe('key points on a story laid out in signposts and bullets', () => {
  const { summary } = analyseText(
    'Chipmaker scraps Ohio plant expansion',
    'A major chipmaker has shelved plans to double the size of its plant outside Columbus, Ohio, the company said Monday.',
    'Why it matters: The $20 billion project was one of the biggest beneficiaries of federal chip subsidies in the state.',
    '- The first factory will still open in 2027, employing about 3,000 people at the Columbus plant.',
    '- Construction crews on the second site will be reassigned, the company said.',
    'Governor Mike Dale said: "We are disappointed, but the first plant is still on track."',
  );

  it('keeps a sentence whole when the words before its colon are its own', () => {
    const { summary: other } = analyseText(
      'Tube strike shuts most of the network',
      'Most of the London Underground network was shut on Tuesday as drivers began a 24-hour strike over pay.',
      'There is one exception: The Elizabeth line, run by a different operator, will keep running all day.',
      'Transport for London advised passengers to work from home if they could and to expect crowded buses.',
    );
    expect(other.keyPoints.map((point) => point.text)).toContain(
      'There is one exception: The Elizabeth line, run by a different operator, will keep running all day.',
    );
  });

  it('reads as prose, without the labels and bullets of the page', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    for (const point of summary.keyPoints) expect(point.text).not.toMatch(/^(?:Why it matters:|- )/);
    expect(summary.keyPoints.map((point) => point.text)).toContain(
      'The $20 billion project was one of the biggest beneficiaries of federal chip subsidies in the state.',
    );
  });
});

describe('the lede of a wire story whose dateline names a state', () => {
  it('starts at the news, not at the agency left over from the dateline', () => {
    const { summary } = analyseText(
      'Thousands ordered to evacuate as wildfire races toward Oregon towns',
      'SISTERS, Ore. (AP) — A wildfire pushed by strong gusts tore through dry forest in central Oregon on Tuesday, forcing more than 6,000 people to leave their homes.',
      'The fire had burned about 38 square miles by Tuesday evening and was 5% contained, according to the Oregon Department of Forestry.',
    );
    expect(summary.keyPoints[0]?.text).toMatch(/^A wildfire pushed by strong gusts/);
  });
});
