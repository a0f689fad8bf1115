import type { ItinerarySummary } from '../geojson/summarize';
import { localize } from '../itinerary/index';
import type { Itinerary } from '../itinerary/types';

const DAY_MS = 86_400_000;
const plural = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The calendar span from the first to the last local day, both counted: 1 to 11 September
 * is "11 days, 10 nights". The summary's `days` (in `--json`, and "Days" on the map) counts
 * only the days with a dated stay; where that is fewer (undated days between, a date line
 * crossed westwards), the line says so, so that the two figures are not read as one.
 */
function span(start: string, end: string, days: number): string {
  const nights = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
  const dates = start === end ? start : `${start} to ${end}`;
  const stayed = days === nights + 1 ? '' : ` (${plural(days, 'day')} with a dated stay)`;
  return `${dates}: ${plural(nights + 1, 'day')}, ${plural(nights, 'night')}${stayed}`;
}

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
 * The `visitmap summary` text: headline counts, dates (calendar days and nights), distance, one row per leg with
 * the stops' English names, and the distance per travel mode.
 */
export function summaryTable(it: Itinerary, s: ItinerarySummary): string {
  const names = new Map(it.stops.map((stop) => [stop.id, localize(stop.name, 'en')]));
  const lines = [
    localize(it.title, 'en'),
    '',
    `Stops     ${s.stops} (${s.places} ${s.places === 1 ? 'place' : 'places'})`,
    `Meetings  ${s.meetings}`,
    `Dates     ${s.start && s.end ? span(s.start, s.end, s.days) : 'none given'}`,
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
