import * as L from 'leaflet';

/**
 * The one file that reads or writes Leaflet's private members. Checked against Leaflet
 * 1.9.4 (`src/map/Map.js`, `src/layer/vector/Path.js`, `Canvas.js`): a Leaflet upgrade
 * is checked here, and nowhere else needs to change. Every other file goes through these
 * helpers, with no cast into Leaflet's internals.
 */

interface MapPrivates {
  /** The control corners by position, made in `Map._initControlPos`. */
  _controlCorners?: Partial<Record<L.ControlPosition, HTMLElement>>;
  /** Set once the map has a view (`Map._resetView` fires `load`). */
  _loaded?: boolean;
  /** Set during an animated zoom, from `_animateZoom` until `_onZoomTransitionEnd`. */
  _animatingZoom?: boolean;
  /** The pan animation (`panBy`), `_inProgress` while it runs. */
  _panAnim?: { _inProgress?: boolean };
}

interface PathPrivates {
  _map?: L.Map;
  _pxBounds?: L.Bounds;
  /** `Polygon._rings`: the projected rings (layer points) its `_update` clips and draws. */
  _rings?: L.Point[][];
  _renderer?: { _drawing?: boolean; _ctx?: CanvasRenderingContext2D; _redrawBounds?: L.Bounds | null; _bounds?: L.Bounds; _zoom?: number };
  /** `Polyline._setLatLngs`: the points, without the redraw `setLatLngs` adds. */
  _setLatLngs(latlngs: L.LatLng[] | L.LatLng[][]): void;
}

/** What a canvas renderer that reuses its bitmap on a pan reads of `L.Canvas` (`Canvas.js`, `Renderer.js`). */
interface CanvasRendererPrivates {
  /** The canvas' pixel bounds in layer points, set by `Renderer._update`. */
  _bounds?: L.Bounds;
  _container: HTMLCanvasElement;
  _ctx: CanvasRenderingContext2D;
  /** The area `_redraw` clears and clips to; `null` for the whole canvas. */
  _redrawBounds: L.Bounds | null;
  /** Set between `viewprereset` and `viewreset`: the paths are about to be projected anew. */
  _postponeUpdatePaths?: boolean;
  /** Clears and redraws `_redrawBounds` (or everything), then resets it. */
  _redraw(): void;
}

const mapOf = (map: L.Map) => map as unknown as MapPrivates;
const pathOf = (path: L.Path) => path as unknown as PathPrivates;
const rendererOf = (renderer: L.Canvas) => renderer as unknown as CanvasRendererPrivates;

/**
 * The coefficients of a CRS's transformation (`x' = a·x + b`, `y' = c·y + d`), recovered
 * through its public `transform`: it is affine. `transformation` itself is how Leaflet
 * defines every CRS (and how its documentation defines a custom one), though its typings
 * leave it out.
 */
export function transformationOf(crs: L.CRS): { a: number; b: number; c: number; d: number } {
  const t = (crs as unknown as { transformation: L.Transformation }).transformation;
  const K = 2 ** 32; // far from 0, so that b is lost in a·K + b no more than a rounding
  const o = t.transform(L.point(0, 0), 1);
  const k = t.transform(L.point(K, K), 1);
  return { a: (k.x - o.x) / K, b: o.x, c: (k.y - o.y) / K, d: o.y };
}

/** The map's control corners by position (`topleft`, …). */
export function controlCorners(map: L.Map): Partial<Record<L.ControlPosition, HTMLElement>> {
  return mapOf(map)._controlCorners ?? {};
}

/** Whether the map has a view yet (a map made without `center`/`zoom` has none until one is set). */
export function isMapLoaded(map: L.Map): boolean {
  return Boolean(mapOf(map)._loaded);
}

/** Whether an animated zoom (the zoom buttons, a fly) is under way. */
export function isZoomAnimating(map: L.Map): boolean {
  return Boolean(mapOf(map)._animatingZoom);
}

/** Whether an animated pan (a popup's autoPan, `panBy`) is under way: it ends with `moveend`. */
export function isPanning(map: L.Map): boolean {
  return Boolean(mapOf(map)._panAnim?._inProgress);
}

/**
 * Sets a polyline's points, as `setLatLngs` does, except while the map zooms (a flight):
 * then its renderer is scaled by a CSS transform and projects its paths anew only when the
 * zoom ends (`Renderer._onZoomEnd`, then `_update` on `moveend` draws them), so a path
 * projected now, at the zoom in between, would be drawn at the wrong scale until then. The
 * points are kept for that redraw instead. `Renderer._zoom` is the zoom it last drew at.
 * A polyline added to a map that has no view yet has no renderer until the map loads: its
 * points are only kept, as `setLatLngs` keeps them.
 */
export function setLatLngsUnscaled(line: L.Polyline, latlngs: L.LatLng[] | L.LatLng[][]): void {
  const p = pathOf(line);
  if (p._renderer && p._renderer._zoom !== p._map!.getZoom()) p._setLatLngs(latlngs);
  else line.setLatLngs(latlngs);
}

/** The map a path is on, while it is on one. */
export function pathMap(path: L.Path): L.Map | undefined {
  return pathOf(path)._map;
}

/** Sets the pixel bounds the canvas renderer uses to decide what to redraw. */
export function setPixelBounds(path: L.Path, bounds: L.Bounds): void {
  pathOf(path)._pxBounds = bounds;
}

/**
 * Sets a polygon's projected rings (layer points), and its pixel bounds round them: what its
 * `_project` makes from its points. Its `_update` then clips, smooths and draws them.
 */
export function setRings(path: L.Polygon, rings: L.Point[][]): void {
  pathOf(path)._rings = rings;
  setPixelBounds(path, L.bounds(rings.flat()));
}

/** The `<canvas>` a canvas renderer draws on (made as the renderer is first added to a map). */
export function canvasOf(renderer: L.Canvas): HTMLCanvasElement {
  return rendererOf(renderer)._container;
}

/**
 * The pixel bounds, in layer points, that a canvas renderer's bitmap covers (set by
 * `Renderer._update`): none before its first draw, nor while its paths wait to be projected
 * anew (between `viewprereset` and `viewreset`), when its bitmap is stale.
 */
export function canvasBounds(renderer: L.Canvas): L.Bounds | undefined {
  const r = rendererOf(renderer);
  return r._postponeUpdatePaths ? undefined : r._bounds;
}

/** Clears and redraws only `area` of a canvas renderer (its `_redraw` of `_redrawBounds`), the paths there drawn again. */
export function redrawPart(renderer: L.Canvas, area: L.Bounds): void {
  const r = rendererOf(renderer);
  r._redrawBounds = area;
  r._redraw();
}

/**
 * The area the path's canvas renderer is redrawing: the strip a pan uncovered, else the
 * whole canvas (`null` before the renderer has bounds). Drawing outside it is wasted.
 */
export function redrawArea(path: L.Path): L.Bounds | null {
  const renderer = pathOf(path)._renderer;
  return renderer?._redrawBounds ?? renderer?._bounds ?? null;
}

/** The renderer's 2D context while it is drawing a frame, else `null` (nothing to draw). */
export function drawingContext(path: L.Path): CanvasRenderingContext2D | null {
  const renderer = pathOf(path)._renderer;
  return renderer?._drawing && renderer._ctx ? renderer._ctx : null;
}


/**
 * `L.Control` with `L.Evented`'s methods mixed in (Leaflet's `includes: L.Evented.prototype`),
 * private helpers included, but not its class plumbing (`initialize`, `callInitHooks`,
 * `options`), which would replace the control's own. Call it `/* @__PURE__ *\/`: a page
 * that uses no control then drops it.
 */
export function eventedControl(): new (options?: L.ControlOptions) => L.Control {
  const EventedControl = class extends L.Control {};
  const evented = L.Evented.prototype as unknown as Record<string, unknown>;
  for (const name of ['on', 'off', 'once', 'fire', 'listens', '_on', '_off', '_listens', '_propagateEvent', 'addEventParent', 'removeEventParent']) {
    Object.defineProperty(EventedControl.prototype, name, { value: evented[name], writable: true, configurable: true });
  }
  return EventedControl;
}

/** Leaflet's own `Canvas._update`: resize and clear the canvas, then redraw every path. */
export function redrawWholeCanvas(renderer: L.Canvas): void {
  (L.Canvas.prototype as unknown as { _update(): void })._update.call(renderer);
}

/** Leaflet's `Renderer._update`: only the renderer's new `_bounds`, `_center` and `_zoom`. Returns the new bounds. */
export function updateRendererBounds(renderer: L.Canvas): L.Bounds {
  (L.Renderer.prototype as unknown as { _update(): void })._update.call(renderer);
  return rendererOf(renderer)._bounds!;
}
