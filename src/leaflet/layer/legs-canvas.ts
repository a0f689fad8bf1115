import * as L from 'leaflet';
import { redrawArea, setPixelBounds } from '../leaflet-privates';
import { CanvasPath } from './canvas-path';
import type { TravelMode } from '../../itinerary/types';
import type { LegStyles } from './legs';

/**
 * Every leg of a large itinerary as ONE canvas path per travel mode. Vertices are
 * projected once per zoom and thinned there to one per pixel (the per-zoom
 * simplification), so a pan only redraws, and no Leaflet layer exists per leg.
 * Uses the same renderer hooks as {@link StopsCanvas}.
 */
export class LegsCanvas extends CanvasPath {
  private readonly lines: { mode: TravelMode; points: L.LatLng[] }[];
  private readonly styles: LegStyles;
  /** Per mode: flat x,y pairs, NaN separating lines. */
  private projected = new Map<TravelMode, Float64Array>();

  constructor(lines: { mode: TravelMode; points: L.LatLng[] }[], styles: LegStyles, renderer: L.Renderer) {
    super();
    L.setOptions(this, { renderer, interactive: false });
    this.lines = lines;
    this.styles = styles;
  }

  _project(): void {
    const map = this.map;
    const byMode = new Map<TravelMode, number[]>();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const { mode, points } of this.lines) {
      let out = byMode.get(mode);
      if (!out) byMode.set(mode, (out = []));
      let lastX = NaN;
      let lastY = NaN;
      points.forEach((latlng, i) => {
        const p = map.latLngToLayerPoint(latlng);
        // Thin to about one vertex per pixel at this zoom; always keep the ends.
        if (i > 0 && i < points.length - 1 && Math.abs(p.x - lastX) < 1 && Math.abs(p.y - lastY) < 1) return;
        out.push(p.x, p.y);
        lastX = p.x;
        lastY = p.y;
        if (p.x < minX) minX = p.x;
        if (p.x > maxX) maxX = p.x;
        if (p.y < minY) minY = p.y;
        if (p.y > maxY) maxY = p.y;
      });
      out.push(NaN, NaN);
    }
    this.projected = new Map([...byMode].map(([mode, xy]) => [mode, Float64Array.from(xy)]));
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
      ctx.lineWidth = Math.min(style.weight, 2);
      ctx.lineJoin = 'round';
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
  }

  _containsPoint(): boolean {
    return false;
  }

  _empty(): boolean {
    return this.lines.length === 0;
  }
}
