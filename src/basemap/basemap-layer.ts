import * as L from 'leaflet';
import { basemapGeometry, type BasemapGeometry } from './basemap-geometry';
import { PartLoader, readSource, toParts, worldCopies, type BasemapPart, type BasemapSource, type ViewWindow } from './basemap-parts';
import { LabelLayer, type LabelLayerOptions } from './label-layer';

/** Options of {@link BasemapLayer}. Colours are any CSS colour. */
export interface BasemapLayerOptions extends L.LayerOptions {
  /** Land fill. Default `'#f3f0e8'` (warm paper). */
  landColor?: string;
  /** Sea: painted as the map's background while the layer is on the map; `null` leaves the background alone. Default `'#cddfe8'`. */
  seaColor?: string | null;
  /** Coastline stroke. Default `'#8eaabb'`. */
  coastColor?: string;
  /** Coastline width in pixels. Default `0.8`. */
  coastWeight?: number;
  /** Country border stroke. Default `'#a99aa8'`. */
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
  landColor: '#f3f0e8',
  seaColor: '#cddfe8',
  coastColor: '#8eaabb',
  coastWeight: 0.8,
  borderColor: '#a99aa8',
  borderWeight: 0.9,
  borderDashArray: '4 3',
  attribution: 'Natural Earth',
  pane: 'tilePane',
  labels: null,
}) satisfies BasemapLayerOptions;

type ResolvedOptions = BasemapLayerOptions & typeof DEFAULTS;

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
  /** Drawn shapes, by part index and world-copy shift. */
  private readonly drawn = new Map<string, L.Layer[]>();
  private renderer: L.Canvas | undefined;
  private map: L.Map | undefined;
  private savedBackground: string | undefined;
  private ready: Promise<void> | undefined;
  private resolveReady: (() => void) | undefined;
  /** Parts whose arrival will call update(). */
  private readonly awaiting = new Set<number>();

  constructor(source: BasemapSource | BasemapPart | ReadonlyArray<BasemapSource | BasemapPart>, options: BasemapLayerOptions = {}) {
    super([], { ...DEFAULTS, ...options });
    const parts = toParts(source, 'basemapLayer');
    this.loader = new PartLoader(
      parts,
      async (part) => basemapGeometry(await readSource(part.source, 'basemap', this.options.fetchOptions)),
      (error, part) => this.reportError(error, part.source),
    );
    this.labels = this.options.labels ? new LabelLayer(this.options.labels, { fetchOptions: this.options.fetchOptions, ...this.options.labelOptions }) : null;
  }

  /** Called by Leaflet when the layer is added: sets the sea colour on the map container, then loads and draws what the view needs (and again after each move). */
  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.map = map;
    const { seaColor } = this.options;
    if (seaColor) {
      const style = map.getContainer().style;
      this.savedBackground = style.backgroundColor;
      style.backgroundColor = seaColor;
    }
    if (this.labels) map.addLayer(this.labels);
    map.on('moveend', this.update, this);
    this.update();
    return this;
  }

  /** Called by Leaflet when the layer is removed: restores the map container's background and takes away the canvas. */
  override onRemove(map: L.Map): this {
    map.off('moveend', this.update, this);
    this.map = undefined;
    this.resolveReady?.();
    this.ready = this.resolveReady = undefined;
    if (this.labels) map.removeLayer(this.labels);
    super.onRemove(map);
    L.DomUtil.removeClass(map.getContainer(), 'visitmap-basemap-loading');
    if (this.savedBackground !== undefined) {
      map.getContainer().style.backgroundColor = this.savedBackground;
      this.savedBackground = undefined;
    }
    // Leaflet keeps a renderer on the map once a path used it: take ours away too.
    if (this.renderer && map.hasLayer(this.renderer)) map.removeLayer(this.renderer);
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

  private view(): ViewWindow {
    const map = this.map!;
    const b = map.getBounds();
    return { zoom: map.getZoom(), west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
  }

  /** Loads what the view needs; once all of it has settled, draws exactly that, in every world copy in view. */
  private update(): void {
    const map = this.map;
    if (!map) return;
    const view = this.view();
    const due = this.loader.due(view);
    if (!this.loader.settled(due)) {
      if (!this.ready) {
        this.ready = new Promise((resolve) => (this.resolveReady = resolve));
        if (this.drawn.size === 0) L.DomUtil.addClass(map.getContainer(), 'visitmap-basemap-loading');
      }
      for (const i of due) {
        if (this.awaiting.has(i) || this.loader.settled([i])) continue;
        this.awaiting.add(i);
        void this.loader.load([i]).then(() => {
          this.awaiting.delete(i);
          this.update();
        });
      }
      // Meanwhile the shapes already drawn stay (following the view into new world copies), and
      // each needed part is drawn as soon as it arrives: what is no longer needed goes only once all has.
      this.sync([...new Set([...this.drawnParts(), ...due.filter((i) => this.loader.value(i))])], view);
      if (this.drawn.size > 0) L.DomUtil.removeClass(map.getContainer(), 'visitmap-basemap-loading');
      return;
    }
    this.sync(due, view);
    L.DomUtil.removeClass(map.getContainer(), 'visitmap-basemap-loading');
    if (this.resolveReady) {
      const resolve = this.resolveReady;
      this.ready = this.resolveReady = undefined;
      this.fire('load');
      resolve();
    }
  }

  private drawnParts(): number[] {
    return [...new Set([...this.drawn.keys()].map((key) => Number(key.split(' ')[0])))];
  }

  /** Draws parts `indexes` in the view's world copies and takes away every other drawn shape. */
  private sync(indexes: readonly number[], view: ViewWindow): void {
    const wanted = new Set<string>();
    // Parts in the given order, so a later part draws over an earlier one.
    for (const i of [...indexes].sort((a, b) => a - b)) {
      const geometry = this.loader.value(i);
      if (!geometry) continue;
      for (const shift of worldCopies(view.west, view.east)) {
        const key = `${i} ${shift}`;
        wanted.add(key);
        if (this.drawn.has(key)) continue;
        this.drawn.set(key, this.draw(geometry, shift));
        this.fire('partload', { source: this.loader.parts[i]!.source });
      }
    }
    for (const [key, layers] of this.drawn) {
      if (wanted.has(key)) continue;
      for (const layer of layers) this.removeLayer(layer);
      this.drawn.delete(key);
    }
  }

  private reportError(error: Error, source: BasemapSource): void {
    if (this.listens('error')) this.fire('error', { error, source });
    else console.error(error);
  }

  /** Adds the shapes of one part, shifted by `shift` degrees of longitude (a world copy); returns the layers added. */
  private draw({ land, coastline, borders }: BasemapGeometry, shift: number): L.Layer[] {
    const o = this.options;
    this.renderer ??= L.canvas({ pane: o.pane, padding: 0.5 });
    const common = {
      interactive: false,
      bubblingMouseEvents: false,
      renderer: this.renderer,
      pane: o.pane,
      coordsToLatLng: (c: number[]) => L.latLng(c[1]!, c[0]! + shift),
    } as const;
    const layers: L.Layer[] = [
      L.geoJSON(land, { ...common, style: () => ({ stroke: false, fill: true, fillColor: o.landColor, fillOpacity: 1 }) }),
    ];
    if (borders) {
      layers.push(
        L.geoJSON(borders, {
          ...common,
          style: () => ({ color: o.borderColor, weight: o.borderWeight, opacity: 1, dashArray: o.borderDashArray ?? undefined, fill: false }),
        }),
      );
    }
    layers.push(L.geoJSON(coastline, { ...common, style: () => ({ color: o.coastColor, weight: o.coastWeight, opacity: 1, fill: false }) }));
    for (const layer of layers) this.addLayer(layer);
    return layers;
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
