/**
 * A map keyed by a point's exact longitude and latitude, held as numbers: writing both into
 * a string key per point was most of grouping or unwrapping a 5,000-stop trip. Keys compare
 * as `Map` compares numbers (so `0` and `-0` are one point, as their strings were).
 */
export class PointMap<V> {
  private readonly byLon = new Map<number, Map<number, V>>();

  /** The value at (`lon`, `lat`), if any. */
  get(lon: number, lat: number): V | undefined {
    return this.byLon.get(lon)?.get(lat);
  }

  /** Sets the value at (`lon`, `lat`). */
  set(lon: number, lat: number, value: V): void {
    let byLat = this.byLon.get(lon);
    if (!byLat) this.byLon.set(lon, (byLat = new Map()));
    byLat.set(lat, value);
  }
}
