/**
 * The analysis asks the same questions of the same words and names many times over (is this word a
 * job, what is this name's surname): each answer is kept while the article is read. The store is
 * emptied when it grows past `limit`, as a word seen in one article is rarely asked about in the next.
 */
export function memoiseBounded<T>(read: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    if (answers.size > limit) answers.clear();
    const answer = read(key);
    answers.set(key, answer);
    return answer;
  };
}
