import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsOf, unionFind } from '../../src/geo/union-find';

/** Connected components by brute force: flood fill over the edge list. */
function components(n: number, edges: readonly [number, number][]): number[][] {
  const seen = new Array<boolean>(n).fill(false);
  const out: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    const group: number[] = [];
    const todo = [start];
    seen[start] = true;
    while (todo.length) {
      const i = todo.pop()!;
      group.push(i);
      for (const [a, b] of edges) {
        const j = a === i ? b : b === i ? a : -1;
        if (j >= 0 && !seen[j]) {
          seen[j] = true;
          todo.push(j);
        }
      }
    }
    out.push(group.sort((x, y) => x - y));
  }
  return out;
}

describe('unionFind', () => {
  it('groups exactly the connected members, each group ascending, groups ordered by their smallest member', () => {
    const trip = fc.integer({ min: 0, max: 30 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(Math.max(0, n - 1)), fc.nat(Math.max(0, n - 1))), { maxLength: n === 0 ? 0 : 40 })),
    );
    fc.assert(
      fc.property(trip, ([n, edges]) => {
        const sets = unionFind(n);
        for (const [a, b] of edges) sets.union(a, b);
        expect(groupsOf(sets, n)).toEqual(components(n, edges));
      }),
    );
  });

  it('keeps the smallest member as the representative, whatever the order of the unions', () => {
    const sets = unionFind(5);
    sets.union(4, 3);
    sets.union(3, 2);
    expect(sets.find(4)).toBe(2);
    sets.union(4, 0);
    expect([sets.find(2), sets.find(3), sets.find(4), sets.find(1)]).toEqual([0, 0, 0, 1]);
  });
});
