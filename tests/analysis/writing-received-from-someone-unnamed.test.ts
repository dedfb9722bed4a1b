import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('the words of a message someone received, quoted in full', () => {
  it('are not the source’s who reports them (The Citizen style)', () => {
    const analysis = analyseText(
      'Extortion accused denied bail',
      'State prosecutor Thandi Nkosi told the court that phone records linked the accused to the complainants.',
      'According to Nkosi, one driver received a message that read: "We know where you live."',
    );
    expect(quoteStartingWith(analysis, 'We know where you live')?.speaker).toBeNull();
  });

  it('are not the receiver’s either (Daily Nation style)', () => {
    const analysis = analyseText(
      'Threats to councillor',
      'Councillor Achieng Otieno said she was sent a text which said: "Drop the motion or regret it."',
    );
    expect(quoteStartingWith(analysis, 'Drop the motion')?.speaker).toBeNull();
  });

  it('are the writer’s when a tag after them names the writer', () => {
    const analysis = analyseText(
      'Club apology',
      'Fans received an email that read: "We got this wrong and we are sorry," club chief executive Marcus Bell wrote.',
    );
    expect(quoteStartingWith(analysis, 'We got this wrong')?.speaker).toBe('Marcus Bell');
  });
});
