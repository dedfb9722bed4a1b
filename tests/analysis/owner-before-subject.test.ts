import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('an owner before the subject is not who "she" or "he" means next', () => {
  it('takes the daughter named after "X\'s daughter," as the one who speaks next (Oregonian style)', () => {
    const analysis = analyseText(
      'Bus driver jailed over fatal crash',
      'Doreen Whitlock, 71, had volunteered at the food bank for 30 years.',
      "Whitlock's granddaughter, Kayla Brannigan-Oduya, stood to address the court with a photograph in her hands.",
      '"She fed half this town and never asked for thanks," she said.',
    );
    expect(quoteStartingWith(analysis, 'She fed half this town')?.speaker).toBe('Kayla Brannigan-Oduya');
  });

  it('takes the manager, not his club, as the subject a later "he said" means (Press and Journal style)', () => {
    const analysis = analyseText(
      'Ross County hold Caley Thistle',
      'Striker Jordan Whitelaw scored in the first half. "It was a scrappy one," he said.',
      'Inverness manager Calum Strachan felt his side deserved more from the derby.',
      '"We hit the bar twice and had one cleared off the line," he said.',
    );
    expect(quoteStartingWith(analysis, 'We hit the bar twice')?.speaker).toBe('Calum Strachan');
  });
});
