// The seeded split of the corpus into tuning and held-out texts (see corpus/split.json).

/** mulberry32: a small, well-known 32-bit seeded generator, so the split is the same everywhere (the bench's own). */
export { random as mulberry32 } from '../../bench/synthetic.mjs';
import { random as mulberry32 } from '../../bench/synthetic.mjs';

/** The held-out names: the first `count` of `pool` after a Fisher–Yates shuffle seeded with `seed`, sorted. */
export function heldOut(pool: readonly string[], seed: number, count: number): string[] {
  const random = mulberry32(seed);
  const a = [...pool];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, count).sort();
}
