/**
 * Column names of the flat profile (`toFlatGeoJSON`), shared by its writer and its reader.
 * Table formats limit what a column may be: a DBF (Shapefile) field name has at most 10
 * characters and a text value at most 254 bytes. So:
 *
 * - a text in several languages gets a column per language, `<prefix>_<tag>` (`n_zh-Hans`);
 *   where that would pass 10 characters the tag is replaced by its position, from 1, in
 *   the `langs` column (`n_4`): a language tag never starts with a digit;
 * - a value longer than 254 UTF-8 bytes continues in `<column>~2`, `<column>~3`, …
 *   (`note~2`), cut between code points.
 */

/** How a field is written: as text, per language, as JSON text, as an ISO 8601 basic date. */
type ColumnKind = 'text' | 'lang' | 'json' | 'date';
/** A column: its name, the model's field it holds, and how. */
export type Column = readonly [column: string, field: string, kind: ColumnKind];

/** The itinerary's columns on every row. */
export const TRIP_COLUMNS: readonly Column[] = [
  ['trip_id', 'id', 'text'],
  ['trip', 'title', 'lang'],
  ['tz', 'timezone', 'text'],
];
/** The rest of the itinerary, on the first stop's row only. */
export const FIRST_STOP_COLUMNS: readonly Column[] = [
  ['desc', 'description', 'lang'],
  ['travlr', 'traveller', 'json'],
  ['sources', 'sources', 'json'],
];
/** A stop's row (besides `kind`, `order`, and `meetings`, its number of meetings). */
export const STOP_COLUMNS: readonly Column[] = [
  ['id', 'id', 'text'],
  ['name', 'name', 'lang'],
  ['precision', 'precision', 'text'],
  ['place', 'place', 'text'],
  ['arrive', 'arrive', 'date'],
  ['depart', 'depart', 'date'],
  ['datecert', 'dateCertainty', 'text'],
  ['src', 'source', 'json'],
  ['note', 'note', 'text'],
];
/** A meeting's row (besides `kind`, `order` within its stop, and `stop`, the stop's id). */
export const MEETING_COLUMNS: readonly Column[] = [
  ['id', 'id', 'text'],
  ['name', 'title', 'lang'],
  ['mkind', 'kind', 'text'],
  ['date', 'date', 'date'],
  ['datecert', 'dateCertainty', 'text'],
  ['with', 'with', 'json'],
  ['summary', 'summary', 'lang'],
  ['url', 'url', 'text'],
  ['topics', 'topics', 'json'],
  ['src', 'source', 'json'],
  ['note', 'note', 'text'],
];
/** A leg's row (besides `kind`, `order` and `dist_km`). */
export const LEG_COLUMNS: readonly Column[] = [
  ['from', 'from', 'text'],
  ['to', 'to', 'text'],
  ['mode', 'mode', 'text'],
  ['src', 'source', 'json'],
  ['note', 'note', 'text'],
];

/** Longest field name a DBF (Shapefile) table keeps. */
export const MAX_FIELD = 10;
/** Longest text, in UTF-8 bytes, a DBF (Shapefile) field keeps. */
export const MAX_BYTES = 254;

/** The prefix of the per-language columns of each localised text, by its plain column. */
export const LANGUAGE_PREFIX: Readonly<Record<string, string>> = {
  trip: 't', // the itinerary's title
  desc: 'd', // the itinerary's description
  name: 'n', // the stop's name, or the meeting's title
  summary: 's', // the meeting's summary
};

/**
 * The column of chunk `n` (from 1) of `plain` (a key of {@link LANGUAGE_PREFIX}) in
 * language `tag`, given the itinerary's languages in `langs` order.
 */
export function languageColumn(plain: string, tag: string, langs: readonly string[], n = 1): string {
  const prefix = LANGUAGE_PREFIX[plain]!;
  const named = chunkColumn(`${prefix}_${tag}`, n);
  return named.length <= MAX_FIELD ? named : chunkColumn(`${prefix}_${langs.indexOf(tag) + 1}`, n);
}

/** The name of chunk `n` (from 1) of a column. */
export const chunkColumn = (column: string, n: number) => (n === 1 ? column : `${column}~${n}`);

/** Bytes of one code point in UTF-8. */
const utf8Size = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Length of `text` in UTF-8 bytes (no `TextEncoder` needed). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const c of text) n += utf8Size(c.codePointAt(0)!);
  return n;
}

/** Splits `text` into pieces of at most {@link MAX_BYTES} UTF-8 bytes, never inside a code point. */
export function chunks(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = utf8Size(cp);
    const width = cp >= 0x10000 ? 2 : 1;
    if (bytes + size > MAX_BYTES) {
      // DBF pads text with spaces and GDAL trims them on reading: a piece neither ends nor
      // (but the first) starts with one. So cut between two other characters, not in a pair.
      let cut = i;
      while (cut > start + 1 && (/\s/.test(text[cut - 1]!) || /[\s\uDC00-\uDFFF]/.test(text[cut]!))) cut--;
      out.push(text.slice(start, cut));
      bytes = utf8Length(text.slice(cut, i));
      start = cut;
    }
    bytes += size;
    i += width;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * ISO 8601 extended (`2023-12-10T09:00+08:00`) to basic (`20231210T0900+0800`). GDAL
 * reads text in the extended form as a date, then writes it back changed
 * (`2023-12-10T00:00:00`, `2023/12/10`); the basic form stays text in every driver.
 */
export const basicDate = (iso: string) => {
  const t = iso.indexOf('T');
  return t < 0 ? iso.replace(/-/g, '') : iso.slice(0, t).replace(/-/g, '') + iso.slice(t).replace(/:/g, '');
};

const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(\.\d+)?)?(Z|[+-]\d{4})?)?$/;

/** The extended form of a {@link basicDate}; text of another shape is returned unchanged (validation reports it). */
export function extendedDate(basic: string): string {
  const m = BASIC.exec(basic);
  if (!m) return basic;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let out = `${y}-${mo}-${d}`;
  if (h !== undefined) out += `T${h}:${mi}${s === undefined ? '' : `:${s}${frac ?? ''}`}`;
  if (zone !== undefined) out += zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return out;
}
