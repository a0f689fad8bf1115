import { gpx } from '@tmcw/togeojson';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { FlatProperties } from '../geojson/flat';
import { VISITMAP_XMLNS } from '../geojson/flat-rows';
import { ItineraryError } from '../itinerary/index';
import { route } from '../itinerary/localize';
import type { Issue, Itinerary, LngLat } from '../itinerary/types';
import { draftItinerary, labelOf, nonBlank, slug, type DraftLine, type DraftPoint, type ImportOptions, type ImportWarning } from './draft';
import { detailLines } from './html-text';
import { fromOwnRows, typedColumns } from './own';
import { children, elementPath, parseXml } from './xml';

/** GDAL's name for a column of visitmap's: it re-saves `<visitmap:id>` as `<ogr:visitmap_id>` (QGIS too). */
const GDAL_COLUMN = /^visitmap_(.+)$/;

/**
 * The visitmap columns in an element's `<extensions>`: `<visitmap:id>`, as visitmap writes
 * them, or `<ogr:visitmap_id>`, as GDAL (ogr2ogr, QGIS) re-saves them. `gdal` says which.
 */
function columns(el: Element): { row: FlatProperties; gdal: boolean } {
  const ext = children(el, 'extensions')[0];
  const cells: Array<readonly [string, string]> = [];
  let gdal = false;
  for (let n = ext?.firstChild ?? null; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const renamed = e.namespaceURI === VISITMAP_XMLNS ? undefined : GDAL_COLUMN.exec(e.localName)?.[1];
    if (renamed !== undefined) gdal = true;
    if (renamed !== undefined || e.namespaceURI === VISITMAP_XMLNS) cells.push([renamed ?? e.localName, e.textContent ?? '']);
  }
  return { row: typedColumns(cells), gdal };
}

/** A column of a name in a language that the `langs` column numbers (`n_4`, `m2_n_4`): unreadable without it. */
const NUMBERED_LANGUAGE = /^(?:m\d+_)?[a-z]_\d+$/;

/**
 * The itinerary's columns for visitmap's stops without them: a GPX of an earlier release,
 * which kept them in `<metadata>`, re-saved by GDAL or QGIS, which drop it. The id and the
 * title are made up (the metadata's name if a tool kept it, else the first and last stops'
 * names), and `onWarning` is told what is lost.
 */
function lostTrip(stops: FlatProperties[], legs: FlatProperties[], metadata: Element | undefined, options: ImportOptions): FlatProperties {
  const nameOf = (row: FlatProperties) => String(row.name ?? Object.entries(row).find(([k]) => /^n_/.test(k))?.[1] ?? row.id);
  const first = nameOf(stops[0]!);
  const last = nameOf(stops[stops.length - 1]!);
  const title = nonBlank(metadata && children(metadata, 'name')[0]?.textContent?.trim()) ?? (first === last ? first : route([first, last]));
  const id = slug(title) || 'imported';
  const numbered = stops.some((row) => Object.keys(row).some((k) => NUMBERED_LANGUAGE.test(k)));
  // The documents the stops, meetings and legs cite, by id: kept as sources of which nothing else is known.
  const cited = new Set<string>();
  let refs = false;
  for (const row of [...stops, ...legs]) {
    for (const [k, v] of Object.entries(row)) {
      if (!/^(?:m\d+_)?src$/.test(k) || typeof v !== 'string') continue;
      try {
        for (const ref of JSON.parse(v) as Array<{ document?: unknown }>) {
          refs = true;
          if (typeof ref?.document === 'string') cited.add(ref.document);
        }
      } catch {
        // Broken JSON is named when the rows are read.
      }
    }
  }
  const sources = cited.size > 0 ? [...cited] : refs ? ['source'] : [];
  options.onWarning?.({
    path: metadata ? elementPath(metadata) : 'gpx',
    message:
      "the file has visitmap's columns on its waypoints but not the itinerary's own: its id, title, time zone, languages, description, traveller and sources are lost " +
      '(visitmap 0.1.0 wrote them in <metadata>, and GDAL and QGIS drop the metadata when they re-save a GPX)' +
      (numbered ? ", and with the languages the names in those whose columns are numbered (n_4, …)" : '') +
      `; read as id ${JSON.stringify(id)}, title ${JSON.stringify(title)}` +
      (sources.length > 0 ? `, the sources the stops cite by their ids alone (${sources.map((d) => JSON.stringify(d)).join(', ')})` : '') +
      '. Export the GPX again from the itinerary to keep them.',
    skipped: false,
  });
  return { trip_id: id, trip: title, ...(sources.length > 0 ? { sources: JSON.stringify(sources.map((d) => ({ id: d }))) } : {}) };
}

/** Checks `lat`/`lon` of every point element, so a bad one is named rather than skipped. */
function checkPoints(root: Element): Issue[] {
  const issues: Issue[] = [];
  for (const name of ['wpt', 'rtept', 'trkpt']) {
    for (const el of Array.from(root.getElementsByTagName(name))) {
      for (const [attr, limit] of [['lat', 90], ['lon', 180]] as const) {
        const text = el.getAttribute(attr);
        const v = Number(text);
        if (text === null || text.trim() === '' || !Number.isFinite(v) || Math.abs(v) > limit) {
          issues.push({ path: `${elementPath(el)}/@${attr}`, message: `expected a number from -${limit} to ${limit}, got ${text === null ? 'none' : JSON.stringify(text)}` });
        }
      }
    }
  }
  return issues;
}

const lineOf = (g: LineString | MultiLineString): LngLat[] =>
  (g.type === 'LineString' ? g.coordinates : g.coordinates.flat()).map((c) => [c[0]!, c[1]!]);

/**
 * Reads a GPX 1.0 or 1.1 file into an itinerary.
 *
 * - A GPX that visitmap wrote (`toGPX`) comes back as the same itinerary: its data rides
 *   in extensions under the visitmap namespace.
 * - Any other GPX gives a draft: waypoints become stops in order (without waypoints,
 *   every point of the routes does, with its name, time and description, and one stop
 *   where a route ends and the next begins, whose next route's start time is the departure;
 *   the first route's first point is the start, its time the departure; without routes either, the ends of the
 *   tracks do), a leg joins each pair, with the mode a
 *   track's or route's `<type>` or name gives (`driving`, `train`, `ferry`, `flight`).
 *   A waypoint's `<time>` is when it was recorded, so it becomes an `inferred` arrival; a
 *   waypoint without one takes the time of the nearest recorded track point, also
 *   `inferred`. Precision is `city`: a GPX does not say what a point stands for. A
 *   waypoint's `<desc>`, `<cmt>` and `<type>`, then each field of its `<extensions>` (the columns
 *   GDAL and QGIS write there), open its stop's note; the metadata's `<desc>`
 *   is the itinerary's description. The title is the metadata's `<name>`, else the first
 *   route's, else the first track's; a `<type>` that names none of visitmap's modes
 *   (`cycling`) is kept in the leg's note.
 *
 * Works in browsers (the platform's DOMParser) and in Node (`@xmldom/xmldom`).
 *
 * @throws ItineraryError located by line and column for XML that is not well-formed, and
 *   by element path for bad content (`gpx/wpt[3]/@lat: expected a number from -90 to 90`).
 * @example
 * const itinerary = fromGPX(await readFile('phone-export.gpx', 'utf8'));
 */
export function fromGPX(text: string, options: ImportOptions = {}): Itinerary {
  const doc = parseXml(text, 'gpx');
  const root = doc.documentElement;
  const issues = checkPoints(root);
  if (issues.length > 0) throw new ItineraryError(issues);
  const wpts = children(root, 'wpt');
  const coordinates = (el: Element): LngLat => [Number(el.getAttribute('lon')), Number(el.getAttribute('lat'))];

  const metadata = children(root, 'metadata')[0];
  const meta = metadata ? columns(metadata).row : {};
  const own = wpts.map(columns);
  // visitmap's own, with its stops: its waypoints (a copy with them deleted is read as any planner's routes are).
  // The itinerary's columns are on the first waypoint, or, in files of earlier releases, in <metadata>.
  const trip = meta.trip_id !== undefined ? meta : own[0]?.row.trip_id !== undefined ? {} : undefined;
  // Without them, waypoints that all hold a stop's columns are still visitmap's: an earlier release's GPX re-saved by GDAL.
  const lost = trip === undefined && own.length > 0 && own.every(({ row }) => ['id', 'order', 'precision'].every((k) => k in row));
  if (trip !== undefined || lost) {
    const trks = children(root, 'trk');
    const rtepts = children(root, 'rte').flatMap((r) => children(r, 'rtept')).slice(1);
    const legEls = trks.length > 0 ? trks : rtepts;
    const stops: FlatProperties[] = own.map(({ row }) => ({ kind: 'stop', ...row }));
    const legCells = legEls.map(columns);
    const legs: FlatProperties[] = legCells.map(({ row }) => ({ kind: 'leg', ...row }));
    const gdal = own.some((c) => c.gdal) || legCells.some((c) => c.gdal);
    const rows = { trip: trip ?? lostTrip(stops, legs, metadata, options), stops, legs };
    return fromOwnRows(
      rows,
      // `lon` is there for a stop at 180, which a GPX longitude cannot be.
      wpts.map((w, i) => (stops[i]!.lon === 180 ? [180, coordinates(w)[1]] : coordinates(w))),
      {
        trip: meta.trip_id !== undefined ? elementPath(metadata!) : elementPath(wpts[0]!),
        stops: wpts.map(elementPath),
        legs: legEls.map(elementPath),
        column: gdal ? 'ogr:visitmap_' : 'visitmap:',
      },
    );
  }

  // A waypoint, or a route's point: a place a person chose, with its own words.
  const pointOf = (el: Element, i: number, what: string): DraftPoint => {
    const text = (name: string) => children(el, name)[0]?.textContent;
    // Another tool's fields ride in <extensions> (GDAL and QGIS write a layer's columns there, `ogr:visit_day`):
    // each that holds text is kept in the note, by its name, as a KML placemark's ExtendedData is (once: Garmin repeats some).
    const ext = children(el, 'extensions')[0];
    const fields = ext ? Array.from(ext.getElementsByTagName('*')).filter((e) => !Array.from(e.childNodes).some((n) => n.nodeType === 1)).map((e) => [e.localName, e.textContent] as const) : [];
    const details = [...new Set(detailLines([['Description', text('desc')], ['Comment', text('cmt')], ['Type', text('type')], ...fields]))];
    const name = nonBlank(text('name')?.trim());
    return { name, coordinates: coordinates(el), time: nonBlank(text('time')?.trim()), certainty: 'inferred', details, path: elementPath(el), label: labelOf(what, i, name) };
  };
  const points = wpts.map((el, i) => pointOf(el, i, 'waypoint'));
  const lines: DraftLine[] = [];
  // Without waypoints, every point of a route is a stop (a track's points are only recorded:
  // its ends stand for it), one where a route ends and the next begins, and each leg a
  // line of its own in its route's mode.
  const routes = points.length === 0 ? children(root, 'rte') : [];
  const later: ImportWarning[] = [];
  routes.forEach((r, n) => {
    const type = nonBlank(children(r, 'type')[0]?.textContent);
    const name = nonBlank(children(r, 'name')[0]?.textContent);
    const rtepts = children(r, 'rtept');
    if (rtepts.length === 0) later.push({ path: elementPath(r), message: `${labelOf('route', n, name)} has no points: nothing made of it`, skipped: true });
    for (const [i, el] of rtepts.entries()) {
      const p: DraftPoint = { ...pointOf(el, i, 'route point'), timeIs: 'planned' };
      const last = points[points.length - 1];
      if (last && last.coordinates[0] === p.coordinates[0] && last.coordinates[1] === p.coordinates[1]) {
        // The next route sets off from where the last one ended: its time there is the departure, its words the stop's too.
        if (p.time !== undefined && p.time !== last.time && last.until === undefined) last.until = p.time;
        last.details = [...new Set([...(last.details ?? []), ...(p.details ?? [])])];
        continue;
      }
      if (last) lines.push({ name, type: i === 0 ? undefined : type, coordinates: [last.coordinates, p.coordinates] });
      // The first route's first point is where the trip sets off: its planned time is the leaving, not an arrival.
      points.push(last ? p : { ...p, time: undefined, until: p.time });
    }
  });
  for (const f of gpx(doc).features as Feature[]) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if ((f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString') && !(routes.length > 0 && p._gpxType === 'rte')) {
      const times = (p.coordinateProperties as { times?: unknown } | undefined)?.times;
      const flat = Array.isArray(times) ? (times.flat() as Array<string | null>) : undefined;
      const coords = lineOf(f.geometry);
      lines.push({ name: nonBlank(p.name), type: nonBlank(p.type), coordinates: coords, times: flat && flat.length === coords.length ? flat : undefined });
    }
  }
  // With waypoints, the stops are theirs: say what each route and track still gives, and that its points make no stop
  // (after the waypoints' own warnings: a GPX has its waypoints first, then routes, then tracks).
  if (wpts.length > 0) {
    const undated = points.some((p) => p.time === undefined);
    for (const [kind, point] of [['rte', 'rtept'], ['trk', 'trkpt']] as const) {
      children(root, kind).forEach((el, i) => {
        const count = el.getElementsByTagName(point).length;
        const name = children(el, 'name')[0]?.textContent?.trim();
        const what = kind === 'trk' ? 'track' : 'route';
        const gives = [
          kind === 'trk' && undated && Array.from(el.getElementsByTagName('time')).length > 0 ? 'its recorded times date the waypoints that have no time of their own' : '',
          "its name or type may give the legs' travel mode",
        ];
        later.push({
          path: elementPath(el),
          message: `${labelOf(what, i, name)} (${count} point${count === 1 ? '' : 's'}) is a line beside the file's waypoints: no stop made of its points (${gives.filter(Boolean).join('; ')})`,
          skipped: true,
        });
      });
    }
  }
  const title = metadata ? children(metadata, 'name')[0]?.textContent ?? undefined : undefined;
  const about = metadata ? children(metadata, 'desc')[0]?.textContent?.trim() : undefined;
  // A route is planned and named by a person; a track's name is often the time it was recorded.
  const route = children(root, 'rte').map((r) => children(r, 'name')[0]?.textContent?.trim()).find(Boolean);
  try {
    return draftItinerary('GPX', title ?? route ?? lines[0]?.name, points, lines, about || undefined, options);
  } finally {
    for (const w of later) options.onWarning?.(w);
  }
}
