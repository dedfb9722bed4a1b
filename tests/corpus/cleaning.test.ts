import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';

const page = (...blocks: string[]) => parseArticle(blocks.join('\n\n'), 'page.txt');
const kindOf = (article: Article, opening: string) =>
  article.paragraphs.find((paragraph) => paragraph.text.startsWith(opening))?.kind ?? 'dropped';

const HEADLINE = 'Port strike enters second week as talks stall';
const LEDE =
  'Dock workers at the port of Antwerp extended their strike into a second week on Monday after talks with employers broke down over pay and shift patterns.';
const SECOND =
  'The port authority said about 40 container ships were waiting at anchor in the Scheldt estuary, the longest queue since the pandemic.';
const THIRD =
  'Union leaders said workers would not return until employers improved an offer of a 3% pay rise over two years.';
const QUOTE = '“We are not going back for crumbs,” said union negotiator Els Peeters.';
/** The whole story under its header, for pages whose header is what a test is about. */
const STORY = [LEDE, SECOND, THIRD, QUOTE];

describe('cleaning a news page', () => {
  it("drops a broadcaster's listing under the story, and keeps a paragraph saying when something happened", () => {
    const listing = 'Catch the game between Antwerp and Leuven live on Sporza at 7:30 p.m. CET.';
    const timed = 'Watch officers on Monday at 5 p.m. found the gates chained shut, the port police said.';
    const article = page(HEADLINE, LEDE, SECOND, timed, THIRD, QUOTE, listing);
    expect(kindOf(article, 'Catch the game')).toBe('dropped');
    expect(kindOf(article, 'Watch officers on Monday')).toBe('body');
  });

  it("drops a newsletter sponsor's copy under a label naming the sponsor, and keeps reporting under an ad slot", () => {
    const sponsorCopy =
      'Harbourline Freight moves goods across 40 countries with real-time tracking on every box.';
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      'A MESSAGE FROM HARBOURLINE FREIGHT',
      sponsorCopy,
      THIRD,
      QUOTE,
    );
    expect(kindOf(article, 'Harbourline Freight moves')).toBe('dropped');
    const withSlot = page(HEADLINE, LEDE, 'Advertisement', SECOND, THIRD, QUOTE);
    expect(kindOf(withSlot, 'The port authority said')).toBe('body');
  });

  it('takes the line above the story as the headline and does not number it', () => {
    const article = page(HEADLINE, LEDE, SECOND);
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs.map((paragraph) => paragraph.n)).toEqual([1, 2]);
    expect(article.paragraphs[0]?.text).toBe(LEDE);
  });

  it('reads a sentence above a dateline as the standfirst, even with a full stop', () => {
    const standfirst = 'Ships are queueing in the estuary as the dispute over pay drags on.';
    const article = page(HEADLINE, standfirst, `ANTWERP — ${LEDE}`, SECOND);
    expect(kindOf(article, 'Ships are queueing')).toBe('standfirst');
    expect(kindOf(article, 'ANTWERP —')).toBe('body');
  });

  it('takes prose between the standfirst and the byline for a caption, even without a photo credit', () => {
    const article = page(
      HEADLINE,
      'Ships queue in the estuary as the dispute over pay drags on',
      'Container ships wait at anchor off Vlissingen on Monday.',
      'By Anne Claes',
      '3 March 2025',
      LEDE,
      SECOND,
    );
    expect(kindOf(article, 'Ships queue')).toBe('standfirst');
    expect(kindOf(article, 'Container ships wait')).toBe('caption');
    expect(kindOf(article, 'Dock workers')).toBe('body');
    expect(article.byline).toBe('Anne Claes');
    expect(article.published).toBe('2025-03-03');
  });

  it('keeps a bulleted list inside the story but drops a lone bulleted link to another story', () => {
    const article = page(
      HEADLINE,
      LEDE,
      'The union is demanding:',
      '- a 5% rise this year and next\n- no compulsory weekend shifts\n- a review of overtime rates',
      '• Rotterdam braces for diverted cargo',
      SECOND,
      THIRD,
    );
    expect(kindOf(article, '- a 5% rise')).toBe('body');
    expect(kindOf(article, '- no compulsory')).toBe('body');
    expect(kindOf(article, '• Rotterdam braces')).toBe('dropped');
  });

  it('drops the inline "read more" link glued to the end of a paragraph', () => {
    const article = page(HEADLINE, `${LEDE} read more`, SECOND);
    expect(article.paragraphs[0]?.text).toBe(LEDE);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped = [
      'Dock workers at the port of Antwerp extended their strike into a',
      'second week on Monday after talks with employers broke down over',
      'pay and shift patterns, union officials said.',
    ].join('\n');
    const article = page(HEADLINE, wrapped, SECOND);
    expect(article.paragraphs[0]?.text).toBe(
      'Dock workers at the port of Antwerp extended their strike into a second week on Monday after talks with employers broke down over pay and shift patterns, union officials said.',
    );
  });

  it('keeps a summary box as standfirst and drops its label', () => {
    const article = page(
      HEADLINE,
      'Key points:\nAbout 40 ships are waiting to dock\nTalks are due to resume on Thursday',
      LEDE,
      SECOND,
      THIRD,
      QUOTE,
    );
    expect(kindOf(article, 'About 40 ships')).toBe('standfirst');
    expect(kindOf(article, 'Talks are due')).toBe('standfirst');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).not.toContain('Key points:');
  });

  it('drops what the site says about itself after the story, but keeps a plain closing paragraph', () => {
    const closing = 'Talks are due to resume on Thursday.';
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      THIRD,
      QUOTE,
      closing,
      'Advertisement',
      'This content is produced independently of any commercial partnership or sponsorship arrangement.',
    );
    expect(kindOf(article, closing)).toBe('body');
    expect(kindOf(article, 'This content is produced')).toBe('dropped');
  });

  it('keeps reporting about a journalist near the end, unlike the author note under a story', () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      THIRD,
      'Piet Vermeulen is a reporter for the Gazet van Antwerpen who was detained by police during the protest.',
      'He was released without charge on Tuesday evening.',
      'Advertisement',
      'Anne Claes is the Gazette’s ports correspondent.',
    );
    expect(kindOf(article, 'Piet Vermeulen is a reporter')).toBe('body');
    expect(kindOf(article, 'He was released')).toBe('body');
    expect(kindOf(article, 'Anne Claes is')).toBe('dropped');
  });

  it('keeps a last paragraph that lost its full stop before the comments box', () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      'Employers said they would present a revised offer to the union by the end of the week',
      'Comments',
      'Join the conversation and share your views with other readers.',
    );
    expect(kindOf(article, 'Employers said they would')).toBe('body');
    expect(kindOf(article, 'Join the conversation')).toBe('dropped');
  });

  it('says why each block was dropped', () => {
    const article = page(
      'Skip to main content',
      HEADLINE,
      'Share this article',
      LEDE,
      'Advertisement',
      SECOND,
      'Sign up to our daily newsletter for the latest news',
      '© 2025 Antwerp Gazette. All rights reserved.',
    );
    const reasons = Object.fromEntries(article.dropped.map((block) => [block.text, block.reason]));
    expect(reasons).toMatchObject({
      'Skip to main content': 'navigation',
      'Share this article': 'share',
      Advertisement: 'advertisement',
      'Sign up to our daily newsletter for the latest news': 'newsletter',
      '© 2025 Antwerp Gazette. All rights reserved.': 'footer',
    });
    expect(article.source).toBe('Antwerp Gazette');
  });

  it('drops an unlabelled list of other stories after the last paragraph', () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      THIRD,
      [
        'Ferry operator cuts winter sailings to the islands',
        'Police appeal for witnesses after warehouse fire',
        'Rail fares to rise by 4% from March',
      ].join('\n'),
    );
    expect(kindOf(article, 'Ferry operator cuts')).toBe('dropped');
    expect(kindOf(article, 'Rail fares to rise')).toBe('dropped');
    expect(kindOf(article, 'Union leaders said')).toBe('body');
  });

  it('keeps a closing paragraph that lost its full stop when no list follows it', () => {
    const article = page(HEADLINE, LEDE, SECOND, 'Talks are due to resume on Thursday at the port authority');
    expect(kindOf(article, 'Talks are due to resume')).toBe('body');
  });

  it('reads a present-tense scene with its date, above the lede, as the lead picture’s caption', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'A crane operator is seen at a terminal in the port of Antwerp on March 2.',
      LEDE,
      SECOND,
    );
    expect(kindOf(article, 'A crane operator')).toBe('caption');
    expect(kindOf(article, 'Dock workers')).toBe('body');
  });

  it('keeps a lede that reports in the present tense as body', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'Talks to end the Antwerp port strike resume at the labour ministry on Wednesday.',
      SECOND,
      THIRD,
    );
    expect(kindOf(article, 'Talks to end')).toBe('body');
  });

  it('does not take the section named after the dateline city for the publisher', () => {
    const article = page(
      ['Antwerp', 'Europe', 'World', 'Opinion'].join('\n'),
      HEADLINE,
      'Published 3 March 2025',
      `ANTWERP – ${LEDE}`,
      SECOND,
    );
    expect(article.source).not.toBe('Antwerp');
  });

  it('takes the headline, not the lead picture’s caption pasted above it', () => {
    const article = page(
      'Dock workers picket the main gate of the port of Antwerp on Monday morning',
      HEADLINE,
      'By Anne Claes',
      LEDE,
      SECOND,
    );
    expect(article.title).toBe(HEADLINE);
    expect(kindOf(article, 'Dock workers at the port')).toBe('body');
  });

  it('reads summary points pasted as paragraphs of their own, up to the photo caption, as the standfirst', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'Key points',
      'About 40 container ships are waiting at anchor in the Scheldt estuary.',
      'Employers have offered a 3% pay rise over two years.',
      'A crane stands idle at a container terminal in the port of Antwerp on March 2, 2025.',
      ...STORY,
    );
    expect(kindOf(article, 'About 40 container ships')).toBe('standfirst');
    expect(kindOf(article, 'Employers have offered')).toBe('standfirst');
    expect(kindOf(article, 'A crane stands idle')).toBe('caption');
    expect(kindOf(article, 'Dock workers')).toBe('body');
  });

  it('keeps a caption with a full stop above the headline as a caption, and the headline as the title', () => {
    const article = page(
      'Container cranes at the Deurganck dock in Antwerp.',
      'Port',
      HEADLINE,
      'By Anne Claes',
      ...STORY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(kindOf(article, 'Container cranes at the')).toBe('caption');
    expect(article.paragraphs.find((paragraph) => paragraph.kind === 'body')?.text).toBe(LEDE);
  });

  it('keeps a lead whose verb comes before an -ing word as the story, not as a caption', () => {
    const lead =
      'Antwerp dockers ended a crippling two-week strike on Friday after employers raised their pay offer.';
    const article = page(HEADLINE, lead, SECOND, THIRD);
    expect(kindOf(article, 'Antwerp dockers ended')).toBe('body');
    const scene = page(HEADLINE, 'Dock workers picketing the main gate of the port of Antwerp.', ...STORY);
    expect(kindOf(scene, 'Dock workers picketing')).toBe('caption');
    expect(kindOf(scene, 'Dock workers at the port')).toBe('body');
  });

  it('drops a teaser card set in the story: its headline, date and sentence, and the link that repeats it', () => {
    const teaser = 'Rotterdam port hires extra crews as ships divert from Antwerp';
    const article = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      SECOND,
      'More',
      teaser,
      'This content was published on\nMarch 1, 2026\nShipping lines have begun sending vessels north to avoid the queue.',
      `Read more: ${teaser}`,
      THIRD,
      QUOTE,
    );
    expect(kindOf(article, 'Rotterdam port hires')).toBe('dropped');
    expect(kindOf(article, 'Shipping lines have begun')).toBe('dropped');
    expect(article.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((p) => p.text)).toEqual(
      STORY,
    );
  });

  it('ends the story at an editing credit even when the outlet appeals for money at length after it', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      '(Edited by Marc Dubois)',
      'Independent reporting has never been harder to pay for, and costs keep climbing every year.',
      'Advertising alone no longer covers the salaries of our writers, photographers and editors.',
      'A small monthly contribution from every reader would keep this website free for everyone.',
    );
    expect(article.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((p) => p.text)).toEqual(
      STORY,
    );
  });

  it('keeps a list pasted without its bullets, under a label ending in a colon, as reporting', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      SECOND,
      'What the unions want:',
      'A pay rise of at least 6% over two years',
      'No change to shift patterns before 2027',
      'An independent review of safety rules',
      THIRD,
      QUOTE,
    );
    expect(kindOf(article, 'What the unions want')).toBe('heading');
    for (const item of ['A pay rise', 'No change to shift', 'An independent review']) {
      expect(kindOf(article, item)).toBe('body');
    }
  });

  it('reads a slashed date day first, unless a clock in capitals marks the American order', () => {
    const british = page(HEADLINE, 'Published on 05/03/2026, 3:47pm', ...STORY);
    expect(british.published).toBe('2026-03-05');
    const american = page(HEADLINE, '03/06/2026 05:32 PM', ...STORY);
    expect(american.published).toBe('2026-03-06');
  });

  it('reads the host’s introduction above a transcript as the standfirst and every turn as reporting', () => {
    const article = page(
      'How one port town kept its ferries running',
      'Heard on Morning Edition',
      'By Anne Claes',
      'When the ferry operator said the island route lost money, the town council bought two boats of its own. Anne Claes asked the mayor how it went.',
      'ANNE CLAES: Why did the council step in?',
      'PIET JANSSENS: Because nobody else would. Without the ferry, half the island would have had to move.',
      'CLAES: And has it paid off?',
      'JANSSENS: We break even in summer and lose a little in winter. People think that is worth it.',
    );
    expect(kindOf(article, 'When the ferry operator')).toBe('standfirst');
    for (const turn of ['ANNE CLAES:', 'PIET JANSSENS:', 'CLAES:', 'JANSSENS:']) {
      expect(kindOf(article, turn)).toBe('body');
    }
  });

  it('reads the first sentence under the byline and time stamp as the lede, even with the lead picture under it', () => {
    const caption = 'Container ships wait at anchor off Vlissingen on Monday. (Photo: Jan Peeters)';
    const stampedBelow = page(
      HEADLINE,
      'By Anne Claes',
      'Published: March 9, 2026 · Updated 10:15 pm',
      LEDE,
      caption,
      ...STORY.slice(1),
    );
    expect(kindOf(stampedBelow, 'Dock workers at the port')).toBe('body');
    expect(kindOf(stampedBelow, 'Container ships wait')).toBe('caption');
    // Some sites print the time stamp under the lede: the byline above it still says the story has begun.
    const stampAfterLede = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      'Published: March 9, 2026',
      caption,
      ...STORY.slice(1),
    );
    expect(kindOf(stampAfterLede, 'Dock workers at the port')).toBe('body');
  });

  it('keeps a one-sentence summary between the headline and the byline as the standfirst', () => {
    const standfirst = 'Ships are queueing in the estuary as the dispute over pay drags on.';
    const caption = 'Container ships wait at anchor off Vlissingen on Monday. (Photo: Jan Peeters)';
    const aboveByline = page(HEADLINE, standfirst, 'By Anne Claes', 'March 9, 2026', ...STORY);
    expect(kindOf(aboveByline, 'Ships are queueing')).toBe('standfirst');
    expect(kindOf(aboveByline, 'Dock workers at the port')).toBe('body');
    const captionBetween = page(HEADLINE, standfirst, caption, 'By Anne Claes', 'March 9, 2026', ...STORY);
    expect(kindOf(captionBetween, 'Ships are queueing')).toBe('standfirst');
    expect(kindOf(captionBetween, 'Dock workers at the port')).toBe('body');
  });
});

describe('reading the header of a page', () => {
  it('keeps the lede as the story when the time stamp is printed above the headline', () => {
    const article = page(
      'Scheldt Courier',
      'News',
      'Business',
      'November 25, 2026 | 6:40 pm',
      HEADLINE,
      'By Anne Claes, Pieter De Smet',
      LEDE,
      'Container ships at anchor off Vlissingen. Photo by Scheldt Courier/Jan Peeters',
      SECOND,
      THIRD,
    );
    expect(article.title).toBe(HEADLINE);
    expect(kindOf(article, 'Dock workers at the port')).toBe('body');
    expect(kindOf(article, 'Container ships at anchor')).toBe('caption');
  });

  it('never takes a place-and-day dateline for the headline, and reads a news service under it as the byline', () => {
    const article = page(HEADLINE, 'Flanders News Service', 'Antwerp, November 25', ...STORY);
    expect(article.title).toBe(HEADLINE);
    expect(article.source).toBe('Flanders News Service');
    expect(kindOf(article, 'Antwerp, November 25')).toBe('dropped');
    expect(kindOf(article, 'Dock workers at the port')).toBe('body');
  });

  it("reads a date line in the site's own language above the headline as the date, not the headline", () => {
    const dated = [
      ['Miércoles, 25 de noviembre de 2026', '2026-11-25'],
      ['Quarta-feira, 25 de novembro de 2026', '2026-11-25'],
      ['Mercredi 25 novembre 2026', '2026-11-25'],
      ['Mittwoch, 25. November 2026', '2026-11-25'],
      ['mercoledì 25 settembre 2026', '2026-09-25'],
      ['3 de março de 2026', '2026-03-03'],
    ] as const;
    for (const [line, iso] of dated) {
      const article = page(line, HEADLINE, 'By Anne Claes', ...STORY);
      expect(article.title, line).toBe(HEADLINE);
      expect(article.published, line).toBe(iso);
      expect(kindOf(article, 'Dock workers at the port'), line).toBe('body');
    }
  });

  it('does not read a month-like word in a headline as a date', () => {
    const headline = 'Mars 2026 mission delayed as Abril Mayo quits the agency';
    const article = page(headline, 'By Anne Claes', ...STORY);
    expect(article.title).toBe(headline);
    expect(article.published).toBeNull();
  });

  it("reads the writer's name over the masthead printed again as the byline, not the masthead as the headline", () => {
    const article = page(
      'Scheldt Courier',
      'Business | Port | Politics | Sport',
      HEADLINE,
      'Anne Claes',
      'Scheldt Courier',
      'Share on Facebook | Share on X | Email',
      ...STORY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Anne Claes');
    expect(kindOf(article, 'Dock workers at the port')).toBe('body');
  });

  it('reads a dateline that opens on its date and names its town in brackets, without taking the town for the source', () => {
    const article = page(
      HEADLINE,
      'November 25, 2026 (ANTWERP) – Dock workers at the port of Antwerp extended their strike into a second week on Monday after talks with employers broke down.',
      SECOND,
      THIRD,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.source).not.toBe('ANTWERP');
    expect(article.published).toBe('2026-11-25');
    expect(kindOf(article, 'November 25, 2026 (ANTWERP)')).toBe('body');
    // An agency after a town and a day is still the agency.
    const wire = page(
      HEADLINE,
      'ANTWERP, Nov 25 (Belga) - Dock workers at the port extended their strike.',
      SECOND,
    );
    expect(wire.source).toBe('Belga');
  });

  it('reads a byline crediting the newsroom as a whole as no one, and the newsroom as the outlet', () => {
    const article = page(HEADLINE, 'By The Scheldt Courier staff', 'November 25, 2026', ...STORY);
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBeNull();
    expect(article.source).toBe('The Scheldt Courier');
    expect(page(HEADLINE, 'By Anne Claes', ...STORY).byline).toBe('Anne Claes');
  });

  it('reads the outlet that posted a story, not the words "Posted by"', () => {
    const article = page(
      HEADLINE,
      'Posted by Antwerp Herald | November 24, 2026 | Business, Ports',
      ...STORY,
    );
    expect(article.source).toBe('Antwerp Herald');
    expect(article.published).toBe('2026-11-24');
  });

  it('prefers the masthead repeated after the story to a newsletter named between them', () => {
    const article = page(
      'Scheldt Courier',
      'Ports',
      'Politics',
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      'Subscribe to Dock Talk',
      'Sign up for new weekly column by Scheldt Courier on shipping and the people who work in it.',
      'Scheldt Courier',
      'About',
    );
    expect(article.source).toBe('Scheldt Courier');
  });

  it('drops a menu copied with only gaps between its items, and never takes it for the headline', () => {
    const article = page(
      'Scheldt Courier',
      'Home  Antwerp  Belgium  World  Business  Sport',
      HEADLINE,
      ...STORY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.paragraphs[0]?.text).toBe(LEDE);
    expect(kindOf(article, 'Home')).toBe('dropped');
  });

  it('keeps a headline and a paragraph typed with two spaces between words or after a full stop', () => {
    const spacedHeadline = 'Port Strike  Enters Second Week  As Talks Stall';
    const spacedParagraph = 'Talks resume on Friday.  Both sides  said they  would attend.';
    const article = page(spacedHeadline, LEDE, spacedParagraph, THIRD, QUOTE);
    expect(article.title).toBe('Port Strike Enters Second Week As Talks Stall');
    expect(kindOf(article, 'Talks resume on Friday.')).toBe('body');
  });

  it('never takes the first item of a menu for the publisher', () => {
    const article = page('Courts', 'Politics', 'Business', 'Opinion', HEADLINE, 'By Anne Claes', ...STORY);
    expect(article.source).not.toBe('Courts');
    expect(article.title).toBe(HEADLINE);
  });
});

describe('cleaning the furniture magazines and broadcasters set around a story', () => {
  /** A small title whose page names its owner only in the lines after the story. */
  const harbourNotes = (...footer: string[]) =>
    page('Skip to content', 'Harbour Notes', 'Topics', HEADLINE, 'By Anne Claes', ...STORY, ...footer);

  it('drops a sentence of the story set again as a pull quote, with or without its speaker', () => {
    const pulled =
      'The port authority said about 40 container ships were waiting at anchor in the Scheldt estuary';
    const article = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      SECOND,
      `${pulled}.`,
      THIRD,
      '“We are not going back for crumbs” — Els Peeters',
      QUOTE,
    );
    expect(article.paragraphs.filter((paragraph) => paragraph.text.startsWith(pulled))).toHaveLength(1);
    expect(kindOf(article, SECOND)).toBe('body');
    expect(kindOf(article, '“We are not going back for crumbs” —')).toBe('dropped');
    expect(kindOf(article, QUOTE)).toBe('body');
  });

  it('keeps a short paragraph that another paragraph happens to echo', () => {
    const short = 'The strike has cost the port millions.';
    const article = page(HEADLINE, 'By Anne Claes', LEDE, short, `${SECOND} ${short}`, THIRD);
    expect(kindOf(article, short)).toBe('body');
  });

  it('drops every headline of a related box whose items carry their dates, not just the first', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      'Related',
      'Antwerp dockers vote to extend walkout into December',
      'Nov. 11, 2026',
      'Rotterdam diverts container traffic as Belgian strike bites',
      'Nov. 2, 2026',
      'Share',
    );
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
  });

  it('drops the citation, licence, print-issue and comment-rules notes that follow a story', () => {
    const notes = [
      'Citation: Claes, A. (2026), Port strike enters second week as talks stall, Scheldt Courier, 14, https://doi.org/10.1029/2026SC000412. Published on 18 November 2026.',
      'Except where otherwise noted, images are subject to copyright. Any reuse without express permission from the copyright owner is prohibited.',
      'This story appears in the December 2026 issue of Scheldt Monthly. Subscribe today.',
      'Comments: Our rules',
      'We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues.',
      'You are personally liable for the content of any comments you upload to this website, so please act sensibly.',
      'Load more',
      'Take Us With You! Real-time updates and all local stories you want right in the palm of your hand.',
      'Scheldt Courier App',
    ];
    const article = page(HEADLINE, 'By Anne Claes', ...STORY, ...notes);
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
  });

  it('keeps reporting that speaks of comments, citations and copyright', () => {
    const reporting = [
      'Residents have until March 31 to send comments on the plan, which the council said it would publish in full.',
      'We want the comments of every docker heard before a vote, Peeters said at the rally on Monday evening.',
      'The citation for the award praised the union for keeping the talks going through the night.',
    ];
    const article = page(HEADLINE, 'By Anne Claes', LEDE, ...reporting, SECOND);
    for (const paragraph of reporting) expect(kindOf(article, paragraph)).toBe('body');
  });

  it('drops a "Related stories from" box under the story', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      'Related stories from Scheldt Courier',
      'Antwerp dockers vote to extend walkout into December',
      'Rotterdam diverts container traffic as Belgian strike bites',
    );
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
  });

  it("reads a long read's Roman-numeral section titles as headings, not captions", () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      SECOND,
      'I. The Quay',
      THIRD,
      QUOTE,
      'II. The Offer',
      SECOND.replace('40', '41'),
    );
    expect(kindOf(article, 'I. The Quay')).toBe('heading');
    expect(kindOf(article, 'II. The Offer')).toBe('heading');
    const labelled = page(HEADLINE, 'By Anne Claes', LEDE, SECOND, 'Part II. The Offer', THIRD, QUOTE);
    expect(kindOf(labelled, 'Part II. The Offer')).toBe('heading');
  });

  it('reads a caption whose credit ran into its last sentence as a caption', () => {
    const caption =
      'Container ships wait at anchor off Vlissingen during the strike. The port authority says the queue is the longest since 2021.Jan Peeters, scheldtcourier.com';
    const article = page(HEADLINE, 'Updated: Nov. 24, 2026, 5:31 p.m.', caption, 'By Anne Claes', ...STORY);
    expect(kindOf(article, 'Container ships wait')).toBe('caption');
    expect(kindOf(article, LEDE)).toBe('body');
  });

  it("reads a few words naming the lead picture's subject under the time stamp as its caption", () => {
    for (const subject of [
      'Container ships at anchor in the Scheldt estuary',
      'Port of Antwerp container terminal',
    ]) {
      const article = page(HEADLINE, 'By Anne Claes', 'Published Nov 19, 2026 at 8:00am', subject, ...STORY);
      expect(kindOf(article, subject)).toBe('caption');
      expect(article.paragraphs.filter((paragraph) => paragraph.kind === 'body').map((p) => p.text)).toEqual(
        STORY,
      );
    }
  });

  it('reads a person pictured where a clause about the place follows as a caption', () => {
    const caption = 'Els Peeters on the steps of the union hall, where the strike vote was held.';
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'November 12, 2026 at 6:00 am',
      'Share',
      caption,
      ...STORY,
    );
    expect(kindOf(article, caption)).toBe('caption');
  });

  it('reads a thing and what someone did with it, set between paragraphs, as a caption', () => {
    const caption = 'The stack of strike notices Peeters has kept since 2019.';
    const article = page(HEADLINE, 'By Anne Claes', LEDE, SECOND, caption, THIRD, QUOTE);
    expect(kindOf(article, caption)).toBe('caption');
    const reporting = 'The company Peeters founded collapsed in 2008.';
    expect(kindOf(page(HEADLINE, 'By Anne Claes', LEDE, SECOND, reporting, THIRD, QUOTE), reporting)).toBe(
      'body',
    );
  });

  it("does not take a live page's first post headline under its time for a picture's caption", () => {
    const article = page(
      'Live: Dock strike spreads to Zeebrugge as talks stall',
      'By Anne Claes',
      'Wednesday 29 October 2026, 4:05pm',
      '3:52pm',
      'Pickets at the Zeebrugge ferry terminal',
      LEDE,
      SECOND,
    );
    expect(kindOf(article, 'Pickets at the Zeebrugge')).not.toBe('caption');
  });

  it("drops a live page's key events, each a time and a dash before a post's headline", () => {
    const article = page(
      'Live: Dock strike spreads to Zeebrugge as talks stall',
      'Follow live updates as pickets gather at the ferry terminal and talks resume in Brussels.',
      'By Anne Claes',
      'Last updated 29 October 2026 at 4:05pm',
      'Share',
      'Key events',
      '3.52pm - Pickets block the ferry terminal',
      '1.10pm - Talks resume in Brussels',
      '4.05pm',
      "That's where we will end our live coverage for today. Talks go on in Brussels tomorrow morning.",
      '3.52pm',
      'Pickets block the ferry terminal',
      LEDE,
      '1.10pm',
      'Union and employers back at the table',
      SECOND,
      '11.30am',
      THIRD,
    );
    expect(kindOf(article, 'Follow live')).toBe('standfirst');
    // The second is worded otherwise in its post: the time and the dash still make it a link.
    expect(kindOf(article, '3.52pm - Pickets')).toBe('dropped');
    expect(kindOf(article, '1.10pm - Talks')).toBe('dropped');
    expect(kindOf(article, 'Pickets block')).toBe('heading');
    expect(kindOf(article, 'Union and employers')).toBe('heading');
    expect(kindOf(article, 'Dock workers')).toBe('body');
  });

  it("never takes a header's utility link for the publisher, and looks past them for the masthead", () => {
    for (const link of ['Set Weather', 'All Sections', 'Watch Live', 'Choose your edition']) {
      const article = page(
        'Skip to Article',
        link,
        'Subscribe',
        'Sign In',
        'Search',
        'scheldtcourier.com',
        'Ports',
        HEADLINE,
        'By Anne Claes, scheldtcourier.com',
        ...STORY,
        'scheldtcourier.com Store',
        '© 2026 Flanders Local Media LLC. All rights reserved.',
      );
      expect(article.source).toBe('scheldtcourier.com');
    }
  });

  it("names the brand behind an address, a paper's own name and a place-named title in full", () => {
    const address = page(
      'scheldtcourierantwerp.com',
      'News',
      'Ports',
      HEADLINE,
      ...STORY,
      "Stay ahead of the tide with Scheldt Courier Antwerp's shipping news. Subscribe now.",
      'scheldtcourierantwerp.com',
      '© 2026 Courier Communications NV. All rights reserved.',
    );
    expect(address.source).toBe('Scheldt Courier Antwerp');
    const oneWord = page('scheldtcourier.com', 'News', HEADLINE, ...STORY, 'scheldtcourier.com');
    expect(oneWord.source).toBe('scheldtcourier.com');
    const paperAndSite = page(
      'Subscribe',
      'CourierLive',
      'Ports',
      HEADLINE,
      'By Anne Claes | The Scheldt Courier/CourierLive',
      ...STORY,
      '© 2026 Flanders Local Media LLC. All rights reserved.',
    );
    expect(paperAndSite.source).toBe('The Scheldt Courier');
    const newspapers = (opening: string) =>
      page(
        'Antwerp Express Newspapers',
        'News',
        HEADLINE,
        opening,
        SECOND,
        THIRD,
        'Antwerp Express Newspapers',
        'Copyright © 2026 Flanders Media Limited',
      ).source;
    expect(newspapers(`${LEDE.slice(0, -1)}, union negotiator Els Peeters told the Express.`)).toBe(
      'Antwerp Express',
    );
    expect(newspapers(LEDE)).toBe('Antwerp Express Newspapers');
    const placed = page(
      'The Harbour Paper Lomé',
      'News',
      'Lomé',
      HEADLINE,
      ...STORY,
      'The Harbour Paper Lomé © 2026 – the port’s English-language newspaper since 2008.',
    );
    expect(placed.source).toBe('The Harbour Paper Lomé');
  });

  it("reads a slashed date in the order the page's own evidence gives, day first without any", () => {
    const dated = (stamp: string, ...story: string[]) =>
      page('Harbour Notes', 'News', HEADLINE, 'By Anne Claes', stamp, ...story).published;
    const american =
      'The port has hired more than 600 people since 2022, and cancellations caused by crew shortages have fallen, though licenses take years to earn and the fleet is aging.';
    const british =
      'The port has hired more than 600 people since 2022, and cancellations caused by crew shortages have fallen, though licences take years to earn and the fleet is ageing.';
    expect(dated('11/12/2026 at 8:00am', LEDE, american, THIRD)).toBe('2026-11-12');
    expect(dated('11/12/2026 at 8:00am', LEDE, british, THIRD)).toBe('2026-12-11');
    expect(dated('11/12/2026 at 8:00am', LEDE, SECOND, THIRD)).toBe('2026-12-11');
    // Another date on the page that only one order makes valid settles it, whatever the spelling.
    expect(dated('11/12/2026 at 8:00am', LEDE, british, 'Updated 11/24/2026')).toBe('2026-11-12');
    // The page's own header outweighs wire copy in the story that writes its dates month first.
    const wireDates = page(
      'Harbour Notes',
      'Thursday, 5 March 2026',
      'News',
      HEADLINE,
      'By Anne Claes',
      '04/03/2026',
      'Dock workers at the port of Antwerp extended their strike into a second week on February 20, 2026, after talks with employers broke down over pay.',
      'The port authority said about 40 container ships were waiting at anchor in the Scheldt estuary, the longest queue since February 2, 2026.',
      THIRD,
    );
    expect(wireDates.published).toBe('2026-03-04');
    // A 24-hour clock beside the date is no American page's, though wire copy spells "percent".
    const wire = `${SECOND.slice(0, -1)}, up 25 percent on last year.`;
    expect(dated('Issued on: 04/03/2026 - 18:21', LEDE, wire, american)).toBe('2026-03-04');
  });

  it("names a station by its call sign, a company's paper by its brand, and a sentence's 'The' as the sentence's", () => {
    const sourceOf = (masthead: string, ...footer: string[]) =>
      page(masthead, 'News', HEADLINE, ...STORY, ...footer).source;
    expect(sourceOf('KSCR8', 'Copyright 2026 KSCR-TV. All Rights Reserved.')).toBe('KSCR');
    const promo = "Stay updated with The Scheldt Courier's latest news. Follow us on WhatsApp.";
    const berhad = 'Copyright © 1995-2026 Courier Media Group Berhad (10894D)';
    expect(sourceOf('scheldtcourier.com.my', promo, berhad)).toBe('The Scheldt Courier');
    const owner = 'Antwerp Evening Post is part of Flanders Media plc.';
    expect(sourceOf('Antwerp Evening Post', owner)).toBe('Antwerp Evening Post');
    expect(sourceOf('Antwerp Evening Post', `The ${owner}`)).toBe('Antwerp Evening Post');
  });

  it("names the publisher as the masthead prints it, not the owner's copyright line", () => {
    const glossed = page(
      'SCR WORLD-EUROPE',
      'News',
      HEADLINE,
      ...STORY,
      'Copyright SCR (Scheldt Broadcasting Corporation). All rights reserved.',
    );
    expect(glossed.source).toBe('SCR WORLD-EUROPE');
    const societyPage = (note: string) =>
      harbourNotes(note, '© 2026 Flemish Society of Port Engineers. All rights reserved.');
    expect(societyPage('Harbour Notes is published by the Flemish Society of Port Engineers').source).toBe(
      'Harbour Notes',
    );
    const described = societyPage(
      'Harbour Notes is a non-profit, editorially independent digital magazine published by the Flemish Society of Port Engineers.',
    );
    expect(described.source).toBe('Harbour Notes');
    expect(described.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
  });

  it("keeps an edition's language in the brand unless the page calls itself by the name alone", () => {
    const own = page(
      'Scheldt Radio English',
      'News',
      HEADLINE,
      ...STORY,
      'Scheldt Radio',
      'Havenstraat 1, Antwerp',
    );
    expect(own.source).toBe('Scheldt Radio English');
    const calledShort = page(
      'Scheldt Radio English',
      'News',
      HEADLINE,
      ...STORY,
      'Get the latest news updates from Scheldt Radio on your phone',
    );
    expect(calledShort.source).toBe('Scheldt Radio');
  });

  it('drops the other forms those notes take: comment terms, closed threads, republication, licences', () => {
    const notes = [
      'By posting a comment you agree to our terms of use.',
      'This discussion is now closed. Check back for more news',
      'Want to join the conversation? Log in or register',
      'A version of this story was originally published by Inside Climate News.',
      'Originally published on Medium.',
      'All images licensed under Creative Commons Attribution 4.0 unless otherwise noted.',
      'How to cite: Claes A. Port strike enters second week. Scheldt Courier 2026;14:12.',
    ];
    for (const note of notes) {
      const article = page(HEADLINE, 'By Anne Claes', LEDE, SECOND, note, THIRD, QUOTE);
      expect(kindOf(article, note)).toBe('dropped');
    }
  });

  it('reads who or what is pictured and where, with no verb, between paragraphs as a caption', () => {
    for (const caption of [
      'Els Peeters at the union hall in Antwerp.',
      'Pickets outside the gates of the Deurganck dock.',
      'Pickets gather at dawn. Jan Peeters for The Scheldt Courier',
    ]) {
      expect(kindOf(page(HEADLINE, 'By Anne Claes', LEDE, SECOND, caption, THIRD, QUOTE), caption)).toBe(
        'caption',
      );
    }
    for (const reporting of [
      'The contract starts in July next year.',
      'A deal remains on the table at the ministry.',
    ]) {
      expect(kindOf(page(HEADLINE, 'By Anne Claes', LEDE, SECOND, reporting, THIRD, QUOTE), reporting)).toBe(
        'body',
      );
    }
  });

  it('never takes a service link or language switch opening the menu for the publisher', () => {
    for (const link of ['Traffic', 'Puzzles', 'Real Estate', 'Help Center', 'Español', 'Careers']) {
      const article = page(
        'Skip to content',
        link,
        'News',
        'Sports',
        HEADLINE,
        'By Anne Claes',
        ...STORY,
        '© 2026 Courier Media Group LLC',
      );
      expect(article.source).not.toBe(link);
    }
  });

  it("keeps a caption closed by its photographer's address, and still drops a reporter's", () => {
    const caption =
      'Container ships wait at anchor off Vlissingen on Nov. 12, 2026. Jan Peeters Jr.jpeeters@scheldtcourier.be';
    const contact = 'Story tips? Send to newsdesk@scheldtcourier.be';
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'Updated November 24, 2026 8:41 PM',
      caption,
      ...STORY,
      contact,
    );
    expect(kindOf(article, 'Container ships wait')).toBe('caption');
    expect(kindOf(article, contact)).toBe('dropped');
  });

  it('drops a dated republication line, an issue selection note and a pull quote quoting a quote', () => {
    const opening = `"He held me up to the crane and said, 'This is what keeps the port alive,'" Peeters says now, at 81, from her kitchen in Ghent.`;
    const notes = [
      'This story was originally published November 24, 2026 at 5:00 AM.',
      'This article is a selection from the December 2026 issue of Scheldt magazine',
      `"He held me up to the crane and said, 'This is what keeps the port alive.'"`,
    ];
    for (const note of notes) {
      const article = page(HEADLINE, 'By Anne Claes', LEDE, opening, note, SECOND, THIRD);
      expect(kindOf(article, note)).toBe('dropped');
      expect(kindOf(article, opening)).toBe('body');
    }
  });

  it('reads the publisher from a subscription offer with its price, spelled as the masthead spells it', () => {
    const article = page(
      'Skip to content',
      'Scheldt Magazine',
      'Subscribe',
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      'Subscribe to Scheldt magazine now for just $12',
      '© 2026 Flemish Heritage Institution',
    );
    expect(article.source).toBe('Scheldt Magazine');
  });

  it('reads captions credited "Photograph by", "— AGENCY photo", or naming a building over its credit', () => {
    const credited = [
      'Els Peeters on the quay in Antwerp, on August 30, 2026. Photograph by Jan Peeters',
      'ANTWERP: Cranes stand idle at the Deurganck dock. — BELGA photo',
    ];
    for (const caption of credited) {
      const article = page(HEADLINE, 'By Anne Claes', 'November 24, 2026', caption, ...STORY);
      expect(kindOf(article, caption)).toBe('caption');
    }
    const building = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      'Antwerp Port Authority headquarters',
      'Picture: Scheldt Courier',
      SECOND,
      THIRD,
    );
    expect(kindOf(building, 'Antwerp Port Authority headquarters')).toBe('caption');
  });

  it("drops a sign-up box's pitch in the newsroom's voice", () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      LEDE,
      SECOND,
      'Sign up for our newsletter',
      "We round up the week's shipping news every Friday.",
      THIRD,
    );
    expect(kindOf(article, 'We round up')).toBe('dropped');
    expect(kindOf(article, THIRD)).toBe('body');
  });

  it('names the title a university, society or institute publishes, not the body that owns it', () => {
    for (const owner of [
      '© 2026 The Regents of the University of Antwerp',
      'Copyright © 2026 Flemish Maritime Institute',
      '© 2026 Royal Society of Port Engineers. All rights reserved.',
    ]) {
      expect(harbourNotes(owner).source).toBe('Harbour Notes');
    }
  });

  it('reads the credit forms local papers run into a caption', () => {
    const scene = 'Container ships wait at anchor off Vlissingen during the strike.';
    for (const credit of [
      'JAN PEETERS/scheldtcourier.be',
      'Jan Peeters | scheldtcourier.be',
      'Courtesy of the Port of Antwerp',
      'Provided by the Port of Antwerp',
      'Port of Antwerp via AP',
      'Jan Peeters for scheldtcourier.be',
      'Staff photo',
    ]) {
      for (const gap of [' ', '']) {
        const caption = `${scene}${gap}${credit}`;
        const article = page(HEADLINE, 'By Anne Claes', 'November 24, 2026', caption, ...STORY);
        expect(kindOf(article, caption)).toBe('caption');
      }
    }
  });

  it('drops an unlabelled list of other stories whose headlines each carry a date', () => {
    for (const dates of [
      ['Nov. 11, 2026', 'Nov. 2, 2026', 'Oct. 28, 2026'],
      ['2 hours ago', '5 hours ago', '1 day ago'],
    ]) {
      const article = page(
        HEADLINE,
        'By Anne Claes',
        ...STORY,
        'Antwerp dockers vote to extend walkout into December',
        dates[0] ?? '',
        'Rotterdam diverts container traffic as Belgian strike bites',
        dates[1] ?? '',
        'Zeebrugge ferry services cut as pickets spread',
        dates[2] ?? '',
      );
      expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
    }
  });

  it('keeps a brand named for the weather as a masthead while a weather widget link is not one', () => {
    const article = page(
      'Skip to content',
      'Scheldt Weather',
      'Forecast',
      'Radar',
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      '©2026 Scheldt Broadcasting Network, LLC',
    );
    expect(article.source).toBe('Scheldt Weather');
  });

  it("names a local station's masthead, not the group of stations that owns it", () => {
    const article = page(
      'SCTV 5 Antwerp',
      'News',
      'Weather',
      HEADLINE,
      'By Anne Claes',
      ...STORY,
      '©2026 Flemish Television Stations',
    );
    expect(article.source).toBe('SCTV 5 Antwerp');
  });

  it("drops another story's headline set with its date between paragraphs, not a live post's", () => {
    const teaser = 'Antwerp dockers vote to extend walkout into December';
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'November 24, 2026',
      LEDE,
      SECOND,
      teaser,
      'Nov. 11, 2026',
      THIRD,
      QUOTE,
    );
    expect(kindOf(article, teaser)).toBe('dropped');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(STORY);
    const post = page(
      HEADLINE,
      'By Anne Claes',
      'November 24, 2026',
      LEDE,
      SECOND,
      teaser,
      '3:52pm',
      THIRD,
      QUOTE,
    );
    expect(kindOf(post, teaser)).not.toBe('dropped');
  });

  it("drops a newsletter box's pitch under its title, not a story's own line about a daily briefing", () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      'Subscribe to the Harbour Report Newsletter',
      'Your daily briefing on shipping and the ports of northern Europe.',
      THIRD,
      QUOTE,
    );
    expect(kindOf(article, 'Your daily briefing')).toBe('dropped');
    const briefing = 'The daily briefing from the port authority listed 41 ships at anchor on Tuesday.';
    expect(kindOf(page(HEADLINE, LEDE, briefing, THIRD, QUOTE), briefing)).toBe('body');
  });

  it('keeps an uncredited caption that names the place it shows, then says something of it', () => {
    const caption =
      'Container ships wait at anchor in the Scheldt estuary, where the queue has grown all week.';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, caption, THIRD, QUOTE), caption)).toBe('caption');
    const patrol = 'Pickets patrol the dock gates in pairs, checking every lorry that arrives.';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, patrol, THIRD, QUOTE), patrol)).toBe('body');
  });

  it('reads a present-tense moment with any verb as a caption in a picture slot, not a dated schedule', () => {
    const lead = 'Crane driver Pieter Mertens lowers a container onto a barge at the Deurganck dock.';
    const header = page(HEADLINE, 'By Anne Claes', '3 March 2025', lead, ...STORY);
    expect(kindOf(header, 'Crane driver')).toBe('caption');
    expect(kindOf(header, 'Dock workers')).toBe('body');
    const dated = 'Fog covers the empty quays beside the Scheldt in Antwerp on Monday afternoon.';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, dated, THIRD, QUOTE), 'Fog covers')).toBe('caption');
    // The same shape telling what is to come, or undated between paragraphs, is the story's.
    const schedule = 'The union executive meets employers at the port authority on Monday.';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, schedule, THIRD, QUOTE), schedule)).toBe('body');
    const undated = 'Fog covers the empty quays beside the Scheldt in Antwerp.';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, undated, THIRD, QUOTE), undated)).toBe('body');
    // A feature opening on a scene of its own, the next paragraph going on from it, is the story's.
    const feature = page(
      HEADLINE,
      'By Anne Claes',
      '3 March 2025',
      'Els Peeters wakes before dawn in her flat above the Deurganck dock.',
      'She has worked the cranes for 31 years, and this is the longest strike she has known.',
      SECOND,
    );
    expect(kindOf(feature, 'Els Peeters wakes')).toBe('body');
    const pastLede = 'Crane driver Pieter Mertens lowered the last container onto a barge at the dock.';
    expect(kindOf(page(HEADLINE, 'By Anne Claes', '3 March 2025', pastLede, ...STORY), pastLede)).toBe(
      'body',
    );
  });

  it("reads a quotation lifted from the section below it as that section's subhead", () => {
    const subhead = '‘Not going back for crumbs’';
    const article = page(HEADLINE, LEDE, SECOND, subhead, THIRD, QUOTE);
    expect(kindOf(article, subhead)).toBe('heading');
    const unrepeated = '‘We’ll stay out as long as it takes’';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, unrepeated, THIRD, QUOTE), unrepeated)).toBe('body');
  });

  it('drops a quotation set in display type between paragraphs, not the same words as a paragraph', () => {
    const display = '“We are not going back,” says one docker. “Not for a 3% offer”';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, display, THIRD, QUOTE), display)).toBe('dropped');
    const paragraph = '“We are not going back,” says one docker. “Not for a 3% offer.”';
    expect(kindOf(page(HEADLINE, LEDE, SECOND, paragraph, THIRD, QUOTE), paragraph)).toBe('body');
  });
});

describe('bylines and sign-offs that look like headlines or paragraphs', () => {
  it('keeps a byline with its outlet in brackets out of the title', () => {
    const article = page(
      'Skip to main content',
      'Port Times',
      'Donate',
      'Newsletters',
      'Shipping',
      'Business',
      'Antwerp dockers reject pay offer. Ships keep queueing.',
      'Anne Claes (Flanders Port Desk)',
      'March 3, 2026',
      ...STORY,
    );
    expect(article.title).toBe('Antwerp dockers reject pay offer. Ships keep queueing.');
    expect(kindOf(article, 'Anne Claes')).toBe('dropped');
  });

  it('drops a reporter contact line and a bracketed agency copyright, but keeps advice to contact a body', () => {
    const article = page(
      HEADLINE,
      ...STORY,
      'Shippers with cargo held at the port can contact the Port Authority at cargo@portofantwerp.example for updates.',
      'Contact Anne Claes at anne.claes@porttimes.example. Follow her on X @anneclaes.',
      '[Copyright The Port Times, Ltd.]',
    );
    expect(kindOf(article, 'Shippers with cargo')).toBe('body');
    expect(kindOf(article, 'Contact Anne Claes')).toBe('dropped');
    expect(kindOf(article, '[Copyright')).toBe('dropped');
  });
});

describe("the outlet's own appeals for support", () => {
  it('drops a support box in mid-story and a donation thanks at the foot, but keeps a union asking members for support', () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      'Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:',
      'Make sure you are signed up for our breaking and regular headlines newsletters',
      THIRD,
      'The union told members it would pay strike money from Thursday and asked them to support colleagues on the picket lines.',
      QUOTE,
      'Port Times is made possible by our members. If you value what we do, please consider joining today.',
      'Thank you for donating to Port Times.',
      'We could not provide this service, and keep it free of charge, without the generous support of our readers. Your donations allow us to report on issues you tell us matter.',
    );
    expect(kindOf(article, 'Our journalists work hard')).toBe('dropped');
    expect(kindOf(article, 'Make sure you are signed up')).toBe('dropped');
    expect(kindOf(article, 'The union told members')).toBe('body');
    expect(kindOf(article, THIRD)).toBe('body');
    expect(kindOf(article, 'Port Times is made possible')).toBe('dropped');
    expect(kindOf(article, 'Thank you for donating')).toBe('dropped');
    expect(kindOf(article, 'We could not provide')).toBe('dropped');
  });

  it('drops the magazine’s pitch after its print-edition note', () => {
    const article = page(
      HEADLINE,
      ...STORY,
      'This article was first published in the print edition of The Port Times on March 7, 2026 as "Crumbs".',
      'For almost a decade, The Port Times has published the best writers on the docks. We have pursued stories that are ignored elsewhere, covering them with care and depth.',
    );
    expect(kindOf(article, QUOTE)).toBe('body');
    expect(kindOf(article, 'For almost a decade')).toBe('dropped');
  });
});

describe('other stories after the last paragraph', () => {
  it('drops the previous and next stories over a Related Posts box, and a single headline under it', () => {
    const article = page(
      HEADLINE,
      ...STORY,
      'Rotterdam dockers vote to back Antwerp strikers',
      'Euro steadies as traders await ECB minutes',
      'Related Posts',
      'Port of Ghent reports record grain volumes',
      'About Port Times',
    );
    expect(kindOf(article, QUOTE)).toBe('body');
    expect(kindOf(article, 'Rotterdam dockers')).toBe('dropped');
    expect(kindOf(article, 'Euro steadies')).toBe('dropped');
    expect(kindOf(article, 'Port of Ghent')).toBe('dropped');
  });
});

describe('subheads in quotation marks', () => {
  it('keeps a quoted subhead over the section that quotes it, and one with words after the quotation', () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      "'We are not going back'",
      'Union negotiators left the talks at midnight after employers refused to improve their offer.',
      '"We are not going back. Not for crumbs," said union negotiator Els Peeters.',
      "'No other option' on shift patterns",
      'Employers said the new shift patterns were needed to keep the port competitive with Rotterdam.',
      'Concerns over travel for commuters',
      'Commuters who use the Scheldt ferries said the strike had already doubled their journey times.',
    );
    expect(kindOf(article, "'We are not going back'")).toBe('heading');
    expect(kindOf(article, "'No other option'")).toBe('heading');
    expect(kindOf(article, 'Concerns over travel')).toBe('heading');
    expect(kindOf(article, '"We are not going back.')).toBe('body');
  });

  it('keeps a short paragraph whose quotation names its speaker after it as body', () => {
    const article = page(
      HEADLINE,
      LEDE,
      SECOND,
      "'We will not be moved' was the message from the picket line",
      THIRD,
    );
    expect(kindOf(article, "'We will not be moved' was")).toBe('body');
  });
});

describe("a photographer's credit under a caption", () => {
  it('reads a scene closed by the photographer with a middle initial and the outlet as a caption', () => {
    const caption =
      'Container ships wait at anchor in the Scheldt estuary on Monday, March 2, 2026. Jan K. Peeters, Port Times';
    const article = page(HEADLINE, LEDE, SECOND, caption, THIRD, QUOTE);
    expect(kindOf(article, caption)).toBe('caption');
    expect(kindOf(article, SECOND)).toBe('body');
  });

  it('reads a line closed by who supplied the picture, in capitals, as a caption', () => {
    const caption =
      'An artist’s rendering of the proposed cruise terminal on the Scheldt quay. VIA PORT OF ANTWERP';
    const article = page(HEADLINE, 'By Anne Claes', 'March 3, 2026', caption, ...STORY);
    expect(kindOf(article, caption)).toBe('caption');
    expect(kindOf(article, LEDE)).toBe('body');
  });

  it('reads the line over "Name/Staff photographer" as its caption', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes, Staff writer',
      'Mar 3, 2026',
      'Container ships wait at anchor in the Scheldt estuary on Monday. Dockers extended their strike into a second week.',
      'Jan Peeters/Staff photographer',
      ...STORY,
    );
    expect(kindOf(article, 'Container ships wait')).toBe('caption');
    expect(kindOf(article, 'Jan Peeters/Staff')).toBe('dropped');
    expect(kindOf(article, LEDE)).toBe('body');
  });
});

describe('a short caption over the first paragraph', () => {
  it('keeps a few words naming who is pictured where, or the thing the story names, as the caption', () => {
    const scene = page(
      HEADLINE,
      'By Anne Claes',
      'March 3, 2026',
      'Pickets at the Deurganck dock gates',
      ...STORY,
    );
    expect(kindOf(scene, 'Pickets at the Deurganck')).toBe('caption');
    expect(kindOf(scene, LEDE)).toBe('body');
    const thing = page(
      HEADLINE,
      'By Anne Claes',
      'March 3, 2026',
      'The Deurganck Dock',
      'Dock workers at the Deurganck Dock in Antwerp extended their strike into a second week on Monday after talks with employers broke down over pay.',
      SECOND,
      THIRD,
    );
    expect(kindOf(thing, 'The Deurganck Dock')).toBe('caption');
  });

  it('reads a line under the byline that names what the story opens with, without a full stop, as the caption', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'March 3, 2026',
      'Dock workers at the port of Antwerp have been on strike since last Monday',
      LEDE,
      SECOND,
      THIRD,
    );
    expect(kindOf(article, 'Dock workers at the port of Antwerp have been')).toBe('caption');
    expect(kindOf(article, LEDE)).toBe('body');
    const standfirst = page(
      HEADLINE,
      'Dock workers at the port of Antwerp want a bigger rise than employers will give',
      'By Anne Claes',
      'March 3, 2026',
      LEDE,
      SECOND,
      THIRD,
    );
    expect(kindOf(standfirst, 'Dock workers at the port of Antwerp want')).toBe('standfirst');
  });

  it('still reads a newsroom over the first paragraph as the byline', () => {
    const article = page(
      HEADLINE,
      'March 3, 2026',
      'The Associated Press',
      'Dock workers in Antwerp told The Associated Press on Monday that they would extend their strike into a second week after talks broke down.',
      SECOND,
      THIRD,
    );
    expect(kindOf(article, 'The Associated Press')).toBe('dropped');
  });
});

describe('a byline joined to its posted and updated times', () => {
  it('drops the line and reads its date, but keeps a sentence about a time something will be posted', () => {
    const article = page(
      HEADLINE,
      'Anne Claes · Journalist | Posted: Mar. 3, 2026, 4:31 p.m. | Updated: Mar. 3, 2026, 6:02 p.m.',
      ...STORY,
      'The port authority said the new berth schedule would be posted on its website by 5:30 p.m.',
    );
    expect(kindOf(article, 'Anne Claes')).toBe('dropped');
    expect(article.published).toBe('2026-03-03');
    expect(kindOf(article, 'The port authority said the new berth')).toBe('body');
  });
});

describe('a live page opening with its story', () => {
  const livePage = (...opening: string[]) =>
    page(
      'Live updates: Port strike spreads to Rotterdam as Antwerp queue grows',
      'Anne Claes  Pieter de Wit',
      'Port Times Herald',
      'Updated March 3, 2026, 6:48 p.m. CET',
      ...opening,
      '6:48 p.m. CET March 3, 2026',
      'Rotterdam dockers walk out',
      'Dockers at Rotterdam stopped work at 6 p.m. in support of their Antwerp colleagues, the FNV union said.',
      '“We stand with Antwerp,” said union official Joris Bakker.',
      '— Pieter de Wit',
      '5:10 p.m. CET March 3, 2026',
      'Ships divert to Le Havre',
      'At least six container ships bound for Antwerp have changed course for Le Havre, according to ship-tracking data.',
      'The shipping line Maersk said it was reviewing schedules for the rest of the week.',
      '— Anne Claes, The Port Times',
    );

  it('keeps paragraphs of reporting above the first post as body, signs-offs dropped, the outlet under the names read', () => {
    const article = livePage(
      'A strike by dock workers spread from Antwerp to Rotterdam on Tuesday evening, the busiest day of the week for container traffic, stranding cargo and sending ships to other ports along the coast.',
      'The port authority said 52 ships were now waiting at anchor in the Scheldt estuary. Employers said they would return to talks on Thursday if the union dropped its demand for a shorter week.',
    );
    expect(kindOf(article, 'A strike by dock workers')).toBe('body');
    expect(kindOf(article, 'The port authority said 52')).toBe('body');
    expect(kindOf(article, '— Pieter de Wit')).toBe('dropped');
    expect(kindOf(article, '— Anne Claes, The Port Times')).toBe('dropped');
    expect(article.source).toBe('Port Times Herald');
  });

  it('still reads a few one-line key points above the first post as the standfirst', () => {
    const article = livePage(
      'Dockers at Rotterdam have joined the strike.',
      'Some 52 ships are waiting at anchor in the Scheldt estuary.',
      'Talks are due to resume on Thursday.',
    );
    expect(kindOf(article, 'Dockers at Rotterdam have joined')).toBe('standfirst');
    expect(kindOf(article, 'Talks are due')).toBe('standfirst');
  });
});

describe('the source a reader knows', () => {
  it("reads the paper's name set before the copyright mark over its website's short name", () => {
    const article = page(
      'PTH Online',
      'Antwerp',
      'Region',
      'World',
      'Business',
      HEADLINE,
      'By Anne Claes',
      'Tue, 3 Mar 2026',
      ...STORY,
      'Port Times Herald © 2026. All Rights Reserved.',
    );
    expect(article.source).toBe('Port Times Herald');
  });

  it('calls the Australian agency AAP, as its pages and credits do', () => {
    const article = page(
      HEADLINE,
      'By Anne Claes',
      'March 3, 2026',
      ...STORY,
      '© 2026 Australian Associated Press',
    );
    expect(article.source).toBe('AAP');
  });
});
