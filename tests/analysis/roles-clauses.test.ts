import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('jobs stated by a clause after the name', () => {
  it('reads a job taken up, without when it was taken up', () => {
    const analysis = analyseText(
      'Harbour board shake-up',
      'Aroha Ngata, who was appointed chief executive of the harbour board in May, said the review was overdue.',
      'Rewi Parata, who became mayor in 2022, said he welcomed it.',
      'Kiri Walker, who took over as coach last season, said the club would move.',
      'Hone Tipene, who is also the trust’s treasurer, said the accounts were sound.',
    );
    expect(entityNamed(analysis, 'Aroha Ngata')?.role).toBe('chief executive of the harbour board');
    expect(entityNamed(analysis, 'Rewi Parata')?.role).toBe('mayor');
    expect(entityNamed(analysis, 'Kiri Walker')?.role).toBe('coach');
    expect(entityNamed(analysis, 'Hone Tipene')?.role).toBe('trust’s treasurer');
  });

  it('reads a job held over time, but not one act done once', () => {
    const analysis = analyseText(
      'Derby marred by assault on official',
      'Lorna Baird, who has chaired the supporters’ trust since 2019, said the club had let fans down.',
      'The striker pushed linesman Alan Cairns, who had advised the referee to award a penalty.',
    );
    expect(entityNamed(analysis, 'Lorna Baird')?.role).toBe('has chaired the supporters’ trust');
    expect(entityNamed(analysis, 'Alan Cairns')?.role ?? '').not.toContain('advised');
  });
});

describe('appositives set off by dashes and brackets', () => {
  it('reads an appositive between dashes, and one after a picture pointer', () => {
    const analysis = analyseText(
      'Food bank runs short',
      'Grace Adeyemi – the food bank’s founder – said shelves had never been so bare.',
      'Tom Okafor (pictured), the charity’s chairman, said donations had halved.',
    );
    expect(entityNamed(analysis, 'Grace Adeyemi')?.role).toBe('food bank’s founder');
    expect(entityNamed(analysis, 'Tom Okafor')?.role).toBe('charity’s chairman');
  });

  it('keeps a bracketed specialism with the job written before the name', () => {
    const analysis = analyseText(
      'Bridge declared safe',
      'Senior engineer (structures) Wanjiru Kamau said the cracks were cosmetic.',
    );
    expect(entityNamed(analysis, 'Wanjiru Kamau')?.role).toBe('Senior engineer (structures)');
  });
});

describe('jobs beyond the common titles', () => {
  it('reads local offices, trades and sports as jobs, and a nationality before a job as no place', () => {
    const analysis = analyseText(
      'Inquest opens into harbour drowning',
      'Coroner Ngaire Kohu opened the inquest on Tuesday.',
      'Harbourmaster Wiremu Tane said the swell had been "freakish".',
      'Disgraced Kenyan sprinter Otieno Wafula was banned in May.',
      'Wafula said she and fellow sprinter Akinyi Odhiambo had trained at the harbour.',
    );
    expect(entityNamed(analysis, 'Ngaire Kohu')?.role).toBe('Coroner');
    expect(entityNamed(analysis, 'Wiremu Tane')?.role).toBe('Harbourmaster');
    expect(entityNamed(analysis, 'Akinyi Odhiambo')?.role).toBe('fellow sprinter');
    expect(analysis.people.some((entity) => entity.name.includes('Kenyan') && entity.kind === 'place')).toBe(
      false,
    );
  });
});

describe('offices without an article, and more of what stands around a name', () => {
  it('reads an office named without an article as the predicate or in a relative clause', () => {
    const analysis = analyseText(
      'Mill to close',
      'Fiona Brennan is chief executive of Corrib Mills. She said the mill would close in March.',
      'Ciarán Duffy, who was head of production until last year, said the decision was "inevitable".',
      'Hilary Moss was best actress at the county drama festival.',
    );
    expect(entityNamed(analysis, 'Fiona Brennan')?.role).toBe('chief executive of Corrib Mills');
    expect(entityNamed(analysis, 'Ciarán Duffy')?.role).toBe('head of production');
    expect(entityNamed(analysis, 'Hilary Moss')?.role ?? null).toBeNull();
  });

  it('reads a job held before, a job after an age and a home town, and the whole name of where a job is', () => {
    const analysis = analyseText(
      'Ferry cuts condemned',
      'Morag Laing, formerly the ferry company’s operations director, said the cuts were reckless.',
      'Ewan Munro, 41, from Stornoway, a fisherman, said he would lose a day’s work a week.',
      '"We were not consulted," Western Isles Council convener Alasdair Macleod said.',
      'Band bassist Niall Quinn and drummer Rory Kane left early.',
    );
    expect(entityNamed(analysis, 'Morag Laing')?.role).toBe(
      'formerly the ferry company’s operations director',
    );
    expect(entityNamed(analysis, 'Ewan Munro')?.role).toBe('fisherman');
    expect(entityNamed(analysis, 'Alasdair Macleod')?.role).toBe('Western Isles Council convener');
    expect(entityNamed(analysis, 'Rory Kane')?.role).toBe('drummer');
  });
});
