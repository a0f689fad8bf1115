import { distanceKm } from './distance';
import type { Info, Visit } from './draft';
import type { Gazetteer } from './gazetteer';
import { ARRIVAL, re } from './verbs';

// "landed at", "arrived at", "touched down at", "flew into": the words right before an airport the traveller arrives at.
const ARRIVES_AT_AIRPORT = re('i')`\b(?:${ARRIVAL}|fl(?:y|ew|ies|own)\s+into)\s+(?:at\s+|in\s+)?(?:the\s+)?$`;

// Between stage 2 (visits) and stage 3 (order): a district of a city the story visits is that city.

/** How near a world-list place must be to a far larger visited city to be one of its districts, in km. */
const DISTRICT_KM = 6;

/**
 * "address Parliament in Westminster" during a stay in London: a place of the world list that lies
 * within {@link DISTRICT_KM} of a city visited in the same text, and has under a third of its
 * inhabitants, is a district of that city, and its visits become visits to the city. Places of the
 * curated list and the caller's (a port, a zone, a landmark kept on purpose) are left as they are.
 * A place the text calls a city, town or village of its own (`infos`: the text's sentences) stays a place. Changes `visits` in place.
 * @example
 * mergeDistricts(visits); // a visit to Westminster is now one to London
 */
export function mergeDistricts(visits: Visit[], infos: readonly Info[] = [], gazetteer?: Gazetteer): void {
  const cities = [...new Set(visits.map((v) => v.entry))];
  // "travel to Chelsea, a city just across the Mystic River": a place the text calls a city or town of its own is no district.
  const own = (v: Visit) => {
    const info = infos[v.info];
    const m = info?.mentions.find((x) => x.start === v.at);
    return !!m && /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:city|town|village)\b/iu.test(info!.s.text.slice(m.end));
  };
  const landedAt = (v: Visit) => {
    const info = infos[v.info];
    return !!info && ARRIVES_AT_AIRPORT.test(info.s.text.slice(0, v.at));
  };
  for (const v of visits) {
    const e = v.entry;
    // "She will also visit Changi Airport" during a stay in Singapore: an airport of a city visited is that city.
    // "landed at Beijing Capital International Airport": an airport arrived at, not toured, is the city it serves.
    const served =
      e.kind === 'airport' &&
      (cities.find((c) => c !== e && c.name === e.within && c.country === e.country) ??
        (landedAt(v) ? gazetteer?.lookup(e.within ?? '').find((c) => c.country === e.country && c.kind !== 'region' && c.kind !== 'airport') : undefined));
    if (served) v.entry = served;
    if (e.origin !== 'world' || own(v)) continue;
    const city = cities.find(
      (c) => c !== e && c.country === e.country && c.population >= 3 * e.population && distanceKm(c.coordinates, e.coordinates) <= DISTRICT_KM,
    );
    if (city) v.entry = city;
  }
}
