import type { LngLat, Stop } from '../itinerary/types';
import { PointMap } from './point-map';
import { groupsOf, unionFind, type UnionFind } from './union-find';

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
 * Which stops are one place: stops sharing a `place` id, or at identical coordinates, are one
 * place visited more than once (Hong Kong at the start and the end). Each set's
 * representative is its first visit.
 *
 * @example
 * const sets = placeSets(stops);
 * sets.find(6); // 0: the last stop is back at the first one's place
 */
export function placeSets(stops: readonly Stop[]): UnionFind {
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
  return sets;
}

/**
 * Groups stops into places (stops sharing a `place` id, or at identical coordinates, chained), in the order of their first visit.
 *
 * @example
 * groupPlaces(stops).map((p) => p.stops) // [[0, 6], [1], [2, 5], [3], [4]]
 */
export function groupPlaces(stops: readonly Stop[]): Place[] {
  return groupsOf(placeSets(stops), stops.length).map((members, index) => {
    const [lon, lat] = stops[members[0]!]!.coordinates;
    return { index, stops: members, coordinates: [lon, lat] };
  });
}
