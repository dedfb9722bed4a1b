import { randomBytes } from 'node:crypto';
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { DISCORD_LIMITS } from './limits.js';
import type { RenderedPage } from './render/answer.js';

/** An answer too long for one message, kept so its Prev/Next buttons can show the other pages. */
export interface StoredPages {
  pages: readonly RenderedPage[];
  /** Only the person who asked may turn the pages, so nobody else rewrites their message. */
  ownerId: string;
}

export interface PageStoreOptions {
  /** Result sets kept at once; the least recently used goes first. */
  capacity?: number;
  /** After this, the buttons answer that the result has expired. */
  ttlMs?: number;
  now?: () => number;
}

const CUSTOM_ID_PREFIX = 'page';
// Keys are eight base64url characters, so a custom id stays far below Discord's 100.
const CUSTOM_ID_PATTERN = /^page:([A-Za-z0-9_-]{8}):(\d{1,4})$/;

/** In-memory LRU of paged results, keyed by a short random id carried in the buttons' custom ids. */
export class PageStore {
  readonly #entries = new Map<string, StoredPages & { expiresAt: number }>();
  readonly #capacity: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor({ capacity = 500, ttlMs = 15 * 60_000, now = Date.now }: PageStoreOptions = {}) {
    this.#capacity = capacity;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  save(stored: StoredPages): string {
    const key = randomBytes(6).toString('base64url');
    this.#entries.set(key, { ...stored, expiresAt: this.#now() + this.#ttlMs });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return key;
  }

  get(key: string): StoredPages | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    if (entry.expiresAt <= this.#now()) return undefined;
    // Re-inserting moves the entry to the most recently used end of the Map's order.
    this.#entries.set(key, entry);
    return entry;
  }

  get size(): number {
    return this.#entries.size;
  }
}

export interface PageTarget {
  key: string;
  index: number;
}

export function pageCustomId(target: PageTarget): string {
  return `${CUSTOM_ID_PREFIX}:${target.key}:${target.index}`;
}

/** Null for anything that is not a well-formed page button, including tampered ids. */
export function parsePageCustomId(customId: string): PageTarget | null {
  const match = CUSTOM_ID_PATTERN.exec(customId);
  if (!match?.[1] || !match[2]) return null;
  return { key: match[1], index: Number(match[2]) };
}

export function isPageCustomId(customId: string): boolean {
  return customId.startsWith(`${CUSTOM_ID_PREFIX}:`);
}

/** The rows under a page: Prev/Next when there is more than one page, then links to the articles. */
export function pageComponents(
  page: RenderedPage,
  paging: { key: string; index: number; count: number } | null,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  if (paging !== null && paging.count > 1) {
    const { key, index, count } = paging;
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: '◀ Prev',
          custom_id: pageCustomId({ key, index: Math.max(0, index - 1) }),
          disabled: index === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Next ▶',
          custom_id: pageCustomId({ key, index: Math.min(count - 1, index + 1) }),
          disabled: index >= count - 1,
        },
      ],
    });
  }
  if (page.links.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: page.links.slice(0, DISCORD_LIMITS.buttonsPerRow).map((link) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: link.label,
        url: link.url,
      })),
    });
  }
  return rows;
}
