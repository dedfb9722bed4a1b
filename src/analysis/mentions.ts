import type { Paragraph } from '../corpus/types.js';
import type { EntityDraft } from './entities.js';
import { DEMONYM_TO_PLACE } from './lexicon.js';

export interface Mention {
  entity: EntityDraft;
  /** Offsets into the paragraph text, [start, end). */
  start: number;
  end: number;
  /** Found through a role the article links to the entity ("Syria’s foreign minister"). */
  byRole: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name form as a pattern: hyphen or space between parts, straight or curly apostrophe. */
function formPattern(form: string): string {
  return escapeRegExp(form)
    .replace(/\\-|-| /g, '[-\\s]')
    .replace(/['’]/g, "['’]");
}

const namePatterns = new WeakMap<EntityDraft, RegExp>();
const rolePatterns = new Map<string, RegExp>();

function namePattern(entity: EntityDraft): RegExp {
  const cached = namePatterns.get(entity);
  if (cached) return cached;
  const pattern = buildNamePattern(entity);
  namePatterns.set(entity, pattern);
  return pattern;
}

function buildNamePattern(entity: EntityDraft): RegExp {
  const forms = [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length).map(formPattern);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const TRANSIENT = '(?:(?:new|former|longtime|long-time|outgoing|incoming|acting|interim|then)\\s+)*';

/** A role phrase that stands for a person: "the prime minister", "Syria’s foreign minister". */
function rolePattern(head: string): RegExp {
  const cached = rolePatterns.get(head);
  if (cached) return cached;
  const pattern = buildRolePattern(head);
  rolePatterns.set(head, pattern);
  return pattern;
}

function buildRolePattern(head: string): RegExp {
  const headPattern = head
    .split(' ')
    .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`)
    .join('\\s+');
  return new RegExp(
    `(?<![\\p{L}])(?:([Tt]he)\\s+)?(?:(\\p{Lu}[\\p{L}-]+?)(['’]s)?\\s+)?${TRANSIENT}${headPattern}(?![\\p{L}])(?!\\s+\\p{Lu})`,
    'gu',
  );
}

/** Resolves "the prime minister" to the one entity the article gives that role, if only one fits. */
export function entitiesForRole(
  entities: readonly EntityDraft[],
  head: string,
  place: string | null,
): EntityDraft[] {
  const holds = (fits: (keyHead: string) => boolean) =>
    entities.filter((entity) =>
      entity.roleKeys.some((key) => fits(key.head) && (place === null || key.place === place)),
    );
  const exact = holds((keyHead) => keyHead === head);
  if (exact.length > 0) return exact;
  // A second reference shortens the title: the "federal environment minister" becomes "the minister".
  return holds((keyHead) => keyHead.endsWith(` ${head}`));
}

function roleMentions(text: string, entities: readonly EntityDraft[]): Mention[] {
  const heads = new Set(
    entities.flatMap((entity) =>
      entity.roleKeys.flatMap((key) => [key.head, key.head.split(' ').at(-1) ?? key.head]),
    ),
  );
  const found: Mention[] = [];
  for (const head of heads) {
    for (const match of text.matchAll(rolePattern(head))) {
      const [whole, article, owner, possessive] = match;
      const ownerIsArticle = owner !== undefined && /^the$/i.test(owner);
      let place: string | null = null;
      let qualifier: string | null = null;
      if (owner !== undefined && !ownerIsArticle) {
        place = possessive ? owner : (DEMONYM_TO_PLACE.get(owner.toLowerCase()) ?? null);
        // "the Tory leader": a qualifier the holder's stated role also carries.
        if (place === null) qualifier = owner.toLowerCase();
      }
      // A bare head ("minister said") is too vague: it needs "the" or a country.
      if (article === undefined && !ownerIsArticle && place === null) continue;
      let matching = entitiesForRole(entities, head, place);
      if (qualifier !== null) {
        matching = matching.filter((entity) => entity.role?.toLowerCase().includes(qualifier as string));
      }
      if (matching.length !== 1) continue;
      const start = match.index ?? 0;
      found.push({ entity: matching[0] as EntityDraft, start, end: start + whole.length, byRole: true });
    }
  }
  return found;
}

/** Every mention of every entity in one paragraph, longest first where two overlap, in text order. */
export function findMentions(paragraph: Paragraph, entities: readonly EntityDraft[]): Mention[] {
  const found: Mention[] = [];
  for (const entity of entities) {
    for (const match of paragraph.text.matchAll(namePattern(entity))) {
      const start = match.index ?? 0;
      found.push({ entity, start, end: start + match[0].length, byRole: false });
    }
  }
  found.push(...roleMentions(paragraph.text, entities));
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
