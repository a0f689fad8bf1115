import * as L from 'leaflet';
import { redrawArea, setPixelBounds } from '../leaflet-privates';
import { CanvasPath } from './canvas-path';
import type { Stop } from '../../itinerary/types';

/** Colours of the canvas stops (canvas cannot read CSS, so they are options). */
export interface StopsCanvasStyle {
  fill: string;
  firstFill: string;
  stroke: string;
}

/**
 * Every stop of a large itinerary as ONE path on a shared canvas renderer: no layer
 * object and no DOM per stop, one fill per precision per frame, and hit-testing on
 * the projected points so a click still finds its stop. Builds on Leaflet 1.9's
 * renderer hooks (`_project`, `_update`, `_updatePath`, `_containsPoint`), as its own
 * `L.CircleMarker` does. A stop shown in several world copies (see `placeRoute`) is
 * drawn in each, and a click on any of them finds it.
 */
export class StopsCanvas extends CanvasPath {
  /** The points drawn: each stop in each of its copies. */
  private readonly latlngs: L.LatLng[];
  /** The stop each point draws. */
  private readonly stopOf: number[];
  private readonly precision: Uint8Array; // of each point: 0 venue, 1 district, 2 city
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private readonly colours: StopsCanvasStyle;
  /** Index of the stop under the pointer at the last hit test. */
  hit = -1;
  /** Where that stop is drawn there (its world copy). */
  hitAt: L.LatLng | null = null;

  /** `copies[i]`: the world copies (degrees of longitude) stop `i` is drawn in; default `[0]`. */
  constructor(stops: readonly Stop[], renderer: L.Renderer, colours: StopsCanvasStyle, copies?: readonly (readonly number[])[]) {
    super();
    // L.Path has no initialize() to take options, so set them as Leaflet's own subclasses do.
    L.setOptions(this, { renderer, interactive: true, bubblingMouseEvents: false });
    this.latlngs = [];
    this.stopOf = [];
    stops.forEach((s, i) => {
      for (const c of copies?.[i] ?? [0]) {
        this.latlngs.push(L.latLng(s.coordinates[1], s.coordinates[0] + c));
        this.stopOf.push(i);
      }
    });
    this.precision = Uint8Array.from(this.stopOf, (i) => (stops[i]!.precision === 'venue' ? 0 : stops[i]!.precision === 'district' ? 1 : 2));
    this.colours = colours;
  }

  // --- Leaflet renderer hooks -------------------------------------------------
  _project(): void {
    const map = this.map;
    const n = this.latlngs.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const p = map.latLngToLayerPoint(this.latlngs[i]!);
      this.xs[i] = p.x;
      this.ys[i] = p.y;
      if (p.x < minX) minX = p.x;
      if (p.x > maxX) maxX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.y > maxY) maxY = p.y;
    }
    setPixelBounds(this, n ? L.bounds([minX - 8, minY - 8], [maxX + 8, maxY + 8]) : L.bounds([0, 0], [0, 0]));
  }

  _updatePath(): void {
    const ctx = this.drawingContext();
    if (!ctx) return;
    const { xs, ys, precision, colours } = this;
    // Only what lies in the canvas, or in the strips a pan uncovered (see PanCanvas), is drawn.
    const area = redrawArea(this);
    const [x0, y0, x1, y1] = area ? [area.min!.x - 8, area.min!.y - 8, area.max!.x + 8, area.max!.y + 8] : [-Infinity, -Infinity, Infinity, Infinity];
    // One path per precision, filled twice (white rim, then colour): per-stop fill and
    // stroke calls, or stamping sprites, cost ten times more on a software canvas.
    // A city is a bigger, softer dot than an exact venue.
    const kinds = [[2, 5, 0.55, 1], [1, 4, 0.8, 1], [0, 3.5, 1, 1.5]] as const;
    for (const [kind, radius, alpha, rim] of kinds) {
      for (const [r, fill, a] of [[radius + rim, colours.stroke, 1], [radius, colours.fill, alpha]] as const) {
        ctx.beginPath();
        for (let i = 0; i < xs.length; i++) {
          if (precision[i] !== kind || this.stopOf[i] === 0 || xs[i]! < x0 || xs[i]! > x1 || ys[i]! < y0 || ys[i]! > y1) continue;
          ctx.moveTo(xs[i]! + r, ys[i]!);
          ctx.arc(xs[i]!, ys[i]!, r, 0, Math.PI * 2);
        }
        ctx.globalAlpha = a;
        ctx.fillStyle = fill;
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    // The first stop, in each of its copies (they come first), stands out.
    ctx.beginPath();
    for (let i = 0; i < xs.length && this.stopOf[i] === 0; i++) {
      ctx.moveTo(xs[i]! + 6, ys[i]!);
      ctx.arc(xs[i]!, ys[i]!, 6, 0, Math.PI * 2);
    }
    ctx.fillStyle = colours.firstFill;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = colours.stroke;
    ctx.stroke();
  }

  _containsPoint(p: L.Point): boolean {
    let best = -1;
    let bestD = 8 * 8; // within 8 px
    const { xs, ys } = this;
    for (let i = 0; i < xs.length; i++) {
      const d = (xs[i]! - p.x) ** 2 + (ys[i]! - p.y) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    this.hit = best >= 0 ? this.stopOf[best]! : -1;
    this.hitAt = best >= 0 ? this.latlngs[best]! : null;
    return best >= 0;
  }

  _empty(): boolean {
    return this.latlngs.length === 0;
  }
}
