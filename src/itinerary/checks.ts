/**
 * The building blocks of the itinerary validator: each check reads one value, records
 * located issues for what is wrong, and returns the normalised value (`undefined` when the
 * value is unusable).
 *
 * Hand-written rather than a schema library: the whole DOM-free core must fit in 6 KiB
 * min+gzip, and parsing is on the hot path of 100,000-stop itineraries. So checks are
 * shared functions driven by small member tables, the path is a stack of keys that becomes
 * a string only when an issue is found, and each value is read once.
 */
import { closest } from './closest';
import type { IdTable } from './id-table';
import { isoCheck } from './iso-date';
import { isLanguageTag } from './language-tag';
import type { Issue } from './types';
import { isSafeUrl } from './url';

/** What one validation run collects: its issues, and what cross-member rules remember. */
export interface Context {
  /**
   * Whether checks build fresh values (parseItinerary: the result shares nothing with the
   * input) or return a value that needs no normalising as it is, copying only what changes
   * (toGeoJSON of raw input, which checks in place).
   */
  copy: boolean;
  /** In place, each checked stop is handed here as soon as it is checked, and no list of them is kept. */
  each?: (stop: Record<string, unknown>, index: number) => void;
  issues: Issue[];
  /** The keys leading to the value being checked. */
  path: (string | number)[];
  /** Source document id → path (keys) where it is first defined. */
  docs: IdTable<Path>;
  /** Stop id → index of its first stop. */
  stops: IdTable<number>;
  /** Stop ids in input order, to check that a leg joins consecutive stops. */
  order: unknown[];
  /** Meeting id → path (keys) of its first meeting. */
  meetings: IdTable<Path>;
  /** Leg overrides by the index of their `from` stop, and their own indexes in `legs`. */
  legs: unknown[];
  legAt: number[];
  /** The latest date or time seen so far along the route (`''` before any), and the index of its stop. */
  last: string;
  lastStop: number;
}

type Path = (string | number)[];

/** Checks `value`, found at `c.path`. */
export type Check = (value: unknown, c: Context) => unknown;

/** A member's check, and whether it is optional (absent), required (1), a list defaulting to `[]` (2), or defaults to a string. */
export type Member = [check: Check, presence?: 1 | 2 | string];

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
export function within(c: Context, key: string | number, check: Check, v: unknown): unknown {
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

/** A link that is safe to follow (see {@link isSafeUrl}). */
export const url: Check = (v, c) => {
  const s = str(v, c) as string | undefined;
  return !s || isSafeUrl(s) ? s : fail(c, `${show(s)} is not an allowed link (use http:, https:, mailto: or a relative URL)`);
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

/**
 * An object with the given members, built afresh from those keys only (so an input's
 * `__proto__` or `constructor` never reaches the output). Any other member is reported,
 * with the likely intended name, except `$comment`, which JSON authors use for comments.
 * `after` then applies the rules that span members. In place, an object whose keys are all
 * members in table order and whose members need no normalising (no default to add) is
 * returned as it is; a copy starts only at the first member that differs.
 */
export function object(members: Record<string, Member>, after?: (out: Record<string, unknown>, c: Context) => void): Check {
  const names = Object.keys(members);
  const n = names.length;
  const checks = names.map((k) => members[k]![0]);
  const presence = names.map((k) => members[k]![1]);
  return (v, c) => {
    if (!isObject(v)) return fail(c, expected('an object', v));
    // One walk of the keys: members only, in table order? Then none is unknown.
    let ordered = true;
    let j = 0;
    for (const k in v) {
      while (j < n && names[j] !== k) j++;
      if (j++ == n) {
        ordered = false;
        break;
      }
    }
    let out: Record<string, unknown> | undefined = c.copy || !ordered || !plain(v) ? {} : undefined;
    for (let i = 0; i < n; i++) {
      const name = names[i]!;
      const x = v[name];
      const has = presence[i];
      let r = x;
      if (x !== undefined) r = within(c, name, checks[i]!, x);
      else if (has == 1) fail(c, 'missing required member', name);
      else if (has) r = has == 2 ? [] : has;
      if (r !== x && !out) {
        // The members before this one are kept as they are.
        out = {};
        for (let k = 0; k < i; k++) if (v[names[k]!] !== undefined) out[names[k]!] = v[names[k]!];
      }
      if (out && r !== undefined) out[name] = r;
    }
    if (!ordered) {
      for (const name in v) {
        if (!names.includes(name) && name != '$comment') {
          const like = closest(name, names);
          fail(c, `unknown member (${like ? `did you mean "${like}"?` : `expected ${names.join(', ')}`})`, name);
        }
      }
    }
    const o = out ?? v;
    after?.(o, c);
    return o;
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
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const r = within(c, i, item, x);
      if (r !== x) out ??= v.slice(0, i);
      if (out && r !== undefined) out.push(r);
    }
    return out ?? v;
  };
