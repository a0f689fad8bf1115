import { lineColumn } from './json-error';

/**
 * The longest text V8 holds (2^29 − 24 UTF-16 units, about 512 MB): a file with more bytes
 * than that may not fit in one string, and decoding it would fail with "Invalid string length".
 */
export const MAX_BYTES = 2 ** 29 - 24;

/** Why a file's bytes are not text we can read, and where (line and column from 1), when it is a place. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * The text of a file's bytes, never with a character replaced:
 *
 * - a byte-order mark says the encoding (UTF-8, UTF-16 LE or BE) and is left out;
 * - an XML file (`<?xml … encoding="ISO-8859-1"?>`) is read in the encoding it declares
 *   (any label the Encoding Standard knows: `windows-1252`, `gbk`, `shift_jis`…);
 * - anything else is UTF-8.
 *
 * A zip archive (a `.kmz`) is not text: the error says to unzip it, naming the `.kml` it
 * holds. Nor is any other binary file (an image, a GeoPackage, a shapefile: the error names
 * it, and for GIS files the conversion). UTF-16 without a byte-order mark is refused, saying so, unless it is XML whose
 * declaration names UTF-16 (`encoding="UTF-16LE"`).
 * @throws DecodeError for a byte that is not of the encoding (located at its line and
 *   column), an encoding label that is not known, a zip, or a file too large to be one string.
 * @example
 * decodeText(new Uint8Array([0x5a, 0xc3, 0xbc])); // 'Zü'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_BYTES) throw tooLarge(bytes.byteLength);
  // A zip's local file header: a .kmz is one, a KML file (`doc.kml`) zipped with its images.
  if ([0x50, 0x4b, 0x03, 0x04].every((b, i) => bytes[i] === b)) {
    const kml = zipKml(bytes);
    throw new DecodeError(`it is a zip archive, not text (a .kmz is one: unzip ${kml ?? 'the .kml inside'} from it and import that)`);
  }
  const bom = BOMS.find(([marks]) => marks.every((b, i) => bytes[i] === b));
  if (bom) return decode(bytes.subarray(bom[0].length), bom[1]);
  const binary = binaryKind(bytes);
  if (binary) throw new DecodeError(`it is ${binary}, not text; visitmap reads JSON, GeoJSON, GPX, KML or an announcement's text`);
  const order = utf16Order(bytes);
  if (order) {
    // XML may go without the mark when its declaration names the encoding (XML 1.0, appendix F).
    const text = decode(bytes, `utf-16${order.toLowerCase()}`);
    const label = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1]?.trim().toLowerCase();
    if (label === 'utf-16' || label === `utf-16${order.toLowerCase()}`) return text;
    throw new DecodeError(
      `it looks like UTF-16 ${order} without a byte-order mark (every second byte is 0, as in text of Latin letters); save it as UTF-8, or as UTF-16 with a byte-order mark`,
    );
  }
  const declared = xmlEncoding(bytes);
  return decode(bytes, declared ?? 'utf-8', declared !== undefined);
}

/** `bytes` as text in `encoding`; a byte that is not of it is a DecodeError at its place. */
function decode(bytes: Uint8Array, encoding: string, declared = false): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    const head = latin1(bytes.subarray(0, 200));
    const at = lineColumn(head, head.indexOf(encoding));
    throw new DecodeError(`unknown encoding "${encoding}" in the XML declaration; save the file as UTF-8`, at.line, at.column);
  }
  try {
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c) : text;
  } catch {
    const bad = firstBad(bytes, encoding);
    const before = new TextDecoder(encoding).decode(bytes.subarray(0, bad));
    const at = lineColumn(before, before.length);
    const byte = bytes[bad] ?? 0;
    const name = decoder.encoding === 'utf-8' ? 'UTF-8' : decoder.encoding;
    const hint = declared
      ? `the XML declaration says ${encoding}`
      : 'save the file as UTF-8 (or, for GPX and KML, declare its encoding: <?xml version="1.0" encoding="windows-1252"?>)';
    throw new DecodeError(`not ${name} (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); ${hint}`, at.line, at.column);
  }
}

/** The offset of the first byte of the first character in `bytes` that is not valid `encoding`. */
function firstBad(bytes: Uint8Array, encoding: string): number {
  const decodes = (n: number, stream: boolean) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // Streaming, every prefix of a valid prefix is valid (one cut inside a character too):
  // the longest one ends where the fault shows.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // The faulty character starts at the last whole-character boundary at or before it.
  let start = lo;
  while (start > 0 && !decodes(start, false)) start--;
  return start;
}

/** The encoding an XML declaration at the start of `bytes` names, or undefined (no declaration, or UTF-8). */
function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 200));
  const label = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1]?.trim();
  return label === undefined || /^utf-?8$/i.test(label) ? undefined : label;
}

/**
 * Bytes 0x80–0x9F of windows-1252, which the Encoding Standard also gives the labels
 * `iso-8859-1`, `latin1` and `us-ascii`: € ‚ ƒ „ … and the curly quotes. Node's decoder (20.18.3
 * and later) reads them as Latin-1's invisible control characters instead; the five bytes
 * windows-1252 leaves unassigned (a space in the string) stay as decoded.
 */
const WINDOWS_1252 = [...'\u20ac \u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152 \u017d  \u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153 \u017e\u0178'].map((c) => (c === ' ' ? undefined : c));

/** The error for a file of `size` bytes (`atLeast`: of which `size` were read), more than {@link MAX_BYTES}. */
export const tooLarge = (size: number, atLeast = false) =>
  new DecodeError(`it is ${atLeast ? 'at least ' : ''}${size} bytes (${megabytes(size)}); visitmap reads files of at most ${MAX_BYTES} bytes (${megabytes(MAX_BYTES)}, the longest text Node can hold)`);

/**
 * `LE` or `BE` when the first characters look like UTF-16 without a byte-order mark: of the
 * first (up to 32) pairs of bytes, at least 3 in 4 are a 0 and a byte that is not, the 0
 * second (little-endian) or first (big-endian). Text starting with Latin letters, as JSON,
 * GPX and KML do, is so in UTF-16, and never in UTF-8, where a 0 byte is a NUL character.
 */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const pairs = Math.min(32, bytes.length >> 1);
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] !== 0 && bytes[i + 1] === 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] !== 0) be++;
  }
  return pairs < 2 ? undefined : le * 4 >= pairs * 3 ? 'LE' : be * 4 >= pairs * 3 ? 'BE' : undefined;
}

/** Files GIS users and others pick up by mistake, by their first bytes, and what to do with each. */
const BINARY: Array<[string, string]> = [
  ['SQLite format 3\0', 'an SQLite database (a GeoPackage is one: ogr2ogr -f GeoJSON out.geojson FILE writes its layer as GeoJSON)'],
  ['fgb\x03', 'a FlatGeobuf file (ogr2ogr -f GeoJSON out.geojson FILE writes it as GeoJSON)'],
  ['\0\0\x27\x0a', 'a shapefile (ogr2ogr -f GeoJSON out.geojson FILE.shp writes it as GeoJSON)'],
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['%PDF-', 'a PDF document (copy its text into a .txt file to extract from it)'],
  ['\x1f\x8b', 'gzip-compressed (gunzip it first)'],
];

/**
 * What binary file `bytes` are, when they are one: a known kind by its first bytes, else
 * "a binary file" when a NUL byte stands in the first 1,024 (text never has one, UTF-16
 * aside, which is told apart first); undefined for text.
 */
function binaryKind(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 1024));
  const known = BINARY.find(([magic]) => head.startsWith(magic));
  if (known) return known[1];
  return head.includes('\0') && !utf16Order(bytes) ? 'a binary file' : undefined;
}

/**
 * The name of the KML file a zip holds (`doc.kml`, else the first `.kml`), from the
 * central directory at the zip's end; undefined when that cannot be read or lists none.
 */
function zipKml(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  // The end-of-central-directory record: 22 bytes and a comment of up to 65535.
  let end = bytes.length - 22;
  while (end >= 0 && end >= bytes.length - 22 - 0xffff && u32(end) !== 0x06054b50) end--;
  if (end < 0 || u32(end) !== 0x06054b50) return undefined;
  const names: string[] = [];
  for (let at = u32(end + 16), n = u16(end + 10); n > 0 && u32(at) === 0x02014b50; n--) {
    const length = u16(at + 28);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)));
    at += 46 + length + u16(at + 30) + u16(at + 32);
  }
  const kml = names.filter((name) => /\.kml$/i.test(name));
  return kml.find((name) => name.toLowerCase() === 'doc.kml') ?? kml[0];
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
/** A size in bytes as whole megabytes (MiB), as the CLI's messages give sizes. */
export const megabytes = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
