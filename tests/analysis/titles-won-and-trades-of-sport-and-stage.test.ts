import { describe, expect, it } from 'vitest';
import { roleIn } from './build-article.js';

/**
 * Sports and arts desks put a player's standing or a performer's trade straight before the name:
 * "Fifth seed X", "Commonwealth Games silver medallist X", "pole vaulter X", "Dutch film-maker X".
 * The event a title was won at is part of the title; a verb before it ("to play qualifier X") is not.
 */
describe('titles won and trades of sport and stage', () => {
  it('keeps a standing in the draw, capitalised at a sentence start or not', () => {
    expect(roleIn('Marek Novotny', 'Top seed Marek Novotny lost in three sets.')).toBe('Top seed');
    expect(roleIn('Luka Brandt', 'She now meets 27th seed Luka Brandt.')).toBe('27th seed');
    expect(roleIn('Ines Abreu', 'Portuguese qualifier Ines Abreu saved four match points.')).toBe(
      'Portuguese qualifier',
    );
  });

  it('keeps the event a title was won at, with what qualifies it', () => {
    expect(roleIn('Tomas Ruiz', 'Australian Open champion Tomas Ruiz pulled out.')).toBe(
      'Australian Open champion',
    );
    expect(roleIn('Ana Belt', 'It was a bad day for former Wimbledon champion Ana Belt.')).toBe(
      'former Wimbledon champion',
    );
    expect(roleIn('Jade Okoro', 'Commonwealth Games silver medallist Jade Okoro won the 400m.')).toBe(
      'Commonwealth Games silver medallist',
    );
    expect(roleIn('Kofi Mensah', 'Olympic 100m champion Kofi Mensah was third.')).toBe(
      'Olympic 100m champion',
    );
  });

  it('leaves the verb before a title out of it', () => {
    expect(roleIn('Sergio Lanz', 'He will play qualifier Sergio Lanz in the second round.')).toBe(
      'qualifier',
    );
  });

  it('reads the field events and combined events as trades', () => {
    expect(roleIn('Piet Maas', 'Discus thrower Piet Maas withdrew with a back injury.')).toBe(
      'Discus thrower',
    );
    expect(roleIn('Greta Lind', 'Swedish pole vaulter Greta Lind cleared 4.70m.')).toBe(
      'Swedish pole vaulter',
    );
    expect(roleIn('Carys Hughes', 'The Welsh heptathlete Carys Hughes led overnight.')).toBe(
      'Welsh heptathlete',
    );
  });

  it('reads the trades of film and music before a name', () => {
    expect(roleIn('Joris Dekker', 'The Dutch film-maker Joris Dekker premiered his documentary.')).toBe(
      'Dutch film-maker',
    );
    expect(roleIn('Elena Vasquez', 'The gala starred soprano Elena Vasquez.')).toBe('soprano');
    expect(roleIn('Anton Reiss', 'The orchestra was led by conductor Anton Reiss.')).toBe('conductor');
  });
});
