import { isSafeUrl, localize } from '../itinerary/index';
import type { Meeting, Stop } from '../itinerary/types';
import type { ExportStrings } from './strings';

function meetingLine(m: Meeting, language: string, words: ExportStrings): string {
  const people = m.with
    .map((p) => [p.name, p.role, p.organisation].filter((t) => t !== undefined).map((t) => localize(t, language)).join(', '))
    .join('; ');
  // The link as text: a GPX or KML viewer shows a description as it is, and the
  // writers keep only URLs `isSafeUrl` accepts.
  const link = m.url !== undefined && isSafeUrl(m.url) ? `: ${m.url}` : '';
  return `• ${localize(m.title, language)}${m.date ? ` (${m.date})` : ''}${people ? ` ${words.with} ${people}` : ''}${link}`;
}

/**
 * The plain-text description the GPX and KML exports give a stop: its dates, its
 * meetings one per line with their links, and its note, in `words`. Text only: the writers escape it.
 */
export function describeStop(stop: Stop, language: string, words: ExportStrings): string {
  const lines: string[] = [];
  const at = (template: string, date: string | undefined) => date && template.replace('{date}', () => date);
  const dates = [at(words.arrive, stop.arrive), at(words.depart, stop.depart)].filter(Boolean).join(', ');
  if (dates) lines.push(stop.dateCertainty === 'inferred' ? `${dates} (${words.inferred})` : dates);
  for (const m of stop.meetings) lines.push(meetingLine(m, language, words));
  if (stop.note) lines.push(stop.note);
  return lines.join('\n');
}
