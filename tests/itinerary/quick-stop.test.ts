import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Context, walk } from '../../src/itinerary/checks';
import { IdTable } from '../../src/itinerary/id-table';
import { quickStop } from '../../src/itinerary/quick-stop';
import { stopTable } from '../../src/itinerary/schema';
import { isoDate, lngLat, localizedText } from '../arbitraries';

// quickStop must never accept a stop differently from the generic walk: what it accepts
// gives the walk's values and the walk's issues; anything else it declines, for the walk.

/** A context checking in place, at stops[0], as toGeoJSON's run makes it. */
function context(): Context {
  return {
    copy: false, out: [], issues: [], path: ['stops', 0], pool: [], kept: false, docs: new IdTable(), stops: new IdTable(),
    order: [], meetings: new IdTable(), legs: [], legAt: [], next: 0, last: '', lastStop: 0, lastId: undefined,
  };
}

/** A member's value: usually a right one, often a near miss of the kind a hand-written check gets wrong. */
const near = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 24, arbitrary: good },
    {
      weight: 2,
      arbitrary: fc.constantFrom(undefined, null, '', ' ', '\u00a0', '\u3000x', '\ufeff', 'x ', 0, -0, NaN, Infinity, 181, -90.5, [], [1], [1, 2, 3], ['1', 2], {}, [0, 0], 'venue', 'city', 'stated', '2023-02-30', '2023-12-10T24:00', '2024-01-01T08:00+08:00', '2024-01-01'),
    },
    { weight: 1, arbitrary: fc.anything() },
  );

const stop = fc.record(
  {
    id: near(fc.constantFrom('a', 'b', '站')),
    name: near(localizedText()),
    coordinates: near(lngLat()),
    precision: near(fc.constantFrom('venue', 'district', 'city')),
    place: near(fc.constantFrom('Hall 1', ' Hall', '\u00a0')),
    arrive: near(isoDate()),
    depart: near(isoDate()),
    dateCertainty: near(fc.constantFrom('stated', 'inferred')),
    meetings: near(fc.constant([{ id: 'm', title: 'T' }])),
    source: near(fc.constantFrom({ paragraph: 1 }, [{ sentence: 2 }], [])),
    note: near(fc.constantFrom('n', '')),
  },
  { requiredKeys: ['id', 'name', 'coordinates'] },
);
/** Now and then with a comment, which only the generic walk takes, or with its members in reverse order (as a stop given its meetings last has them out of order). */
const stopMaybeCommented = fc
  .tuple(stop, fc.nat(9))
  .map(([v, n]) => (n == 0 ? { ...v, $comment: 'c' } : n == 1 ? Object.fromEntries(Object.entries(v).reverse()) : v));

describe('quickStop', () => {
  it('accepts a stop only as the generic walk does: the same values and the same issues, the rules across members included', () => {
    let accepted = 0;
    fc.assert(
      fc.property(stopMaybeCommented, (v) => {
        const quick = context();
        const values = quickStop(v, quick)?.slice();
        if (!values) return;
        accepted++;
        stopTable.after!(values, quick);
        const slow = context();
        expect(values).toEqual(walk(stopTable, v, slow)!.slice());
        expect(quick.issues).toEqual(slow.issues);
        expect(quick.path).toEqual(['stops', 0]);
      }),
      { numRuns: 3000 },
    );
    // Enough stops get through for the comparison to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it('takes members in any order, as a stop given its meetings last has them, with the values and issues of the generic walk', () => {
    const v = { id: 'a', name: 'A', coordinates: [1, 2], source: [], meetings: [{ id: 'm', title: 'T' }], note: 'n', precision: 'venue' };
    const quick = context();
    const values = quickStop(v, quick)?.slice();
    expect(values).toBeDefined();
    stopTable.after!(values!, quick);
    const slow = context();
    expect(values).toEqual(walk(stopTable, v, slow)!.slice());
    expect(quick.issues).toEqual(slow.issues);
  });

  it('declines what it cannot vouch for at a glance: blank names, unknown members, objects that are not plain', () => {
    const good = { id: 'a', name: 'A', coordinates: [1, 2] };
    expect(quickStop(good, context())).toBeDefined();
    for (const v of [
      { ...good, name: '\u00a0' },
      { ...good, nmae: 'A' },
      Object.assign(Object.create(null) as object, good),
      { ...good, coordinates: [1, 95] },
      { ...good, arrive: '2023-02-30' },
      [good],
    ]) {
      expect(quickStop(v, context())).toBeUndefined();
    }
  });
});
