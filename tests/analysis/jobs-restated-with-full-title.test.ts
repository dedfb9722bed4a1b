import { describe, expect, it } from 'vitest';
import { analyseText, quoteStartingWith } from './build-article.js';

describe('a job that speaks unnamed, then is restated with its holder’s full title and name', () => {
  it('gives "the ports chief said" to the name after "The ports chief, <body> chief executive <name>," (US metro style)', () => {
    const analysis = analyseText(
      'Harbour dredging bill doubles',
      'The city’s ports chief told commissioners the dredging would take two more seasons.',
      '"We are not going to pretend this is cheap," the ports chief said. "It is not."',
      'The ports chief, Gulf Coast Port Authority chief executive Marisa Delgado-Hunt, then set out three options for the board.',
    );
    expect(quoteStartingWith(analysis, 'We are not going to pretend')?.speaker).toBe('Marisa Delgado-Hunt');
    expect(quoteStartingWith(analysis, 'It is not.')?.speaker).toBe('Marisa Delgado-Hunt');
  });

  it('accepts a title built with "of" between the restated job and the name (British regional style)', () => {
    const analysis = analyseText(
      'Library hours cut',
      '"Nobody wants to close a library early," the libraries boss said.',
      'The libraries boss, Head of Culture and Leisure Services manager Owen Pritchard, said the hours would be reviewed in spring.',
    );
    expect(quoteStartingWith(analysis, 'Nobody wants to close')?.speaker).toBe('Owen Pritchard');
  });

  it('does not hand the job’s words to a name set off after a different job', () => {
    const analysis = analyseText(
      'Harbour dredging bill doubles',
      '"We are not going to pretend this is cheap," the ports chief said.',
      'The union organiser, Gulf Coast Dockworkers branch secretary Luis Ortega, said members would fight any cuts.',
    );
    expect(quoteStartingWith(analysis, 'We are not going to pretend')?.speaker).not.toBe('Luis Ortega');
  });
});
