// The seeded split of the corpus into tuning and held-out texts (see corpus/split.json).

/** mulberry32: a small, well-known 32-bit seeded generator, so the split is the same everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
