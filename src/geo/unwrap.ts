/**
 * Placing a route in a web map's world copies (issue 14). Not exported from the public
 * core (`visitmap`): it would add about 0.9 KiB gzipped to every core import, over the size
 * budget, for what only a map needs. `src/leaflet` imports it from here.
 *
 * Over 300 lines for a reason: two fifths of it is comments, the case for each rule (where
 * the window's edge goes, which copy a leg across it ends in, how far a route may spread)
 * beside the few lines that apply it.
 */
import type { BBox } from 'geojson';
import type { LngLat } from '../itinerary/types';
import { PointMap } from './point-map';
import { assertLngLat } from './assert-lnglat';

/**
 * The widest the layer lets a route's markers be drawn, in degrees of longitude, before it
 * folds the route into one world ({@link unwrapRoute}'s `maxSpan`): a trip once round the
 * world and a little more keeps its continuous line (London shown at both ends), one that
 * goes on round is shown in one world, every stop within a zoom-0 view.
 */
export const FOLD_SPAN = 540;


/** Where {@link unwrapRoute} puts one stop. */
export interface UnwrappedStop {
  /**
   * The world copy where the stop's legs meet, in degrees: a multiple of 360 to add to its
   * longitude. Its marker goes at `[lon + offset, lat]`.
   */
  offset: number;
  /**
   * Every copy where the stop's marker must be shown, ascending; always holds `offset`.
   * More than one when the route comes back to the same coordinates a world away: a
   * round-the-world trip ends at its start one copy east (or west). Stops are matched by
   * identical coordinates; a layer that also groups stops by place id shows a place's
   * marker in the union of its stops' copies.
   */
  copies: number[];
}

/** Where {@link unwrapRoute} puts one leg. */
export interface UnwrappedLeg {
  /** What was added to the leg's first vertex's longitude: a multiple of 360. */
  offset: number;
  /**
   * The leg's vertices as drawn: `[lon, lat]`, longitudes continuous (each within 180° of
   * the previous one, except along a pole at latitude ±90, where longitude means nothing),
   * first vertex at the start stop's marker, last at the end stop's. New arrays.
   */
  points: LngLat[];
}

/** What {@link unwrapRoute} returns. */
export interface UnwrappedRoute {
  /** One per stop, in route order. */
  stops: UnwrappedStop[];
  /** One per leg: `legs[i]` joins stop `i` to stop `i + 1`. */
  legs: UnwrappedLeg[];
  /**
   * How many times the route goes round the world between its first and last stop:
   * 1 for a trip round the world eastwards, -1 westwards, 0 for any other trip.
   */
  turns: number;
  /** Whether anything is drawn past ±180 (some offset is not 0). */
  crosses: boolean;
  /**
   * `[west, south, east, north]` that frames the whole route as drawn: every vertex and
   * every marker copy. For a route that stays within ±180 it is the exports' bbox
   * (`bboxOf` of the legs and stops, without its rounding, and keeping 180 where bboxOf
   * writes a west of 180 as -180). For one that crosses ±180 it is the unwrapped
   * extent, `west < east`, either may lie past ±180 (a Pacific tour gives about
   * `[139, …, 238, …]`); wider than 360 only when the route itself spans more (folded:
   * when legs cross the window's edge).
   */
  bounds: BBox;
}

/**
 * Places a route in the world copies of a web map so that it is drawn as one continuous
 * line: every leg starts and ends at a marker, nothing jumps across the map. Longitudes are
 * unwrapped along the route: each leg continues from where the previous one ended, and each
 * stop's marker sits where its legs meet, a multiple of 360° from its own longitude.
 *
 * Of all the ways to do that (they differ by a whole number of worlds), the one that leaves
 * the most stops at their own longitude is chosen (ties: the first stop's), so a route that
 * does not cross ±180 keeps every offset 0, and a Pacific tour is framed over the Pacific,
 * e.g. 139…238 rather than −221…−122.
 *
 * A route that goes round the world cannot fit in one copy: its stops keep one marker each,
 * where their legs meet, and a stop at the same coordinates as another stop a world away (the
 * start of a round trip, back at the end) is shown in both copies (see
 * {@link UnwrappedStop.copies}).
 *
 * A route that goes round more than once would drift over ever more copies (a trip hopping
 * east 300 times: over 30 worlds, too wide for any zoom to show). Given `maxSpan`, a route
 * whose stops would be drawn over more than that is folded into one world: every stop's
 * marker in the window of 360° whose edge lies in the widest stretch of longitude no stop
 * stands in. Each leg still starts at its start stop's marker and goes the short way; one
 * that crosses the window's edge ends at a copy of its end stop past the edge, which is then
 * shown there too (in its `copies`), as the start of a round trip is.
 *
 * Nothing here touches a map: the layer adds the offsets to its `LatLng`s and fits
 * `bounds` (`[[south, west], [north, east]]` for Leaflet).
 *
 * @param stops - the stops' `[lon, lat]` in route order, longitudes in [-180, 180].
 * @param legs - `legs[i]` is leg `i`'s drawn line from `stops[i]` to `stops[i + 1]`, as
 *   `greatCirclePoints` gives it (not split at ±180), or `[a, b]` for a straight leg: its
 *   first vertex at `stops[i]` and its last at `stops[i + 1]`, each up to a multiple of 360°
 *   in longitude. Jumps of more than 180° inside a leg are unwrapped too (a straight leg
 *   from 170 to −170 goes east across ±180, the short way).
 * @param maxSpan - the widest, in degrees of longitude, the stops' markers may be drawn over
 *   before the route is folded into one world (see above). Default: never folded, every leg
 *   ends at its end stop's `offset`.
 * @throws RangeError naming the stop or vertex when a coordinate is not a finite
 *   `[lon, lat]`, a leg is missing or has fewer than 2 vertices, or a leg does not start or
 *   end at its stops.
 * @example
 * const a: LngLat = [139.69, 35.69]; // Tokyo
 * const b: LngLat = [-157.86, 21.31]; // Honolulu
 * const route = unwrapRoute([a, b], [greatCirclePoints(a, b)]);
 * route.stops.map((s) => s.offset); // [0, 360]: Honolulu's marker at 202.14, where the leg ends
 * route.bounds; // [139.69, 21.31, 202.14, 35.80…]: over the Pacific, not −220…−157
 */
export function unwrapRoute(stops: readonly LngLat[], legs: readonly (readonly LngLat[])[], maxSpan = Infinity): UnwrappedRoute {
  if (!Array.isArray(stops) || stops.length === 0) throw new RangeError('unwrapRoute: stops must be a non-empty array of [longitude, latitude]');
  if (!Array.isArray(legs) || legs.length !== stops.length - 1) {
    throw new RangeError(`unwrapRoute: legs must hold one line per pair of consecutive stops (${stops.length - 1}), got ${Array.isArray(legs) ? legs.length : typeof legs}`);
  }
  // Indexed loops, no destructuring, no closure or Set per stop or vertex: this runs once per
  // layer, before the engine has optimised it, where each of those costs an object or an
  // iterator (a 5,000-stop route, first call: 66–84 ms of CPU time in Node before, 40–61 after).
  for (let i = 0; i < stops.length; i++) assertLngLat(stops[i], 'unwrapRoute: stops', true, i);
  const route = unwrapChecked(stops, legs, (leg, i) => {
    const where = `unwrapRoute: legs[${i}]`;
    if (!Array.isArray(leg) || leg.length < 2) throw new RangeError(`${where} must be a line of at least 2 [longitude, latitude] vertices`);
    for (let j = 0; j < leg.length; j++) assertLngLat(leg[j], where, false, j);
  }, maxSpan);
  // What the layer does not read, worked out from what it does: the frame, whether anything
  // is past ±180, and the turns round the world.
  let crosses = route.stops.some((s) => s.offset !== 0);
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  const add = (lon: number, lat: number): void => {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  };
  for (let i = 0; i < route.legs.length; i++) {
    const points = route.legs[i]!.points;
    for (let j = 0; j < points.length; j++) {
      const p = points[j]!;
      // Past ±180 also when a leg pokes out between two stops in the same copy (along a pole).
      if (p[0] < -180 || p[0] > 180) crosses = true;
      add(p[0], p[1]);
    }
  }
  for (let i = 0; i < stops.length; i++) {
    const copies = route.stops[i]!.copies;
    for (let k = 0; k < copies.length; k++) add(stops[i]![0] + copies[k]!, stops[i]![1]);
  }
  // As bboxOf (RFC 7946 §5.3): a route within ±180 that touches a pole spans every longitude.
  if (!crosses && (south === -90 || north === 90)) [west, east] = [-180, 180];
  return { stops: route.stops, legs: route.legs, turns: Math.trunc(route.span / 360) + 0, crosses, bounds: [west, south, east, north] };
}

/**
 * {@link unwrapRoute} for a route whose stops are known good: the layer's, a parsed
 * itinerary's stops and the densifier's lines. Each leg is checked by `checkLeg`, if given,
 * just before it is unwrapped (so a route with two faults reports the first, as before); the
 * layer gives none, which keeps the coordinate checker out of `{ itineraryLayer }`. A leg
 * that does not start or end at its stops is a `RangeError` naming them either way. `maxSpan`
 * folds the route as {@link unwrapRoute}'s does; `span` is the degrees from the first stop to
 * the last along the route before any fold (what `turns` counts).
 */
export function unwrapChecked(
  stops: readonly LngLat[],
  legs: readonly (readonly LngLat[])[],
  checkLeg?: (leg: readonly LngLat[], index: number) => void,
  maxSpan = Infinity,
): Pick<UnwrappedRoute, 'stops' | 'legs'> & { span: number } {
  const n = stops.length;
  // Copies in whole worlds, integers: no drift from adding 360 again and again.
  const copy: number[] = [0];
  const lines: number[][] = []; // per leg, each vertex's shift in worlds
  for (let i = 0; i < legs.length; i++) {
    const leg = legs[i]!;
    checkLeg?.(leg, i);
    let shift = copy[i]! - worldsBetween(leg, i, 0, stops, i);
    const shifts = [shift];
    for (let j = 1; j < leg.length; j++) {
      const p = leg[j]!;
      const prev = leg[j - 1]!;
      if (Math.abs(p[1]) === 90 && p[1] === prev[1]) {
        // Along a pole any step is no jump: stay in the previous vertex's world, so a leg
        // over the pole between two stops clear of ±180 does not cross it.
        shift = worldOf(prev[0] + 360 * shift) - worldOf(p[0]);
      } else if (Math.abs(p[0] - prev[0]) > 180) shift -= Math.round((p[0] - prev[0]) / 360);
      shifts.push(shift);
    }
    copy.push(shift + worldsBetween(leg, i, leg.length - 1, stops, i + 1));
    lines.push(shifts);
  }
  // Where each leg ends, in worlds: its end stop's copy, unless the route is folded.
  const ends = copy.slice(1);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const lon = stops[i]![0] + 360 * copy[i]!;
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  const span = stops[n - 1]![0] + 360 * copy[n - 1]! - stops[0]![0];
  if (max - min > maxSpan) {
    // Fold: the window's west edge in the middle of the widest gap between stops' longitudes
    // (first the gap from the easternmost stop round to the westernmost).
    const lons = stops.map((p) => p[0]).sort((a, b) => a - b);
    let edge = lons[n - 1]!;
    let widest = lons[0]! + 360 - edge;
    for (let i = 1; i < n; i++) {
      if (lons[i]! - lons[i - 1]! > widest) {
        widest = lons[i]! - lons[i - 1]!;
        edge = lons[i - 1]!;
      }
    }
    edge += widest / 2;
    for (let i = 0; i < n; i++) {
      const worlds = Math.ceil((edge - stops[i]![0]) / 360);
      const by = worlds - copy[i]!;
      copy[i] = worlds;
      if (i < n - 1) {
        ends[i]! += by;
        lines[i] = lines[i]!.map((k) => k + by);
      }
    }
  }

  const base = commonestCopy(copy);
  // `+ 0`: no -0 offsets.
  const degrees = (worlds: number): number => 360 * (worlds - base) + 0;
  const at = (lon: number, worlds: number): number => lon + degrees(worlds);
  const crosses = copy.some((k) => k !== base) || ends.some((k) => k !== base);

  // The world copies drawn where stops stand, ascending, kept only where a stop outside the
  // commonest copy stands (nowhere, for a route within ±180): any other stop is drawn in its
  // own copy alone.
  const byPoint = new PointMap<number[]>();
  // A stop stands where its legs meet, and (folded) where a leg from past the window's edge ends.
  const note = (p: LngLat, worlds: number, outside: boolean): void => {
    const d = degrees(worlds);
    let list = byPoint.get(p[0], p[1]);
    if (outside && d && !list) byPoint.set(p[0], p[1], (list = []));
    if (list && !list.includes(d)) list.push(d);
    list?.sort((x, y) => x - y);
  };
  for (const outside of [crosses, false]) {
    stops.forEach((p, i) => {
      note(p, copy[i]!, outside);
      if (i) note(p, ends[i - 1]!, outside);
    });
  }
  const outLegs = legs.map((leg, i): UnwrappedLeg => ({
    offset: degrees(lines[i]![0]!),
    points: leg.map((p: LngLat, j: number): LngLat => [at(p[0], lines[i]![j]!), p[1]]),
  }));
  const outStops = stops.map((p, i): UnwrappedStop => {
    const offset = degrees(copy[i]!);
    return { offset, copies: byPoint.get(p[0], p[1])?.slice() ?? [offset] };
  });
  return { stops: outStops, legs: outLegs, span };
}

/**
 * How many whole worlds vertex `j` of leg `i` lies east of stop `k`; throws, naming both,
 * unless the vertex is at the stop. The names are written only then, not for every leg.
 */
function worldsBetween(leg: readonly LngLat[], i: number, j: number, stops: readonly LngLat[], k: number): number {
  // Indexed, not destructured: see unwrapRoute.
  const lon = leg[j]![0];
  const lat = leg[j]![1];
  const stopLon = stops[k]![0];
  const stopLat = stops[k]![1];
  const worlds = Math.round((lon - stopLon) / 360);
  // Vertices come from the same numbers (greatCirclePoints returns the stop itself, or it
  // shifted by ±360), so only rounding separates them.
  if (Math.abs(lon - stopLon - 360 * worlds) > 1e-9 || Math.abs(lat - stopLat) > 1e-9) {
    throw new RangeError(`unwrapRoute: legs[${i}][${j}]: [${lon}, ${lat}] is not at stops[${k}] [${stopLon}, ${stopLat}] (nor a world copy of it)`);
  }
  return worlds;
}

/** The world copy a longitude is in: 0 for [-180, 180), 1 for [180, 540)… */
function worldOf(lon: number): number {
  return Math.floor((lon + 180) / 360);
}

/** The copy holding the most stops; ties go to the first stop's (copy 0). */
function commonestCopy(copy: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const k of copy) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best = 0;
  let most = counts.get(0)!;
  for (const [k, n] of counts) {
    if (n > most) {
      best = k;
      most = n;
    }
  }
  return best;
}

