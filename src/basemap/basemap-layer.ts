import * as L from 'leaflet';
import { basemapGeometry, type BasemapGeometry } from './basemap-geometry';

/**
 * Where a basemap's data comes from: a URL to fetch (fetched only when the
 * layer is first added to a map), or an already loaded TopoJSON topology.
 */
export type BasemapSource = string | URL | object;

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
 * (`world-atlas` TopoJSON), drawn on one canvas, not interactive. Give it one
 * source, or several that tile the world without overlapping (a detailed
 * region plus the rest of the world at a coarser scale, as the gallery does).
 *
 * Fires `load` once every source is drawn, and `error` (a
 * {@link BasemapErrorEvent}) for a source that cannot be fetched or read; with
 * no `error` listener the problem goes to `console.error`.
 *
 * @example
 * const map = L.map('map');
 * new BasemapLayer('basemap/world-50m.json').addTo(map);
 */
export class BasemapLayer extends L.LayerGroup {
  /** The layer's options, merged over the defaults. */
  declare options: ResolvedOptions;
  private readonly sources: BasemapSource[];
  private loading: Promise<void> | undefined;
  private renderer: L.Canvas | undefined;
  private savedBackground: string | undefined;

  constructor(source: BasemapSource | BasemapSource[], options: BasemapLayerOptions = {}) {
    super([], { ...DEFAULTS, ...options });
    const sources = Array.isArray(source) ? source : [source];
    if (sources.length === 0) throw new TypeError('basemapLayer: give at least one source');
    sources.forEach((s, i) => {
      if (typeof s !== 'string' && !(s instanceof URL) && (typeof s !== 'object' || s === null)) {
        throw new TypeError(`basemapLayer: source ${i} must be a URL or a TopoJSON topology, got ${s === null ? 'null' : typeof s}`);
      }
    });
    this.sources = sources;
  }

  /** Called by Leaflet when the layer is added: sets the sea colour on the map container and loads and draws the sources (once; later adds reuse the shapes). */
  override onAdd(map: L.Map): this {
    super.onAdd(map);
    const { seaColor } = this.options;
    if (seaColor) {
      const style = map.getContainer().style;
      this.savedBackground = style.backgroundColor;
      style.backgroundColor = seaColor;
    }
    // Drawn once, on first add; later adds reuse the same shapes.
    this.loading ??= this.load();
    return this;
  }

  /** Called by Leaflet when the layer is removed: restores the map container's background and takes away the canvas. */
  override onRemove(map: L.Map): this {
    super.onRemove(map);
    if (this.savedBackground !== undefined) {
      map.getContainer().style.backgroundColor = this.savedBackground;
      this.savedBackground = undefined;
    }
    // Leaflet keeps a renderer on the map once a path used it: take ours away too.
    if (this.renderer && map.hasLayer(this.renderer)) map.removeLayer(this.renderer);
    return this;
  }

  /**
   * Resolves when every source has been drawn (or has failed and fired `error`). Starts
   * loading if the layer has not been added to a map yet.
   * @example
   * await basemapLayer('/maps/land-50m.json').addTo(map).whenReady();
   */
  whenReady(): Promise<void> {
    return this.loading ?? (this.loading = this.load());
  }

  private async load(): Promise<void> {
    const results = await Promise.all(
      this.sources.map(async (source) => {
        try {
          return basemapGeometry(await this.read(source));
        } catch (e) {
          this.reportError(e instanceof Error ? e : new Error(String(e)), source);
          return null;
        }
      }),
    );
    // Shapes go in source order, so a later source draws over an earlier one.
    for (const geometry of results) if (geometry) this.draw(geometry);
    this.fire('load');
  }

  private async read(source: BasemapSource): Promise<unknown> {
    if (typeof source !== 'string' && !(source instanceof URL)) return source;
    const response = await fetch(source, this.options.fetchOptions);
    if (!response.ok) throw new Error(`basemap: ${String(source)} answered HTTP ${response.status}`);
    return response.json();
  }

  private reportError(error: Error, source: BasemapSource): void {
    if (this.listens('error')) this.fire('error', { error, source });
    else console.error(error);
  }

  private draw({ land, coastline, borders }: BasemapGeometry): void {
    const o = this.options;
    this.renderer ??= L.canvas({ pane: o.pane, padding: 0.5 });
    const common = { interactive: false, bubblingMouseEvents: false, renderer: this.renderer, pane: o.pane } as const;
    this.addLayer(
      L.geoJSON(land, {
        ...common,
        style: () => ({ stroke: false, fill: true, fillColor: o.landColor, fillOpacity: 1 }),
      }),
    );
    if (borders) {
      this.addLayer(
        L.geoJSON(borders, {
          ...common,
          style: () => ({
            color: o.borderColor,
            weight: o.borderWeight,
            opacity: 1,
            dashArray: o.borderDashArray ?? undefined,
            fill: false,
          }),
        }),
      );
    }
    this.addLayer(
      L.geoJSON(coastline, {
        ...common,
        style: () => ({ color: o.coastColor, weight: o.coastWeight, opacity: 1, fill: false }),
      }),
    );
  }
}

/**
 * Factory for {@link BasemapLayer}, in the style Leaflet 1.x users expect.
 *
 * @example
 * basemapLayer(['basemap/world-50m.json', 'basemap/east-asia-10m.json']).addTo(map);
 */
export function basemapLayer(source: BasemapSource | BasemapSource[], options?: BasemapLayerOptions): BasemapLayer {
  return new BasemapLayer(source, options);
}
