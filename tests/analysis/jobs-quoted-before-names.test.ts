import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a job quoted over two paragraphs before its holder is named', () => {
  it('gives the opening fragment to the holder named two paragraphs on (Manchester Evening News style)', () => {
    const analysis = analyseText(
      'Inspectors find corridor care at Salford hospital',
      'The watchdog rated emergency care at the hospital as "inadequate" and issued a warning notice.',
      'The inspectorate’s head of hospital inspection for the North West said long waits had become "routine" on the wards. "Staff told us they were worn out," the head of hospital inspection said.',
      '"We saw a man who had waited 30 hours for a bed. That cannot go on."',
      'The head of hospital inspection, Gillian Okonkwo-Reid, added that nurses had shown "real kindness".',
    );
    expect(quoteStartingWith(analysis, 'routine')?.speaker).toBe('Gillian Okonkwo-Reid');
    expect(quoteStartingWith(analysis, 'We saw a man')?.speaker).toBe('Gillian Okonkwo-Reid');
  });

  it('does not reach past a paragraph that quotes someone named', () => {
    const analysis = analyseText(
      'Inspectors find corridor care at Salford hospital',
      'The inspectorate’s head of hospital inspection said long waits had become "routine" on the wards.',
      '"We are doing all we can," said the trust’s chief executive, Dr Paul Meadows.',
      'The head of hospital inspection, Gillian Okonkwo-Reid, added that nurses had shown "real kindness".',
    );
    expect(quoteStartingWith(analysis, 'routine')?.speaker).not.toBe('Gillian Okonkwo-Reid');
  });
});
