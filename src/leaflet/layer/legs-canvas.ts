import * as L from 'leaflet';
import { redrawArea, setPixelBounds } from '../leaflet-privates';
import { CanvasPath } from './canvas-path';
import { ProjectedPoints } from './layer-pixels';
import type { LngLat, TravelMode } from '../../itinerary/types';
import type { LegStyles } from './legs';

/** One travel mode's lines. */
interface ModeLines {
  /** The points as flat lat,lng pairs, a NaN pair after each line. */
  latlng: Float64Array;
  /** The same, in the CRS's plane (made at the first zoom). */
  plane?: ProjectedPoints;
  /** The same, in layer pixels at the current zoom. */
  pixels?: Float64Array;
  /** Room for the pixels thinned to one vertex per pixel. */
  thinned: Float64Array;
  /** The leg each line draws, in order. */
  legs: number[];
}

/** How far from a leg's line (px) a click finds it: half the 16 px wide line that takes a leg's clicks in the normal mode. */
const REACH = 8;

/**
 * Every leg of a large itinerary as ONE canvas path per travel mode, stroked as a 1 px
 * line: the software rasteriser strokes a hairline some 20–30 times faster than a 2 px
 * line, which it has to turn into a polygon first (see bench/RESULTS.md, "Large mode").
 * Vertices are projected into the CRS's plane once, placed in pixels once per zoom and
 * thinned there to one per pixel (the per-zoom simplification), so a pan only redraws,
 * and no Leaflet layer exists per leg. Uses the same renderer hooks as {@link StopsCanvas}.
 */
export class LegsCanvas extends CanvasPath {
  private readonly modes = new Map<TravelMode, ModeLines>();
  private readonly styles: LegStyles;
  /** Per mode, at the current zoom: flat x,y pairs in layer pixels, thinned, NaN separating lines. */
  private projected = new Map<TravelMode, Float64Array>();

  /** Called with the leg clicked and where; `undefined`: the legs take no clicks. */
  private readonly onClick: ((leg: number, at: L.LatLng) => void) | undefined;

  /**
   * `lines`: each leg's index, mode and `[lon, lat]` points. With `onClick`, a click on the map
   * within 8 px of a leg drawn calls it with the nearest such leg: the path stays out of the
   * renderer's hit tests (a mouse move tests every interactive path), and the legs are
   * looked for on a click only, against the pixels drawn.
   */
  constructor(lines: { leg: number; mode: TravelMode; points: readonly LngLat[] }[], styles: LegStyles, renderer: L.Renderer, onClick?: (leg: number, at: L.LatLng) => void) {
    super();
    L.setOptions(this, { renderer, interactive: false });
    const flat = new Map<TravelMode, { latlng: number[]; legs: number[] }>();
    for (const { leg, mode, points } of lines) {
      let out = flat.get(mode);
      if (!out) flat.set(mode, (out = { latlng: [], legs: [] }));
      for (const p of points) out.latlng.push(p[1], p[0]);
      out.latlng.push(NaN, NaN);
      out.legs.push(leg);
    }
    for (const [mode, { latlng, legs }] of flat) this.modes.set(mode, { latlng: Float64Array.from(latlng), thinned: new Float64Array(0), legs });
    this.styles = styles;
    this.onClick = onClick;
  }

  /** The map's events the path follows while on it (Leaflet adds and removes them): a click, when the legs take clicks. */
  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return this.onClick ? { click: this.onMapClick as L.LeafletEventHandlerFn } : {};
  }

  /** A click on the map that no stop took: the leg drawn nearest it, if one is within reach. */
  private onMapClick(e: L.LeafletMouseEvent): void {
    const leg = this.legAt(e.layerPoint);
    if (leg >= 0) this.onClick!(leg, e.latlng);
  }

  /** The leg drawn nearest layer point `p`, within 8 px, from the pixels last drawn; `-1` for none. */
  legAt(p: L.Point): number {
    let best = -1;
    let least = REACH;
    for (const [mode, xy] of this.projected) {
      const legs = this.modes.get(mode)!.legs;
      let line = 0;
      for (let i = 2; i < xy.length; i += 2) {
        // A NaN pair ends each line: the segment into it closes a line, the one out of it joins none.
        if (Number.isNaN(xy[i]!)) line++;
        else if (!Number.isNaN(xy[i - 2]!)) {
          const d = L.LineUtil.pointToSegmentDistance(p, L.point(xy[i - 2]!, xy[i - 1]!), L.point(xy[i]!, xy[i + 1]!));
          if (d <= least) [best, least] = [legs[line]!, d];
        }
      }
    }
    return best;
  }

  _project(): void {
    const map = this.map;
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [mode, lines] of this.modes) {
      if (!lines.plane?.projectedWith(crs)) lines.plane = new ProjectedPoints(crs, lines.latlng);
      const px = (lines.pixels = lines.plane.toLayerPixels(map, lines.pixels));
      // Thin to about one vertex per pixel at this zoom; always keep a line's ends.
      const out = (lines.thinned = lines.thinned.length === px.length ? lines.thinned : new Float64Array(px.length));
      let n = 0;
      let lastX = NaN;
      let lastY = NaN;
      for (let i = 0; i < px.length; i += 2) {
        const x = px[i]!;
        const y = px[i + 1]!;
        const first = i === 0 || Number.isNaN(px[i - 2]!);
        const last = Number.isNaN(x) || i + 2 >= px.length || Number.isNaN(px[i + 2]!);
        if (!first && !last && Math.abs(x - lastX) < 1 && Math.abs(y - lastY) < 1) continue;
        out[n++] = x;
        out[n++] = y;
        lastX = x;
        lastY = y;
        if (Number.isNaN(x)) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      this.projected.set(mode, out.subarray(0, n));
    }
    setPixelBounds(this, Number.isFinite(minX) ? L.bounds([minX, minY], [maxX, maxY]) : L.bounds([0, 0], [0, 0]));
  }

  _updatePath(): void {
    const ctx = this.drawingContext();
    if (!ctx) return;
    // Only segments that reach into the canvas, or into the strips a pan uncovered (see
    // PanCanvas), are stroked: the rasteriser strokes a whole path even where it is clipped.
    const area = redrawArea(this);
    const [x0, y0, x1, y1] = area ? [area.min!.x - 2, area.min!.y - 2, area.max!.x + 2, area.max!.y + 2] : [-Infinity, -Infinity, Infinity, Infinity];
    for (const [mode, xy] of this.projected) {
      const style = this.styles[mode];
      ctx.beginPath();
      let pen = false;
      for (let i = 2; i < xy.length; i += 2) {
        const [ax, ay, bx, by] = [xy[i - 2]!, xy[i - 1]!, xy[i]!, xy[i + 1]!];
        // NaN ends a line; every comparison with NaN is false, so test for it first.
        if (Number.isNaN(ax) || Number.isNaN(bx) || (ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) {
          pen = false;
          continue;
        }
        if (!pen) ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        pen = true;
      }
      ctx.globalAlpha = style.opacity;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
  }

  _containsPoint(): boolean {
    return false;
  }

  _empty(): boolean {
    return this.modes.size === 0;
  }
}
