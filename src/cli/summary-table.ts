import type { ItinerarySummary } from '../geojson/summarize';
import { localize } from '../itinerary/index';
import type { Itinerary } from '../itinerary/types';

const km = (x: number) => `${x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`;

/** Pads columns to their widest cell; the last column (distance) is right-aligned. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => rows.reduce((w, r) => Math.max(w, [...r[c]!].length), 0));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * The `visitmap summary` text: headline counts, dates, distance, one row per leg with
 * the stops' English names, and the distance per travel mode.
 */
export function summaryTable(it: Itinerary, s: ItinerarySummary): string {
  const names = new Map(it.stops.map((stop) => [stop.id, localize(stop.name, 'en')]));
  const lines = [
    localize(it.title, 'en'),
    '',
    `Stops     ${s.stops} (${s.places} ${s.places === 1 ? 'place' : 'places'})`,
    `Meetings  ${s.meetings}`,
    `Days      ${s.days}${s.start ? ` (${s.start === s.end ? s.start : `${s.start} to ${s.end}`})` : ''}`,
    `Distance  ${km(s.totalDistanceKm)}`,
  ];
  if (s.legs.length > 0) {
    const rows = [['#', 'From', 'To', 'Mode', 'Distance']];
    s.legs.forEach((l, i) => rows.push([String(i + 1), names.get(l.from) ?? l.from, names.get(l.to) ?? l.to, l.mode, km(l.distanceKm)]));
    lines.push('', ...table(rows));
    const modes = Object.entries(s.modes).map(([mode, d]) => `${mode} ${km(d)}`);
    lines.push('', `By mode   ${modes.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
