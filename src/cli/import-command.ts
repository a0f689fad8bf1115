import { fromGPX } from '../import/from-gpx';
import { fromKML } from '../import/from-kml';
import type { ImportWarning } from '../import/draft';
import { ItineraryError } from '../itinerary/index';
import type { CliIO } from './io';
import { CliFailure, displayName, readText } from './read-input';

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
