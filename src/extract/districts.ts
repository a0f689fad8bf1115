import { distanceKm } from './distance';
import type { Visit } from './draft';

// Between stage 2 (visits) and stage 3 (order): a district of a city the story visits is that city.

/** How near a world-list place must be to a far larger visited city to be one of its districts, in km. */
const DISTRICT_KM = 6;

/**
 * "address Parliament in Westminster" during a stay in London: a place of the world list that lies
 * within {@link DISTRICT_KM} of a city visited in the same text, and has under a third of its
 * inhabitants, is a district of that city, and its visits become visits to the city. Places of the
 * curated list and the caller's (a port, a zone, a landmark kept on purpose) are left as they are.
 * Changes `visits` in place.
 * @example
 * mergeDistricts(visits); // a visit to Westminster is now one to London
 */
export function mergeDistricts(visits: Visit[]): void {
  const cities = [...new Set(visits.map((v) => v.entry))];
  for (const v of visits) {
    const e = v.entry;
    // "She will also visit Changi Airport" during a stay in Singapore: an airport of a city visited is that city.
    const served = e.kind === 'airport' && cities.find((c) => c !== e && c.name === e.within && c.country === e.country);
    if (served) v.entry = served;
    if (e.origin !== 'world') continue;
    const city = cities.find(
      (c) => c !== e && c.country === e.country && c.population >= 3 * e.population && distanceKm(c.coordinates, e.coordinates) <= DISTRICT_KM,
    );
    if (city) v.entry = city;
  }
}
