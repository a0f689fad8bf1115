import { utcString } from '../geojson/time';
import { ItineraryError, parseItinerary } from '../itinerary/index';
import { isoCheck } from '../itinerary/iso-date';
import type { DateCertainty, Issue, Itinerary, LngLat, TravelMode } from '../itinerary/types';

/** A waypoint or placemark of a file visitmap did not write. */
export interface DraftPoint {
  name?: string;
  coordinates: LngLat;
  /** When the point was reached: ISO 8601 as the file has it. */
  time?: string;
  /** When it was left, where the file says (a KML TimeSpan's end). */
  until?: string;
  /** How sure the time is as an arrival: `stated` by the file, or `inferred` (a GPX waypoint's time is when it was recorded). */
  certainty: DateCertainty;
  /** What an `inferred` time is, said in the stop's note: `recorded` (a waypoint's, the default) or `planned` (a route point's). */
  timeIs?: 'recorded' | 'planned';
  /** What the file says of the point in words (description, comment, data fields, folder), each line `Label: text`: kept in the stop's note. */
  details?: string[];
  /** Element path, for errors. */
  path: string;
  /** How warnings name it: `placemark 4 "Kyoto"`, `waypoint 2`. Default: its path. */
  label?: string;
}

/** A file's text if it holds more than spaces, else undefined (an empty `<name/>`, a `name` column left blank). */
export const nonBlank = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** How warnings name a thing of the file: its kind, its number from 1, and its name if it has one (`placemark 4 "Kyoto"`, `track 2`). */
export const labelOf = (what: string, index: number, name: string | undefined): string => `${what} ${index + 1}${name ? ` ${JSON.stringify(name)}` : ''}`;

/** Something of the file that the draft leaves out, and why: where (an element path) and a sentence. */
export interface ImportWarning {
  /** The element, like `kml/Document/Placemark[2]`. */
  path: string;
  /** What was left out and why, naming the placemark: `placemark 2 "Shinkansen" is a line …: no stop made of it …`. */
  message: string;
  /** True when the whole placemark, track or route gives no stop; false when a part of a stop's data (a time) was left out or changed. */
  skipped: boolean;
}

/** Options of `fromKML`. */
export interface ImportOptions {
  /** Called with each thing of the file the draft leaves out or changes (a time it cannot hold as written), in document order. Default: none. */
  onWarning?: (warning: ImportWarning) => void;
}

/** A track, route or path of such a file. */
export interface DraftLine {
  name?: string;
  /** What the file says the line is (`<type>` in GPX, a `mode` or `type` field in KML). */
  type?: string;
  coordinates: LngLat[];
  /** A time per coordinate, where the file records them. */
  times?: Array<string | null>;
}

const MODES: Array<[RegExp, TravelMode]> = [
  [/\b(?:flight|flights|fly|flying|plane|airplane|aeroplane|air)\b/i, 'flight'],
  [/\b(?:rail|railway|train|trains|metro|subway|tram)\b/i, 'rail'],
  [/\b(?:road|car|drive|driving|bus|coach|taxi|motorcycle|motorbike)\b/i, 'road'],
  [/\b(?:sea|boat|ferry|ship|sailing|cruise)\b/i, 'sea'],
];

/** The travel mode a text names (`<type>driving</type>`, "Ferry to Vis"), or undefined. */
function modeNamed(text: string | undefined): TravelMode | undefined {
  return text === undefined ? undefined : MODES.find(([re]) => re.test(text))?.[1];
}

const ISO = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d)(:\d\d)?(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?)?$/;

/** A file's time as the itinerary format takes it (see {@link readTime}), and what of the text it could not keep, as words after `Its time "…"`. */
interface ReadTime {
  time?: string;
  lost?: string;
}

/**
 * A file's time as the itinerary format takes it: a date, a wall-clock time, UTC, or a
 * local time with the offset it was written with (`2025-05-06T08:00:00+09:00` stays so:
 * in UTC it would fall on the 5th, not the traveller's day); fractions of a second to the
 * millisecond. What it cannot keep is said in `lost`: a year or month alone (KML's
 * `2025-05`: a stop's times take a day), an offset or time of day that cannot be (only
 * the day is kept), digits past the millisecond (rounded).
 * @example
 * readTime('2025-05-11T08:00:00.5+05:30'); // { time: '2025-05-11T08:00:00.500+05:30' }
 * readTime('2025-05'); // { lost: 'names only a month, and a stop\'s times take a day: left out' }
 */
function readTime(text: string): ReadTime {
  const s = text.trim();
  const m = ISO.exec(s);
  if (!m) {
    const part = /^\d{4}(-\d\d)?$/.exec(s) ? (s.length === 4 ? 'a year' : 'a month') : undefined;
    return { lost: part ? `names only ${part}, and a stop's times take a day: left out` : 'is not an ISO 8601 date or time and was left out' };
  }
  const [, date, hm, sec, fraction, zone] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  if (isoCheck(date) !== 0) return { lost: 'is not a real date and was left out' };
  if (hm === undefined) return { time: date };
  const z = zone === undefined || zone === 'Z' ? undefined : /^([+-])(\d\d):?(\d\d)$/.exec(zone)!;
  const offset = z ? `${z[1]}${z[2]}:${z[3]}` : zone ?? '';
  const whole = `${date}T${hm}${sec ?? ':00'}`;
  if (isoCheck(`${whole}${offset}`) !== 0) {
    const what = isoCheck(whole) !== 0 ? `a time of day, ${hm}${sec ?? ''}, that cannot be` : `an offset, ${zone}, beyond ±23:59`;
    return { time: date, lost: `has ${what}: only its day ${date} was kept` };
  }
  const ms = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  const lost = fraction !== undefined && fraction.length > 3 && ms !== Number(`0.${fraction}`) * 1000 ? `gives ${fraction.length} digits of a second: kept to the millisecond` : undefined;
  if (zone === undefined && !ms) return { time: `${date}T${hm}${sec ?? ''}`, lost };
  const minutes = z ? Number(z[2]) * 60 + Number(z[3]) : 0;
  // The wall-clock time as written (a rounded fraction may carry into the next second or day).
  const at = utcString(Date.parse(`${whole}Z`) + ms);
  return { time: zone === undefined ? at.slice(0, -1) : minutes === 0 ? at : `${at.slice(0, -1)}${offset}`, lost };
}

/** {@link readTime}'s time when it keeps the whole of the text but digits past the millisecond, else undefined. */
const isoTime = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  const read = readTime(text);
  return read.lost === undefined || read.lost.startsWith('gives') ? read.time : undefined;
};

/** An id made of a text: lower case, accents dropped, words joined by `-` (`Zürich HB` → `zurich-hb`). */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** Distance in km on a local flat approximation: good enough to tell which recorded points are at a stop. */
const km = (a: LngLat, b: LngLat) => Math.hypot((a[0] - b[0]) * 111.32 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110.57);
/** Recorded points this close to a waypoint count as being there. */
const AT_KM = 0.5;

/** How near a stop (km) a line must begin and end to be the way between those stops. */
const ENDS_KM = 2;

/**
 * A draft itinerary from another tool's file: the points become stops in order (or,
 * without points, the lines' ends do), a leg between each pair, with the mode a line
 * names when there is one line per leg or all lines name the same mode. It claims no
 * more than the file says: precision stays `city` (the file does not say whether a point
 * is a venue) with a note saying so, and a time is `inferred` unless the file states it.
 * What the file says in words of a point (its `details`) opens the stop's note; the
 * file's own description of itself is the itinerary's `description`.
 */
export function draftItinerary(
  format: 'GPX' | 'KML',
  title: string | undefined,
  points: DraftPoint[],
  lines: DraftLine[],
  description?: string,
  options: ImportOptions = {},
): Itinerary {
  const issues: Issue[] = [];
  if (points.length === 0) {
    for (const [n, line] of lines.entries()) {
      const label = line.name ?? `${format === 'GPX' ? 'track' : 'path'} ${n + 1}`;
      const time = line.times?.[0] ?? undefined;
      points.push({ name: `Start of ${label}`, coordinates: line.coordinates[0]!, time, certainty: 'inferred', path: `line ${n + 1}` });
      if (n === lines.length - 1) {
        const end = line.times?.[line.times.length - 1] ?? undefined;
        points.push({ name: `End of ${label}`, coordinates: line.coordinates[line.coordinates.length - 1]!, time: end, certainty: 'inferred', path: `line ${n + 1}` });
      }
    }
  }
  if (points.length === 0) {
    throw new ItineraryError([{ path: format === 'GPX' ? 'gpx' : 'kml', message: `no ${format === 'GPX' ? 'waypoint, route or track' : 'placemark with a point or a line'} found` }]);
  }

  // Recorded times along the lines, for points that have none of their own.
  const recorded: Array<[LngLat, string]> = [];
  for (const l of lines) l.times?.forEach((t, i) => t && recorded.push([l.coordinates[i]!, t]));

  const used = new Set<string>();
  const stops = points.map((p, i) => {
    const name = p.name?.trim() || `${format === 'GPX' ? 'Waypoint' : 'Placemark'} ${i + 1}`;
    let id = slug(name) || `stop-${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `${slug(name) || 'stop'}-${n}`;
    used.add(id);
    const notes = [`Imported from ${format}: the file does not say whether the point is the venue itself, a district or the city, so precision is the least claim.`];
    const stop: Record<string, unknown> = { id, name, coordinates: p.coordinates, precision: 'city' };
    // A time the format cannot hold as written: kept as far as it can be, the text in the note, and a warning.
    const read = (text: string | undefined, which: string) => {
      const r = text === undefined ? {} : readTime(text);
      if (r.lost !== undefined) {
        notes.push(`${which} "${text}" ${r.lost}.`);
        options.onWarning?.({ path: p.path, message: `${p.label ?? p.path}: ${which.toLowerCase()} "${text}" ${r.lost} (the text is in the stop's note)`, skipped: false });
      }
      return r.time;
    };
    let arrive = read(p.time, 'Its time');
    let certainty = p.certainty;
    let depart = read(p.until, 'Its end time');
    if (arrive === undefined && p.time === undefined && p.until === undefined && recorded.length > 0) {
      // The first and last recorded times at the point (else the nearest one's): the track went by.
      const at = recorded.filter((r) => km(r[0], p.coordinates) <= AT_KM);
      const nearest = recorded.reduce((best, r) => (km(r[0], p.coordinates) < km(best[0], p.coordinates) ? r : best));
      const times = (at.length > 0 ? at : [nearest]).map((r) => isoTime(r[1])).filter((t): t is string => t !== undefined).sort();
      arrive = times[0];
      if (times.length > 1) depart = times[times.length - 1];
      certainty = 'inferred';
      if (arrive) notes.push(`Times taken from the recorded track points ${at.length > 0 ? `within ${AT_KM * 1000} m` : 'nearest to it'}.`);
    }
    if (arrive !== undefined) stop.arrive = arrive;
    if (depart !== undefined && depart !== arrive) stop.depart = depart;
    if (arrive !== undefined || depart !== undefined) stop.dateCertainty = certainty;
    if (p.certainty === 'inferred' && (arrive ?? depart) !== undefined && p.timeIs === 'planned') {
      notes.push(
        arrive !== undefined && stop.depart !== undefined
          ? 'The times are the ones the routes plan for the point: where one route ends, taken as the arrival; where the next begins, as the departure.'
          : `The time is the one the route plans for the point, taken as the ${arrive !== undefined ? 'arrival' : 'departure'}.`,
      );
    } else if (p.certainty === 'inferred' && p.time !== undefined && arrive !== undefined) notes.push('The time is when the point was recorded, taken as the arrival.');
    // GDAL's KML drivers write each day of a KML (`2023-12-10`) as local midnight.
    const midnight = [stop.arrive, stop.depart].find((t) => typeof t === 'string' && t.endsWith('T00:00:00'));
    if (typeof midnight === 'string') notes.push(`Its time ${midnight} may be the day ${midnight.slice(0, 10)} that a tool wrote as midnight (GDAL's KML drivers do so to every day): check it.`);
    // The file's own words first, then ours.
    stop.note = [...(p.details ?? []), notes.join(' ')].join('\n');
    return stop;
  });

  const named = lines.map((l) => modeNamed(l.type) ?? modeNamed(l.name));
  const all = new Set(named.filter((m) => m !== undefined));
  // A line whose ends lie at two stops carries the legs between them, and only those (Google
  // Earth's one path "Train to Inverness", from Stirling, is not the leg to Stirling); else the
  // lines are the legs in order, or one line is all of them.
  // The stops within ENDS_KM of a point, nearest first. A place visited twice (a round trip's
  // home) is at two stops, so a line runs from the nearest stop at its start to the nearest
  // later one at its end ("Flight home" from Bergen is the last leg, not one before the first).
  const stopsAt = (c: LngLat) =>
    points
      .map((p, i) => [km(p.coordinates, c), i] as const)
      .filter(([d]) => d <= ENDS_KM)
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])
      .map(([, i]) => i);
  const spans = lines.map((l) => {
    const ends = stopsAt(l.coordinates[l.coordinates.length - 1]!);
    for (const a of stopsAt(l.coordinates[0]!)) {
      const b = ends.find((e) => e > a);
      if (b !== undefined) return [a, b] as const;
    }
    return [-1, -1] as const;
  });
  const spanned = spans.some(([a, b]) => a >= 0 && b > a);
  const perLeg = spanned || named.length === stops.length - 1;
  const legs = stops.slice(1).map((s, j) => {
    const n = spanned ? spans.findIndex(([a, b]) => a >= 0 && a <= j && j < b) : perLeg ? j : lines.length === 1 ? 0 : -1;
    const mode = perLeg ? named[n] : all.size === 1 && named.every((m) => m !== undefined) ? [...all][0] : undefined;
    const leg: Record<string, unknown> = { from: stops[j]!.id, to: s.id, mode: mode ?? 'unknown' };
    // A type the file gives that is none of ours (`<type>cycling</type>`) is kept in words.
    const line = lines[n];
    if (mode === undefined && line?.type?.trim()) leg.note = `The file says its travel is "${line.type.trim()}", which is none of visitmap's modes (flight, rail, road, sea).`;
    return leg;
  });

  const first = stops[0]!.name as string;
  const last = stops[stops.length - 1]!.name as string;
  // Google Earth names a document after its file ("Scotland trip.kml").
  const heading = title?.trim().replace(/\.(?:kml|kmz|gpx)$/i, '') || (first === last ? first : `${first} → ${last}`);
  try {
    return parseItinerary({ id: slug(heading) || 'imported', title: heading, ...(description ? { description } : {}), stops, legs });
  } catch (error) {
    if (!(error instanceof ItineraryError)) throw error;
    issues.push(
      ...error.issues.map((i) => {
        const m = /^stops\[(\d+)\](.*)$/.exec(i.path);
        return m ? { path: `${points[Number(m[1])]!.path}${m[2]}`, message: i.message } : i;
      }),
    );
    throw new ItineraryError(issues);
  }
}
