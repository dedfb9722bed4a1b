import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, peopleIn, quoteStartingWith } from './build-article.js';

describe('a player named by position and one name', () => {
  it('reads a surname or a one-word name straight after a playing position (KickOff, Marca style)', () => {
    const analysis = analyseText(
      'Chippa win',
      'Coach Sizwe Dlamini praised striker Mabaso, who scored twice, and said defender Khumalo had been immense.',
      'Sevilla midfielder Fernandinho told reporters: "We never stopped believing."',
    );
    expect(peopleIn(analysis)).toEqual(expect.arrayContaining(['Mabaso', 'Khumalo', 'Fernandinho']));
    expect(quoteStartingWith(analysis, 'We never stopped')?.speaker).toBe('Fernandinho');
  });

  it('reads a Muslim honorific after a given name as the family name (Kathmandu Post style)', () => {
    const analysis = analyseText(
      'Squad named',
      'Selectors recalled left-arm spinner Rashid Sheikh and named wicketkeeper Tariq Syed as vice-captain.',
      'Sheikh Hamad bin Khalifa attended the launch.',
    );
    expect(peopleIn(analysis)).toEqual(
      expect.arrayContaining(['Rashid Sheikh', 'Tariq Syed', 'Hamad bin Khalifa']),
    );
    expect(entityNamed(analysis, 'Hamad bin Khalifa')?.name).toBe('Hamad bin Khalifa');
  });

  it('leaves one word after a job that firms are also given as no one (BBC style)', () => {
    const analysis = analyseText(
      'Console sales',
      'Market leader Nintendo said sales rose, according to analyst Gartner.',
    );
    expect(peopleIn(analysis)).toEqual([]);
  });
});
