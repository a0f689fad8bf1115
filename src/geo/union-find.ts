/**
 * Disjoint sets over `0 … n-1` (union-find with path halving). The representative of a
 * set is always its smallest member, so groups built from it keep first-seen order:
 * places in visiting order, clusters ordered by their first marker.
 */
export interface UnionFind {
  /** The smallest member of `i`'s set. */
  find(i: number): number;
  /** Joins the sets of `a` and `b`. */
  union(a: number, b: number): void;
}

/**
 * @example
 * const sets = unionFind(4);
 * sets.union(3, 1);
 * sets.find(3); // 1
 */
export function unionFind(n: number): UnionFind {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}

/**
 * The sets as groups of members, each ascending, ordered by their smallest member.
 *
 * @example
 * groupsOf(sets, 4); // [[0], [1, 3], [2]]
 */
export function groupsOf(sets: UnionFind, n: number): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}
