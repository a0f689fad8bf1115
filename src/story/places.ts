import type { LngLat, Stop } from '../itinerary/types';
import { groupsOf, unionFind } from './union-find';
import { PointMap } from '../geo/point-map';

/** One place on the map: every stop made there, in visiting order. */
export interface Place {
  /** Position in the list of places (order of first visit), from 0. */
  index: number;
  /** Indexes into the itinerary's stops, ascending. */
  stops: number[];
  /** Where the marker goes: the first visit's coordinates. */
  coordinates: LngLat;
}

/**
 * Groups stops into places: stops sharing a `place` id, or at identical coordinates,
 * are one place visited more than once (Hong Kong at the start and the end).
 * Places come in the order of their first visit.
 *
 * @example
 * groupPlaces(stops).map((p) => p.stops) // [[0, 6], [1], [2, 5], [3], [4]]
 */
export function groupPlaces(stops: readonly Stop[]): Place[] {
  // Union-find over the two keys, so "same place id" and "same point" chain together.
  const sets = unionFind(stops.length);
  // The first stop at each point and of each place id.
  const firstAt = new PointMap<number>();
  const firstOfPlace = new Map<string, number>();
  const meet = (seen: number | undefined, i: number): boolean => {
    if (seen !== undefined) sets.union(seen, i); // the earliest stop stays the root: places keep visiting order
    return seen === undefined;
  };
  stops.forEach((stop, i) => {
    const [lon, lat] = stop.coordinates;
    if (meet(firstAt.get(lon, lat), i)) firstAt.set(lon, lat, i);
    if (stop.place !== undefined && meet(firstOfPlace.get(stop.place), i)) firstOfPlace.set(stop.place, i);
  });
  return groupsOf(sets, stops.length).map((members, index) => {
    const [lon, lat] = stops[members[0]!]!.coordinates;
    return { index, stops: members, coordinates: [lon, lat] };
  });
}

/**
 * The label of a marker standing for the given stop numbers (1-based): runs of three
 * or more become ranges. `[1, 7]` → `"1 · 7"`, `[3, 4, 5, 6]` → `"3–6"`.
 *
 * @example
 * numbersLabel([2, 3, 4, 9]) // "2–4 · 9"
 */
export function numbersLabel(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(' · ');
}
