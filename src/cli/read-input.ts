import { resolve, sep } from 'node:path';
import { isFlat } from '../geojson/from-flat';
import { fromGeoJSON } from '../geojson/from-geojson';
import { ItineraryError, parseItinerary } from '../itinerary/index';
import type { Itinerary } from '../itinerary/types';
import type { CliIO } from './io';
import { DecodeError, decodeText } from './decode';
import { pathText } from '../itinerary/checks';
import { duplicateKeys, type DuplicateKey, jsonErrorMessage, jsonErrorOffset, lineColumn } from './json-error';

/** A failure the CLI reports as lines on standard error, exiting with `code`. */
export class CliFailure extends Error {
  constructor(
    readonly lines: string[],
    readonly code: number,
  ) {
    super(lines.join('\n'));
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

/** A one-line reason for a file-system error, never a stack trace. */
export function fileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** How a file is named in messages: as the user typed it; standard input as `<stdin>`. */
export const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

/**
 * Reads FILE (or standard input for `-`) as text, for every command: UTF-8, or UTF-16 with
 * a byte-order mark, or the encoding an XML declaration names (see {@link decodeText}).
 * A byte that is not of the encoding is refused, never replaced: one line
 * `FILE:line:column: not UTF-8 (byte 0xE9); …`. An empty file (or white space only) is refused
 * as such. Any failure is one line.
 */
export async function readText(file: string, io: CliIO): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.stdin() : await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    // A Windows path typed on another system: there a backslash is a letter of the name.
    const slash = sep === '/' && file.includes('\\') && (error as { code?: unknown } | null)?.code === 'ENOENT';
    const hint = slash ? ` (a \\ is part of a file's name here, not a folder separator: write ${file.replaceAll('\\', '/')})` : '';
    throw new CliFailure([`visitmap: cannot read ${displayName(file)}: ${fileError(error)}${hint}`], 1);
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const where = error.line === undefined ? `visitmap: cannot read ${displayName(file)}` : `${displayName(file)}:${error.line}:${error.column}`;
    throw new CliFailure([`${where}: ${error.message}`], 1);
  }
  // Said as such, rather than as JSON or XML ending too soon.
  if (!text.trim()) throw new CliFailure([`visitmap: cannot read ${displayName(file)}: ${file === '-' ? 'nothing came on standard input' : 'the file is empty'}${text ? ' (white space only)' : ''}`], 1);
  return text;
}

/**
 * A GeoJSON text sequence (RFC 8142; `ogr2ogr -f GeoJSONSeq`, `.geojsons`, `.geojsonl`) is one
 * feature per line: JSON.parse stops at the second. Said, with the conversion, where the first
 * line is a whole Feature.
 */
function sequenceHint(text: string): string {
  try {
    // RFC 8142 starts each record with the record separator (U+001E).
    const first = JSON.parse(text.split('\n', 1)[0]!.replace('\u001e', '')) as { type?: unknown } | null;
    if (first?.type === 'Feature') return ' (one GeoJSON feature per line, a GeoJSON text sequence: visitmap reads one FeatureCollection; convert with ogr2ogr -f GeoJSON out.geojson FILE)';
  } catch {
    // The first line is not JSON on its own: no sequence.
  }
  return '';
}

/**
 * Reads FILE as JSON; broken JSON is one line `FILE:line:column: message`. A key given twice
 * in an object is refused too, a line `FILE:line:column: path: "id" is given twice (first at
 * line:column)` for each such key: `JSON.parse` would keep the last only, and silently lose
 * what the first said.
 */
export async function readJSON(file: string, io: CliIO): Promise<unknown> {
  const text = await readText(file, io);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const { line, column } = lineColumn(text, offset < 0 ? 0 : offset);
    throw new CliFailure([`${displayName(file)}:${line}:${column}: ${jsonErrorMessage(error)}${sequenceHint(text)}`], 1);
  }
  const again = duplicateKeys(text);
  if (again.length) {
    const where = (offset: number) => Object.values(lineColumn(text, offset)).join(':');
    // One line per key given more than once in an object, at its second place.
    const byFirst = new Map<number, DuplicateKey[]>();
    for (const d of again) byFirst.set(d.first, [...(byFirst.get(d.first) ?? []), d]);
    const lines = [...byFirst.values()].map(([d, ...more]) => {
      const times = more.length ? `${more.length + 2} times` : 'twice';
      return `${displayName(file)}:${where(d!.offset)}: ${pathText(d!.path)}: ${JSON.stringify(d!.key)} is given ${times} (first at ${where(d!.first)}); JSON keeps only the last`;
    });
    throw new CliFailure(lines, 1);
  }
  return json;
}

/**
 * Reads FILE (or standard input for `-`) as an itinerary: its JSON, or a GeoJSON
 * FeatureCollection exported earlier (read with `fromGeoJSON`). Every problem becomes
 * a {@link CliFailure} with lines `FILE: path: message` or `FILE:line:column: message`.
 */
export async function readItinerary(file: string, io: CliIO): Promise<Itinerary> {
  const name = displayName(file);
  const json = await readJSON(file, io);
  const isCollection = typeof json === 'object' && json !== null && (json as { type?: unknown }).type === 'FeatureCollection';
  try {
    return isCollection ? fromGeoJSON(json, { onWarning: (w) => io.stderr(`${name}: warning: ${w.path}: ${w.message}\n`) }) : parseItinerary(json);
  } catch (error) {
    if (!(error instanceof ItineraryError)) throw error;
    const lines = error.issues.map((i) => `${name}: ${i.path}: ${i.message}`);
    // Another tool's collection fails on members it never had: say first what the file is not.
    if (isCollection && !isExport(json as Json)) {
      lines.unshift(
        `${name}: not a visitmap GeoJSON export: no "visitmap" member, and no feature with properties.kind "stop" or "leg" or a flat profile's trip_id; ` +
          '`visitmap import` reads GPX and KML files from other tools, or write the itinerary as JSON',
      );
    }
    throw new CliFailure(lines, 1);
  }
}

type Json = Record<string, unknown>;

/** Whether a collection says it comes from visitmap: its foreign member, a feature's `kind`, or the flat profile. */
function isExport(fc: Json): boolean {
  const kinds = ['stop', 'leg', 'meeting'];
  return 'visitmap' in fc || isFlat(fc) || (Array.isArray(fc.features) && fc.features.some((f) => kinds.includes((f as { properties?: { kind?: unknown } } | null)?.properties?.kind as string)));
}
