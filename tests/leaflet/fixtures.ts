import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseItinerary } from '../../src/itinerary/parse';
import type { Itinerary } from '../../src/itinerary/types';

export const repoRoot = path.resolve(__dirname, '../..');

type RawSeed = { stops: { meetings?: { id: string; url?: string }[] }[] };

function rawSeed(): RawSeed {
  return JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as RawSeed;
}

/**
 * The seed visit (7 stops: Hong Kong, Hangzhou, Shanghai, Yangshan, Lingang, Shanghai, Hong Kong)
 * as the gallery shows it: each meeting linked to its page, `meetings/<id>.html`, which the
 * gallery's own copy of the data adds (scripts/meeting-pages.mjs, `withMeetingPages`).
 */
export function seed(): Itinerary {
  const raw = rawSeed();
  for (const stop of raw.stops) for (const meeting of stop.meetings ?? []) meeting.url ??= `meetings/${meeting.id}.html`;
  return parseItinerary(raw);
}

/** The seed as the package ships it: its meeting pages stay in the gallery, so no meeting has a `url`. */
export function seedWithoutUrls(): Itinerary {
  return parseItinerary(rawSeed());
}

/** A small itinerary whose every text and link field is `text` / `url`. */
export function hostile(text: string, url: string): unknown {
  const meeting = {
    id: 'm1',
    title: { en: text, 'zh-Hans': text },
    date: '2023-12-10',
    with: [{ name: text, role: text, organisation: text }],
    summary: text,
    url,
    topics: [text],
  };
  return {
    id: 'hostile',
    title: text,
    stops: [
      { id: 'a', name: { en: text, fr: text }, coordinates: [114.1694, 22.3193], precision: 'city', meetings: [meeting], note: text },
      { id: 'b', name: text, coordinates: [121.4737, 31.2304], precision: 'venue', meetings: [{ ...meeting, id: 'm2' }] },
    ],
  };
}
