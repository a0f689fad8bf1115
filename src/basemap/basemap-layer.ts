// The offline basemap as one Leaflet layer: its options (each documented), the world parts it
// loads for the view, and their painting on one canvas, with the labels as a layer of its own.
// Over 300 lines: a third of it is the options' and events' docs, the public contract of
// `visitmap/basemap`, kept beside the class as Leaflet keeps its own.

import * as L from 'leaflet';
import { defined } from '../leaflet/defined';
import { basemapGeometry, type BasemapGeometry } from './basemap-geometry';
import { flattenRings, landRings, tracePaths, type FlatPaths } from './basemap-paths';
import { PartLoader, readSource, reportTo, toParts, viewOf, worldCopies, type BasemapPart, type BasemapSource, type ViewWindow } from './basemap-parts';
import { LabelLayer, type LabelLayerOptions } from './label-layer';
import { followTheme, themeColours, type BasemapTheme } from './theme';

/** Options of {@link BasemapLayer}. Colours are any CSS colour. */
export interface BasemapLayerOptions extends L.LayerOptions {
  /**
   * The colours: `'light'`, `'dark'`, or `'auto'` (the reader's `prefers-color-scheme`, followed
   * as it changes). The place names take the same theme unless `labelOptions` gives one. Pair it
   * with the `vm-theme-dark` or `vm-theme-auto` class of `visitmap/leaflet.css`. Default `'light'`.
   */
  theme?: BasemapTheme;
  /** Land fill. Default: the theme's, `'#f3f0e8'` (warm paper) or `'#2a2926'`. */
  landColor?: string;
  /** Sea: painted as the map's background while the layer is on the map; `null` leaves the background alone. Default: the theme's, `'#cddfe8'` or `'#15202a'`. */
  seaColor?: string | null;
  /** Coastline stroke. Default: the theme's, `'#8eaabb'` or `'#4e6b7c'`. */
  coastColor?: string;
  /** Coastline width in pixels. Default `0.8`. */
  coastWeight?: number;
  /** Country border stroke. Default: the theme's, `'#a99aa8'` or `'#6a5b69'`. */
  borderColor?: string;
  /** Country border width in pixels. Default `0.9`. */
  borderWeight?: number;
  /** Dash pattern of country borders (SVG `stroke-dasharray`); `null` for solid. Default `'4 3'`. */
  borderDashArray?: string | null;
  /** Shown in the attribution control. Default `'Natural Earth'` (public domain, credited as its makers ask). */
  attribution?: string;
  /** Map pane to draw in. Default `'tilePane'`, where tile layers go, so it sits under every overlay. */
  pane?: string;
  /** Passed to `fetch` for URL sources. Default: none. */
  fetchOptions?: RequestInit;
  /** Place names drawn over the land (see {@link LabelLayer}): label data parts, or `null` for none. Default `null`. */
  labels?: BasemapSource | BasemapPart | ReadonlyArray<BasemapSource | BasemapPart> | null;
  /** Options of the label layer, e.g. its `language`. */
  labelOptions?: LabelLayerOptions;
}

const DEFAULTS = Object.freeze({
  coastWeight: 0.8,
  borderWeight: 0.9,
  borderDashArray: '4 3',
  attribution: 'Natural Earth',
  pane: 'tilePane',
  labels: null,
}) satisfies BasemapLayerOptions;

type ResolvedOptions = BasemapLayerOptions & typeof DEFAULTS;

/** The light and dark themes' colours ({@link BasemapLayerOptions.theme}). */
type Colours = Required<Pick<BasemapLayerOptions, 'landColor' | 'seaColor' | 'coastColor' | 'borderColor'>>;
const PALETTES: readonly [Colours, Colours] = [
  { landColor: '#f3f0e8', seaColor: '#cddfe8', coastColor: '#8eaabb', borderColor: '#a99aa8' },
  { landColor: '#2a2926', seaColor: '#15202a', coastColor: '#4e6b7c', borderColor: '#6a5b69' },
];

/** Payload of the `error` event: which source failed and why. */
export interface BasemapErrorEvent extends L.LeafletEvent {
  /** Why the source failed: a network or HTTP error, bad JSON, or a topology without `land`. */
  error: Error;
  /** The source that failed, as given to the layer. */
  source: BasemapSource;
}

/**
 * An offline basemap: land, coastlines and country borders from Natural Earth
 * (`world-atlas` TopoJSON), drawn on one canvas, not interactive, with
 * optional place names ({@link LabelLayerOptions}). Give it one source, or
 * {@link BasemapPart}s that tile the world without overlapping, each drawn only
 * at its zooms and where the view meets its bounds (a detailed region loads
 * only when the view is zoomed into it). Wherever the view extends past ±180,
 * the land is drawn again in the world copy there.
 *
 * Fires `partload` (with its `source`) when a part is drawn, as soon as it
 * arrives, `load` each time the parts a view needs are all drawn, and `error` (a
 * {@link BasemapErrorEvent}) for a source that cannot be fetched or read; with
 * no `error` listener the problem goes to `console.error`. While the first
 * parts load, the map container has the class `visitmap-basemap-loading` (the
 * sea colour is already painted), for a page to style a placeholder.
 *
 * @example
 * const map = L.map('map');
 * new BasemapLayer('basemap/world-50m.json', { labels: 'basemap/labels-0.json' }).addTo(map);
 */
export class BasemapLayer extends L.LayerGroup {
  /** The layer's options, merged over the defaults. */
  declare options: ResolvedOptions;
  /** The place-name layer drawn with this basemap, or `null` without the `labels` option. */
  readonly labels: LabelLayer | null;
  private readonly loader: PartLoader<BasemapGeometry>;
  /** Parts drawn, by part index and world-copy shift, with their shapes as GeoJSON layers once asked for ({@link getLayers}). */
  private readonly drawn = new Map<string, { i: number; shift: number; layers?: L.Layer[] }>();
  /** Each part's shapes projected once to zoom-0 pixels of the map's CRS, by part index. */
  private readonly flat = new Map<number, FlatPaths[][]>();
  /** Leaflet's canvas renderer, with no paths of its own: it places, sizes and zoom-animates the canvas, and says when to paint it (`update`). */
  private renderer: L.Canvas | undefined;
  /** The renderer's canvas, once it is on the map ({@link attach}). */
  private canvas: HTMLCanvasElement | undefined;
  private attaching: ReturnType<typeof setTimeout> | undefined;
  /** Set while a paint is queued: whether it must clear the canvas first. */
  private pendingClear: boolean | undefined;
  private map: L.Map | undefined;
  private savedBackground: string | undefined;
  private ready: Promise<void> | undefined;
  private resolveReady: (() => void) | undefined;
  /** Parts whose arrival will call update(). */
  private readonly awaiting = new Set<number>();
  /** Stops following the reader's colour scheme (the `'auto'` theme). */
  private unfollow: (() => void) | undefined;

  constructor(source: BasemapSource | BasemapPart | ReadonlyArray<BasemapSource | BasemapPart>, options: BasemapLayerOptions = {}) {
    super([], { ...DEFAULTS, ...defined(options) });
    const parts = toParts(source, 'basemapLayer');
    this.loader = new PartLoader(
      parts,
      async (part) => basemapGeometry(await readSource(part.source, 'basemap', this.options.fetchOptions)),
      reportTo(this),
    );
    this.labels = this.options.labels ? new LabelLayer(this.options.labels, { fetchOptions: this.options.fetchOptions, theme: this.options.theme, ...this.options.labelOptions }) : null;
  }

  /** Called by Leaflet when the layer is added: sets the sea colour on the map container, then loads and draws what the view needs (and again after each move). */
  override onAdd(map: L.Map): this {
    this.map = map;
    this.renderer ??= L.canvas({ pane: this.options.pane, padding: 0.5 });
    // The canvas comes in a task of its own, or sooner if the map moves or a part is to be
    // painted: its first bitmap, twice the map's size each way, took 50-200 ms of the map's
    // making in headless Chromium. Until then the map's moves are this layer's to follow.
    this.attaching = setTimeout(() => this.attach());
    map.once('moveend', this.attach, this);
    this.paintSea(map);
    this.unfollow = followTheme(this.options.theme, () => {
      for (const d of this.drawn.values()) d.layers = undefined;
      if (this.map) this.paintSea(this.map);
      this.requestPaint(true);
    });
    if (this.labels) map.addLayer(this.labels);
    this.update();
    return this;
  }

  /** Called by Leaflet when the layer is removed: restores the map container's background and takes away the canvas. */
  override onRemove(map: L.Map): this {
    this.detach(map);
    this.unfollow?.();
    this.renderer!.off('update', this.update, this);
    this.map = undefined;
    this.resolveReady?.();
    this.ready = this.resolveReady = undefined;
    if (this.labels) map.removeLayer(this.labels);
    map.removeLayer(this.renderer!);
    this.canvas = undefined;
    L.DomUtil.removeClass(map.getContainer(), 'visitmap-basemap-loading');
    if (this.savedBackground !== undefined) {
      map.getContainer().style.backgroundColor = this.savedBackground;
      this.savedBackground = undefined;
    }
    return this;
  }

  /**
   * The shapes drawn now, as non-interactive GeoJSON layers (land, then borders if any,
   * then coastlines, for each part and world copy). They are made when first asked for
   * and are not on the map: the layer paints its own canvas, from shapes projected once.
   */
  override getLayers(): L.Layer[] {
    return [...this.drawn.values()].flatMap((d) => (d.layers ??= this.shapes(this.loader.value(d.i)!, d.shift)));
  }

  /** Whether `layer` is one of the shapes drawn now ({@link getLayers}). */
  override hasLayer(layer: L.Layer): boolean {
    return [...this.drawn.values()].some((d) => d.layers?.includes(layer));
  }

  /** Calls `fn` on each of the shapes drawn now ({@link getLayers}). */
  override eachLayer(fn: (layer: L.Layer) => void, context?: unknown): this {
    for (const layer of this.getLayers()) fn.call(context, layer);
    return this;
  }

  /**
   * Resolves when the parts the current view needs have been drawn (or have
   * failed and fired `error`). Before the layer is on a map, loads every part.
   * @example
   * await basemapLayer('/maps/land-50m.json').addTo(map).whenReady();
   */
  whenReady(): Promise<void> {
    if (!this.map) return this.loader.load(this.loader.due(null));
    return this.ready ?? Promise.resolve();
  }

  /**
   * Loads what the view needs; once all of it has settled, draws exactly that, in every world
   * copy in view. `cleared` (the renderer's `update` event): the canvas was just placed and cleared.
   */
  private update(cleared?: unknown): void {
    const map = this.map;
    if (!map) return;
    const view = viewOf(map);
    const due = this.loader.due(view);
    const settled = this.loader.settled(due);
    if (!settled) {
      if (!this.ready) {
        this.ready = new Promise((resolve) => (this.resolveReady = resolve));
        if (this.drawn.size === 0) L.DomUtil.addClass(map.getContainer(), 'visitmap-basemap-loading');
      }
      for (const i of due) {
        if (this.awaiting.has(i) || this.loader.settled([i])) continue;
        this.awaiting.add(i);
        void this.loader.load([i]).then(() => {
          this.awaiting.delete(i);
          // Projected in the task it arrives in, painted in the next: each of the two took 30-70 ms for a world part.
          if (this.map && this.loader.value(i)) this.flatten(i, this.map.options.crs!);
          setTimeout(() => this.update());
        });
      }
      // Meanwhile the shapes already drawn stay (following the view into new world copies), and
      // each needed part is drawn as soon as it arrives: what is no longer needed goes only once all has.
      this.sync([...new Set([...[...this.drawn.values()].map((d) => d.i), ...due.filter((i) => this.loader.value(i))])], view, cleared);
    } else this.sync(due, view, cleared);
    // The placeholder goes with the first shapes drawn, or once all the view needs has settled (even failed).
    if (settled || this.drawn.size) L.DomUtil.removeClass(map.getContainer(), 'visitmap-basemap-loading');
    if (settled && this.resolveReady) {
      const resolve = this.resolveReady;
      this.ready = this.resolveReady = undefined;
      this.fire('load');
      resolve();
    }
  }

  /** Draws parts `indexes` in the view's world copies and takes away every other drawn shape: paints if that changed anything or the canvas was `cleared`. */
  private sync(indexes: readonly number[], view: ViewWindow, cleared: unknown): void {
    const wanted = new Set<string>();
    let changed = false;
    // Parts in the given order, so a later part draws over an earlier one.
    for (const i of [...indexes].sort((a, b) => a - b)) {
      const geometry = this.loader.value(i);
      if (!geometry) continue;
      for (const shift of worldCopies(view.west, view.east)) {
        const key = `${i} ${shift}`;
        wanted.add(key);
        if (this.drawn.has(key)) continue;
        this.drawn.set(key, { i, shift });
        changed = true;
        this.fire('partload', { source: this.loader.parts[i]!.source });
      }
    }
    for (const key of this.drawn.keys()) if (!wanted.has(key)) changed = this.drawn.delete(key);
    if (cleared || changed) this.requestPaint(!cleared);
  }

  /**
   * Paints once the current script is done (a microtask, so still before the next frame): on a
   * view reset Leaflet's canvas renderer clears its canvas after its `update` event. `clear`:
   * whether the canvas may still hold a paint, i.e. no renderer update came since.
   */
  private requestPaint(clear: boolean): void {
    if (this.pendingClear === undefined) {
      queueMicrotask(() => {
        const clear = this.pendingClear!;
        this.pendingClear = undefined;
        this.paint(clear);
      });
    }
    this.pendingClear = (this.pendingClear ?? true) && clear;
  }

  /**
   * Paints every drawn part on the renderer's canvas, in part order: land, borders,
   * coastlines, in each world copy. The renderer has placed the canvas around the view
   * (half a view of padding) and set its context to draw in layer pixels.
   */
  private paint(clear: boolean): void {
    const map = this.map;
    if (!this.canvas) {
      // With a part to paint, the canvas comes now; its renderer's first `update` asks for this paint again.
      if (map && this.drawn.size) this.attach();
      return;
    }
    const ctx = this.canvas.getContext('2d');
    if (!map || !ctx) return;
    const size = map.getSize();
    // The renderer's bounds, as it works them out (Leaflet 1.9 Renderer#_update).
    const min = map.containerPointToLayerPoint(size.multiplyBy(-0.5)).round();
    const max = min.add(size.multiplyBy(2)).round();
    const box = [min.x, min.y, max.x, max.y];
    const crs = map.options.crs!;
    const scale = crs.scale(map.getZoom()) / crs.scale(0);
    const origin = map.getPixelOrigin();
    if (clear) ctx.clearRect(min.x, min.y, max.x - min.x, max.y - min.y);
    ctx.lineCap = ctx.lineJoin = 'round';
    const styles = this.styles();
    for (const { i, shift } of [...this.drawn.values()].sort((a, b) => a.i - b.i)) {
      const dx = map.project([0, shift], 0).x - map.project([0, 0], 0).x;
      this.flatten(i, crs).forEach((group, k) => {
        const style = styles[k]!;
        for (const paths of group) {
          ctx.beginPath();
          tracePaths(ctx, paths, scale, origin, box, dx, !k);
          if (k) {
            // As Leaflet's canvas reads `dashArray` (1.9 Canvas#_updateDashArray).
            ctx.setLineDash(style.dashArray ? String(style.dashArray).split(/[, ]+/).map(Number) : []);
            ctx.lineWidth = style.weight!;
            ctx.strokeStyle = style.color!;
            ctx.stroke();
          } else {
            ctx.fillStyle = style.fillColor!;
            ctx.fill('evenodd');
          }
        }
      });
    }
  }

  /** Puts the renderer, and so its canvas, on the map, unless it is there or the layer is not on a map. */
  private attach(): void {
    const map = this.map;
    if (!map || this.canvas) return;
    this.detach(map);
    // The renderer moves and clears its canvas when the map stops moving (and on a view reset):
    // draw then, the first time as it is added.
    this.renderer!.on('update', this.update, this);
    map.addLayer(this.renderer!);
    // The renderer's canvas, which its onAdd has just appended to the pane (its own field is private).
    this.canvas = map.getPane(this.options.pane)!.lastElementChild as HTMLCanvasElement;
  }

  /** Stops waiting to {@link attach}. */
  private detach(map: L.Map): void {
    clearTimeout(this.attaching);
    map.off('moveend', this.attach, this);
  }

  /** Part `i`'s land (a path per feature), borders and coastlines in zoom-0 pixels of `crs`, projected once. */
  private flatten(i: number, crs: L.CRS): FlatPaths[][] {
    let flat = this.flat.get(i);
    if (!flat) {
      const { land, coastline, borders } = this.loader.value(i)!;
      const project = (lon: number, lat: number) => crs.latLngToPoint(L.latLng(lat, lon), 0);
      flat = [landRings(land).map((rings) => flattenRings(rings, project)), borders ? [flattenRings(borders.coordinates, project)] : [], [flattenRings(coastline.coordinates, project)]];
      this.flat.set(i, flat);
    }
    return flat;
  }

  /** The sea's colour as the map container's background (the one it had is kept for {@link onRemove}), unless it is `null`. */
  private paintSea(map: L.Map): void {
    const { seaColor } = themeColours(this.options.theme, PALETTES, this.options);
    if (!seaColor) return;
    const style = map.getContainer().style;
    this.savedBackground ??= style.backgroundColor;
    style.backgroundColor = seaColor;
  }

  /** How land, borders and coastlines are drawn, in that order (over Leaflet's defaults: lines opaque and unfilled, polygons filled). */
  private styles(): L.PathOptions[] {
    const o = this.options;
    const c = themeColours(o.theme, PALETTES, o);
    return [
      { stroke: false, fillColor: c.landColor, fillOpacity: 1 },
      { color: c.borderColor, weight: o.borderWeight, dashArray: o.borderDashArray ?? undefined },
      { color: c.coastColor, weight: o.coastWeight },
    ];
  }

  /** The shapes of one part as GeoJSON layers, shifted by `shift` degrees of longitude (a world copy). */
  private shapes({ land, coastline, borders }: BasemapGeometry, shift: number): L.Layer[] {
    const styles = this.styles();
    return [land, borders, coastline].flatMap((shapes, k) =>
      shapes
        ? [
            L.geoJSON(shapes, {
              interactive: false,
              bubblingMouseEvents: false,
              pane: this.options.pane,
              coordsToLatLng: (c: number[]) => L.latLng(c[1]!, c[0]! + shift),
              style: () => styles[k]!,
            }),
          ]
        : [],
    );
  }
}

/**
 * Factory for {@link BasemapLayer}, in the style Leaflet 1.x users expect.
 *
 * @example
 * basemapLayer(['basemap/world-50m.json', 'basemap/east-asia-10m.json']).addTo(map);
 */
export function basemapLayer(
  source: BasemapSource | BasemapPart | ReadonlyArray<BasemapSource | BasemapPart>,
  options?: BasemapLayerOptions,
): BasemapLayer {
  return new BasemapLayer(source, options);
}
