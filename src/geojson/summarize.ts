import { distanceKm } from '../geo/index';
import { placeSets } from '../geo/places';
import type { Itinerary, ItineraryJSON, TravelMode } from '../itinerary/types';
import { asItinerary } from './as-itinerary';
import { round } from './round';
import { dayString, localDay } from './time';

/** What {@link summarize} returns. Distances are great-circle km, 1 decimal. */
export interface ItinerarySummary {
  /** Number of stops. */
  stops: number;
  /** Distinct places, as the map draws them: stops sharing a `place` or the same coordinates count once (`groupPlaces` of `visitmap/story`). */
  places: number;
  /** Number of meetings over all stops. */
  meetings: number;
  /** Distinct local calendar days (in the itinerary's time zone) the visit touches, each stay counted from arrival to departure. */
  days: number;
  /** First and last local calendar day, `YYYY-MM-DD`; absent when nothing is dated. */
  start?: string;
  /** Last local calendar day, `YYYY-MM-DD`; absent when nothing is dated. */
  end?: string;
  /** Sum of the legs' great-circle distances, km; `0` for a single stop. */
  totalDistanceKm: number;
  /**
   * One entry per leg, in order: the ids of the stops it joins (`from`, `to`), its travel
   * `mode`, and its great-circle `distanceKm`, 1 decimal.
   */
  legs: Array<{
    /** Id of the stop the leg leaves. */
    from: string;
    /** Id of the stop the leg reaches. */
    to: string;
    /** How the leg is travelled (`unknown` when no source says). */
    mode: TravelMode;
    /** Length on the WGS 84 ellipsoid, in km, to 1 decimal. */
    distanceKm: number;
  }>;
  /** Kilometres per travel mode, for the modes that occur, in first-use order. */
  modes: Partial<Record<TravelMode, number>>;
}

/**
 * Counts and distances for a summary panel or the `visitmap summary` command.
 * Raw input is parsed first (its `ItineraryError` passes through).
 *
 * @example
 * const { stops, days, totalDistanceKm } = summarize(itinerary);
 * // the seed visit (data/hk-customs-yrd-visit-2023.json): 7 stops over 5 days, 2,632.5 km
 */
export function summarize(itinerary: Itinerary | ItineraryJSON): ItinerarySummary {
  const it = asItinerary(itinerary);
  const tz = it.timezone;
  let meetings = 0;
  // Stays as [first day, last day]; merged below so overlapping stays count once.
  const spans: Array<[number, number]> = [];
  const addSpan = (a?: string, b?: string) => {
    const x = a === undefined ? undefined : localDay(a, tz);
    const y = b === undefined ? undefined : localDay(b, tz);
    const lo = x ?? y;
    const hi = y ?? x;
    if (lo !== undefined && hi !== undefined) spans.push(lo <= hi ? [lo, hi] : [hi, lo]);
  };
  for (const s of it.stops) {
    meetings += s.meetings.length;
    addSpan(s.arrive, s.depart);
    for (const m of s.meetings) addSpan(m.date);
  }

  const coordinates = new Map(it.stops.map((s) => [s.id, s.coordinates]));
  const modes: Partial<Record<TravelMode, number>> = {};
  let total = 0;
  const legs = it.legs.map((leg) => {
    const km = distanceKm(coordinates.get(leg.from)!, coordinates.get(leg.to)!);
    total += km;
    modes[leg.mode] = (modes[leg.mode] ?? 0) + km;
    return { from: leg.from, to: leg.to, mode: leg.mode, distanceKm: round(km, 1) };
  });
  for (const mode of Object.keys(modes) as TravelMode[]) modes[mode] = round(modes[mode]!, 1);

  const days = countDays(spans);
  // A place's first visit is its set's representative: count those.
  const places = placeSets(it.stops);
  return {
    stops: it.stops.length,
    places: it.stops.filter((_, i) => places.find(i) === i).length,
    meetings,
    days: days.count,
    ...(days.count > 0 ? { start: dayString(days.first), end: dayString(days.last) } : {}),
    totalDistanceKm: round(total, 1),
    legs,
    modes,
  };
}

/** Days covered by a union of inclusive day ranges, without listing them (a range may span centuries). */
function countDays(spans: Array<[number, number]>): { count: number; first: number; last: number } {
  spans.sort((a, b) => a[0] - b[0]);
  let count = 0;
  let last = -Infinity;
  for (const [lo, hi] of spans) {
    if (hi <= last) continue;
    count += hi - Math.max(lo, last + 1) + 1;
    last = hi;
  }
  return { count, first: spans[0]?.[0] ?? 0, last };
}
