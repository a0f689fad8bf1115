import * as L from 'leaflet';
import { canvasOf, redrawArea, setPixelBounds } from '../leaflet-privates';
import { CanvasPath } from './canvas-path';
import { ProjectedPoints } from './layer-pixels';
import { PanCanvas } from './pan-canvas';
import { shownLatLng } from './placement';
import type { Stop } from '../../itinerary/types';

/** Colours of the canvas stops (what is drawn on a canvas cannot be styled by CSS, so they are options). */
export interface StopsCanvasStyle {
  /** The dots' fill, unless the canvas element has a `--vm-accent` (the layer's `className` can set it, as for the badges). */
  fill: string;
  firstFill: string;
  stroke: string;
}

/** How each precision's dot looks: radius, fill opacity and white rim (CSS px). A city is a bigger, softer dot than an exact venue. */
const DOTS = [
  { radius: 5, alpha: 0.55, rim: 1 }, // city
  { radius: 4, alpha: 0.8, rim: 1 }, // district
  { radius: 3.5, alpha: 1, rim: 1.5 }, // venue
] as const;
/** The first stop's dot: radius, and the width of its white outline. */
const FIRST = { radius: 6, outline: 1.5 };
/** Half a sprite's side, CSS px: every dot fits, and a whole number keeps stamps on the pixel grid. */
const HALF = 8;
/**
 * The most stamps the first draw after the path is added makes: the rest are left to the
 * next frame (on a {@link PanCanvas}). With the legs, 5,000 stamps on a canvas drawn for
 * the first time had been one task of some 100 ms on load; 2,000 splits that about evenly.
 */
const FIRST_FRAME = 2000;

/**
 * Every stop of a large itinerary as ONE Leaflet path on a shared canvas renderer: no
 * layer object and no DOM per stop, and hit-testing on the projected points so a click
 * still finds its stop. Each stop is stamped from a sprite (one small bitmap per kind of dot,
 * drawn with `drawImage`): a path of 5,000 arcs costs the software rasteriser several
 * times more to fill (see bench/RESULTS.md, "Large mode"). Builds on Leaflet 1.9's
 * renderer hooks (`_project`, `_update`, `_updatePath`, `_containsPoint`), as its own
 * `L.CircleMarker` does. A stop shown in several world copies (see `placeRoute`) is
 * drawn in each, and a click on any of them finds it.
 */
export class StopsCanvas extends CanvasPath {
  /** The points drawn: each stop in each of its copies. */
  private readonly latlngs: L.LatLng[];
  /** The stop each point draws. */
  private readonly stopOf: number[];
  private readonly precision: Uint8Array; // of each point: 0 city, 1 district, 2 venue (DOTS' order)
  private plane: ProjectedPoints | undefined;
  /** Each point's layer pixel at the current zoom, flat x,y pairs, then its x and its y. */
  private px: Float64Array = new Float64Array(0);
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private readonly colours: StopsCanvasStyle;
  /** One sprite per entry of DOTS, then the first stop's, side by side. */
  private sprites: HTMLCanvasElement | undefined;
  /** Whether the path has not been drawn yet (its first draw may be split). */
  private fresh = true;
  /** Index of the stop under the pointer at the last hit test. */
  hit = -1;
  /** Where that stop is drawn there (its world copy). */
  hitAt?: L.LatLng | null;

  /** `copies[i]`: the world copies (degrees of longitude) stop `i` is drawn in; default `[0]`. */
  constructor(stops: readonly Stop[], renderer: L.Renderer, colours: StopsCanvasStyle, copies?: readonly (readonly number[])[]) {
    super();
    // L.Path has no initialize() to take options, so set them as Leaflet's own subclasses do.
    L.setOptions(this, { renderer, interactive: true, bubblingMouseEvents: false });
    this.latlngs = [];
    this.stopOf = [];
    stops.forEach((s, i) => {
      for (const c of copies?.[i] ?? [0]) {
        this.latlngs.push(shownLatLng(s.coordinates, c));
        this.stopOf.push(i);
      }
    });
    this.precision = Uint8Array.from(this.stopOf, (i) => (stops[i]!.precision === 'city' ? 0 : stops[i]!.precision === 'district' ? 1 : 2));
    this.colours = colours;
  }

  // --- Leaflet renderer hooks -------------------------------------------------
  _project(): void {
    const map = this.map;
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    if (!this.plane?.projectedWith(crs)) this.plane = new ProjectedPoints(crs, this.latlngs.flatMap((p) => [p.lat, p.lng]));
    const px = (this.px = this.plane.toLayerPixels(map, this.px));
    const n = this.latlngs.length;
    if (this.xs.length !== n) [this.xs, this.ys] = [new Float64Array(n), new Float64Array(n)];
    const { xs, ys } = this;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = (xs[i] = px[2 * i]!);
      const y = (ys[i] = px[2 * i + 1]!);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    setPixelBounds(this, n ? L.bounds([minX - HALF, minY - HALF], [maxX + HALF, maxY + HALF]) : L.bounds([0, 0], [0, 0]));
  }

  _updatePath(): void {
    const ctx = this.drawingContext();
    if (!ctx) return;
    const { xs, ys, precision, stopOf } = this;
    // Only what lies in the canvas, or in the strips a pan uncovered (see PanCanvas), is drawn.
    const area = redrawArea(this);
    const [x0, y0, x1, y1] = area ? [area.min!.x - HALF, area.min!.y - HALF, area.max!.x + HALF, area.max!.y + HALF] : [-Infinity, -Infinity, Infinity, Infinity];
    const scale = ctx.getTransform().a; // device pixels per CSS pixel (2 on a retina screen)
    const sprites = this.drawSprites(scale);
    const side = 2 * HALF * scale;
    const stamp = (i: number) => ctx.drawImage(sprites, (stopOf[i] === 0 ? DOTS.length : precision[i]!) * side, 0, side, side, xs[i]! - HALF, ys[i]! - HALF, 2 * HALF, 2 * HALF);
    const renderer = this.options.renderer;
    let budget = this.fresh && renderer instanceof PanCanvas ? FIRST_FRAME : Infinity;
    this.fresh = false;
    const rest: number[] = [];
    // Precision by precision, so that exact venues lie over cities; the first stop, in
    // each of its copies (they come first), over everything. Zoomed out, many stops fall
    // on the same pixel: a dot already stamped there by the previous stop of its kind is
    // not stamped again (points are whole pixels; a stop's copies are a world apart).
    for (const kind of [0, 1, 2, DOTS.length]) {
      let lastX = NaN;
      let lastY = NaN;
      for (let i = 0; i < stopOf.length; i++) {
        if ((kind === DOTS.length ? stopOf[i] !== 0 : stopOf[i] === 0 || precision[i] !== kind)) continue;
        const x = xs[i]!;
        const y = ys[i]!;
        if (x < x0 || x > x1 || y < y0 || y > y1 || (x === lastX && y === lastY)) continue;
        if (budget-- > 0) stamp(i);
        else rest.push(i);
        lastX = x;
        lastY = y;
      }
    }
    if (!rest.length) return;
    // The rest goes on top, as it would in one go, from the points as they are now: a
    // zoom, which projects them again, first has the renderer draw it (see PanCanvas).
    const pan = renderer as PanCanvas;
    pan.later = () => {
      pan.later = undefined;
      rest.forEach(stamp);
    };
    requestAnimationFrame(() => pan.later?.());
  }

  /**
   * The sprites at `scale`, drawn anew for each frame: eight arcs on a small canvas cost
   * microseconds, and the sprites then always match the renderer's pixel ratio.
   */
  private drawSprites(scale: number): HTMLCanvasElement {
    const canvas = (this.sprites ??= document.createElement('canvas'));
    const side = 2 * HALF * scale;
    if (canvas.width !== side * (DOTS.length + 1) || canvas.height !== side) {
      canvas.width = side * (DOTS.length + 1);
      canvas.height = side;
    }
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.clearRect(0, 0, 2 * HALF * (DOTS.length + 1), 2 * HALF);
    const { firstFill, stroke } = this.colours;
    // The badges' colour where the page set it (on the map, or on this layer's canvas by its className); read each draw, so it follows the page's CSS.
    const fill = getComputedStyle(canvasOf(this.options.renderer as L.Canvas)).getPropertyValue('--vm-accent').trim() || this.colours.fill;
    const disc = (cx: number, r: number, colour: string, alpha: number) => {
      ctx.beginPath();
      ctx.arc(cx, HALF, r, 0, Math.PI * 2);
      ctx.globalAlpha = alpha;
      ctx.fillStyle = colour;
      ctx.fill();
    };
    DOTS.forEach(({ radius, alpha, rim }, k) => {
      disc(k * 2 * HALF + HALF, radius + rim, stroke, 1);
      disc(k * 2 * HALF + HALF, radius, fill, alpha);
    });
    disc(DOTS.length * 2 * HALF + HALF, FIRST.radius, firstFill, 1);
    ctx.globalAlpha = 1;
    ctx.lineWidth = FIRST.outline;
    ctx.strokeStyle = stroke;
    ctx.stroke();
    return canvas;
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
