/**
 * Rounds to `digits` decimals. `|| 0` turns -0 into 0, so that `JSON.stringify` and
 * deep equality agree after a round trip. Dividing the rounded integer by a power of
 * ten yields the double nearest that decimal, so it prints with at most `digits` decimals.
 */
export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale || 0;
}

/** A `[lon, lat]` with at most 6 decimals (about 0.1 m): the same pair when already so. */
export function roundPoint(c: readonly [number, number]): [number, number] {
  const lon = round(c[0], 6);
  const lat = round(c[1], 6);
  return lon === c[0] && lat === c[1] ? (c as [number, number]) : [lon, lat];
}
