/**
 * Throws a `RangeError` naming `where` (`where[index]` when an index is given: the label is
 * then written only on failure, which matters in a loop over every vertex) unless `value` is a `[longitude, latitude]` pair of
 * finite numbers with the latitude in [-90, 90] and, when `wrapped`, the longitude in
 * [-180, 180]. These are programmer errors: itinerary data is checked (with located issues)
 * by `parseItinerary` long before it reaches the geometry.
 */
export function assertLngLat(value: unknown, where: string, wrapped: boolean, index?: number): void {
  const at = () => (index === undefined ? where : `${where}[${index}]`);
  if (!Array.isArray(value) || value.length < 2) {
    throw new RangeError(`${at()} must be a [longitude, latitude] pair, got ${describe(value)}`);
  }
  const lon: unknown = value[0];
  const lat: unknown = value[1];
  if (typeof lon !== 'number' || !Number.isFinite(lon)) {
    throw new RangeError(`${at()}[0] must be a finite longitude, got ${describe(lon)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat)) {
    throw new RangeError(`${at()}[1] must be a finite latitude, got ${describe(lat)}`);
  }
  if (lat < -90 || lat > 90) throw new RangeError(`${at()}[1]: latitude ${lat} is outside [-90, 90]`);
  if (wrapped && (lon < -180 || lon > 180)) throw new RangeError(`${at()}[0]: longitude ${lon} is outside [-180, 180]`);
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}
