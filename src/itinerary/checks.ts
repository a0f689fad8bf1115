/**
 * The building blocks of the itinerary validator: each check reads one value, records
 * located issues for what is wrong, and returns the normalised value (`undefined` when the
 * value is unusable).
 *
 * Hand-written rather than a schema library: the whole DOM-free core must fit in 6 KiB
 * min+gzip, and parsing is on the hot path of 100,000-stop itineraries. So checks are
 * shared functions driven by small member tables, the path is a stack of keys that becomes
 * a string only when an issue is found, and each value is read once.
 *
 * A little over 300 lines: the table walker and the checks it drives are one hot loop, kept
 * in one module so that each can be read beside what it calls.
 */
import { closest } from './closest';
import type { IdTable } from './id-table';
import { isoCheck } from './iso-date';
import { isLanguageTag } from './language-tag';
import type { DateCertainty, Issue, LngLat, LocalizedText, Meeting, Precision, SourceRef } from './types';
import { isSafeUrl } from './url';

/** What one validation run collects: its issues, and what cross-member rules remember. */
export interface Context {
  /**
   * Whether checks build fresh values (parseItinerary: the result shares nothing with the
   * input) or return a value that needs no normalising as it is, copying only what changes
   * (toGeoJSON of raw input, which checks in place).
   */
  copy: boolean;
  /**
   * In place, the walk of the (non-empty) stop list that `inPlace` (schema.ts) made: it hands each checked stop's members to a StopSink as soon as it
   * is checked, and keeps what that returns in `out` at the stop's index (`out` has room for as many again, less one: the legs'
   * features): no list of stops is kept. Given by the caller, so that a bundle of parseItinerary alone leaves it out.
   */
  stopsInPlace?: (stops: unknown[], c: Context) => unknown;
  out: unknown[];
  issues: Issue[];
  /** The keys leading to the value being checked: a stack where each object or list holds one slot for its members. */
  path: (string | number)[];
  /** Scratch lists of member values, one per depth of the path: an object's walk owns the one at its depth until it returns. */
  pool: unknown[][];
  /** Set by every walk: whether the object it walked can be kept as it is (in place). */
  kept: boolean;
  /** Source document id → path (keys) where it is first defined. */
  docs: IdTable<Path>;
  /** Stop id → index of its first stop. */
  stops: IdTable<number>;
  /** Stop ids in input order, to check that a leg joins consecutive stops; `undefined` for a stop without a usable id, `null` for one with the id of an earlier stop. */
  order: unknown[];
  /** Meeting id → path (keys) of its first meeting. */
  meetings: IdTable<Path>;
  /**
   * Leg overrides by the index `i` of their `from` stop: mode, source and note at `3i`, `3i + 1`
   * and `3i + 2` (a flat list rather than an object per leg); the index of each in `legs` at `legAt[i]`.
   */
  legs: unknown[];
  legAt: number[];
  /** The index after the `from` stop of the latest leg: where the next leg most likely starts. */
  next: number;
  /** The latest date or time seen so far along the route (unset before any), and the index and id of its stop (the id kept here: `order` leaves out a duplicated one). */
  last: string;
  lastStop: number;
  lastId: unknown;
}

/** In place, a faster check of a stop that may decline it (see quick-stop.ts): the generic walk checks a stop it declines. */
export type QuickStop = (v: unknown, c: Context) => unknown[] | undefined;

/** Receives a checked stop's members, normalised, in the stop table's order, with the stop's index first; returns what to put out for it. */
export type StopSink = (
  index: number, id: string, name: LocalizedText, coordinates: LngLat, precision: Precision, place: string | undefined, arrive: string | undefined,
  depart: string | undefined, dateCertainty: DateCertainty | undefined, meetings: Meeting[], source: SourceRef[], note: string | undefined,
) => unknown;

type Path = (string | number)[];

/** Checks `value`, found at `c.path`. */
export type Check = (value: unknown, c: Context) => unknown;

/** A member's check, and whether it is optional (absent), required (1), a list defaulting to `[]` (2), or defaults to a string. */
export type Member = [check: Check, presence?: 1 | 2 | string];

/**
 * The list that a list left out defaults to in place (toGeoJSON of raw input): one for all,
 * as it holds nothing, and frozen, so that it stays empty (it is no state: nothing can change
 * it). 300,000 fresh empty lists at 100,000 stops were a fifth of the city profile's export.
 */
export const NONE = Object.freeze([]) as never[];

/** How a value appears in a message: strings quoted and cut short, numbers as written, else its kind. */
export const show = (v: unknown): string =>
  typeof v == 'string' ? JSON.stringify(v.length > 40 ? v.slice(0, 39) + '…' : v) : typeof v == 'number' ? `${v}` : kind(v);

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const expected = (what: string, v: unknown): string => `expected ${what}, got ${kind(v)}`;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);

/** Whether an object can be kept as it is: a plain one (as JSON gives), whose `for…in` keys are its own. */
const plain = (v: object): boolean => {
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
};

/**
 * A path as text, `stops[2].name["zh-Hans"]`. Keys that are not identifiers (language tags,
 * unknown members from the input) are bracketed, and long ones cut short as values are.
 * Only called when reporting.
 */
export function pathText(keys: Path): string {
  let path = '';
  for (const k of keys) path += typeof k == 'number' ? `[${k}]` : k.length <= 40 && /^[a-z_$][\w$]*$/i.test(k) ? (path ? '.' : '') + k : `[${show(k)}]`;
  return path || '(root)';
}

/** Records an issue at the current path (or its member `key`) and returns `undefined`, so a check can `return fail(…)`. */
export function fail(c: Context, message: string, key?: string | number): undefined {
  c.issues.push({ path: pathText(key === undefined ? c.path : [...c.path, key]), message });
}

/** Runs `check` on `v` with `key` pushed on the path. */
function within(c: Context, key: string | number, check: Check, v: unknown): unknown {
  c.path.push(key);
  const r = check(v, c);
  c.path.pop();
  return r;
}

/** A non-blank string. */
export const str: Check = (v, c) => (typeof v != 'string' ? fail(c, expected('a string', v)) : v.trim() ? v : fail(c, 'must not be empty'));

/**
 * A finite number from `min` to `max` (whole with `whole`), `-0` read as `0` so that it
 * survives JSON; `name` starts the out-of-range message.
 */
function between(v: unknown, c: Context, min: number, max: number, whole?: 1, name = ''): number | undefined {
  if (typeof v != 'number') return fail(c, expected('a number', v));
  if (!isFinite(v)) return fail(c, `expected a finite number, got ${v}`);
  return v >= min && v <= max && (!whole || v % 1 == 0)
    ? v + 0
    : fail(c, whole ? `expected a whole number ≥ ${min}, got ${v}` : `${name}${v} is outside [${min}, ${max}]`);
}

/** A paragraph or sentence number, counting from 1. */
export const ordinal: Check = (v, c) => between(v, c, 1, Infinity, 1);

/** A confidence, 0..1. */
export const unit: Check = (v, c) => between(v, c, 0, 1);

/** One of `values`; the message lists them. */
export const oneOf =
  (values: readonly string[]): Check =>
  (v, c) =>
    values.includes(v as string) ? v : fail(c, `expected one of ${values.map(show).join(', ')}, got ${show(v)}`);

/** An ISO 8601 date or date-time naming a real day and time. */
export const date: Check = (v, c) => {
  const s = str(v, c) as string | undefined;
  const e = s && isoCheck(s);
  return !e
    ? s
    : fail(c, e > 1 ? `${show(s)} is not a real date or time` : `expected an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]), got ${show(s)}`);
};

/**
 * A `mailto:` link that writes to no one, as a browser reads it (tabs and newlines dropped,
 * leading controls and spaces skipped): no address before its `?` or `#` (only spaces, `%20`
 * or commas: "mailto:%20", "mailto:,", "mailto:#"), nor in a `to`, `cc` or `bcc` field
 * ("mailto:", "mailto:?subject=x"). It would open nothing.
 */
const NO_ADDRESS = /^[\0- ]*mailto:(?:[\0- ,]|%20)*(?:$|#|\?(?!(?:.*&)?(?:b?cc|to)=[^&]))/is;

/** A link that is safe to follow (see {@link isSafeUrl}), a `mailto:` one with an address. */
export const url: Check = (v, c) => {
  const s = str(v, c) as string | undefined;
  const e = !s ? 0 : !isSafeUrl(s) ? 1 : NO_ADDRESS.test(s.replace(/[\t\n\r]/g, '')) ? 2 : 0;
  return !e ? s : fail(c, e > 1 ? `a mailto: link needs an address, got ${show(s)}` : `${show(s)} is not an allowed link (use http:, https:, mailto: or a relative URL)`);
};

/** An IANA time zone name that this runtime's `Intl` knows. */
export const timeZone: Check = (v, c) => {
  const s = str(v, c) as string | undefined;
  try {
    if (s && typeof Intl == 'object') new Intl.DateTimeFormat('en', { timeZone: s });
    return s;
  } catch {
    return fail(c, `unknown time zone ${show(s)} (expected an IANA name such as "Asia/Shanghai")`);
  }
};

/** A plain string, or a map of language tag to string, copied key by checked key (in place: kept as it is). */
export const text: Check = (v, c) => {
  if (!isObject(v)) return typeof v == 'string' ? str(v, c) : fail(c, expected('a string or a map of language tag to string', v));
  const out: Record<string, unknown> | undefined = c.copy || !plain(v) ? {} : undefined;
  let n = 0;
  let ok = true;
  for (const tag in v) {
    const s = isLanguageTag(tag) ? within(c, tag, str, v[tag]) : fail(c, 'expected a language tag such as "en", "zh-Hans" or "pt-BR"', tag);
    if (s === undefined) ok = false;
    else if (out) out[tag] = s;
    n++;
  }
  return !ok ? undefined : n ? (out ?? v) : fail(c, 'expected at least one language');
};

/** Exactly two items; `what` names them for the message. */
const pair = (v: unknown, c: Context, what: string): unknown[] | undefined =>
  !Array.isArray(v) ? fail(c, expected(what, v)) : v.length == 2 ? v : fail(c, `expected ${what}, got ${v.length} item${v.length == 1 ? '' : 's'}`);

/** `[longitude, latitude]` in degrees. */
export const coordinates: Check = (v, c) => {
  const a = pair(v, c, '[longitude, latitude]');
  if (!a) return;
  const x = a[0];
  const y = a[1];
  // The common case first (NaN fails every comparison).
  // In place, -0 stays: it prints as 0, and the exports round it to 0.
  if (typeof x == 'number' && typeof y == 'number' && x >= -180 && x <= 180 && y >= -90 && y <= 90) return c.copy ? [x + 0, y + 0] : a;
  within(c, 0, (n) => between(n, c, -180, 180, undefined, 'longitude '), x);
  within(c, 1, (n) => between(n, c, -90, 90, undefined, 'latitude '), y);
};

const offset: Check = (v, c) => between(v, c, 0, Infinity, 1);

/** `[start, end]` offsets with 0 ≤ start ≤ end. */
export const range: Check = (v, c) => {
  const a = pair(v, c, '[start, end]');
  if (!a) return;
  const start = within(c, 0, offset, a[0]) as number | undefined;
  const end = within(c, 1, offset, a[1]) as number | undefined;
  if (start === undefined || end === undefined) return;
  return start > end ? fail(c, `end ${end} is before start ${start}`) : c.copy ? [start, end] : a;
};

/** A member table, prepared for {@link walk}: the names, checks and presences in order, and the rules that span members. */
export interface Table {
  names: string[];
  checks: Check[];
  presence: Member[1][];
  /** Applies the rules that span members to the checked values (in table order, `undefined` where absent). */
  after?: (values: unknown[], c: Context) => void;
}

export const table = (members: Record<string, Member>, after?: Table['after']): Table => {
  const names = Object.keys(members);
  return { names, checks: names.map((k) => members[k]![0]), presence: names.map((k) => members[k]![1]), after };
};

/**
 * Checks the members of the object `v` in table order and returns their normalised values in
 * the same order (`undefined` where absent), in the scratch list of the path's depth: read it
 * before walking another object at that depth. Sets `c.kept` to whether `v` itself can be kept
 * in place: a plain object whose keys are all members, in table order, none normalised (no
 * default added). Any other member is reported, with the likely intended name, except
 * `$comment`, which JSON authors use for comments. Then `t.after` applies the rules that span
 * members. `undefined` (and an issue) when `v` is not an object.
 */
export function walk(t: Table, v: unknown, c: Context): unknown[] | undefined {
  if (!isObject(v)) return fail(c, expected('an object', v));
  const { names, checks, presence } = t;
  const n = names.length;
  const path = c.path;
  const d = path.length;
  const values = (c.pool[d] ??= []);
  // One walk of the keys, reading each value on the way (the fastest read there is): members
  // only, in table order? Then none is unknown, and no member needs looking up by name.
  let ordered = true;
  let j = 0;
  for (const k in v) {
    let i = j;
    while (i < n && names[i] !== k) i++;
    if (i == n) {
      ordered = false;
      break;
    }
    // A member the keys skip is read by name all the same: it may be inherited or not enumerable.
    for (; j < i; j++) values[j] = v[names[j]!];
    values[j++] = v[k];
  }
  let kept = ordered && plain(v);
  if (kept) for (; j < n; j++) values[j] = v[names[j]!];
  else for (let i = 0; i < n; i++) values[i] = v[names[i]!];
  path.push('');
  for (let i = 0; i < n; i++) {
    const x = values[i];
    const has = presence[i];
    let r = x;
    path[d] = names[i]!;
    if (x !== undefined) r = checks[i]!(x, c);
    else if (has == 1) fail(c, 'missing required member');
    else if (has) r = has == 2 ? (c.copy ? [] : NONE) : has;
    if (r !== x) kept = false;
    values[i] = r;
  }
  path.pop();
  if (!ordered) {
    for (const name in v) {
      if (!names.includes(name) && name != '$comment') {
        const like = closest(name, names);
        fail(c, `unknown member (${like ? `did you mean "${like}"?` : `expected ${names.join(', ')}`})`, name);
      }
    }
  }
  t.after?.(values, c);
  c.kept = kept;
  return values;
}

/**
 * An object with the given members (see {@link walk}), built afresh from those keys only (so
 * an input's `__proto__` or `constructor` never reaches the output). In place, an object that
 * {@link walk} can keep is returned as it is.
 */
export function object(t: Table): Check {
  const names = t.names;
  return (v, c) => {
    const values = walk(t, v, c);
    if (!values || (c.kept && !c.copy)) return values && v;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) if (values[i] !== undefined) out[names[i]!] = values[i];
    return out;
  };
}

/** An array of items; with `single`, also one item alone, returned as a list of one. */
export const list =
  (item: Check, single?: boolean): Check =>
  (v, c) => {
    if (!Array.isArray(v)) {
      if (!single || !isObject(v)) return fail(c, expected(single ? 'an object or an array' : 'an array', v));
      const r = item(v, c);
      return r === undefined ? r : [r];
    }
    // In place, the list itself unless an item changed.
    let out: unknown[] | undefined = c.copy ? [] : undefined;
    const path = c.path;
    const d = path.push(0) - 1;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      path[d] = i;
      const r = item(x, c);
      if (r !== x) out ??= v.slice(0, i);
      if (out && r !== undefined) out.push(r);
    }
    path.pop();
    return out ?? v;
  };
