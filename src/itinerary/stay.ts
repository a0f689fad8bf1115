import { isEarlier } from './iso-date';
import type { Meeting, Stop } from './types';

/** One end of a stop's stay: its date, and the neighbour's field that gave it when the stop leaves it out. */
export interface StayEnd {
  date: string;
  /** Where the date comes from when the stop does not give it, as a reader would say it. */
  from?: "the previous stop's departure" | "the previous stop's arrival" | "the next stop's arrival" | "the next stop's departure";
}

/**
 * The stay of `stops[i]`: its own arrival and departure, else the days its neighbours put
 * round it (a stop without `depart` was left by the next stop's arrival; one without
 * `arrive` was reached after the previous stop's departure). `undefined` where nothing bounds it.
 */
export function stayOf(stops: readonly Stop[], i: number): [StayEnd | undefined, StayEnd | undefined] {
  const { arrive, depart } = stops[i]!;
  const prev = stops[i - 1];
  const next = stops[i + 1];
  // The first date given, with where it comes from when it is not the stop's own.
  const first = (...ends: [string | undefined, StayEnd['from']][]): StayEnd | undefined => {
    for (const [date, from] of ends) if (date) return from ? { date, from } : { date };
    return undefined;
  };
  return [
    first([arrive, undefined], [prev?.depart, "the previous stop's departure"], [prev?.arrive, "the previous stop's arrival"]),
    first([depart, undefined], [next?.arrive, "the next stop's arrival"], [next?.depart, "the next stop's departure"]),
  ];
}

/**
 * The meetings of a valid stop dated outside its stay, each with its index: before its
 * arrival's day or after its departure's, compared as the validator compares a route's
 * dates (a date and a date-time of the same day are not apart). The format allows them; the
 * CLI's `validate` and the extractor warn of them, as a map would draw such a meeting on a
 * day the traveller was elsewhere. `arrive` and `depart` default to the stop's own; pass
 * {@link stayOf}'s to bound a stop that leaves one out by its neighbours.
 */
export function outsideStay(stop: Stop, arrive = stop.arrive, depart = stop.depart): [number, Meeting][] {
  const out: [number, Meeting][] = [];
  stop.meetings.forEach((m, k) => {
    if (m.date && ((arrive && isEarlier(m.date, arrive)) || (depart && isEarlier(depart, m.date)))) out.push([k, m]);
  });
  return out;
}
