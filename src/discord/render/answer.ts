import type { APIEmbed, APIEmbedField } from 'discord.js';
import {
  describeArticle,
  describeAttribution,
  describeOtherArticles,
  describeSourceAndDate,
} from '../../answers/format.js';
import type {
  Answer,
  ArticleAnswer,
  ArticleInfo,
  ArticleRef,
  Attribution,
  HelpAnswer,
  NotFoundAnswer,
  QuoteAnswer,
  QuoteItem,
  SearchAnswer,
  SummaryAnswer,
  WhoAnswer,
  WhoMatch,
} from '../../answers/types.js';
import { DISCORD_LIMITS } from '../limits.js';
import { truncate } from '../truncate.js';
import { fitEmbeds } from './fit.js';
import { emphasiseHighlights, escapeText, formatParagraphList } from './format.js';

/** A link to an original article, shown as a link button under the answer. */
export interface ArticleLink {
  label: string;
  url: string;
}

/** One screenful: what a single message shows, before paging buttons are added. */
export interface RenderedPage {
  embeds: APIEmbed[];
  links: ArticleLink[];
}

export interface RenderedAnswer {
  pages: RenderedPage[];
  /** True when the answer only makes sense to the person who asked (a malformed question). */
  onlyForAsker: boolean;
}

// Items per page: four full passages (4 × 1,024) stay well inside the 6,000 shared by embeds.
const PAGE_SIZE = { passages: 4, mentions: 5, quotes: 5, articles: 8 } as const;

const COLOUR = { answer: 0x2b6cb0, miss: 0xd69e2e, problem: 0xc53030 } as const;

/** Turns a platform-neutral answer into Discord embeds, page by page, within Discord's limits. */
export function renderAnswer(answer: Answer): RenderedAnswer {
  const rendered = renderPages(answer);
  const pages: RenderedPage[] =
    rendered.length > 0
      ? rendered
      : [{ embeds: [{ color: COLOUR.miss, description: 'Nothing in the articles matched.' }], links: [] }];
  return {
    pages: pages.map((page, index) => finishPage(page, index, pages.length)),
    onlyForAsker: answer.kind === 'invalid',
  };
}

function renderPages(answer: Answer): RenderedPage[] {
  switch (answer.kind) {
    case 'search':
      return renderSearch(answer);
    case 'who':
      return renderWho(answer);
    case 'quote':
      return renderQuotes(answer);
    case 'summary':
      return [renderSummary(answer)];
    case 'article':
      return renderArticles(answer);
    case 'help':
      return [renderHelp(answer)];
    case 'not-found':
      return [renderNotFound(answer)];
    case 'invalid':
      return [{ embeds: [{ color: COLOUR.problem, description: escapeText(answer.message) }], links: [] }];
  }
}

function renderSearch(answer: SearchAnswer): RenderedPage[] {
  const total = answer.passages.length;
  return chunk(answer.passages, PAGE_SIZE.passages).map((passages) => {
    const cite = citation(passages.map((passage) => passage.attribution));
    return {
      embeds: [
        {
          color: COLOUR.answer,
          title: `Search: “${escapeText(answer.query)}”`,
          fields: passages.map((passage) => ({
            name: cite.field(passage.attribution),
            value: emphasiseHighlights(passage.text, passage.highlights),
          })),
          footer: { text: cite.footer(`${total} ${plural(total, 'passage')} · best match first`) },
        },
      ],
      links: linksFor(passages.map((passage) => passage.attribution)),
    };
  });
}

function renderWho(answer: WhoAnswer): RenderedPage[] {
  return answer.matches.flatMap((match) =>
    chunk(match.mentions, PAGE_SIZE.mentions).map((mentions) => ({
      embeds: [
        {
          color: COLOUR.answer,
          title: escapeText(match.name),
          description: describeEntity(match),
          fields: mentions.map((mention) => ({
            name: `¶${mention.attribution.paragraph}`,
            value: emphasiseHighlights(mention.text, mention.highlights),
          })),
          footer: {
            text: [
              `${describeArticle(match.article)} · mentioned in ${formatParagraphList(
                match.mentions.map((mention) => mention.attribution.paragraph),
              )}`,
              describeOtherArticles(answer.otherArticles),
            ]
              .filter((line) => line !== null)
              .join('\n'),
          },
        },
      ],
      links: linksFor([match.article]),
    })),
  );
}

function describeEntity(match: WhoMatch): string {
  const lines = [
    match.role === null ? `*${match.entityKind}*` : `**${escapeText(match.role)}** · ${match.entityKind}`,
  ];
  const otherNames = match.aliases.filter((alias) => alias !== match.name);
  if (otherNames.length > 0) lines.push(`Also named: ${otherNames.map(escapeText).join(', ')}`);
  if (match.quoteCount > 0) {
    lines.push(`Quoted ${match.quoteCount} ${plural(match.quoteCount, 'time')} in this article (try /quote)`);
  }
  return lines.join('\n');
}

function renderQuotes(answer: QuoteAnswer): RenderedPage[] {
  const total = answer.quotes.length;
  return chunk(answer.quotes, PAGE_SIZE.quotes).map((quotes) => {
    const cite = citation(quotes.map((quote) => quote.attribution));
    return {
      embeds: [
        {
          color: COLOUR.answer,
          title: `Quotes: ${escapeText(answer.speaker)}`,
          fields: quotes.map((quote) => ({ name: cite.field(quote.attribution), value: formatQuote(quote) })),
          footer: {
            text: [
              cite.footer(`${total} ${plural(total, 'quotation')} · in article order`),
              describeOtherArticles(answer.otherArticles),
            ]
              .filter((line) => line !== null)
              .join('\n'),
          },
        },
      ],
      links: linksFor(quotes.map((quote) => quote.attribution)),
    };
  });
}

/** The quotation verbatim inside quote marks, then who said it, as a news page sets it. */
function formatQuote(quote: QuoteItem): string {
  const speaker = quote.speaker === null ? 'speaker not named in the article' : escapeText(quote.speaker);
  const fragment = quote.partial ? ' (fragment)' : '';
  return `“${escapeText(quote.text)}”\n— ${speaker}${fragment}`;
}

function renderSummary(answer: SummaryAnswer): RenderedPage {
  const fields: APIEmbedField[] = [];
  if (answer.people.length > 0) {
    fields.push({
      name: 'People',
      value: answer.people
        .map((person) =>
          person.role === null
            ? escapeText(person.name)
            : `${escapeText(person.name)}, ${escapeText(person.role)}`,
        )
        .join('\n'),
    });
  }
  for (const quote of answer.quotes.slice(0, 3)) {
    // The embed's title and footer already name the article; the paragraph is what is left to cite.
    fields.push({ name: `¶${quote.attribution.paragraph}`, value: formatQuote(quote) });
  }
  const keyPoints = answer.keyPoints.map(
    (point) => `• ${escapeText(point.text)} (¶${point.attribution.paragraph})`,
  );
  return {
    embeds: [
      {
        color: COLOUR.answer,
        title: escapeText(answer.article.title),
        ...(isLinkable(answer.article.url) ? { url: answer.article.url } : {}),
        description: keyPoints.length > 0 ? keyPoints.join('\n') : '*No key points could be drawn.*',
        fields,
        footer: { text: footerForArticle(answer.article) },
      },
    ],
    links: linksFor([answer.article]),
  };
}

function renderArticles(answer: ArticleAnswer): RenderedPage[] {
  const total = answer.articles.length;
  return chunk(answer.articles, PAGE_SIZE.articles).map((articles) => ({
    embeds: [
      {
        color: COLOUR.answer,
        title: total === 1 ? escapeText(articles[0]?.title ?? '') : `${total} articles`,
        fields: articles.map((article) => ({
          name: total === 1 ? 'About this article' : escapeText(article.title),
          value: describeArticleStats(article),
        })),
        footer: { text: total === 1 && articles[0] ? footerForArticle(articles[0]) : 'Newest first' },
      },
    ],
    links: linksFor(articles),
  }));
}

function describeArticleStats(article: ArticleInfo): string {
  const provenance = describeSourceAndDate(article);
  return [
    provenance === '' ? 'Source and date unknown' : escapeText(provenance),
    `${article.paragraphs} ${plural(article.paragraphs, 'paragraph')} · ${article.people} ${plural(
      article.people,
      'name',
    )} · ${article.quotes} ${plural(article.quotes, 'quotation')}`,
    `id: \`${article.id}\``,
  ].join('\n');
}

function renderHelp(answer: HelpAnswer): RenderedPage {
  return {
    embeds: [
      {
        color: COLOUR.answer,
        title: 'Dossier: questions about the news articles in this server',
        description:
          'Every answer cites the article, its source and date, and the paragraph (¶) it comes from. ' +
          'Add `hide: True` to any command to see the answer on your own. ' +
          'Right-click a message → Apps → **Find in article** to look for its words in the articles.',
        fields: answer.commands.map((command) => ({
          name: command.usage.startsWith('/') ? command.usage : `/${command.usage}`,
          value: `${command.description}\nExample: \`${command.example}\``,
        })),
      },
    ],
    links: [],
  };
}

function renderNotFound(answer: NotFoundAnswer): RenderedPage {
  const suggestions = answer.suggestions.slice(0, 10).map(escapeText);
  const lines = [escapeText(answer.message)];
  if (suggestions.length > 0) lines.push('', `**Did you mean:** ${suggestions.join(' · ')}`);
  return {
    embeds: [
      {
        color: COLOUR.miss,
        title: `No ${answer.looking} found for “${escapeText(answer.query)}”`,
        description: lines.join('\n'),
      },
    ],
    links: [],
  };
}

/**
 * How a page cites its items. When they all come from one article, each field names only its
 * paragraph and the footer names the article once; otherwise each field carries the full citation.
 */
function citation(attributions: readonly Attribution[]): {
  field(attribution: Attribution): string;
  footer(summary: string): string;
} {
  const [first] = attributions;
  const shared = first !== undefined && attributions.every((item) => item.articleId === first.articleId);
  if (shared) {
    return {
      field: (attribution) => `¶${attribution.paragraph}`,
      footer: (summary) => `${describeArticle(first)} · ${summary}`,
    };
  }
  return {
    field: (attribution) => escapeText(describeAttribution(attribution)),
    footer: (summary) => summary,
  };
}

function footerForArticle(article: ArticleRef): string {
  const provenance = describeSourceAndDate(article);
  return provenance === '' ? `Article id: ${article.id}` : `${provenance} · article id: ${article.id}`;
}

function finishPage(page: RenderedPage, index: number, count: number): RenderedPage {
  const embeds =
    count > 1
      ? page.embeds.map((embed) => ({
          ...embed,
          footer: { text: [embed.footer?.text, `page ${index + 1} of ${count}`].filter(Boolean).join(' · ') },
        }))
      : page.embeds;
  return { embeds: fitEmbeds(embeds), links: page.links };
}

function linksFor(refs: readonly (Pick<ArticleRef, 'title' | 'url'> | Attribution)[]): ArticleLink[] {
  const links = new Map<string, ArticleLink>();
  for (const ref of refs) {
    if (!isLinkable(ref.url) || links.has(ref.url)) continue;
    links.set(ref.url, { url: ref.url, label: truncate(`Read: ${ref.title}`, DISCORD_LIMITS.buttonLabel) });
  }
  // One row of link buttons; the pager has its own row.
  return [...links.values()].slice(0, DISCORD_LIMITS.buttonsPerRow);
}

/** Discord refuses link buttons whose URL is not http(s); a malformed URL would fail the reply. */
function isLinkable(url: string | null): url is string {
  if (url === null || url.length > 512) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks.length > 0 ? chunks : [[]];
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
