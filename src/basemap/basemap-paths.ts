/**
 * The basemap's shapes as flat arrays of projected points, and how they are
 * traced on a 2D context. Pure: no DOM, no Leaflet (the projection is passed in).
 *
 * Why: drawing the basemap through Leaflet's vector layers projects, clips and
 * simplifies every vertex into new `Point` objects on each zoom step, and the
 * garbage alone blocked a zoom step on the 5,000-stop example for 0.1–0.4 s
 * (issue 18). Here each part is projected once, at zoom 0, into one
 * flat array; a draw scales, rounds and traces the rings that meet the
 * view, allocating nothing per vertex.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';

/** Rings or lines in zoom-0 pixels: ring `i` is points `starts[i]` to `starts[i + 1]` of `xy`, its box `boxes[4i..4i+3]`. */
export interface FlatPaths {
  /** x, y of every point, in the map CRS's pixels at zoom 0. */
  xy: number[];
  /** Where each ring starts, in points, then the total. */
  starts: number[];
  /** min x, min y, max x, max y of each ring. */
  boxes: number[];
}

/** The part of a 2D context that {@link tracePaths} uses. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** Projects a longitude and latitude to zoom-0 pixels, e.g. `(lon, lat) => map.project([lat, lon], 0)`. */
export type Project = (lon: number, lat: number) => { x: number; y: number };

/** Flattens rings (each a list of positions) into one {@link FlatPaths}, projecting each point once. */
export function flattenRings(rings: readonly Position[][], project: Project): FlatPaths {
  const paths: FlatPaths = { xy: [], starts: [0], boxes: [] };
  for (const ring of rings) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of ring) {
      const { x, y } = project(lon!, lat!);
      paths.xy.push(x, y);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    paths.boxes.push(x0, y0, x1, y1);
    paths.starts.push(paths.xy.length / 2);
  }
  return paths;
}

/** The rings of each polygon feature of `land` (one entry per feature, as Leaflet fills each feature as one path). */
export function landRings(land: FeatureCollection | Feature): Position[][][] {
  return (land.type === 'FeatureCollection' ? land.features : [land]).map(({ geometry: g }) =>
    g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : [],
  );
}

/**
 * Traces the rings of `paths` that meet `box` (output pixels), each point at
 * `round(p * scale) - origin` (whole pixels, as Leaflet rounds layer points), leaving out a
 * point within one pixel of the last one traced (Leaflet's radial simplification) except a
 * ring's last. `dx` shifts the whole set (a world copy), in zoom-0 pixels; `closed` closes
 * each ring (polygons).
 */
export function tracePaths(
  sink: PathSink,
  { xy, starts, boxes }: FlatPaths,
  scale: number,
  origin: { x: number; y: number },
  box: readonly number[],
  dx: number,
  closed: boolean,
): void {
  for (let r = 0, b = 0; r + 1 < starts.length; r++, b += 4) {
    // A 2 px margin: strokes reach past a ring's points.
    if ((boxes[b]! + dx) * scale - origin.x > box[2]! + 2 || (boxes[b + 2]! + dx) * scale - origin.x < box[0]! - 2) continue;
    if (boxes[b + 1]! * scale - origin.y > box[3]! + 2 || boxes[b + 3]! * scale - origin.y < box[1]! - 2) continue;
    const [first, end] = [starts[r]!, starts[r + 1]!];
    let px = 0;
    let py = 0;
    for (let i = first; i < end; i++) {
      const x = Math.round((xy[2 * i]! + dx) * scale) - origin.x;
      const y = Math.round(xy[2 * i + 1]! * scale) - origin.y;
      if (i === first) sink.moveTo(x, y);
      else if ((x - px) ** 2 + (y - py) ** 2 > 1 || i === end - 1) sink.lineTo(x, y);
      else continue;
      px = x;
      py = y;
    }
    if (closed) sink.closePath();
  }
}
