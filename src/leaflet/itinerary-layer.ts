import * as L from 'leaflet';
import { fromGeoJSON } from '../geojson/from-geojson';
import { toGeoJSON, type ItineraryFeatureCollection } from '../geojson/to-geojson';
import { parseItinerary } from '../itinerary/parse';
import type { Itinerary, Precision, Stop, TravelMode } from '../itinerary/types';
import { PRECISIONS, TRAVEL_MODES } from '../itinerary/types';
import { el, isolateFromMap, roomBesideControls } from './dom';
import type { ItineraryFilterEvent, ItineraryLayerEventMap, ItineraryStopEvent } from './events';
import { fill, stopLabel } from '../story/format';
import { LegendControl } from './legend-control';
import { largeLegLayers, legLatLngs, legLayers, resolveLegStyles } from './legs';
import { MarkerSet } from './marker-set';
import { resolveOptions, type ItineraryLayerOptions, type OpenStopOptions, type ResolvedOptions } from './options';
import { groupPlaces, numbersLabel, type Place } from '../story/places';
import { buildPopupContent } from './popup-content';
import { StopList } from './stop-list';
import { StopsCanvas } from './stops-canvas';
import { StopListControl } from './stop-list-control';

/** The least zoom a stop is opened at in large mode. */
const LARGE_OPEN_ZOOM = 5;

/** What {@link ItineraryLayer} accepts: raw itinerary JSON, a parsed itinerary, or a visitmap GeoJSON export. */
export type ItineraryInput = Itinerary | ItineraryFeatureCollection | unknown;

/** Normalises the three accepted inputs; invalid data throws the core's `ItineraryError`. */
function toItinerary(data: ItineraryInput): Itinerary {
  if (data !== null && typeof data === 'object' && (data as { type?: unknown }).type === 'FeatureCollection') {
    return fromGeoJSON(data as ItineraryFeatureCollection);
  }
  return parseItinerary(data);
}

/**
 * An itinerary on a Leaflet map: numbered stop markers in visiting order (one per
 * place, grouped when they overlap on screen), legs by travel mode with their
 * direction, safe popups with meeting links, a legend, an optional stop list, and
 * keyboard paths through it all. Past `largeThreshold` stops it draws on a canvas.
 *
 * @example
 * const layer = new ItineraryLayer(itineraryJson, { language: 'zh-Hans', stopList: true }).addTo(map);
 * layer.fitItinerary();
 * layer.on('stopfocus', (e) => console.log(e.index, e.stop.id));
 */
// Merged with the interface below, which adds the typed event overloads.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ItineraryLayer extends L.FeatureGroup {
  /** The parsed itinerary shown. */
  readonly itinerary: Itinerary;
  /** Places (stops grouped by where they are), in order of first visit. */
  readonly places: readonly Place[];
  /** Whether the large (canvas) mode is in use. */
  readonly large: boolean;
  private readonly settings: ResolvedOptions;
  private readonly placeOfStop: number[];
  private current = -1;
  private host: L.Map | null = null;
  private markers: MarkerSet | null = null;
  private stopsPath: StopsCanvas | null = null;
  private readonly popup: L.Popup;
  private popupIndex = -1;
  private keyboardPopup = false;
  private controls: L.Control[] = [];
  private live: HTMLElement | null = null;
  private moveToken = 0;
  private pendingMove: (() => void) | null = null;
  /** Set while a fit of {@link fitItinerary} is still to happen or under way. */
  private fitting: (() => void) | null = null;
  private resizeFrame = 0;
  /** Stops left shown by `setStopFilter`; `null`: all. */
  private shown: ReadonlySet<number> | null = null;

  constructor(data: ItineraryInput, options: ItineraryLayerOptions = {}) {
    const settings = resolveOptions(options);
    super([], { ...(options.pane ? { pane: options.pane } : {}), ...(options.attribution ? { attribution: options.attribution } : {}) });
    this.settings = settings;
    this.itinerary = toItinerary(data);
    this.large = this.itinerary.stops.length >= settings.largeThreshold;
    this.places = groupPlaces(this.itinerary.stops);
    this.placeOfStop = [];
    for (const place of this.places) for (const i of place.stops) this.placeOfStop[i] = place.index;
    this.popup = L.popup({ ...settings.popupOptions, className: `vm-popup-container ${settings.popupOptions.className ?? ''}`.trim() });
    this.popup.on('remove', this.onPopupRemove, this);
    // A button in the popup that opens another stop replaces the content it sits in.
    this.popup.once('add', () => isolateFromMap(this.popup.getElement()!));
  }

  /** The language names are shown in. */
  get language(): string {
    return this.settings.language;
  }

  /** Called by Leaflet when the layer is added to a map: draws the stops and legs, adds the legend (and the stop list when `stopList` is set), and fits the map when `fitBounds` is set. Use `map.addLayer(layer)` or `layer.addTo(map)` rather than calling it. */
  override onAdd(map: L.Map): this {
    this.host = map;
    this.buildLayers(map);
    super.onAdd(map);
    const container = map.getContainer();
    this.live = el('div', 'vm-live vm-visually-hidden');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    container.appendChild(this.live);
    L.DomEvent.on(container, 'keydown', this.onKeyDown as L.DomEvent.EventHandlerFn, this);
    L.DomEvent.on(container, 'focusin', this.onFocusIn as L.DomEvent.EventHandlerFn, this);
    map.on('resize', this.onResize, this);
    if (this.settings.legend) {
      this.controls.push(new LegendControl({ position: this.settings.legendPosition, ...this.legendContent(map) }).addTo(map));
    }
    if (this.settings.stopList) this.controls.push(new StopListControl(this, { position: this.settings.stopListPosition }).addTo(map));
    if (this.settings.fitBounds) this.fitItinerary();
    return this;
  }

  /** Called by Leaflet when the layer is removed: takes away its markers, legs, popup, controls and keyboard handlers. Use `layer.remove()` rather than calling it. */
  override onRemove(map: L.Map): this {
    this.moveToken++;
    this.cancelPendingMove(map);
    if (this.fitting) map.off('moveend', this.fitting);
    this.fitting = null;
    this.popup.remove();
    super.onRemove(map);
    this.markers?.detach();
    this.markers = null;
    this.clearLayers();
    this.stopsPath = null;
    const container = map.getContainer();
    L.DomEvent.off(container, 'keydown', this.onKeyDown as L.DomEvent.EventHandlerFn, this);
    L.DomEvent.off(container, 'focusin', this.onFocusIn as L.DomEvent.EventHandlerFn, this);
    map.off('resize', this.onResize, this);
    L.Util.cancelAnimFrame(this.resizeFrame);
    this.controls.splice(0).forEach((c) => c.remove());
    this.live?.remove();
    this.live = null;
    this.host = null;
    return this;
  }

  /** The stops in visiting order (a copy of the list; the stops themselves are the parsed ones). */
  getStops(): Stop[] {
    return this.itinerary.stops.slice();
  }

  /** Index of the current stop, or `-1` before any. */
  getCurrentIndex(): number {
    return this.current;
  }

  /**
   * Makes a stop current, shows it (zooming in or spreading out markers that hide it)
   * and opens its popup. Works without a map too: the stop list and events follow.
   * @param stop the stop's `id`, or its index in visiting order.
   * @param options `popup: false` shows the stop (marker, list, live region) without opening its popup.
   * @example
   * layer.openStop('hangzhou'); // by id
   * layer.openStop(0, { popup: false, animate: false }); // the first stop, popup closed
   */
  openStop(stop: string | number, options: OpenStopOptions = {}): this {
    const index = this.indexOf(stop);
    this.setCurrent(index, true);
    if (this.host) this.moveToStop(this.host, index, options, ++this.moveToken);
    return this;
  }

  /** Moves the map to stop `index` and opens it, unless a later move (`token`) took over. */
  private moveToStop(map: L.Map, index: number, options: OpenStopOptions, token: number): void {
    this.cancelPendingMove(map);
    if (token !== this.moveToken || this.host !== map) return;
    // A fit of ours, or an animated zoom (the zoom buttons), ends by itself a moment later,
    // with a moveend that must not be taken for ours: start after it. After the moveend, not
    // the zoomend: a zoom fires zoomend then moveend, and a flight started in between would
    // take that moveend for its own end and open the popup mid-flight.
    const zooming = (map as unknown as { _animatingZoom?: boolean })._animatingZoom;
    if (this.fitting || zooming) {
      this.pendingMove = () => this.moveToStop(map, index, options, token);
      map.once('moveend', this.pendingMove);
      return;
    }
    // A pan or a flight in progress ends here and now, so its moveend comes before we listen.
    // Not with map.stop(): stopped between zoom levels, it snaps the zoom with an animated
    // zoom of its own, begun a frame later, whose moveend would end our flight early.
    map.setView(map.getCenter(), map.getZoom(), { animate: false });
    const place = this.placeOfStop[index]!;
    const open = () => {
      this.pendingMove = null;
      if (token !== this.moveToken || this.host !== map) return;
      this.markers?.reveal(place);
      if (options.popup === false) return;
      this.showPopup(index);
      if (options.focus === 'popup') this.focusPopup();
      else if (options.focus === 'marker') this.focusStop(index);
    };
    const [lng, lat] = this.itinerary.stops[index]!.coordinates;
    const latlng = L.latLng(lat, lng);
    const animate = (options.animate ?? this.settings.animate) && !prefersReducedMotion();
    // Large mode has no markers to reveal; from a whole-world view it comes close enough
    // to the stop for the map to pan its popup clear of the controls.
    const zoom = this.markers?.zoomToReveal(place) ?? Math.min(Math.max(map.getZoom(), LARGE_OPEN_ZOOM), map.getMaxZoom());
    const sameZoom = zoom === map.getZoom();
    if (sameZoom && map.getBounds().pad(-0.1).contains(latlng)) return open();
    if (!animate) {
      map.setView(latlng, zoom, { animate: false });
      return open();
    }
    this.pendingMove = open;
    map.once('moveend', open);
    // Panning keeps spread-out markers spread; flying changes zoom.
    if (sameZoom) map.panTo(latlng);
    else map.flyTo(latlng, zoom, { duration: 0.8 });
  }

  private cancelPendingMove(map: L.Map): void {
    if (this.pendingMove) map.off('moveend', this.pendingMove);
    this.pendingMove = null;
  }

  /**
   * Closes the open stop's popup, if any; the stop stays current.
   * @example
   * layer.closePopup();
   */
  override closePopup(): this {
    this.popup.remove();
    return this;
  }

  /**
   * Shows only some stops: their markers, the legs joining two shown stops, and their
   * stop list entries (a day view, a search). `null` shows everything again. Fires
   * `stopfilter`. In large mode the canvas still draws every stop; legs and list follow.
   * @param stops ids or indexes of the stops to show.
   * @example
   * layer.setStopFilter(['shanghai', 'yangshan']); // one day's stops
   * layer.setStopFilter(null); // everything again
   */
  setStopFilter(stops: readonly (string | number)[] | null): this {
    this.shown = stops ? new Set(stops.map((s) => this.indexOf(s))) : null;
    const map = this.host;
    if (map) {
      if (this.shown && this.popupIndex >= 0 && !this.shown.has(this.popupIndex)) this.popup.remove();
      this.markers?.detach();
      this.markers = null;
      this.clearLayers();
      this.buildLayers(map);
    }
    const payload: Partial<ItineraryFilterEvent> = { stops: this.getStopFilter(), layer: this };
    this.fire('stopfilter', payload);
    return this;
  }

  /** Indexes of the stops `setStopFilter` left shown, in order; `null` when all are. */
  getStopFilter(): number[] | null {
    return this.shown ? [...this.shown].sort((a, b) => a - b) : null;
  }

  /**
   * Opens the next stop (the first after the last one wraps around), skipping stops `setStopFilter` hides.
   * @example
   * nextButton.addEventListener('click', () => layer.next());
   */
  next(): this {
    return this.openStop(this.step(1), { focus: this.keyboardPopup ? 'popup' : false });
  }

  /** Opens the previous stop, skipping stops `setStopFilter` hides. */
  previous(): this {
    return this.openStop(this.step(-1), { focus: this.keyboardPopup ? 'popup' : false });
  }

  /**
   * Fits the map to the whole itinerary, keeping the stops clear of an open stop list.
   * Does nothing before the layer is on a map.
   * @param options Leaflet's fitBounds options, over the defaults: padding from the
   *   `fitPadding` option and `maxZoom: 12`.
   * @example
   * layer.addTo(map).fitItinerary({ maxZoom: 8 });
   */
  fitItinerary(options?: L.FitBoundsOptions): this {
    const map = this.host;
    if (!map) return this;
    const bounds = L.latLngBounds(this.itinerary.stops.map((s) => L.latLng(s.coordinates[1], s.coordinates[0])));
    if (!bounds.isValid()) return this;
    const [x, y] = this.settings.fitPadding;
    // Keep the stops clear of an open stop list, when the map is wide enough to spare it.
    let left = 0;
    let right = 0;
    for (const c of this.controls) {
      const box = c instanceof StopListControl ? c.getContainer() : undefined;
      const width = box?.offsetWidth ?? 0;
      if (!width || width * 2 > map.getSize().x) continue;
      if (c.getPosition().endsWith('right')) right = Math.max(right, width + 10);
      else left = Math.max(left, width + 10);
    }
    // An animated fit starts on the next frame and ends with a moveend; until then a stop
    // opened (a deep link right after the fit) would be flown to, then moved away by it.
    let settled = false;
    const done = () => {
      settled = true;
      if (this.fitting === done) this.fitting = null;
    };
    map.once('moveend', done);
    map.fitBounds(bounds, { paddingTopLeft: [x + left, y], paddingBottomRight: [x + right, y], maxZoom: 12, ...options });
    if (!settled) this.fitting = done;
    return this;
  }

  /**
   * The itinerary as visitmap's GeoJSON export (the same as the core's `toGeoJSON`),
   * not Leaflet's generic dump of the group's layers: a saved export renders the same map.
   * @param _precision Ignored: coordinates always have at most 6 decimals.
   * @example
   * const file = JSON.stringify(layer.toGeoJSON());
   */
  override toGeoJSON(_precision?: number | false): ItineraryFeatureCollection {
    return toGeoJSON(this.itinerary, { toleranceKm: this.settings.toleranceKm });
  }

  /**
   * A stop list bound to this layer (choosing a stop opens it), for use inside or outside the map.
   * @example
   * document.querySelector('#stops')!.append(layer.createStopList().element);
   */
  createStopList(): StopList {
    const list = new StopList(this.itinerary, {
      language: this.settings.language,
      dateLocale: this.settings.dateLocale,
      strings: this.settings.strings,
      linkBase: this.linkBase(),
      externalLinkTarget: this.settings.externalLinkTarget,
      virtual: this.large,
      onSelect: (index) => this.openStop(index, { focus: false }),
    });
    list.setVisible(this.shown);
    return list;
  }

  /** Builds the popup content of a stop: the `popupContent` option's, or the safe default. */
  popupContentFor(index: number): HTMLElement | string {
    const stop = this.itinerary.stops[index]!;
    const defaultContent = () =>
      buildPopupContent(stop, {
        itinerary: this.itinerary,
        index,
        language: this.settings.language,
        dateLocale: this.settings.dateLocale,
        strings: this.settings.strings,
        linkBase: this.linkBase(),
        pageOrigin: typeof location !== 'undefined' ? location.origin : null,
        externalLinkTarget: this.settings.externalLinkTarget,
        sameplace: this.places[this.placeOfStop[index]!]!.stops.filter((i) => i !== index),
        onOpenStop: (i) => this.openStop(i, { focus: 'popup' }),
      });
    const custom = this.settings.popupContent;
    if (!custom) return defaultContent();
    return custom(stop, { index, itinerary: this.itinerary, language: this.settings.language, layer: this, defaultContent });
  }

  // ---------------------------------------------------------------- internals

  private linkBase(): string {
    return this.settings.linkBase ?? (typeof document !== 'undefined' ? document.baseURI : 'about:blank');
  }

  private indexOf(stop: string | number): number {
    const index = typeof stop === 'number' ? stop : this.itinerary.stops.findIndex((s) => s.id === stop);
    if (!Number.isInteger(index) || index < 0 || index >= this.itinerary.stops.length) {
      throw new RangeError(`ItineraryLayer: no stop ${typeof stop === 'number' ? `at index ${stop}` : `with id "${stop}"`}`);
    }
    return index;
  }

  /** The next (delta 1) or previous (-1) stop from the current one, wrapping, skipping stops a filter hides. */
  private step(delta: number): number {
    const n = this.itinerary.stops.length;
    let i = this.current < 0 ? (delta > 0 ? -1 : n) : this.current;
    for (let tries = 0; tries < n; tries++) {
      i = (i + delta + n) % n;
      if (!this.shown || this.shown.has(i)) return i;
    }
    return this.current < 0 ? 0 : this.current; // the filter hides every stop: stay
  }

  private stopLatLng(index: number): L.LatLng {
    const [lng, lat] = this.itinerary.stops[index]!.coordinates;
    return this.markers?.placeLatLng(this.placeOfStop[index]!) ?? L.latLng(lat, lng);
  }

  private fire_(type: keyof ItineraryLayerEventMap, index: number): void {
    this.fire(type, { stop: this.itinerary.stops[index], index, layer: this });
  }

  /** Makes `index` current: fires `stopfocus`, and says it in the live region when asked. */
  private setCurrent(index: number, announce: boolean): void {
    const changed = index !== this.current;
    this.current = index;
    this.markers?.setCurrent(index >= 0 ? this.placeOfStop[index]! : -1);
    if (announce && this.live) {
      const { settings } = this;
      this.live.textContent = stopLabel(this.itinerary.stops[index]!, index, this.itinerary.stops.length, settings.language, settings.dateLocale, settings.strings);
    }
    if (changed || announce) this.fire_('stopfocus', index);
  }

  private showPopup(index: number): void {
    const map = this.host;
    if (!map) return;
    const content = this.popupContentFor(index);
    this.popupIndex = index;
    this.popup.options.offset = L.point(0, this.large ? -4 : -14);
    this.fitPopup(map);
    this.popup.setLatLng(this.stopLatLng(index)).setContent(content);
    if (!map.hasLayer(this.popup)) this.popup.openOn(map);
    this.fire_('popupopen', index);
  }

  /**
   * Fits the popup to the map (phones included) unless the site chose sizes itself, and
   * pans it clear of the controls in the corners (the stop list, the legend), which stand
   * above popups and would otherwise cover it.
   */
  private fitPopup(map: L.Map): void {
    const size = map.getSize();
    const chosen = this.settings.popupOptions;
    const maxWidth = Math.min(chosen.maxWidth ?? 320, Math.max(160, size.x - 70));
    const room = roomBesideControls(map, maxWidth + 50, 24); // content, its padding and the close button; the marker below its tip
    this.popup.options.autoPanPaddingTopLeft = chosen.autoPanPaddingTopLeft ?? room.topLeft;
    this.popup.options.autoPanPaddingBottomRight = chosen.autoPanPaddingBottomRight ?? room.bottomRight;
    this.popup.options.maxHeight = chosen.maxHeight ?? Math.max(140, room.height - 50); // less its padding and tip
    this.popup.options.maxWidth = maxWidth;
    this.popup.options.minWidth = Math.min(chosen.minWidth ?? 220, maxWidth);
  }

  /**
   * The map was resized (a window, a phone turned): the open popup fits and pans again, on
   * the next frame, once the controls have followed the resize too.
   */
  private onResize(): void {
    L.Util.cancelAnimFrame(this.resizeFrame);
    this.resizeFrame = L.Util.requestAnimFrame(() => {
      const map = this.host;
      if (!map || !map.hasLayer(this.popup)) return;
      this.fitPopup(map);
      this.popup.update();
    });
  }

  private focusPopup(): void {
    const title = this.popup.getElement()?.querySelector<HTMLElement>('.vm-popup__title, [tabindex], a, button');
    title?.focus({ preventScroll: true });
  }

  /** Focuses the marker that shows stop `index` (or, in large mode, the stop list). */
  private focusStop(index: number): void {
    const target = this.markers?.elementOfPlace(this.placeOfStop[index]!);
    if (target) target.focus({ preventScroll: true });
    else for (const c of this.controls) if (c instanceof StopListControl) c.getList()?.focus();
  }

  private onPopupRemove(): void {
    const index = this.popupIndex;
    this.popupIndex = -1;
    if (this.keyboardPopup && index >= 0) {
      const active = document.activeElement;
      const el = this.popup.getElement();
      if (!active || active === document.body || (el && el.contains(active))) this.focusStop(index);
    }
    this.keyboardPopup = false;
  }

  private onPlaceActivated(place: Place, viaKeyboard: boolean): void {
    const index = place.stops.includes(this.current) ? this.current : place.stops[0]!;
    this.keyboardPopup = viaKeyboard;
    this.fire_('stopclick', index);
    this.setCurrent(index, viaKeyboard);
    this.showPopup(index);
    if (viaKeyboard) this.focusPopup();
  }

  private onFocusIn(e: FocusEvent): void {
    const place = this.markers?.placeOfElement(e.target as HTMLElement);
    if (place === undefined || place === null) return;
    const p = this.places[place]!;
    if (!p.stops.includes(this.current)) this.setCurrent(p.stops[0]!, false);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const popupEl = this.popup.getElement();
    const inPopup = Boolean(popupEl && this.host?.hasLayer(this.popup) && popupEl.contains(target));
    const place = this.markers?.placeOfElement(target);
    const onMarker = place !== undefined && place !== null;
    if (!inPopup && !onMarker) {
      if (this.markers?.isClusterElement(target) && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this.markers.expandFromElement(target);
      }
      return;
    }
    const key = e.key;
    if (key === 'Escape') {
      if (this.host?.hasLayer(this.popup)) {
        e.preventDefault();
        this.keyboardPopup = true;
        const index = this.popupIndex;
        this.popup.remove();
        if (index >= 0) this.focusStop(index);
      }
      return;
    }
    if (onMarker && (key === 'Enter' || key === ' ')) {
      e.preventDefault();
      this.onPlaceActivated(this.places[place]!, true);
      return;
    }
    const forward = key === 'n' || key === 'ArrowRight' || (onMarker && key === 'ArrowDown');
    const back = key === 'p' || key === 'ArrowLeft' || (onMarker && key === 'ArrowUp');
    if (!forward && !back) return;
    e.preventDefault();
    if (inPopup) {
      this.keyboardPopup = true;
      this.openStop(this.step(forward ? 1 : -1), { focus: 'popup' });
    } else {
      // On a marker: move to the next stop's marker; its popup follows if one is open.
      const index = this.step(forward ? 1 : -1);
      if (this.host?.hasLayer(this.popup)) this.openStop(index, { focus: 'marker' });
      else this.revealAndFocus(index);
    }
  }

  private revealAndFocus(index: number): void {
    const map = this.host!;
    this.setCurrent(index, true);
    const zoom = this.markers?.zoomToReveal(this.placeOfStop[index]!) ?? map.getZoom();
    const [lng, lat] = this.itinerary.stops[index]!.coordinates;
    if (zoom !== map.getZoom() || !map.getBounds().contains([lat, lng])) map.setView([lat, lng], zoom, { animate: false });
    this.markers?.reveal(this.placeOfStop[index]!);
    this.focusStop(index);
  }

  private legendContent(map: L.Map) {
    const modes = TRAVEL_MODES.filter((m) => this.settings.legs && this.itinerary.legs.some((l) => l.mode === m));
    const precisions = this.large ? [] : PRECISIONS.filter((p) => this.itinerary.stops.some((s) => s.precision === p));
    const styles = resolveLegStyles(map.getContainer(), this.settings.legStyles);
    return {
      modes: modes as TravelMode[],
      precisions: precisions as Precision[],
      // Large mode draws solid lines (see LegsCanvas): so does its legend.
      styles: (this.large
        ? Object.fromEntries(Object.entries(styles).map(([m, st]) => [m, { ...st, dashArray: '' }]))
        : styles) as typeof styles,
      strings: this.settings.strings,
    };
  }

  private buildLayers(map: L.Map): void {
    const { settings, itinerary } = this;
    const styles = resolveLegStyles(map.getContainer(), settings.legStyles);
    const lines = settings.legs ? legLatLngs(itinerary, settings.straightLegs, settings.toleranceKm) : [];
    if (this.shown) this.hideFilteredLegs(lines);
    if (this.large) {
      const renderer = L.canvas({ padding: 0.1, ...(this.options.pane ? { pane: this.options.pane } : {}) });
      for (const layer of largeLegLayers(itinerary, lines, styles, renderer)) this.addLayer(layer);
      const stopsPath = new StopsCanvas(itinerary.stops, renderer, { fill: '#9f1239', firstFill: '#15803d', stroke: '#ffffff' });
      stopsPath.on('click', () => {
        const index = stopsPath.hit;
        if (index < 0) return;
        this.keyboardPopup = false;
        this.fire_('stopclick', index);
        this.setCurrent(index, false);
        this.showPopup(index);
      });
      this.stopsPath = stopsPath;
      this.addLayer(stopsPath);
      return;
    }
    for (const layer of legLayers(itinerary, lines, styles, settings.arrows, map.options.crs ?? L.CRS.EPSG3857)) this.addLayer(layer);
    this.markers = new MarkerSet(this, map, {
      radius: settings.clusterRadius,
      labelOf: (place) => this.placeLabel(place),
      clusterLabelOf: (places) =>
        `${this.numbersName(places.flatMap((p) => p.stops))}: ${places
          .map((p) => this.markerName(p.stops[0]!))
          .join(', ')}; ${settings.strings.zoomToGroup}`,
      onActivate: (place) => this.onPlaceActivated(place, false),
    });
    if (this.current >= 0) this.markers.setCurrent(this.placeOfStop[this.current]!);
    if (this.shown) this.markers.setVisible(new Set([...this.shown].map((i) => this.placeOfStop[i]!)));
  }

  /** Empties the lines of legs that leave or reach a stop the filter hides. */
  private hideFilteredLegs(lines: L.LatLng[][]): void {
    const index = new Map(this.itinerary.stops.map((s, i) => [s.id, i]));
    this.itinerary.legs.forEach((leg, i) => {
      if (!this.shown!.has(index.get(leg.from)!) || !this.shown!.has(index.get(leg.to)!)) lines[i] = [];
    });
  }

  private markerName(index: number): string {
    const s = this.settings;
    return stopLabel(this.itinerary.stops[index]!, index, this.itinerary.stops.length, s.language, s.dateLocale, s.strings).replace(/^[^:]*:\s*/, '');
  }

  /** "Stop 2 of 7: Hangzhou, 10 Dec 2023"; a place visited twice names both visits. */
  private placeLabel(place: Place): string {
    const s = this.settings;
    const total = this.itinerary.stops.length;
    const label = place.stops.map((i) => stopLabel(this.itinerary.stops[i]!, i, total, s.language, s.dateLocale, s.strings)).join('; ');
    return place.stops.length > 1 ? `${this.numbersName(place.stops)}: ${label}` : label;
  }

  /** "Stops 3–6": the numbers as the marker shows them, so the name heard contains what is seen (WCAG 2.5.3). */
  private numbersName(stops: readonly number[]): string {
    return fill(this.settings.strings.stopsGroup, { list: numbersLabel(stops.map((i) => i + 1)) });
  }
}

// Typed events: `layer.on('stopclick', (e) => e.stop)`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ItineraryLayer {
  /** Listens to one of the layer's own events (see {@link ItineraryLayerEventMap}), with the payload typed, e.g. `layer.on('stopclick', (e) => e.stop.id)`. */
  on<K extends keyof ItineraryLayerEventMap>(type: K, fn: (event: ItineraryLayerEventMap[K]) => void, context?: unknown): this;
  /** Listens to any Leaflet event by name (space-separated names for several). */
  on(type: string, fn: L.LeafletEventHandlerFn, context?: unknown): this;
  /** Listens to several events at once, given as a map of event name to handler. */
  on(eventMap: L.LeafletEventHandlerFnMap): this;
  /** Like `on`, for one of the layer's own events, but the handler runs only the first time it fires. */
  once<K extends keyof ItineraryLayerEventMap>(type: K, fn: (event: ItineraryLayerEventMap[K]) => void, context?: unknown): this;
  /** Like `on` for any Leaflet event by name, but the handler runs only once. */
  once(type: string, fn: L.LeafletEventHandlerFn, context?: unknown): this;
  /** Like `on` with a map of event name to handler, but each handler runs only once. */
  once(eventMap: L.LeafletEventHandlerFnMap): this;
  /** Stops listening to one of the layer's own events: the given handler, or every handler when `fn` is absent. */
  off<K extends keyof ItineraryLayerEventMap>(type: K, fn?: (event: ItineraryLayerEventMap[K]) => void, context?: unknown): this;
  /** Stops listening to any Leaflet event by name: the given handler, or every handler when `fn` is absent. */
  off(type: string, fn?: L.LeafletEventHandlerFn, context?: unknown): this;
  /** Removes the handlers in a map of event name to handler; with no argument, every handler of every event. */
  off(eventMap?: L.LeafletEventHandlerFnMap): this;
}

/** Whether the user asked the system for less motion. */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Factory for {@link ItineraryLayer}, as Leaflet 1.x users expect.
 *
 * @example
 * itineraryLayer(await (await fetch('visit.json')).json(), { stopList: true, fitBounds: true }).addTo(map);
 */
export function itineraryLayer(data: ItineraryInput, options?: ItineraryLayerOptions): ItineraryLayer {
  return new ItineraryLayer(data, options);
}

export type { ItineraryStopEvent };
