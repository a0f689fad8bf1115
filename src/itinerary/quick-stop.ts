/**
 * A stop checked by code written for the stop table alone, for toGeoJSON of raw input: each
 * member read by name and checked inline (no indirect call per member, no table of checks),
 * where the generic walk (`walk` in checks.ts) serves every table through one call site that sees
 * them all. It only ever says yes: on anything it does not accept at a glance (a wrong or
 * unusual value, an unknown member, an object that is not plain) it
 * returns `undefined` before it has changed anything, and the generic walk checks the stop
 * again and reports exactly what it always did. Only the members whose checks may report
 * (a name given as a language map, meetings, source) go to the generic checks, last.
 */
import { type Context, NONE } from './checks';
import { isoCheck } from './iso-date';
import { stopTable } from './schema';
import { DATE_CERTAINTIES, PRECISIONS } from './types';

// Read through pure calls: a property read at a module's top level counts as a side effect to
// bundlers, and kept the whole validator in the shared chunk of every export (`{ bboxOf }` alone
// was 5.4 kB gzipped from dist/, 0.8 kB from src/).
const names = /* @__PURE__ */ (() => stopTable.names)();
const checks = /* @__PURE__ */ (() => stopTable.checks)();

/** A non-blank string. */
const filled = (s: unknown): s is string => typeof s == 'string' && s.trim() != '';

const isDate = (s: unknown): boolean => filled(s) && !isoCheck(s);

/**
 * The stop `v`'s members in table order, normalised as `walk` gives them, without the
 * rules that span members (the caller applies them); `undefined` when the generic walk must
 * check it instead.
 */
export function quickStop(v: unknown, c: Context): unknown[] | undefined {
  if (typeof v != 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return;
  const o = v as Record<string, unknown>;
  // Members only, in any order: a stop is handed on as its members' values, never kept as it
  // is, so the order that lets the generic walk keep an object changes nothing here (and JSON
  // written by code that adds `meetings` last has them after `source`).
  for (const k in o) if (!names.includes(k)) return;
  const { id, name, coordinates: a, place, arrive, depart, dateCertainty, meetings, source, note } = o;
  let precision = o.precision;
  if (!filled(id) || !(filled(name) || (typeof name == 'object' && name !== null && !Array.isArray(name)))) return;
  if (!Array.isArray(a) || a.length != 2) return;
  const x: unknown = a[0];
  const y: unknown = a[1];
  if (!(typeof x == 'number' && typeof y == 'number' && x >= -180 && x <= 180 && y >= -90 && y <= 90)) return;
  if (precision === undefined) precision = 'city';
  else if (!PRECISIONS.includes(precision as never)) return;
  if ((place !== undefined && !filled(place)) || (note !== undefined && !filled(note))) return;
  if ((arrive !== undefined && !isDate(arrive)) || (depart !== undefined && !isDate(depart))) return;
  if (dateCertainty !== undefined && !DATE_CERTAINTIES.includes(dateCertainty as never)) return;
  // From here on nothing falls back: the generic checks report, at the member's path.
  const path = c.path;
  const d = path.length;
  const values = (c.pool[d] ??= []);
  path.push('name');
  values[1] = typeof name == 'string' ? name : checks[1]!(name, c);
  path[d] = 'meetings';
  values[8] = meetings === undefined ? NONE : checks[8]!(meetings, c);
  path[d] = 'source';
  values[9] = source === undefined ? NONE : checks[9]!(source, c);
  path.pop();
  values[0] = id;
  values[2] = a;
  values[3] = precision;
  values[4] = place;
  values[5] = arrive;
  values[6] = depart;
  values[7] = dateCertainty;
  values[10] = note;
  return values;
}
