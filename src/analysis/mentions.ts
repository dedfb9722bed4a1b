import type { Paragraph } from '../corpus/types.js';
import { type EntityDraft, introducedFrom } from './entities.js';
import { DEMONYM_TO_PLACE, KIN_NOUNS } from './lexicon.js';
import { rolePhrasesIn } from './role-phrases.js';
import { isAbbreviatedTitle, isTitleWord } from './titles.js';

/** "'s sister,", "'s son," closing an appositive: a relation owned by the name before it. */
const KIN_IN_APPOSITIVE = new RegExp(`^['’]s (?:${[...KIN_NOUNS.keys()].join('|')}),`);

/** A comma, then at most the first words of the owner's own name. */
const APPOSITIVE_OPENING = /^, (?:\p{Lu}[\p{L}'’-]* )*$/u;

export interface Mention {
  entity: EntityDraft;
  /** Offsets into the paragraph text, [start, end). */
  start: number;
  end: number;
  /** Found through a role the article links to the entity ("Syria’s foreign minister"). */
  byRole: boolean;
}

/**
 * Name forms and paragraphs are compared in one spelling: a hyphen or any space is a space, a
 * curly apostrophe is straight. Each character maps to one character, so offsets stay valid.
 */
function matchingSpelling(text: string): string {
  return text.replace(/[-\s]/gu, ' ').replace(/’/g, "'");
}

interface NameForm {
  spelling: string;
  entity: EntityDraft;
}

/** Every name form of an article's entities, by the code of its first character, longest first. */
type NameScanner = Map<number, NameForm[]>;

const nameScanners = new WeakMap<readonly EntityDraft[], NameScanner>();

/**
 * One pass over a paragraph finds every entity's names: trying each entity's names at every
 * position dominated analysis time, so only the forms that begin with the character at hand are
 * tried. They are tried longest first, so at any position the fullest name wins; between equal
 * lengths the earlier entity does.
 */
function nameScanner(entities: readonly EntityDraft[]): NameScanner {
  const cached = nameScanners.get(entities);
  if (cached) return cached;
  const forms = entities
    .flatMap((entity, order) =>
      [entity.name, ...entity.aliases].map((form) => ({ spelling: matchingSpelling(form), entity, order })),
    )
    .filter(({ spelling }) => spelling.length > 0)
    .sort((a, b) => b.spelling.length - a.spelling.length || a.order - b.order);
  const scanner: NameScanner = new Map();
  for (const { spelling, entity } of forms) {
    const first = spelling.charCodeAt(0);
    const list = scanner.get(first) ?? [];
    list.push({ spelling, entity });
    scanner.set(first, list);
  }
  nameScanners.set(entities, scanner);
  return scanner;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigitAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index) ?? 0;
  // ASCII answers without building a string for the Unicode test.
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Whether the character ending just before `index` is a letter or digit, astral ones included. */
function isLetterOrDigitBefore(text: string, index: number): boolean {
  const last = text.charCodeAt(index - 1);
  const startsPair = last >= 0xdc00 && last <= 0xdfff && index >= 2;
  return isLetterOrDigitAt(text, index - (startsPair ? 2 : 1));
}

/** The first (longest) of `candidates` written at `index` as a whole word. */
function fittingForm(candidates: readonly NameForm[], text: string, index: number): NameForm | undefined {
  for (const candidate of candidates) {
    if (
      text.startsWith(candidate.spelling, index) &&
      !isLetterOrDigitAt(text, index + candidate.spelling.length)
    ) {
      return candidate;
    }
  }
  return undefined;
}

function nameMentions(text: string, entities: readonly EntityDraft[]): Mention[] {
  const scanner = nameScanner(entities);
  const found: Mention[] = [];
  if (scanner.size === 0) return found;
  const spelling = matchingSpelling(text);
  for (let index = 0; index < spelling.length; index++) {
    const candidates = scanner.get(spelling.charCodeAt(index));
    if (candidates === undefined || isLetterOrDigitBefore(spelling, index)) continue;
    const form = fittingForm(candidates, spelling, index);
    if (form === undefined) continue;
    const end = index + form.spelling.length;
    if (opensLongerName(form, text, end)) {
      index = end - 1;
      continue;
    }
    found.push({ entity: form.entity, start: index, end, byRole: false });
    index = end - 1;
  }
  return found;
}

/** A capitalised word straight after a name, as in "Nacional Siempre". */
const CAPITALISED_NEXT = /^ (\p{Lu}[\p{L}'’-]*)/u;

/**
 * "Supporters' group Nacional Siempre said…" after the club "Nacional": a one-word body's name
 * followed by another capitalised word is the first word of another body the story has not
 * listed, not the body itself. A job after it ("Nacional President Ana Ruiz") still points to it.
 */
function opensLongerName(form: NameForm, text: string, end: number): boolean {
  if (form.entity.kind !== 'organisation' || form.spelling.includes(' ')) return false;
  const next = CAPITALISED_NEXT.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && !isTitleWord(next) && !isAbbreviatedTitle(next);
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
  // A second reference shortens the title: the "federal environment minister" becomes "the minister";
  // a rank makes another job ("shadow chancellor" is not "the chancellor").
  const shortened = holds(
    (keyHead) =>
      keyHead.endsWith(` ${head}`) &&
      !RANK_MODIFIERS.has(
        keyHead
          .slice(0, -head.length - 1)
          .split(' ')
          .at(-1) ?? '',
      ),
  );
  if (shortened.length > 0) return shortened;
  // Or names the job another way: "Rep. Maria Salazar" is later "the congresswoman".
  const synonyms = SECOND_REFERENCES.get(head) ?? [];
  const renamed = holds((keyHead) =>
    synonyms.some((synonym) => keyHead === synonym || keyHead.endsWith(` ${synonym}`)),
  );
  // "the NWC's corporate communications manager", then "The manager, Sophia Lindo-Barnett": a body
  // owning the job, unlike a country, is seldom repeated with the name, so it cannot rule anyone out.
  if (renamed.length > 0) return renamed;
  // "chief financial officer" keys on its noun alone ("financial" is no title word), so initials
  // are matched against the job as written: "the CFO" is whoever holds it in full.
  const spelt = synonyms.filter((synonym) => synonym.includes(' '));
  if (spelt.length > 0 && place === null) {
    const writtenInFull = entities.filter((entity) => {
      const role = ` ${entity.role?.toLowerCase() ?? ''} `;
      return entity.kind === 'person' && spelt.some((form) => role.includes(` ${form} `));
    });
    if (writtenInFull.length > 0) return writtenInFull;
  }
  // "the corporate communications manager", then "The manager, Sophia Lindo-Barnett": a job named
  // in full once and bare once is one job, unless a rank sets the fuller one apart ("deputy").
  const words = head.split(' ');
  const noun = words.at(-1) ?? head;
  if (words.length > 1 && !words.some((word) => RANK_MODIFIERS.has(word)))
    return holds((keyHead) => keyHead === noun);
  return [];
}

/** Words that make a job another job than the bare noun: the deputy minister is not the minister. */
const RANK_MODIFIERS = new Set(
  'deputy vice assistant associate acting former shadow junior interim outgoing incoming under co ex prime chief'.split(
    ' ',
  ),
);

const LEGISLATORS = ['representative', 'senator', 'mp', 'mep', 'msp', 'assemblyman', 'assemblywoman'];

/** Words a reporter uses for a job already named by its title. */
const SECOND_REFERENCES = new Map<string, string[]>([
  ['congresswoman', ['representative']],
  ['congressman', ['representative']],
  ['lawmaker', LEGISLATORS],
  ['legislator', LEGISLATORS],
  ['judge', ['justice']],
  // Irish and continental reports call a member of the Dáil or a national assembly "the deputy".
  ['deputy', ['td', 'mp', 'lawmaker']],
  ['officer', ['constable', 'sergeant', 'inspector', 'detective']],
  // Business pages give a job in full once and by its initials after, or the other way round.
  ...jobsByInitials([
    ['ceo', 'chief executive officer', 'chief executive'],
    ['cfo', 'chief financial officer'],
    ['coo', 'chief operating officer'],
    ['cto', 'chief technology officer'],
    ['cio', 'chief information officer'],
  ]),
]);

/** Each job's initials and its spelt-out forms, as second references of one another. */
function jobsByInitials(jobs: readonly (readonly [string, ...string[]])[]): [string, string[]][] {
  return jobs.flatMap(([initials, ...spelt]): [string, string[]][] => [
    [initials, spelt],
    ...spelt.map((form): [string, string[]] => [form, [initials]]),
  ]);
}

interface RoleHead {
  head: string;
  /** Part of the last word that any mention must contain: most paragraphs name no role at all. */
  needle: string;
}

const roleHeadsOf = new WeakMap<readonly EntityDraft[], RoleHead[]>();

function roleHeads(entities: readonly EntityDraft[]): RoleHead[] {
  const cached = roleHeadsOf.get(entities);
  if (cached) return cached;
  const heads = new Set(
    entities.flatMap((entity) =>
      entity.roleKeys.flatMap((key) => [key.head, key.head.split(' ').at(-1) ?? key.head]),
    ),
  );
  const found = [...heads].map((head) => ({
    head,
    needle: (head.split(' ').at(-1) ?? head).slice(1),
  }));
  roleHeadsOf.set(entities, found);
  return found;
}

/**
 * How many paragraphs ahead a job's holder may be named and still be who "the coach" means: a
 * reporter names the holder soon after the job, and a holder met much later holds another one.
 */
export const HOLDER_NAMED_WITHIN = 3;

/**
 * Whether `entity` can be who a job met in `paragraph` means: named by then or soon after, or
 * holding a title of office, written capitalised ("Chief Minister", "Judge"), which one person
 * holds however late the story names them; "the coach" in the third paragraph is not the "coach
 * at the academy" met in the ninth.
 */
export function heldByThen(entity: EntityDraft, paragraph: number): boolean {
  return !introducedFrom(entity, paragraph + HOLDER_NAMED_WITHIN) || /^\p{Lu}/u.test(entity.role ?? '');
}

function roleMentions(text: string, entities: readonly EntityDraft[], paragraph: number): Mention[] {
  const found: Mention[] = [];
  for (const { head, needle } of roleHeads(entities)) {
    if (!text.includes(needle)) continue;
    for (const { start, end, article, owner, possessive } of rolePhrasesIn(text, head)) {
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
      let matching = entitiesForRole(entities, head, place).filter((entity) => heldByThen(entity, paragraph));
      if (qualifier !== null) {
        matching = matching.filter((entity) => entity.role?.toLowerCase().includes(qualifier as string));
      }
      if (matching.length !== 1) continue;
      found.push({ entity: matching[0] as EntityDraft, start, end, byRole: true });
    }
  }
  return found;
}

/** Titles that say nothing of office, which both namesakes may bear. */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/** A title, shortened or not, then a capitalised surname: "Rep. Xiong", "Mayor Okafor". */
const TITLE_THEN_SURNAME = /(?<![\p{L}.])(\p{Lu}\p{Ll}{1,11})\.?\s+(\p{Lu}[\p{L}'’]+)(?![\p{L}'’-])/gu;

const sharedSurnamesOf = new WeakMap<readonly EntityDraft[], Map<string, EntityDraft[]>>();

/** Surnames that end more than one person's name, so that alone they name no one. */
function sharedSurnames(entities: readonly EntityDraft[]): Map<string, EntityDraft[]> {
  const cached = sharedSurnamesOf.get(entities);
  if (cached) return cached;
  const bySurname = new Map<string, EntityDraft[]>();
  for (const entity of entities) {
    if (entity.kind !== 'person' || !entity.name.includes(' ')) continue;
    const surname = entity.name.split(' ').at(-1) ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), entity]);
  }
  for (const [surname, holders] of bySurname) if (holders.length < 2) bySurname.delete(surname);
  sharedSurnamesOf.set(entities, bySurname);
  return bySurname;
}

/**
 * "Dr. Pa Houa Xiong… State Rep. Kao Xiong… 'These are families,' Rep. Xiong said": when two
 * people share a surname, a title before it tells them apart, if only one of them holds it.
 */
function titledSharedSurnameMentions(text: string, entities: readonly EntityDraft[]): Mention[] {
  const shared = sharedSurnames(entities);
  const found: Mention[] = [];
  if (shared.size === 0) return found;
  for (const match of text.matchAll(TITLE_THEN_SURNAME)) {
    const [whole, title = '', surname = ''] = match;
    const holders = shared.get(surname);
    if (!holders || !(isAbbreviatedTitle(title) || isTitleWord(title))) continue;
    const lowerTitle = title.toLowerCase();
    if (COURTESY_TITLES.has(lowerTitle)) continue;
    const titled = holders.filter((holder) =>
      (holder.role ?? '')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((word) => word === lowerTitle || (lowerTitle.length >= 3 && word.startsWith(lowerTitle))),
    );
    if (titled.length !== 1) continue;
    const end = (match.index ?? 0) + whole.length;
    found.push({ entity: titled[0] as EntityDraft, start: end - surname.length, end, byRole: false });
  }
  return found;
}

/** Every mention of every entity in one paragraph, longest first where two overlap, in text order. */
export function findMentions(paragraph: Paragraph, entities: readonly EntityDraft[]): Mention[] {
  const found = nameMentions(paragraph.text, entities);
  found.push(...roleMentions(paragraph.text, entities, paragraph.n));
  found.push(...titledSharedSurnameMentions(paragraph.text, entities));
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    if (ownsKinInAppositive(paragraph.text, kept, mention)) continue;
    kept.push(mention);
  }
  return kept;
}

/**
 * "Mariela Rojas, Rojas Vaca's sister, told reporters": the relative owning the kin noun in the
 * appositive describes the person named before it, who is the one the sentence is about; counted
 * as a mention, the owner would stand nearer the verb than the speaker does.
 */
function ownsKinInAppositive(text: string, kept: readonly Mention[], owner: Mention): boolean {
  if (owner.entity.kind !== 'person' || !KIN_IN_APPOSITIVE.test(text.slice(owner.end, owner.end + 40)))
    return false;
  // "Mariela Rojas, Rojas Vaca's sister": the owner's first words may have been read as another name.
  for (let back = kept.length - 1; back >= Math.max(0, kept.length - 2); back--) {
    const before = kept[back] as Mention;
    if (
      before.entity.kind === 'person' &&
      before.entity !== owner.entity &&
      APPOSITIVE_OPENING.test(text.slice(before.end, owner.start))
    )
      return true;
  }
  return false;
}
