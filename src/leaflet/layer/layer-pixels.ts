import * as L from 'leaflet';
import { transformationOf } from '../leaflet-privates';

/**
 * Points projected once into the map CRS's plane, then placed at each zoom with one
 * multiply-add per coordinate: what large mode draws from. Leaflet's
 * `map.latLngToLayerPoint` projects every point again at every zoom and allocates four
 * objects doing it (a profile of a 5,000-stop layer's zoom step put a sixth of the main
 * thread's time there). The pixels are `latLngToLayerPoint`'s (rounded as it rounds),
 * except that a coordinate a rounding error away from a half pixel may round the other way.
 */
export class ProjectedPoints {
  /** Flat x,y pairs in the CRS's projected units; NaN pairs are kept (they separate lines). */
  private readonly xy: Float64Array;
  private readonly crs: L.CRS;

  /** `points`: flat lat,lng pairs (NaN pairs pass through as NaN). */
  constructor(crs: L.CRS, points: ArrayLike<number>) {
    this.crs = crs;
    this.xy = new Float64Array(points.length);
    const at = L.latLng(0, 0); // one LatLng, moved from point to point: the projection only reads it
    for (let i = 0; i + 1 < points.length; i += 2) {
      // A NaN pair projects to NaN in Leaflet's projections (their arithmetic keeps it).
      at.lat = points[i]!;
      at.lng = points[i + 1]!;
      const p = crs.project(at);
      this.xy[i] = p.x;
      this.xy[i + 1] = p.y;
    }
  }

  /** Whether these were projected with `crs` (a map's CRS does not change, but a layer may move to another map). */
  projectedWith(crs: L.CRS): boolean {
    return crs === this.crs;
  }

  /**
   * Each point's layer pixel on `map` at its current zoom and pixel origin, written as
   * flat x,y pairs into `out` (made when absent or of another length), and returned.
   */
  toLayerPixels(map: L.Map, out?: Float64Array): Float64Array {
    const px = out && out.length === this.xy.length ? out : new Float64Array(this.xy.length);
    const { a, b, c, d } = transformationOf(this.crs);
    const s = this.crs.scale(map.getZoom());
    const origin = map.getPixelOrigin();
    const xy = this.xy;
    for (let i = 0; i < xy.length; i += 2) {
      // Leaflet's own arithmetic (Transformation.transform, then Point.round); NaN stays NaN.
      px[i] = Math.round(s * (a * xy[i]! + b)) - origin.x;
      px[i + 1] = Math.round(s * (c * xy[i + 1]! + d)) - origin.y;
    }
    return px;
  }
}
