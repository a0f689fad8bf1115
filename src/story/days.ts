import { dayString, localDay } from '../geojson/time';
import { localize, route } from '../itinerary/localize';
import type { Itinerary } from '../itinerary/types';
import { dateFormat } from './intl';

/** One local calendar day of a visit and the stops it touches. */
export interface StoryDay {
  /** The day as `YYYY-MM-DD`, as the stops' dates write it: stable, for links (`#day=2023-12-10`). */
  key: string;
  /** Indexes of the stops that day, in visiting order. */
  stops: number[];
  /** "10 Dec: Hong Kong → Hangzhou": the date and the places in order, a place named once per run. */
  label: string;
  /** The date alone, "10 Dec". */
  date: string;
}

/** Options of {@link storyDays}. */
export interface StoryDaysOptions {
  /** Language of stop names. Default `'en'`. */
  language?: string;
  /** Locale of the dates. Default `'en-GB'` ("10 Dec"), whatever the language (the day picker passes the layer's date locale). */
  dateLocale?: string;
}

/** A stay longer than this only lists its first and last days (a year-long stay is not a day picker). */
const MAX_SPAN_DAYS = 62;

/**
 * Groups the stops by local calendar day: a stop belongs to every day from its arrival
 * to its departure, and to the days of its meetings. A stop's day is the date its
 * dates write, on the stop's own clock, the day the stop list and popups show
 * (Honolulu reached at `2025-05-06T06:00-10:00` is on 6 May, though that is 7 May in
 * an itinerary kept in Pacific/Auckland); no date is moved into the itinerary's zone.
 * Stops without any date belong to no day. Takes a parsed itinerary (`parseItinerary`'s),
 * else throws a `TypeError` saying so: JSON as read may leave out a stop's meetings.
 *
 * @example
 * storyDays(itinerary).map((d) => d.label);
 * // ['10 Dec: Hong Kong → Hangzhou', '11 Dec: Hangzhou → Shanghai → …', …]
 */
export function storyDays(itinerary: Itinerary, options: StoryDaysOptions = {}): StoryDay[] {
  // A stop's meetings are a list once parsed, even an empty one.
  if (!itinerary?.stops?.every((stop) => Array.isArray(stop?.meetings))) throw new TypeError('storyDays takes a parsed itinerary (parseItinerary first)');
  const language = options.language ?? 'en';
  const byDay = new Map<number, Set<number>>();
  const add = (day: number | undefined, index: number) => {
    if (day === undefined) return;
    let set = byDay.get(day);
    if (!set) byDay.set(day, (set = new Set()));
    set.add(index);
  };
  itinerary.stops.forEach((stop, index) => {
    const a = stop.arrive === undefined ? undefined : localDay(stop.arrive);
    const b = stop.depart === undefined ? undefined : localDay(stop.depart);
    const first = a ?? b;
    const last = b ?? a;
    if (first !== undefined && last !== undefined) {
      const [lo, hi] = first <= last ? [first, last] : [last, first];
      if (hi - lo > MAX_SPAN_DAYS) {
        add(lo, index);
        add(hi, index);
      } else for (let d = lo; d <= hi; d++) add(d, index);
    }
    for (const m of stop.meetings) if (m.date !== undefined) add(localDay(m.date), index);
  });
  const format = dateFormat(options.dateLocale ?? 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return [...byDay.keys()]
    .sort((x, y) => x - y)
    .map((day) => {
      const stops = [...byDay.get(day)!].sort((x, y) => x - y);
      const names: string[] = [];
      for (const i of stops) {
        const name = localize(itinerary.stops[i]!.name, language);
        if (names[names.length - 1] !== name) names.push(name);
      }
      const key = dayString(day);
      const date = format.format(new Date(day * 86_400_000));
      return { key, stops, date, label: `${date}: ${route(names)}` };
    });
}
