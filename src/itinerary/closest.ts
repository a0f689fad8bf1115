/**
 * The candidate nearest to `word` (ignoring case), if it is near enough to be a likely
 * typo: at most one edit per three letters, and at least one allowed. An edit is a letter
 * added, dropped, changed, or swapped with its neighbour (`titel` → `title`).
 *
 * @example
 * closest('arive', ['arrive', 'depart']);  // 'arrive'
 * closest('colour', ['arrive', 'depart']); // undefined
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 40) return undefined;
  const a = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, (a.length / 3) | 0) + 1;
  for (const candidate of candidates) {
    const b = candidate.toLowerCase();
    // Edit distance with swaps (optimal string alignment), one row at a time.
    let before: number[] = [];
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 0; i < a.length; i++) {
      const next = [i + 1];
      for (let j = 0; j < b.length; j++) {
        let d = Math.min(row[j + 1]! + 1, next[j]! + 1, row[j]! + (a[i] == b[j] ? 0 : 1));
        if (i && j && a[i] == b[j - 1] && a[i - 1] == b[j]) d = Math.min(d, before[j - 1]! + 1);
        next.push(d);
      }
      [before, row] = [row, next];
    }
    if (row[b.length]! < bestDistance) {
      best = candidate;
      bestDistance = row[b.length]!;
    }
  }
  return best;
}
