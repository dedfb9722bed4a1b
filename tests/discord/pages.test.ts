import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { PageStore, pageComponents, pageCustomId, parsePageCustomId } from '../../src/discord/pages.js';
import type { RenderedPage } from '../../src/discord/render/answer.js';

const page = (title: string): RenderedPage => ({ embeds: [{ title }], links: [] });
const pages = [page('Search: “Tartus” (1)'), page('Search: “Tartus” (2)'), page('Search: “Tartus” (3)')];

describe('PageStore', () => {
  it('forgets a result set once it expires', () => {
    let now = 1_000;
    const store = new PageStore({ ttlMs: 60_000, now: () => now });
    const key = store.save({ pages, ownerId: '42' });
    now += 59_999;
    expect(store.get(key)?.pages).toHaveLength(3);
    now += 60_000;
    expect(store.get(key)).toBeUndefined();
  });

  it('evicts the least recently used result set when full', () => {
    const store = new PageStore({ capacity: 2 });
    const first = store.save({ pages, ownerId: '1' });
    const second = store.save({ pages, ownerId: '2' });
    store.get(first);
    const third = store.save({ pages, ownerId: '3' });
    expect(store.get(second)).toBeUndefined();
    expect(store.get(first)?.ownerId).toBe('1');
    expect(store.get(third)?.ownerId).toBe('3');
    expect(store.size).toBe(2);
  });
});

describe('page buttons', () => {
  it('round-trip their target and stay far below the custom id limit', () => {
    const key = new PageStore().save({ pages, ownerId: '1' });
    const id = pageCustomId({ key, index: 2 });
    expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(parsePageCustomId(id)).toEqual({ key, index: 2 });
  });

  it.each([
    'page:abc:1',
    'page:abcdefgh:-1',
    'page:abcdefgh:1:extra',
    'other:abcdefgh:1',
    `page:${'a'.repeat(90)}:1`,
  ])('reject the tampered id %s', (customId) => {
    expect(parsePageCustomId(customId)).toBeNull();
  });

  it('disable Prev on the first page and Next on the last, with distinct ids', () => {
    const [first] = pageComponents(page('x'), { key: 'abcdefgh', index: 0, count: 3 });
    const [last] = pageComponents(page('x'), { key: 'abcdefgh', index: 2, count: 3 });
    const buttons = (row: typeof first) =>
      (row?.components ?? []).map((button) => ({
        disabled: 'disabled' in button ? button.disabled : undefined,
        id: 'custom_id' in button ? button.custom_id : undefined,
      }));
    expect(buttons(first).map((button) => button.disabled)).toEqual([true, false]);
    expect(buttons(last).map((button) => button.disabled)).toEqual([false, true]);
    for (const row of [first, last]) {
      const ids = buttons(row).map((button) => button.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('are absent for a single page', () => {
    expect(pageComponents(page('x'), null)).toEqual([]);
  });
});
