/**
 * Why a file could not become an article. `reason` is written for the person who put the file in the
 * corpus: it says what is wrong and, where there is one, what to do about it.
 */
export type ArticleFileFault =
  | 'empty'
  | 'binary'
  | 'invalid-encoding'
  | 'too-large'
  | 'unreadable'
  | 'vanished';

export class ArticleFileError extends Error {
  readonly fault: ArticleFileFault;
  readonly reason: string;

  constructor(fault: ArticleFileFault, reason: string) {
    super(reason);
    this.name = 'ArticleFileError';
    this.fault = fault;
    this.reason = reason;
  }
}

/** One line a user can act on: the file, then what is wrong with it. */
export function describeCorpusProblem(problem: { file: string; reason: string }): string {
  return `${problem.file}: ${problem.reason}`;
}
