import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseItinerary } from '../../src/itinerary/parse';
import type { Itinerary } from '../../src/itinerary/types';

export const repoRoot = path.resolve(__dirname, '../..');

/** The seed visit (7 stops: Hong Kong, Hangzhou, Shanghai, Yangshan, Lingang, Shanghai, Hong Kong). */
export function seed(): Itinerary {
  return parseItinerary(JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')));
}

/** The seed as the package ships it once its meeting pages stay in the gallery: no meeting has a `url`. */
export function seedWithoutUrls(): Itinerary {
  const raw = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as { stops: { meetings?: { url?: string }[] }[] };
  for (const stop of raw.stops) for (const meeting of stop.meetings ?? []) delete meeting.url;
  return parseItinerary(raw);
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
