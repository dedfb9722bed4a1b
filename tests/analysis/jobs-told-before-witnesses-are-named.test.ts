import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed } from './build-article.js';

describe('a job told before the witness or official it belongs to is named', () => {
  it('gives a rank, service and job to the witness who describes next (Nunatsiaq News style)', () => {
    const analysis = analyseText(
      'Inquest',
      'The town’s assistant fire chief, who led the crews that night, was the first witness. Under questioning from the coroner, Pauloosie Akeeagok described the hydrant that would not open.',
    );
    expect(entityNamed(analysis, 'Pauloosie Akeeagok')?.role).toContain('assistant fire chief');
  });

  it('gives the job to a witness giving evidence (Shetland Times style)', () => {
    const analysis = analyseText(
      'Inquiry',
      'The skipper of a Burra creel boat that sank in March told a fatal accident inquiry the pump had failed.',
      'Robbie Halcrow, 51, was giving evidence on the second day of the inquiry in Lerwick.',
    );
    expect(entityNamed(analysis, 'Robbie Halcrow')?.role).toContain('skipper');
  });

  it('is not kept from the next speaker by a courtesy name of someone given another job (Financial Express style)', () => {
    const analysis = analyseText(
      'Tariff hearing',
      'Abdul Mazid, president of the Chittagong Chamber of Commerce, objected to the rise. Mr Mazid said mills would close.',
      'The BERC chairman, who chaired the hearing, asked the company for data. Jalal Ahmed said a ruling would follow within 90 days.',
    );
    expect(entityNamed(analysis, 'Jalal Ahmed')?.role).toBe('BERC chairman');
  });

  it('still reads a job after a courtesy name of someone given none as that person (BBC style)', () => {
    const analysis = analyseText(
      'Debate',
      'Mr Hollis insisted the figures were sound.',
      'The Tory leader said they were not. Michael Hollis said later that he was sure.',
    );
    expect(entityNamed(analysis, 'Michael Hollis')?.role ?? null).toBeNull();
  });
});
