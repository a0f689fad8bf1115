import { groupsOf, unionFind } from '../geo/union-find';

/** A point on the screen, or an offset, in pixels. */
export interface ScreenPoint {
  /** Pixels to the right. */
  x: number;
  /** Pixels down. */
  y: number;
}

/**
 * Groups points that would overlap on screen: any two closer than `radius` pixels end
 * up in the same group (single linkage, so a chain of close markers is one group).
 * Returns groups of indexes, each ascending, ordered by their smallest index.
 * A grid keeps it near-linear for the sizes the DOM mode draws.
 *
 * @example
 * clusterPoints([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 200, y: 0 }], 30) // [[0, 1], [2]]
 */
export function clusterPoints(points: readonly ScreenPoint[], radius: number): number[][] {
  const sets = unionFind(points.length);
  const cells = new Map<string, number[]>();
  const r2 = radius * radius;
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / radius);
    const cy = Math.floor(p.y / radius);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const q = points[j]!;
          if ((p.x - q.x) ** 2 + (p.y - q.y) ** 2 < r2) sets.union(i, j);
        }
      }
    }
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  return groupsOf(sets, points.length);
}

/**
 * Positions around a centre for `count` markers spread out ("spiderfied") so none
 * overlap: a circle for a few, a spiral for many. Offsets in pixels.
 */
export function spreadOffsets(count: number, spacing: number): ScreenPoint[] {
  if (count <= 8) {
    const r = Math.max(spacing, (spacing * count) / (2 * Math.PI));
    return Array.from({ length: count }, (_, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return { x: r * Math.cos(a), y: r * Math.sin(a) };
    });
  }
  const out: ScreenPoint[] = [];
  let angle = 0;
  for (let i = 0; i < count; i++) {
    const r = spacing * (1 + angle / (2 * Math.PI));
    angle += spacing / r;
    out.push({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  return out;
}
