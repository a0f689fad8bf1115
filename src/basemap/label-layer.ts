import * as L from 'leaflet';
import { defined } from '../leaflet/defined';
import { PartLoader, readSource, reportTo, toParts, viewOf, worldCopies, type BasemapPart, type BasemapSource } from './basemap-parts';
import { followTheme, themeColours, type BasemapTheme } from './theme';
import { labelName, likelyTag, placeLabels, readLabels, type Box, type LabelCandidate, type PlaceLabel, type PlacedLabel } from './label-data';

/** Options of {@link LabelLayer}. */
export interface LabelLayerOptions extends L.LayerOptions {
  /** BCP 47 tag of the names to show; a name missing in it falls back to English. Default: the page's `lang`, else `'en'`. */
  language?: string;
  /** Font families of the names, CJK fallbacks included. Default: the system UI font, then Noto Sans CJK in the script the language needs. */
  fontFamily?: string;
  /** The colours: `'light'`, `'dark'` or `'auto'`, as {@link BasemapLayerOptions.theme}. Default `'light'`, or the basemap's theme when the basemap makes this layer. */
  theme?: BasemapTheme;
  /** Colour of place names and their dots. Default: the theme's, `'#2b2f36'` or `'#e7e5e4'`. */
  placeColor?: string;
  /** Colour of country names. Default: the theme's, `'#6b4f6b'` or `'#c9b3c9'`. */
  countryColor?: string;
  /** Colour of sea and ocean names. Default: the theme's, `'#3f6c8a'` or `'#8fb3cc'`. */
  seaColor?: string;
  /** The outline that keeps names readable over coasts and borders. Default: the theme's land colour, a little see-through. */
  haloColor?: string;
  /** CSS selector of things on the map that names must not cover. Default: markers and controls. */
  avoid?: string;
  /** Pane to draw in; created above the tiles and under every overlay if missing. Default `'visitmapLabels'`. */
  pane?: string;
  /** Passed to `fetch` for URL sources. */
  fetchOptions?: RequestInit;
  /** Shown in the attribution control. Default `'GeoNames (CC BY 4.0)'` (the city names), as its licence asks. */
  attribution?: string;
}

const DEFAULTS = Object.freeze({
  avoid: '.leaflet-marker-icon, .leaflet-control',
  pane: 'visitmapLabels',
  attribution: 'GeoNames (CC BY 4.0)',
}) satisfies LabelLayerOptions;

type ResolvedOptions = LabelLayerOptions & typeof DEFAULTS;

/** The light and dark themes' colours ({@link LabelLayerOptions.theme}). */
type Colours = Required<Pick<LabelLayerOptions, 'placeColor' | 'countryColor' | 'seaColor' | 'haloColor'>>;
const PALETTES: readonly [Colours, Colours] = [
  { placeColor: '#2b2f36', countryColor: '#6b4f6b', seaColor: '#3f6c8a', haloColor: 'rgba(255, 255, 255, 0.85)' },
  { placeColor: '#e7e5e4', countryColor: '#c9b3c9', seaColor: '#8fb3cc', haloColor: 'rgba(42, 41, 38, 0.85)' },
];

/**
 * The CJK font to try for a language, by the script it most likely means ({@link likelyTag}), so
 * Chinese, Japanese and Korean names use their own glyph forms: Simplified Chinese's for any other.
 */
function cjkFont(language: string): string {
  const script = likelyTag(language).split('-')[1];
  if (script === 'Hant') return "'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei'";
  if (script === 'Jpan') return "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic'";
  if (script === 'Kore') return "'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic'";
  return "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei'";
}

/**
 * Place names over the offline basemap: countries, seas and oceans, and
 * cities by zoom (the largest first, more as you zoom in), in the map's
 * language where the data has it. Names never collide with each other, with
 * markers or with controls. They are drawn on one canvas, redrawn when the
 * map stops moving, and hidden from assistive technology (`aria-hidden`): the
 * stop list is the accessible view of the map.
 *
 * @example
 * new LabelLayer([{ source: 'labels-0.json' }, { source: 'labels-7.json', minZoom: 7 }], { language: 'zh-Hans' }).addTo(map);
 */
export class LabelLayer extends L.Layer {
  /** The layer's options, merged over the defaults. */
  declare options: ResolvedOptions;
  private readonly loader: PartLoader<PlaceLabel[]>;
  private canvas: HTMLCanvasElement | undefined;
  private map: L.Map | undefined;
  private placed: PlacedLabel[] = [];
  private frame = 0;
  /**
   * Country names in a language, made when a name first needs them and kept: a first
   * `Intl.DisplayNames` loads its locale data, some 80 ms in Chromium (English names never
   * need it: they are in the label data).
   */
  private regions: [string, Intl.DisplayNames?] | undefined;
  /** Stops following the reader's colour scheme (the `'auto'` theme). */
  private unfollow: (() => void) | undefined;

  constructor(source: BasemapSource | BasemapPart | ReadonlyArray<BasemapSource | BasemapPart>, options: LabelLayerOptions = {}) {
    super();
    L.setOptions(this, { ...DEFAULTS, ...defined(options) });
    this.loader = new PartLoader(
      toParts(source, 'labelLayer'),
      async (part) => readLabels(await readSource(part.source, 'basemap labels', this.options.fetchOptions)),
      reportTo(this),
    );
  }

  /** The language names are shown in. */
  get language(): string {
    return this.options.language ?? (document.documentElement.lang || 'en');
  }

  /** Shows the names in `language` (a BCP 47 tag), redrawing at once. */
  setLanguage(language: string): this {
    this.options.language = language;
    this.redraw();
    return this;
  }

  /**
   * The names drawn now, each with its box in pixels from the map container's
   * top-left corner. Meant for tests and tools that check what a reader sees.
   */
  drawnLabels(): PlacedLabel[] {
    return this.placed.map((p) => ({ ...p }));
  }

  /** True while names the view needs are loading or waiting to be drawn; `load` fires when they are drawn. */
  get loading(): boolean {
    return this.frame !== 0 || (this.map !== undefined && !this.loader.settled(this.loader.due(viewOf(this.map))));
  }

  /** Called by Leaflet when the layer is added: makes the canvas and draws. */
  override onAdd(map: L.Map): this {
    this.map = map;
    const { pane } = this.options;
    if (!map.getPane(pane)) {
      const el = map.createPane(pane);
      el.style.zIndex = '350';
      el.style.pointerEvents = 'none';
    }
    const canvas = (this.canvas = L.DomUtil.create('canvas', 'visitmap-labels', map.getPane(pane)));
    canvas.setAttribute('aria-hidden', 'true');
    canvas.setAttribute('role', 'presentation');
    map.on('moveend resize layeradd layerremove', this.redraw, this);
    map.on('zoomstart', this.hide, this);
    this.unfollow = followTheme(this.options.theme, () => this.redraw());
    this.redraw();
    return this;
  }

  /** Called by Leaflet when the layer is removed: takes the canvas away. */
  override onRemove(map: L.Map): this {
    map.off('moveend resize layeradd layerremove', this.redraw, this);
    map.off('zoomstart', this.hide, this);
    this.unfollow?.();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.canvas?.remove();
    this.canvas = this.map = undefined;
    this.placed = [];
    return this;
  }

  /**
   * Redraws on the next animation frame (once, however often it is asked). While the page
   * is laid out for paper, where the map was just moved or resized, the names are hidden
   * instead: a printed page has no next frame, so the names drawn for the screen would be
   * printed where they no longer belong, and a canvas drawn during printing comes out of
   * Chromium's PDF with a white box over the map and the text above it. They are drawn
   * again once the page is back on screen.
   */
  redraw(): this {
    if (this.map && typeof matchMedia === 'function' && matchMedia('print').matches) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.hide();
    } else if (this.map && !this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    }
    return this;
  }

  private hide(): void {
    if (this.canvas) this.canvas.style.visibility = 'hidden';
  }

  private draw(): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const view = viewOf(map);
    const due = this.loader.due(view);
    const settled = this.loader.settled(due);
    if (!settled) void this.loader.load(due).then(() => this.redraw());

    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [Math.round(size.x * ratio), Math.round(size.y * ratio)];
    // Setting a canvas's size, even to the same, makes a new bitmap: only when it changes (it is cleared below).
    if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.style.visibility = '';
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);

    const language = this.language;
    const family = this.options.fontFamily ?? `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', ${cjkFont(language)}, sans-serif`;
    const fonts: Record<string, string> = {
      country: `600 13px ${family}`,
      sea: `italic 12px ${family}`,
      place: `12px ${family}`,
    };
    const regionName = (code: string) => {
      if (this.regions?.[0] !== language) {
        this.regions = [language];
        try {
          this.regions[1] = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
        } catch {
          // no country names in this language: the English ones stand
        }
      }
      return this.regions[1]?.of(code);
    };

    const candidates: LabelCandidate[] = [];
    let set = '';
    for (const i of due) {
      for (const label of this.loader.value(i) ?? []) {
        if (label.minZoom > view.zoom) continue;
        for (const shift of worldCopies(view.west, view.east)) {
          const p = map.latLngToContainerPoint([label.lat, label.lon + shift]);
          // Only names whose anchor is near the view are measured.
          if (p.x < -200 || p.y < -20 || p.x > size.x + 200 || p.y > size.y + 20) continue;
          const text = labelName(label, language, regionName);
          // Setting a font parses it: only when it changes.
          if (set !== fonts[label.kind]) ctx.font = set = fonts[label.kind]!;
          candidates.push({ text, kind: label.kind, x: p.x, y: p.y, width: Math.ceil(ctx.measureText(text).width), height: 14 });
        }
      }
    }
    this.placed = placeLabels(candidates, this.obstacles(), { x: 0, y: 0, width: size.x, height: size.y });

    ctx.clearRect(0, 0, size.x, size.y);
    ctx.textBaseline = 'middle';
    // Each name was placed by its left edge: drawn from there on a right-to-left page too, where the
    // canvas's default `start` is its right edge (the names fell on the markers' badges).
    ctx.textAlign = 'left';
    ctx.lineJoin = 'round';
    const c = themeColours(this.options.theme, PALETTES, this.options);
    const colours = { country: c.countryColor, sea: c.seaColor, place: c.placeColor };
    for (const p of this.placed) {
      if (set !== fonts[p.kind]) ctx.font = set = fonts[p.kind]!;
      if (p.dot) {
        ctx.fillStyle = colours.place;
        ctx.beginPath();
        ctx.arc(p.anchorX, p.anchorY, 2.5, 0, 2 * Math.PI);
        ctx.fill();
      }
      // A light halo keeps names readable over coasts and borders.
      ctx.strokeStyle = c.haloColor;
      ctx.lineWidth = 3;
      ctx.strokeText(p.text, p.x, p.y + p.height / 2);
      ctx.fillStyle = colours[p.kind];
      ctx.fillText(p.text, p.x, p.y + p.height / 2);
    }
    if (settled) this.fire('load');
  }

  /**
   * Boxes of what names must not cover, in container pixels: each control's
   * box (it hides the places under it); for anything else (a marker) the union of its own and its
   * descendants' boxes (a DivIcon's badge overflows its icon), plus 4 px.
   */
  private obstacles(): Box[] {
    const container = this.map!.getContainer();
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll(this.options.avoid)].map((el) => {
      const hides = el.matches('.leaflet-control');
      const rects = hides ? [el.getBoundingClientRect()] : [el, ...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect());
      const pad = hides ? 0 : 4;
      const sized = rects.filter((r) => r.width > 0 || r.height > 0);
      const left = Math.min(...sized.map((r) => r.left)) - pad;
      const top = Math.min(...sized.map((r) => r.top)) - pad;
      const right = Math.max(...sized.map((r) => r.right)) + pad;
      const bottom = Math.max(...sized.map((r) => r.bottom)) + pad;
      return { hides, x: left - origin.left, y: top - origin.top, width: right - left, height: bottom - top };
    }).filter((b) => Number.isFinite(b.width));
  }
}
