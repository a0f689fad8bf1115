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
}

interface PathPrivates {
  _map?: L.Map;
  _pxBounds?: L.Bounds;
  _renderer?: { _drawing?: boolean; _ctx?: CanvasRenderingContext2D };
}

const mapOf = (map: L.Map) => map as unknown as MapPrivates;
const pathOf = (path: L.Path) => path as unknown as PathPrivates;

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

/** The map a path is on, while it is on one. */
export function pathMap(path: L.Path): L.Map | undefined {
  return pathOf(path)._map;
}

/** Sets the pixel bounds the canvas renderer uses to decide what to redraw. */
export function setPixelBounds(path: L.Path, bounds: L.Bounds): void {
  pathOf(path)._pxBounds = bounds;
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
