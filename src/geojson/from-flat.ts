import { ItineraryError } from '../itinerary/index';
import type { Issue } from '../itinerary/types';
import { LANGUAGE_PREFIX, extendedDate } from './flat-columns';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a collection is in the flat profile: its features carry the itinerary's id as `trip_id`. */
export function isFlat(fc: Json): boolean {
  return Array.isArray(fc.features) && fc.features.some((f) => isObject(f) && isObject(f.properties) && 'trip_id' in f.properties);
}

/** The flat column a meeting's field is read from, for error paths. */
export const MEETING_COLUMNS: Readonly<Record<string, string>> = {
  title: 'name',
  kind: 'mkind',
  dateCertainty: 'datecert',
  source: 'src',
};

const PREFIX_OF = Object.fromEntries(Object.entries(LANGUAGE_PREFIX).map(([plain, prefix]) => [prefix, plain]));

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
    let base = m[1]!;
    const lang = /^([a-z])_(.+)$/.exec(base);
    if (lang && PREFIX_OF[lang[1]!]) {
      const tag = /^\d+$/.test(lang[2]!) ? langs[Number(lang[2]) - 1] : lang[2];
      if (tag !== undefined) base = `${PREFIX_OF[lang[1]!]}@${tag}`;
    }
    const list = parts.get(base) ?? [];
    list.push([m[2] === undefined ? 1 : Number(m[2]), value]);
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
    const get = (key: string) => cols.get(key);
    const text = (plain: string) => {
      if (cols.has(plain)) return cols.get(plain);
      const entries = [...cols].filter(([k]) => k.startsWith(`${plain}@`)).map(([k, v]) => [k.slice(plain.length + 1), v]);
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    };
    const json = (column: string) => {
      const v = get(column);
      if (typeof v !== 'string') return v;
      try {
        return JSON.parse(v);
      } catch {
        issues.push({ path: `${at}.${column}`, message: 'broken JSON text: was the value cut short (a Shapefile keeps 254 bytes of a field)?' });
        return undefined;
      }
    };
    const date = (column: string) => {
      const v = get(column);
      return typeof v === 'string' ? extendedDate(v) : v;
    };
    const set = (into: Json, key: string, value: unknown) => {
      if (value !== undefined) into[key] = value;
    };
    for (const [key, value] of [
      ['version', get('version')],
      ['id', get('trip_id')],
      ['title', text('trip')],
      ['description', text('desc')],
      ['traveller', cols.has('travlr') ? json('travlr') : undefined],
      ['timezone', get('tz')],
      ['sources', cols.has('sources') ? json('sources') : undefined],
    ] as const) {
      if (meta[key] === undefined) set(meta, key, value);
    }

    const kind = get('kind');
    const p: Json = { kind, order: get('order') };
    if (kind === 'meeting') {
      const m: Json = {};
      set(m, 'id', get('id'));
      set(m, 'title', text('name'));
      set(m, 'kind', get('mkind'));
      set(m, 'date', date('date'));
      set(m, 'dateCertainty', get('datecert'));
      set(m, 'with', json('with'));
      set(m, 'summary', text('summary'));
      set(m, 'url', get('url'));
      set(m, 'topics', json('topics'));
      set(m, 'source', json('src'));
      set(m, 'note', get('note'));
      meetings.push({ index, stop: get('stop'), order: get('order'), meeting: m });
    } else if (kind === 'leg') {
      for (const key of ['from', 'to', 'mode', 'note'] as const) set(p, key, get(key));
      set(p, 'source', json('src'));
    } else {
      set(p, 'id', get('id'));
      set(p, 'name', text('name'));
      set(p, 'precision', get('precision'));
      set(p, 'place', get('place'));
      set(p, 'arrive', date('arrive'));
      set(p, 'depart', date('depart'));
      set(p, 'dateCertainty', get('datecert'));
      set(p, 'source', json('src'));
      set(p, 'note', get('note'));
      p.meetings = [];
      if (typeof p.id === 'string') stopsById.set(p.id, { index, props: p });
    }
    return { ...feature, properties: p };
  });

  const meetingRows = new Map<number, number[]>();
  meetings.sort((a, b) => Number(a.order) - Number(b.order));
  for (const { index, stop, meeting } of meetings) {
    const found = typeof stop === 'string' ? stopsById.get(stop) : undefined;
    if (!found) {
      issues.push({ path: `features[${index}].properties.stop`, message: `no stop has the id ${JSON.stringify(stop)}` });
      continue;
    }
    (found.props.meetings as Json[]).push(meeting);
    meetingRows.set(found.index, [...(meetingRows.get(found.index) ?? []), index]);
  }
  if (issues.length > 0) throw new ItineraryError(issues);
  return { fc: { ...fc, features, visitmap: meta }, meetingRows };
}
