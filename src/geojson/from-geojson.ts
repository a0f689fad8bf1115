// Reads visitmap's GeoJSON export back (both profiles) and names, for each problem the
// validator finds, the feature and property it came from. Over 300 lines for a reason:
// reading the features and locating an issue in them (`locate`) share the records of what
// was found where, and apart they would pass those records between two files.
import { ItineraryError, localize, parseItinerary } from '../itinerary/index';
import { isObject } from '../itinerary/checks';
import { isoCheck } from '../itinerary/iso-date';
import type { Issue, Itinerary } from '../itinerary/types';
import { runs } from '../itinerary/runs';
import { isFlat, meetingColumn, note, unflatten } from './from-flat';
import { FORMAT_VERSION } from './types';

type Json = Record<string, unknown>;
/** An ItineraryError of the one problem `message` at `path`. */
const error = (path: string, message: string) => new ItineraryError([{ path, message }]);

/** How to read a file in a projected system: the end of its message. */
const REPROJECT = 'not longitude and latitude: reproject it (ogr2ogr -t_srs EPSG:4326)';

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * GDAL, QGIS and spreadsheets store nested values as JSON text. Lists and objects are
 * decoded when they come back as a string; a name only when the string is an object
 * whose keys are all language tags, so an ordinary name that happens to start with `{`
 * stays as written.
 */
function decode(value: unknown, expect: 'list' | 'object' | 'text'): unknown {
  if (typeof value !== 'string') return value;
  const t = value.trimStart();
  if (!(expect === 'list' ? t.startsWith('[') : t.startsWith('{'))) return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  if (expect !== 'text') return parsed;
  return isObject(parsed) && Object.entries(parsed).every(([k, v]) => LANGUAGE_TAG.test(k) && typeof v === 'string')
    ? parsed
    : value;
}

/** Copies `keys` of `from` that are present and not null (tools write null for "no value"). */
function pick(from: Json, keys: ReadonlyArray<readonly [string, 'list' | 'object' | 'text' | 'plain']>, into: Json): Json {
  for (const [key, kind] of keys) {
    const v = from[key];
    if (v === null || v === undefined) continue;
    into[key] = kind === 'plain' ? v : decode(v, kind);
  }
  return into;
}

const STOP_KEYS = [
  ['name', 'text'],
  ['precision', 'plain'],
  ['place', 'plain'],
  ['arrive', 'plain'],
  ['depart', 'plain'],
  ['dateCertainty', 'plain'],
  ['meetings', 'list'],
  ['source', 'list'],
  ['note', 'plain'],
] as const;
const LEG_KEYS = [
  ['from', 'plain'],
  ['to', 'plain'],
  ['mode', 'plain'],
  ['source', 'list'],
  ['note', 'plain'],
] as const;
const META_KEYS = [
  ['id', 'plain'],
  ['title', 'text'],
  ['description', 'text'],
  ['traveller', 'object'],
  ['timezone', 'plain'],
  ['sources', 'list'],
] as const;

interface Found {
  index: number; // position in `features`
  order: number | undefined;
  props: Json;
  feature: Json;
}

/** Options of {@link fromGeoJSON}. */
export interface FromGeoJSONOptions {
  /** Called with what the collection lost that an export always holds (`path` "visitmap": its foreign member), so nothing is made up silently. Default: none. */
  onWarning?: (warning: Issue) => void;
}

/**
 * A text of the validator's date-time form without `Z` or an offset (`2025-05-07T09:00`; also `2025-02-30T09:00`, whose
 * day the validator refuses besides): a time local to the itinerary's time zone. It is the one text of the form still
 * of it with a `Z` put after (`isoCheck`'s own rules: no `Z` after a date alone, an offset or another `Z`). A text not
 * of the form (`2025-05-07T09:00:00.5`) is not known to be a time, and only the validator's issue is said of it.
 */
const isLocalTime = (v: unknown) => typeof v == 'string' && isoCheck(v + 'Z') != 1;

/** What to do instead of a full export through a table format: the end of the messages about a lost `visitmap` member. */
const USE_FLAT = "export with toFlatGeoJSON (visitmap geojson --flat), which keeps the itinerary's own fields on every feature";

/**
 * Rebuilds the itinerary from a FeatureCollection written by {@link toGeoJSON}:
 * `fromGeoJSON(toGeoJSON(x))` deep-equals `parseItinerary(x)`, but for coordinates, which the
 * export rounds to 6 decimals (about 0.1 m).
 *
 * It also reads a collection another tool saved back (QGIS, `ogr2ogr`, geojson.io):
 * - extra properties and simplestyle hints are ignored; `null` means absent;
 * - features may come in any order: stops and legs are sorted by `properties.order`
 *   (feature order when no stop has one); a feature without `kind` is a stop if it is a
 *   Point, a leg if it is a line;
 * - a stop may be a MultiPoint of one point, and a leg a MultiLineString, as tools that keep one
 *   geometry type a layer save them (`ogr2ogr -nlt PROMOTE_TO_MULTI`, QGIS);
 * - nested values stored as JSON text (meetings, sources, name maps) are decoded;
 * - the stop id is the feature `id`, or `properties.id` where a tool moved it there;
 * - without the `visitmap` member the itinerary's `id` is `"itinerary"`, its title is
 *   made from the first and last stop names ("Tokyo → Los Angeles"), its sources are
 *   the documents the stops cite, by id only, and it has no description, traveller or
 *   time zone;
 * - without leg features the legs are derived from the stops, their mode `unknown`;
 * - a midnight that may be a day GDAL retyped is refused, not guessed: `2025-05-07T00:00:00`
 *   in an `arrive` or `depart` column whose every value has seconds, in a file a table tool
 *   saved (it writes null for absent fields), in one issue naming every such field. `ogr2ogr -oo DATE_AS_STRING=YES`
 *   (in QGIS, that open option) keeps dates as written.
 *
 * It reads the flat profile ({@link toFlatGeoJSON}) too, also after a table
 * format: features that carry `trip_id` are read by their flat columns, meeting rows join
 * their stop. A Shapefile holds one geometry type: concatenate the `features` of its
 * point and line layers first.
 *
 * Leg geometry is not read: legs are always redrawn from their stops.
 *
 * A collection whose features are visitmap's (`kind` "stop" or "leg") but that lacks the
 * `visitmap` member, which {@link toGeoJSON} always writes, lost it on the way (FlatGeobuf,
 * GeoPackage and Shapefile keep features only): `options.onWarning` is told, at path
 * `visitmap`, what is made up and what is gone. If a stop's time has no UTC offset
 * (`2025-05-07T09:00`) the time zone it was in went with the member: that is an error, not
 * read as UTC. The flat profile ({@link toFlatGeoJSON}) keeps these on every feature.
 *
 * @throws ItineraryError listing every problem, located in the collection
 *   (`features[3].geometry.coordinates: expected [longitude, latitude]`); the rebuilt
 *   itinerary goes through the same validation as `parseItinerary`.
 * @example
 * const itinerary = fromGeoJSON(JSON.parse(await readFile('visit.geojson', 'utf8')));
 */
export function fromGeoJSON(fc: unknown, options: FromGeoJSONOptions = {}): Itinerary {
  const issues: Issue[] = [];
  if (!isObject(fc) || fc.type !== 'FeatureCollection') {
    throw error('type', 'expected a GeoJSON FeatureCollection');
  }
  if (!Array.isArray(fc.features)) throw error('features', 'expected an array of features');
  // A file saved in a projected system (ogr2ogr -t_srs EPSG:3857) says so in the old `crs` member: one issue, not one per coordinate.
  const crs = (fc.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof crs == 'string' && !/CRS:?84$|4326$/.test(crs)) {
    throw error('crs', `${crs}, ${REPROJECT}`);
  }
  let meetingRows = new Map<number, number[]>();
  const flat = isFlat(fc);
  if (flat) ({ fc, meetingRows } = unflatten(fc));
  const features = (fc as Json).features as unknown[];

  const stops: Found[] = [];
  const legs: Found[] = [];
  features.forEach((feature: unknown, index) => {
    const at = `features[${index}]`;
    if (!isObject(feature) || feature.type !== 'Feature') {
      note(issues, at, 'expected a GeoJSON Feature');
      return;
    }
    const props = feature.properties === null || feature.properties === undefined ? {} : feature.properties;
    if (!isObject(props)) {
      note(issues, `${at}.properties`, 'expected an object or null');
      return;
    }
    if (props.kind === 'meeting') return; // a flat profile's meeting row, joined to its stop
    const geometryType = isObject(feature.geometry) ? feature.geometry.type : undefined;
    const kind = props.kind ?? (geometryType === 'Point' || geometryType === 'MultiPoint' ? 'stop' : geometryType === 'LineString' || geometryType === 'MultiLineString' ? 'leg' : undefined);
    if (kind !== 'stop' && kind !== 'leg') {
      note(issues, props.kind === undefined || props.kind === null ? `${at}.geometry` : `${at}.properties.kind`, 'expected a stop (a Point, or kind "stop") or a leg (a line, or kind "leg")');
      return;
    }
    const order = props.order;
    if (order !== undefined && order !== null && !(Number.isInteger(order) && (order as number) >= 1)) {
      note(issues, `${at}.properties.order`, `expected a whole number from 1, got ${JSON.stringify(order)}`);
      return;
    }
    (kind === 'stop' ? stops : legs).push({ index, order: (order ?? undefined) as number | undefined, props, feature });
  });
  if (stops.length === 0 && issues.length === 0) note(issues, 'features', 'no stop found: expected at least one Point feature');
  if (!flat && features.some((f) => isObject(f) && isObject(f.properties) && Object.values(f.properties).includes(null))) gdalMidnights(stops, issues);
  // Metres of a projected system (EPSG:3857) whose `crs` member a tool dropped: every stop is
  // out of range, within Web Mercator's. One issue, not one per coordinate.
  const xy = stops.map((s) => pointOf(s.feature.geometry));
  const metres = (c: unknown) =>
    Array.isArray(c) && c.length >= 2 && c.slice(0, 2).every((v) => typeof v == 'number' && Math.abs(v) <= 2.01e7) && (Math.abs(c[0]) > 180 || Math.abs(c[1]) > 90);
  if (xy.length > 0 && xy.every(metres)) {
    note(issues, `features[${stops[0]!.index}].geometry.coordinates`, `${JSON.stringify(xy[0])}, as every stop, metres (EPSG:3857?), ${REPROJECT}`);
    throw new ItineraryError(issues);
  }
  sortByOrder(stops, issues);
  sortByOrder(legs, issues);

  const input: Json = {};
  const meta = decode((fc as Json).visitmap, 'object');
  if (meta !== undefined && meta !== null) {
    if (!isObject(meta)) note(issues, 'visitmap', 'expected an object');
    else if (typeof meta.version === 'number' && meta.version > FORMAT_VERSION) {
      note(issues, 'visitmap.version', `format version ${meta.version} is newer than this visitmap reads (${FORMAT_VERSION}): upgrade visitmap`);
    } else pick(meta, META_KEYS, input);
  }
  input.stops = stops.map((s) => rebuildStop(s, issues));
  if (legs.length > 0) input.legs = legs.map((l) => pick(l.props, LEG_KEYS, {}));
  if (issues.length > 0) throw new ItineraryError(issues);

  if (!isObject(meta)) {
    input.id = 'itinerary';
    input.title = derivedTitle(input.stops as Json[]);
    input.sources = referencedDocuments([...(input.stops as Json[]), ...((input.legs as Json[] | undefined) ?? [])]);
  }
  // visitmap's features without the member a full export always writes: a table format dropped it.
  const lost = !isObject(meta) && [...stops, ...legs].some((f) => f.props.kind === 'stop' || f.props.kind === 'leg');
  const zoneLost = lost ? localTimeIssue(stops) : undefined;
  let itinerary: Itinerary;
  try {
    itinerary = parseItinerary(input);
  } catch (e) {
    if (!(e instanceof ItineraryError)) throw e;
    const located = e.issues.map((i) => ({ path: locate(i.path, stops, legs, isObject(meta), meetingRows), message: i.message }));
    throw new ItineraryError(zoneLost ? [...located, zoneLost] : located);
  }
  if (zoneLost) throw new ItineraryError([zoneLost]);
  if (lost) {
    options.onWarning?.({
      path: 'visitmap',
      message:
        'missing: the collection has visitmap\'s features but not the "visitmap" member that a full export always writes (FlatGeobuf, GeoPackage and Shapefile keep features only): ' +
        `read as id "itinerary", title ${JSON.stringify(itinerary.title)}, with only the sources the stops cite; any time zone, traveller and description are lost; ${USE_FLAT}`,
    });
  }
  return itinerary;
}

/**
 * Without the `visitmap` member, a stop's time without a UTC offset lost the time zone it is
 * in: an issue at the first such time (counting the others), undefined when every time has one.
 */
function localTimeIssue(stops: Found[]): Issue | undefined {
  const local = stops.flatMap((s) => ['arrive', 'depart'].filter((k) => isLocalTime(s.props[k])).map((k) => ({ s, k })));
  if (local.length === 0) return undefined;
  const { s, k } = local[0]!;
  const more = local.length > 1 ? ` (as ${local.length - 1} other time${local.length > 2 ? 's' : ''})` : '';
  return {
    path: `features[${s.index}].properties.${k}`,
    message:
      `${JSON.stringify(s.props[k])} has no UTC offset${more}, and the time zone it is in went with the collection's "visitmap" member, which a full export always writes ` +
      `(FlatGeobuf, GeoPackage and Shapefile keep features only): refused rather than read as UTC; ${USE_FLAT}, or give the times their offsets`,
  };
}

/**
 * A table tool (it writes null for "no value") may have typed `arrive` or `depart` as a
 * date-time: GDAL (ogr2ogr, QGIS) does so to a column of days and times, and writes every
 * value back with seconds, a day as midnight (`2025-05-07` → `2025-05-07T00:00:00`). Such
 * a midnight cannot be told from one the itinerary gave, so it is refused, not guessed: in
 * one issue, at the first, naming every field that has one and saying once how to avoid them.
 */
function gdalMidnights(stops: Found[], issues: Issue[]): void {
  const found: [key: string, at: Found[]][] = [];
  for (const key of ['arrive', 'depart']) {
    const has = (re: RegExp) => stops.filter((s) => re.test(s.props[key] as string));
    // A day, or a time without seconds, left: GDAL did not type this column.
    if (has(/^[\d-]{10}$|T\d\d:\d\d(?!:)/).length > 0) continue;
    const at = has(/^[\d-]{10}T00:00:00$/);
    if (at.length > 0) found.push([key, at]);
  }
  if (found.length === 0) return;
  const [key, [first]] = found[0]!;
  const more = found.reduce((n, [, at]) => n + at.length, -1);
  const all = more > 0 ? ` and ${more} more midnight${more > 1 ? 's' : ''} (${found.map(([k, at]) => `features[${runs(at.map((s) => s.index)).join(', ')}].properties.${k}`).join(', ')})` : '';
  note(
    issues,
    `features[${first!.index}].properties.${key}`,
    `"${first!.props[key]}"${all} may be ${more > 0 ? 'days' : 'a day'} GDAL wrote as midnight: convert with ogr2ogr -oo DATE_AS_STRING=YES (in QGIS: that open option, under Options in the Data Source Manager, as the export is added)`,
  );
}

function sortByOrder(found: Found[], issues: Issue[]): void {
  const withOrder = found.filter((f) => f.order !== undefined).length;
  if (withOrder === 0) return; // keep feature order
  const seen = new Map<number, number>();
  for (const f of found) {
    if (f.order === undefined) {
      note(issues, `features[${f.index}].properties.order`, 'missing, while other features of its kind have one');
    } else if (seen.has(f.order)) {
      note(issues, `features[${f.index}].properties.order`, `${f.order} is also the order of features[${seen.get(f.order)}]`);
    } else seen.set(f.order, f.index);
  }
  found.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

function rebuildStop({ index, props, feature }: Found, issues: Issue[]): Json {
  const stop: Json = {};
  const id = typeof props.id === 'string' ? props.id : feature.id;
  if (id !== undefined && id !== null) stop.id = id;
  const geometry = feature.geometry;
  const multi = isObject(geometry) && geometry.type === 'MultiPoint';
  const at = `features[${index}].geometry`;
  if (!isObject(geometry) || (geometry.type !== 'Point' && !multi)) {
    note(issues, at, 'expected a Point');
  } else if (multi && (!Array.isArray(geometry.coordinates) || geometry.coordinates.length !== 1)) {
    const n = Array.isArray(geometry.coordinates) ? geometry.coordinates.length : 0;
    note(issues, `${at}.coordinates`, `expected a Point (or a MultiPoint of one), got a MultiPoint of ${n} points: a stop is one place`);
  } else {
    const c = pointOf(geometry);
    // A third number (altitude) is allowed by RFC 7946 and ignored.
    if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number')) {
      note(issues, `${at}.coordinates${multi ? '[0]' : ''}`, 'expected [longitude, latitude]');
    } else stop.coordinates = [c[0], c[1]];
  }
  return pick(props, STOP_KEYS, stop);
}

/**
 * A stop's position as its geometry gives it: a Point's coordinates, or the one point of a
 * MultiPoint (GIS tools that keep one geometry type a layer save points so: `ogr2ogr -nlt
 * PROMOTE_TO_MULTI`, a GeoPackage from QGIS); undefined for anything else.
 */
function pointOf(geometry: unknown): unknown {
  if (!isObject(geometry)) return undefined;
  return geometry.type === 'MultiPoint' ? (geometry.coordinates as unknown[] | undefined)?.[0] : geometry.coordinates;
}

function derivedTitle(stops: Json[]): string {
  const name = (s: Json | undefined) => {
    try {
      return localize(s?.name as never, 'en');
    } catch {
      return ''; // a bad name is reported by validation
    }
  };
  const first = name(stops[0]);
  const last = name(stops[stops.length - 1]);
  return stops.length < 2 || first === last ? first : `${first} → ${last}`;
}

/** Without the itinerary's sources, the documents its facts cite, by id, in order of first mention. */
function referencedDocuments(items: Json[]): Array<{ id: string }> {
  const ids = new Set<string>();
  const refs = (list: unknown) => {
    if (Array.isArray(list)) for (const r of list) if (isObject(r) && typeof r.document === 'string') ids.add(r.document);
  };
  for (const item of items) {
    refs(item.source);
    if (Array.isArray(item.meetings)) for (const m of item.meetings) if (isObject(m)) refs(m.source);
  }
  return [...ids].map((id) => ({ id }));
}

/** Turns a path in the rebuilt itinerary into the path of the same value in the collection. */
function locate(path: string, stops: Found[], legs: Found[], hasMeta: boolean, meetingRows: Map<number, number[]>): string {
  if (path === '' || path === 'stops' || path === 'legs') return 'features';
  const m = /^(stops|legs)\[(\d+)\](.*)$/.exec(path);
  if (!m) return hasMeta ? `visitmap.${path}` : path;
  const found = (m[1] === 'stops' ? stops : legs)[Number(m[2])];
  if (!found) return path;
  const rest = m[3] ?? '';
  const at = `features[${found.index}]`;
  if (rest === '') return at;
  if (rest === '.id') return typeof found.props.id === 'string' ? `${at}.properties.id` : `${at}.id`;
  if (rest.startsWith('.coordinates')) {
    const multi = (found.feature.geometry as Json).type === 'MultiPoint';
    return `${at}.geometry${multi ? rest.replace('.coordinates', '.coordinates[0]') : rest}`;
  }
  const meeting = /^\.meetings\[(\d+)\](?:\.(\w+))?(.*)$/.exec(rest);
  const row = meeting && meetingRows.get(found.index)?.[Number(meeting[1])];
  if (meeting && row !== undefined) {
    const key = meeting[2];
    return `features[${row}].properties${key === undefined ? '' : `.${meetingColumn(key)}`}${meeting[3]}`;
  }
  return `${at}.properties${rest}`;
}
