import * as L from 'leaflet';
import type { Densifier } from '../../geo/densify';
import { checkedDensifier, densifiedPoints } from '../../geo/great-circle';
import { FOLD_SPAN, unwrapChecked } from '../../geo/unwrap';
import type { Itinerary, LngLat } from '../../itinerary/types';

/**
 * Where an itinerary is drawn on a Leaflet map: every leg and stop in the world copy
 * `unwrapRoute` chooses (issue 14), so the route is one line across ±180.
 */
export interface Placement {
  /**
   * Each leg's points, `[lon, lat]` (`unwrapRoute`'s), longitudes continuous: a leg starts
   * and ends at its stops' markers. Not a `LatLng` per vertex: large mode reads the numbers,
   * and only the SVG mode's polylines need `LatLng`s ({@link toLatLngs}).
   */
  points: LngLat[][];
  /** Per stop: the world copies its marker is shown in, in degrees (`[0]` for most; two for the start of a trip round the world). */
  copies: number[][];
  /** Per stop: the copy where its legs meet. */
  offsets: number[];
}

/** What {@link routePlacer} returns. */
export interface RoutePlacer {
  /** Places the legs in tasks of about `budgetMs` each, then unwraps them in one more; `placement()` finishes at once when called sooner. Once only. */
  start(budgetMs: number): RoutePlacer;
  /** The placement, finishing whatever is left of it now. */
  placement(): Placement;
  /** Resolves once the route is placed, in tasks or at once. */
  ready: Promise<void>;
}

/**
 * Places an itinerary's legs (great circles, or straight when `straight`) and stops, at
 * once (`placement()`) or over several tasks (`start`): thousands of legs' great circles
 * are a long task of their own, so large mode works through them a batch at a time
 * (as Leaflet.markercluster's `chunkedLoading` adds markers), then unwraps the route in a
 * task of its own. Either way the placement is the same. (A closure, not a class: its
 * names minify, which keeps `{ itineraryLayer }` within its size budget.)
 */
export function routePlacer(itinerary: Itinerary, straight: boolean, toleranceKm: number): RoutePlacer {
  const stops = itinerary.stops.map((s): LngLat => [s.coordinates[0], shownLat(s.coordinates[1])]);
  const legs: LngLat[][] = []; // the legs' lines placed so far, in order
  let done: Placement | null = null;
  let started = false;
  let settle!: () => void;
  // The placer's own densifier (made with its first great circle, so that a bad tolerance
  // throws where the placement is needed), reused for every leg: nothing shared between placers.
  let d: Densifier | undefined;
  // Places the next leg (legs join consecutive stops: parseItinerary makes one per pair); false when none is left.
  const placeLeg = (): boolean => {
    const [a, b] = [stops[legs.length], stops[legs.length + 1]];
    // `greatCirclePoints(a, b, { toleranceKm })`, without checking the stops again: they are a parsed itinerary's.
    if (a && b) legs.push(straight ? [a, b] : densifiedPoints((d ??= checkedDensifier(toleranceKm)), a, b));
    return Boolean(a && b);
  };
  const placement = (): Placement => {
    if (done) return done;
    while (placeLeg());
    const route = unwrapChecked(stops, legs, undefined, FOLD_SPAN);
    done = { points: route.legs.map((leg) => leg.points), copies: route.stops.map((s) => s.copies), offsets: route.stops.map((s) => s.offset) };
    settle();
    return done;
  };
  return {
    ready: new Promise<void>((resolve) => (settle = resolve)),
    placement,
    start(budgetMs) {
      const batch = (): void => {
        if (done) return;
        const end = performance.now() + budgetMs;
        try {
          while (placeLeg() && performance.now() < end);
        } catch {
          return; // a bad option: placement() throws it where the layer needs the placement, as it did without batches
        }
        setTimeout(legs.length < stops.length - 1 ? batch : placement);
      };
      if (!started) setTimeout(batch);
      started = true;
      return this;
    },
  };
}

/** Places an itinerary's legs (great circles, or straight when `straight`) and stops in the world copies that keep the route continuous. */
export function placeRoute(itinerary: Itinerary, straight: boolean, toleranceKm: number): Placement {
  return routePlacer(itinerary, straight, toleranceKm).placement();
}

/**
 * The latitude a stop is drawn at: within ±84°. Web maps (Web Mercator) end at ±85.05°, and a
 * stop beyond (near a pole) was drawn on that edge, its marker half off the world, where no pan
 * reaches; at 84° a marker is wholly inside the world from zoom 2 (31 px from its edge, 1024 px
 * tall), and a popup has room to open at the zoom the layer gives it. The stop's data, labels and
 * exports keep the coordinates given.
 */
export function shownLat(lat: number): number {
  return Math.max(-84, Math.min(84, lat));
}

/** Where a stop (`[lon, lat]`) is drawn, in the world copy `offset` degrees east: see {@link shownLat}. */
export function shownLatLng(c: LngLat, offset = 0): L.LatLng {
  return L.latLng(shownLat(c[1]), c[0] + offset);
}

/** A leg's `[lon, lat]` points as Leaflet `LatLng`s. */
export function toLatLngs(points: readonly LngLat[]): L.LatLng[] {
  return points.map((p) => L.latLng(p[1], p[0]));
}

/** Of some world copies (degrees), the one that puts `lng` nearest `near`; ties go to `preferred`. */
export function nearestCopy(copies: readonly number[], lng: number, near: number, preferred: number): number {
  let best = preferred;
  for (const c of copies) if (Math.abs(lng + c - near) < Math.abs(lng + best - near)) best = c;
  return best;
}
