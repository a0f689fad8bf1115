import { fromGPX } from '../import/from-gpx';
import { fromKML } from '../import/from-kml';
import type { ImportWarning } from '../import/draft';
import { ItineraryError } from '../itinerary/index';
import type { CliIO } from './io';
import { CliFailure, displayName, readText } from './read-input';
import { megabytes } from './decode';

/**
 * Heap bytes that parsing takes per tag (each `<`) of the file: the DOM of `@xmldom/xmldom`
 * is 90% of the import's peak, and per byte it is 20–43 bytes, as dense as the tags are, so
 * tags are counted, not bytes. Imports of 21 MB files ran in heaps that leave at most 520
 * (GPX) and 560 (KML) bytes a tag (bench/RESULTS.md, "CLI import memory").
 */
const HEAP_PER_TAG = 560;
/** Heap the DOM cannot have: V8's young generation (48 MiB of `heap_size_limit`) and the program's own. */
const HEAP_RESERVED = 64 * 2 ** 20;

/**
 * Refuses, before parsing, a file whose DOM the process's heap cannot hold (it would crash
 * out of memory, after a minute or more): naming its size, the heap it needs and has, and how to raise it.
 */
function checkMemory(name: string, text: string, heapLimit: number | undefined): void {
  if (heapLimit === undefined) return;
  let tags = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) tags++;
  // The text (up to 2 bytes a character) is held while the DOM is built.
  const needs = tags * HEAP_PER_TAG + text.length * 2;
  if (needs <= heapLimit - HEAP_RESERVED) return;
  // --max-old-space-size=N gives a heap_size_limit of N MiB and the young generation's 48.
  const raise = Math.ceil(((needs + HEAP_RESERVED - 48 * 2 ** 20) * 1.1) / 2 ** 20 / 100) * 100;
  throw new CliFailure(
    [
      `${name}: too large to import with this process's memory: its ${megabytes(text.length)} of XML (${tags} tags) need about ${megabytes(needs)} of heap to parse, ` +
        `and the heap's limit is ${megabytes(heapLimit)}; raise it, e.g. NODE_OPTIONS=--max-old-space-size=${raise} visitmap import …`,
    ],
    1,
  );
}

/** Which reader a file needs: by its extension, else (standard input) by its root element. */
function formatOf(file: string, text: string): 'gpx' | 'kml' | undefined {
  const ext = /\.(gpx|kml)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'gpx' || ext === 'kml') return ext;
  // The first element that is not the XML declaration, a comment or a doctype.
  return /<(?:[\w-]+:)?(gpx|kml)[\s>/]/.exec(text.replace(/<[?!][\s\S]*?>/g, ''))?.[1] as 'gpx' | 'kml' | undefined;
}

/**
 * `visitmap import FILE.gpx|FILE.kml`: the itinerary (JSON text) that `fromGPX` or
 * `fromKML` reads from the file. Problems are lines `FILE:line:column: message` (XML
 * that is not well-formed) or `FILE: element/path: message`. A KML placemark (or a GPX track
 * or route beside waypoints) that gives no stop is a line `FILE: warning: element/path:
 * placemark N "name" … no stop made of it` on standard error, as is a time not kept as
 * written (`placemark 4 "Kyoto": its time "2025-05" names only a month …`), and a last line
 * counts them.
 */
export async function importCommand(file: string, io: CliIO): Promise<string> {
  const text = await readText(file, io);
  const name = displayName(file);
  const format = formatOf(file, text);
  if (!format) throw new CliFailure([`${name}: not a GPX or KML file: expected a .gpx or .kml name, or a <gpx> or <kml> root element`], 1);
  checkMemory(name, text, io.heapLimit);
  let skipped = 0;
  let changed = 0;
  // The one warning on the whole file: an earlier release's GPX that GDAL re-saved, without the itinerary's own columns.
  let ownLost = false;
  const onWarning = (w: ImportWarning) => {
    if (w.skipped) skipped++;
    else if (w.path === 'gpx/metadata' || w.path === 'gpx') ownLost = true;
    else changed++;
    io.stderr(`${name}: warning: ${w.path}: ${w.message}\n`);
  };
  try {
    const itinerary = format === 'gpx' ? fromGPX(text, { onWarning }) : fromKML(text, { onWarning });
    if (skipped + changed > 0 || ownLost) {
      const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
      const what = [
        skipped > 0 ? `${format === 'kml' ? count(skipped, 'placemark') : `${skipped} ${skipped === 1 ? 'track or route' : 'tracks and routes'}`} skipped` : '',
        changed > 0 ? `${count(changed, 'time')} not kept as written` : '',
        ownLost ? "the itinerary's own fields lost" : '',
      ];
      io.stderr(`${name}: imported ${count(itinerary.stops.length, 'stop')} and ${count(itinerary.legs.length, 'leg')}; ${what.filter(Boolean).join(', ')} (see the warnings above)\n`);
    }
    return `${JSON.stringify(itinerary, null, 2)}\n`;
  } catch (error) {
    if (!(error instanceof ItineraryError)) throw error;
    throw new CliFailure(
      error.issues.map((i) => {
        const at = /^line (\d+), column (\d+)$/.exec(i.path);
        return at ? `${name}:${at[1]}:${at[2]}: ${i.message}` : `${name}: ${i.path}: ${i.message}`;
      }),
      1,
    );
  }
}
