import type { APIEmbed, APIEmbedField } from 'discord.js';
import { DISCORD_LIMITS } from '../limits.js';
import { truncate } from '../truncate.js';

// Discord rejects an embed field whose name or value is empty; a zero-width space is its idiom.
const BLANK = '\u200b';

/** Characters Discord counts toward the 6,000 shared by a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * Brings embeds within every per-part limit and then within the shared total. Titles, authors
 * and footers carry the attribution, so they keep their room; descriptions and fields, in
 * reading order, share what is left, and whatever does not fit is cut at a word or dropped.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const capped = embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbedParts);
  // One embed's framing is at most 2,560 characters, so dropping trailing embeds always ends.
  while (capped.length > 1 && framingLength(capped) > DISCORD_LIMITS.embedsTotal) capped.pop();
  let remaining = DISCORD_LIMITS.embedsTotal - framingLength(capped);
  return capped.map((embed) => {
    const { description, fields, ...framing } = embed;
    const fitted: APIEmbed = framing;
    if (description !== undefined && remaining >= MIN_USEFUL_TEXT) {
      fitted.description = truncate(description, Math.min(remaining, DISCORD_LIMITS.embedDescription));
      remaining -= fitted.description.length;
    }
    if (fields !== undefined) {
      const kept: APIEmbedField[] = [];
      for (const field of fields) {
        // A field needs its name whole and a few words of value to be worth showing.
        if (remaining < field.name.length + MIN_USEFUL_TEXT) break;
        const value = truncate(
          field.value,
          Math.min(DISCORD_LIMITS.embedFieldValue, remaining - field.name.length),
        );
        kept.push({ ...field, value });
        remaining -= field.name.length + value.length;
      }
      fitted.fields = kept;
    }
    return fitted;
  });
}

const MIN_USEFUL_TEXT = 20;

function framingLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum + (embed.title?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0),
    0,
  );
}

function fitEmbedParts(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined) {
    fitted.description = truncate(embed.description, DISCORD_LIMITS.embedDescription);
  }
  if (embed.author !== undefined) {
    fitted.author = { ...embed.author, name: truncate(embed.author.name, DISCORD_LIMITS.embedAuthorName) };
  }
  if (embed.footer !== undefined) {
    fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.embedFooter) };
  }
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, DISCORD_LIMITS.embedFieldName) || BLANK,
      value: truncate(field.value, DISCORD_LIMITS.embedFieldValue) || BLANK,
    }));
  }
  return fitted;
}
