import { isSafeUrl, localize } from '../itinerary/index';
import type { Meeting, Stop } from '../itinerary/types';

function meetingLine(m: Meeting, language: string): string {
  const people = m.with
    .map((p) => [p.name, p.role, p.organisation].filter((t) => t !== undefined).map((t) => localize(t, language)).join(', '))
    .join('; ');
  // The link as text: a GPX or KML viewer shows a description as it is, and the
  // writers keep only URLs `isSafeUrl` accepts.
  const link = m.url !== undefined && isSafeUrl(m.url) ? `: ${m.url}` : '';
  return `• ${localize(m.title, language)}${m.date ? ` (${m.date})` : ''}${people ? ` with ${people}` : ''}${link}`;
}

/**
 * The plain-text description the GPX and KML exports give a stop: its dates, its
 * meetings one per line with their links, and its note. Text only: the writers escape it.
 */
export function describeStop(stop: Stop, language: string): string {
  const lines: string[] = [];
  const dates = [stop.arrive && `Arrive ${stop.arrive}`, stop.depart && `Depart ${stop.depart}`].filter(Boolean).join(', ');
  if (dates) lines.push(stop.dateCertainty === 'inferred' ? `${dates} (inferred)` : dates);
  for (const m of stop.meetings) lines.push(meetingLine(m, language));
  if (stop.note) lines.push(stop.note);
  return lines.join('\n');
}
