import { ItineraryError } from '../itinerary/index';
import { isObject } from '../itinerary/checks';
import type { Issue } from '../itinerary/types';
import {
  type Column,
  extendedDate,
  FIRST_STOP_COLUMNS,
  LANGUAGE_PREFIX,
  LEG_COLUMNS,
  MEETING_COLUMNS as MEETING,
  STOP_COLUMNS,
  TRIP_COLUMNS,
} from './flat-columns';

type Json = Record<string, unknown>;

/** Notes the problem `message` at `path` (a collection's path) in `issues`. */
export const note = (issues: Issue[], path: string, message: string): void => void issues.push({ path, message });

/** A whole number written as text (`"12"`: CSV has no numbers) as the number; anything else as it is, for validation. */
const whole = (v: unknown) => (/^\d+$/.test(v as string) ? Number(v) : v);

/** Whether a collection is in the flat profile: its features carry the itinerary's id as `trip_id`. */
export function isFlat(fc: Json): boolean {
  return Array.isArray(fc.features) && fc.features.some((f) => isObject(f) && isObject(f.properties) && 'trip_id' in f.properties);
}

/** The flat column a meeting's field is read from, for error paths (a function: no work when a bundle only loads the module). */
export const meetingColumn = (field: string): string => MEETING.find(([, f]) => f === field)?.[0] ?? field;

/** The plain column of a language prefix (`n` → `name`). */
const plainOf = (prefix: string) => Object.keys(LANGUAGE_PREFIX).find((k) => LANGUAGE_PREFIX[k] === prefix);

/**
 * The row's values by column: chunks (`note`, `note~2`) joined, language columns keyed
 * `<plain>@<tag>` (`name@zh-Hans`), `null` and `''` (how tables write "no value") left out.
 */
function columns(props: Json): Map<string, unknown> {
  const langs = typeof props.langs === 'string' ? props.langs.split(' ') : [];
  const parts = new Map<string, Array<[number, unknown]>>();
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === '' || value === undefined) continue;
    const m = /^(.*?)(?:~(\d+))?$/.exec(key)!;
    // GDAL's KML drivers write the name column as each placemark's <name>, read back as `Name`.
    let base = m[1] === 'Name' && !('name' in props) ? 'name' : m[1]!;
    const lang = /^([a-z])_(.+)$/.exec(base);
    const plain = lang && plainOf(lang[1]!);
    if (plain) {
      const tag = /^\d+$/.test(lang[2]!) ? langs[Number(lang[2]) - 1] : lang[2];
      if (tag !== undefined) base = `${plain}@${tag}`;
    }
    const list = parts.get(base) ?? [];
    list.push([Number(m[2] ?? 1), value]);
    parts.set(base, list);
  }
  const out = new Map<string, unknown>();
  for (const [base, list] of parts) {
    list.sort((a, b) => a[0] - b[0]);
    out.set(base, list.length === 1 ? list[0]![1] : list.map(([, v]) => String(v)).join(''));
  }
  return out;
}

/**
 * Reads a flat-profile collection back into the nested layout `fromGeoJSON` reads:
 * the same features at the same positions (meeting rows stay, as `kind: "meeting"`, and
 * their meetings join their stop), and the itinerary's fields in the `visitmap` member.
 * `meetingRows` gives, by stop feature index, the feature index of each of its meetings.
 *
 * @throws ItineraryError for what only the flat profile can get wrong: a meeting whose
 *   stop is missing, or JSON text cut short (`features[4].properties.with`).
 */
export function unflatten(fc: Json): { fc: Json; meetingRows: Map<number, number[]> } {
  const issues: Issue[] = [];
  const meta: Json = {};
  const stopsById = new Map<string, { index: number; props: Json }>();
  const meetings: Array<{ index: number; stop: unknown; order: unknown; meeting: Json }> = [];
  const features = (fc.features as unknown[]).map((feature, index) => {
    if (!isObject(feature) || !isObject(feature.properties)) return feature;
    const at = `features[${index}].properties`;
    const cols = columns(feature.properties);
    const text = (plain: string) => {
      if (cols.has(plain)) return cols.get(plain);
      const entries = [...cols].filter(([k]) => k.startsWith(`${plain}@`)).map(([k, v]) => [k.slice(plain.length + 1), v]);
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    };
    /** The fields of `columns` that the row has, read back as the model has them. */
    const read = (columns: readonly Column[], into: Json = {}): Json => {
      for (const [column, field, kind] of columns) {
        const v = kind === 'lang' ? text(column) : cols.get(column);
        if (v === undefined) continue;
        // A CSV read with GDAL's AUTODETECT_TYPE gives `20231210` as a number: the same digits.
        if (kind === 'date' && typeof v !== 'object') into[field] = extendedDate(String(v));
        else if (kind === 'json' && typeof v === 'string') {
          try {
            into[field] = JSON.parse(v);
          } catch {
            note(issues, `${at}.${column}`, 'broken JSON text: was the value cut short (a Shapefile keeps 254 bytes of a field)?');
          }
        } else into[field] = v;
      }
      return into;
    };
    const trip = read(FIRST_STOP_COLUMNS, read(TRIP_COLUMNS, cols.has('version') ? { version: whole(cols.get('version')) } : {}));
    for (const [key, value] of Object.entries(trip)) if (meta[key] === undefined) meta[key] = value;

    const kind = cols.get('kind');
    const order = whole(cols.get('order'));
    if (kind === 'meeting') {
      meetings.push({ index, stop: cols.get('stop'), order, meeting: read(MEETING) });
      return { ...feature, properties: { kind, order } };
    }
    const p = read(kind === 'leg' ? LEG_COLUMNS : STOP_COLUMNS, { kind, order });
    if (kind !== 'leg') {
      p.meetings = [];
      if (typeof p.id === 'string') stopsById.set(p.id, { index, props: p });
    }
    return { ...feature, properties: p };
  });

  const meetingRows = new Map<number, number[]>();
  meetings.sort((a, b) => (a.order as number) - (b.order as number)); // numbers, or NaN when bad (validation says where)
  for (const { index, stop, meeting } of meetings) {
    const found = typeof stop === 'string' ? stopsById.get(stop) : undefined;
    if (!found) {
      note(issues, `features[${index}].properties.stop`, `no stop has the id ${JSON.stringify(stop)}`);
      continue;
    }
    (found.props.meetings as Json[]).push(meeting);
    meetingRows.set(found.index, [...(meetingRows.get(found.index) ?? []), index]);
  }
  if (issues.length > 0) throw new ItineraryError(issues);
  return { fc: { ...fc, features, visitmap: meta }, meetingRows };
}
