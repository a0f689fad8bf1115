import type { FlatProperties } from './flat';

/** The namespace of visitmap's GPX extension elements. */
export const VISITMAP_XMLNS = 'https://visitmap.invalid/xmlns/1';

/**
 * The flat profile as GPX and KML carry it: itinerary-level columns once, then a row per
 * stop whose meetings are numbered columns (`m1_name`, `m1_url`, `m2_name`, …), then a row
 * per leg. Those formats have no length limit on names or texts, so no piece is cut.
 */
export interface XmlRows {
  /** The itinerary's columns: `trip_id`, `trip`/`t_*`, `tz`, `langs`, `desc`/`d_*`, `travlr`, `sources`, `version`. */
  trip: FlatProperties;
  /** A row per stop, its meetings as `m<N>_<column>`. */
  stops: FlatProperties[];
  /** A row per leg. */
  legs: FlatProperties[];
}

const TRIP = /^(trip_id|trip|tz|langs|desc|travlr|sources|version|[td]_.+)$/;
const MEETING = /^m(\d+)_(.+)$/;

/** Splits flat rows made with `{ pieces: false }` into {@link XmlRows}. */
export function xmlRows(flat: FlatProperties[]): XmlRows {
  const rows: XmlRows = { trip: {}, stops: [], legs: [] };
  for (const properties of flat) {
    const own: FlatProperties = {};
    for (const [k, v] of Object.entries(properties)) {
      if (TRIP.test(k)) rows.trip[k] = v;
      else own[k] = v;
    }
    if (own.kind === 'stop') rows.stops.push(own);
    else if (own.kind === 'leg') rows.legs.push(own);
    else {
      const stop = rows.stops[rows.stops.length - 1]!;
      for (const [k, v] of Object.entries(own)) if (k !== 'kind' && k !== 'order' && k !== 'stop') stop[`m${own.order}_${k}`] = v;
    }
  }
  return rows;
}

/**
 * The flat rows of {@link XmlRows} read back: the itinerary's columns on every row, and a
 * meeting row (`kind: "meeting"`) after each stop for each of its numbered meetings. The
 * itinerary's columns are taken from `trip` and from any stop's row (KML keeps them on
 * the first stop).
 */
export function rowsFromXml(rows: XmlRows): FlatProperties[] {
  const { stops, legs } = rows;
  const trip: FlatProperties = { ...rows.trip };
  for (const stop of stops) for (const [k, v] of Object.entries(stop)) if (TRIP.test(k)) trip[k] = v;
  const out: FlatProperties[] = [];
  for (const stop of stops) {
    const own: FlatProperties = { ...trip };
    const meetings = new Map<number, FlatProperties>();
    for (const [k, v] of Object.entries(stop)) {
      const m = MEETING.exec(k);
      if (!m) own[k] = v;
      else {
        const n = Number(m[1]);
        if (!meetings.has(n)) meetings.set(n, { ...trip, kind: 'meeting', order: n, stop: stop.id! });
        meetings.get(n)![m[2]!] = v;
      }
    }
    out.push(own, ...[...meetings.keys()].sort((a, b) => a - b).map((n) => meetings.get(n)!));
  }
  for (const leg of legs) out.push({ ...trip, ...leg });
  return out;
}

/** Columns that hold numbers (GPX text gives them back as strings). */
export const NUMBER_COLUMNS: readonly string[] = ['order', 'meetings', 'version', 'dist_km', 'lon'];
