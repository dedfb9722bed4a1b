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

const rolePatterns = new Map<string, RegExp>();

/** Every name form of an article's entities in one pattern, one capture group per form. */
interface NameScanner {
  pattern: RegExp;
  /** The entity of each capture group, in group order. */
  owners: EntityDraft[];
}

const nameScanners = new WeakMap<readonly EntityDraft[], NameScanner>();

/**
 * One pass over a paragraph finds every entity's names: a pattern per entity would scan each
 * paragraph once per entity, which dominated analysis time. Forms are tried longest first, so at
 * any position the fullest name wins, as it would when separate matches are compared.
 */
function nameScanner(entities: readonly EntityDraft[]): NameScanner {
  const cached = nameScanners.get(entities);
  if (cached) return cached;
  const forms = entities
    .flatMap((entity, order) => [entity.name, ...entity.aliases].map((form) => ({ form, entity, order })))
    .filter(({ form }) => form.length > 0)
    // Longest first; between equal lengths the earlier entity wins, as it always has.
    .sort((a, b) => b.form.length - a.form.length || a.order - b.order);
  const groups = forms.map(({ form }) => `(${formPattern(form)})`);
  const scanner: NameScanner = {
    pattern:
      groups.length === 0
        ? /(?!)/gu
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    owners: forms.map(({ entity }) => entity),
  };
  nameScanners.set(entities, scanner);
  return scanner;
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
  const shortened = holds((keyHead) => keyHead.endsWith(` ${head}`));
  if (shortened.length > 0) return shortened;
  // Or names the job another way: "Rep. Maria Salazar" is later "the congresswoman".
  const synonyms = SECOND_REFERENCES.get(head) ?? [];
  return holds((keyHead) =>
    synonyms.some((synonym) => keyHead === synonym || keyHead.endsWith(` ${synonym}`)),
  );
}

const LEGISLATORS = ['representative', 'senator', 'mp', 'mep', 'msp', 'assemblyman', 'assemblywoman'];

/** Words a reporter uses for a job already named by its title. */
const SECOND_REFERENCES = new Map<string, string[]>([
  ['congresswoman', ['representative']],
  ['congressman', ['representative']],
  ['lawmaker', LEGISLATORS],
  ['legislator', LEGISLATORS],
  ['judge', ['justice']],
  ['officer', ['constable', 'sergeant', 'inspector', 'detective']],
]);

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
  const { pattern, owners } = nameScanner(entities);
  for (const match of paragraph.text.matchAll(pattern)) {
    const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
    const entity = owners[group - 1];
    if (entity === undefined) continue;
    const start = match.index ?? 0;
    found.push({ entity, start, end: start + match[0].length, byRole: false });
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
