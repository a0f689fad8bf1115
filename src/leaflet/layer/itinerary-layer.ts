import * as L from 'leaflet';
import type { ItineraryFeatureCollection } from '../../geojson/to-geojson';
import { isoCheck } from '../../itinerary/iso-date';
import { stopIndex } from '../../itinerary/stop-index';
import type { Itinerary, Stop } from '../../itinerary/types';
import { choosesPadding, keepBadgesClear, paddingClearOfControls } from '../corners';
import { el, prefersReducedMotion, warnOnce } from '../dom';
import { GESTURE_HANDLING_CLASS } from '../gesture-handling';
import { isMapLoaded } from '../leaflet-privates';
import { ITINERARY_LAYER_DEFAULTS, defined, resolveOptions, setOptions, withDefaultOptions, type ItineraryLayerOptions, checkNames, checkOpenStop, type MeetingView, type OpenStopOptions, type ResolvedOptions } from '../options';
import { findMeeting } from '../../story/meetings';
import { groupPlaces, type Place } from '../../story/places';
import { Camera } from './camera';
import type { ItineraryFilterEvent, ItineraryLayerEventMap, ItineraryLayerHandlers, LeafletLayerEventName } from './events';
import { toItinerary, type ItineraryInput } from './input';
import { LayerKeyboard } from './keyboard';
import { buildLayers, contentContext, popupContent, stopLabelOf } from './draw';
import { badgeReach } from './markers';
import type { MarkerSet } from './marker-set';
import { midpointHeading } from './legs';
import { nearestCopy, routePlacer, shownLatLng, toLatLngs, type Placement, type RoutePlacer } from './placement';
import { StopPopup } from './popup';

/**
 * Over 300 lines: a third of it is the public API's doc comments and the typed event
 * overloads, which must sit beside the class they merge with. Its parts are `./camera`,
 * `./popup`, `./keyboard`, `./draw`, `./marker-set` and `./large-mode`. Its code has grown
 * from about 250 lines at the redesign to about 370 (the fit and its refit on resize, the
 * stop filter's day check, leg popups, stops opened before the map has a view): the next
 * parts to move out, once a move does not cost bytes (see the size limits).
 */

/** About how long each task placing a large route's legs runs (ms): the page paints and answers input between them. */
const PLACE_BUDGET_MS = 30;

/** The least zoom a stop is opened at in large mode. */
const LARGE_OPEN_ZOOM = 5;

/** Leaflet's FeatureGroup with the layer's defaults (`ITINERARY_LAYER_DEFAULTS`) as its prototype's options; its call is marked pure so that a page importing only a helper or a table of words from visitmap/leaflet drops the layer. */
const DefaultedGroup = /* @__PURE__ */ withDefaultOptions(L.FeatureGroup, ITINERARY_LAYER_DEFAULTS);

/**
 * An itinerary on a Leaflet map: numbered stop markers in visiting order (one per
 * place, grouped when they overlap on screen), legs by travel mode with their
 * direction, safe popups with meeting links, and keyboard paths through it all. Its
 * camera, popup, keyboard handler and markers are parts of their own (see `./camera`,
 * `./popup`, `./keyboard`, `./marker-set`); the legend, the stop list and the story
 * controls are controls added beside it. Past `largeThreshold` stops it draws with its
 * `largeMode` (`canvasLargeMode`).
 *
 * @example
 * const layer = new ItineraryLayer(itineraryJson, { language: 'zh-Hans' }).addTo(map);
 * stopListControl(layer).addTo(map);
 * layer.fitItinerary();
 * layer.on('stopfocus', (e) => console.log(e.index, e.stop.id));
 */
// Merged with the interface below, which adds the typed event overloads.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ItineraryLayer extends DefaultedGroup {
  /** The options given, over the defaults (`ITINERARY_LAYER_DEFAULTS`, on the prototype: `ItineraryLayer.mergeOptions` changes them for every layer). */
  declare options: ItineraryLayerOptions & typeof ITINERARY_LAYER_DEFAULTS;
  /** The parsed itinerary shown. */
  readonly itinerary: Itinerary;
  /** Places (stops grouped by where they are), in order of first visit. */
  readonly places: readonly Place[];
  /** Whether the large mode is in use. */
  readonly large: boolean;
  /** @internal Place index of each stop. */
  readonly _placeOfStop: number[] = [];
  /** @internal The shared popup. */
  readonly _popup: StopPopup;
  /** @internal The DOM-mode markers, while on a map. */
  _markers?: MarkerSet | null;
  /** @internal The leg whose popup was opened last (the popup is a leg's while `_popup.index` is `-1`). */
  _leg = -1;
  /** @internal The key under which a `DeepLink` opens `#meeting=<id>` links (the popup's details controls are then links, else buttons). */
  _meetingLinks?: string;
  private readonly resolved: ResolvedOptions;
  private current = -1;
  /** The map the layer is being added or is added to. */
  private host?: L.Map | null;
  /** Whether the layer is drawn on `host` (Leaflet adds it once the map has a view). */
  private onMap = false;
  /** A stop opened while the layer waited for its map's view: opened when it is added. */
  private waiting?: [number, OpenStopOptions] | null;
  /** @internal Moves the map, one move at a time. */
  _camera?: Camera | null;
  private keyboard?: LayerKeyboard | null;
  /** The gesture handling the layer turned on (the `gestureHandling` option's), to turn off with it. */
  private gestures?: L.Handler | null;
  /** @internal The controls its deprecated `legend` and `stopList` options added (a page's own of a kind takes their place: see ItineraryControl). */
  _controls: L.Control[] = [];
  private live?: HTMLElement | null;
  /** Stops left shown by `setStopFilter`; `null`: all. */
  private shown: ReadonlySet<number> | null = null;
  /** The local day those stops are (a day picked), if `setStopFilter` was told it. */
  private shownDay: string | null = null;
  /** The view `fitItinerary` last left, and its options: a map resized while it still shows that view (nobody moved it since) is fitted again. */
  private fitted?: { options?: L.FitBoundsOptions; center: L.LatLng; zoom: number } | null;
  /** Watches the map's container for the size a map made hidden gets when shown. */
  private sized?: ResizeObserver | null;
  /** The meeting details view (the `meetingDetails` option's), made when first opened. */
  private details?: MeetingView;
  private readonly placer: RoutePlacer;

  constructor(data: ItineraryInput, options: ItineraryLayerOptions = {}) {
    super([]);
    this.resolved = resolveOptions(setOptions(this, options, 'ItineraryLayer'));
    const o = this.resolved;
    this.itinerary = toItinerary(data, o.fromGeoJSON);
    const large = this.itinerary.stops.length >= o.largeThreshold;
    if (large && !o.largeMode) warnOnce(`${this.itinerary.stops.length} stops are past largeThreshold: pass { largeMode: canvasLargeMode } to draw them on a canvas`);
    this.large = large && Boolean(o.largeMode);
    this.places = groupPlaces(this.itinerary.stops);
    for (const place of this.places) for (const i of place.stops) this._placeOfStop[i] = place.index;
    this._popup = new StopPopup(o.popupOptions, (index) => this.onPopupClose(index));
    this.placer = routePlacer(this.itinerary, o.straightLegs, o.toleranceKm);
    // Thousands of stops: the route is placed in tasks of its own, so that making the
    // layer, placing it and drawing it are not one long task (a page that adds the layer
    // at once places what is left then, as before).
    if (this.large) this.placer.start(PLACE_BUDGET_MS);
  }

  /** The layer's settings, resolved: every option with its default, the date locale and the words. Controls read theirs from it. */
  get settings(): Readonly<ResolvedOptions> {
    return this.resolved;
  }

  /** The language names are shown in. */
  get language(): string {
    return this.resolved.language;
  }

  /** Called by Leaflet as the layer is added, before the map has a view: remembers the map, so that `fitItinerary` can give it one. */
  override beforeAdd(map: L.Map): this {
    this.host = map;
    this._camera = new Camera(map);
    if (this.resolved.fitBounds && !isMapLoaded(map)) this.fitItinerary();
    return this;
  }

  /** Called by Leaflet when the layer is added to a map with a view: draws the stops and legs, adds the controls its options ask for, turns on its gesture handling, and fits the map when `fitBounds` is set. Use `map.addLayer(layer)` or `layer.addTo(map)` rather than calling it. */
  override onAdd(map: L.Map): this {
    const o = this.resolved;
    this.host = map;
    this.onMap = true;
    this._camera ??= new Camera(map);
    this._camera.keepInSight(() => this.routeBounds());
    this.draw(map);
    super.onAdd(map);
    this.live = el('div', 'vm-live vm-visually-hidden', undefined, map.getContainer());
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.keyboard = new LayerKeyboard(map, this).enable();
    // Not over gesture handling the page turned on itself: that one stays the page's.
    if (o.gestureHandling && !map.getContainer().classList.contains(GESTURE_HANDLING_CLASS)) this.gestures = o.gestureHandling(map).enable();
    this._popup.attach(map);
    map.on('resize', this.onMapResize, this);
    // A map made in a hidden tab (display: none) has no size, and Leaflet hears of the window's
    // resizes only: told when its container first gets one, it fits again (onMapResize).
    if (typeof ResizeObserver === 'function') {
      this.sized = new ResizeObserver(() => {
        const { x, y } = map.getSize();
        const box = map.getContainer();
        if ((!x || !y) && box.clientWidth && box.clientHeight) map.invalidateSize();
      });
      this.sized.observe(map.getContainer());
    }
    // The deprecated `legend` and `stopList` options add their controls where the factory is
    // given (the script-tag build gives both), and warn where asked for explicitly without it.
    for (const name of ['legend', 'stopList'] as const) {
      const make = o[`${name}Control`];
      if (o[name] && make) this._controls.push(make(this, { position: o[`${name}Position`] }).addTo(map));
      else if (o[name] && Object.prototype.hasOwnProperty.call(this.options, name)) warnOnce(`the ${name} option needs its control: add ${name}Control(layer).addTo(map)`);
    }
    if (o.fitBounds) this.fitItinerary();
    // After the fit that gave the map its view has begun its second pass (see fitItinerary): the camera waits for it.
    const waiting = this.waiting;
    if (waiting) queueMicrotask(() => this.waiting === waiting && this.openStop(...waiting));
    return this;
  }

  /** Called by Leaflet when the layer is removed: takes away its markers, legs, popup, controls, keyboard handler and the gesture handling it turned on. Use `layer.remove()` rather than calling it. */
  override onRemove(map: L.Map): this {
    this._camera?.stop();
    this._camera = null;
    this.details?.remove();
    this._popup.close();
    this._popup.attach(null);
    map.off('resize', this.onMapResize, this);
    this.sized?.disconnect();
    this.sized = null;
    this.fitted = null;
    super.onRemove(map);
    this.clear();
    this.keyboard?.disable();
    this.keyboard = null;
    this.gestures?.disable();
    this.gestures = null;
    this._controls.splice(0).forEach((c) => c.remove());
    this.live?.remove();
    this.live = null;
    this.host = null;
    this.onMap = false;
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
   *   A name or value not in {@link OpenStopOptions} (`focus: true`) is a `TypeError` naming it and what is allowed.
   * @example
   * layer.openStop('hangzhou'); // by id
   * layer.openStop(0, { popup: false, animate: false }); // the first stop, popup closed
   */
  openStop(stop: string | number, options: OpenStopOptions = {}): this {
    checkOpenStop(options);
    const index = this.indexOf(stop);
    this._setCurrent(index, true);
    const map = this.host;
    // Added to a map with no view yet (`L.map('id')`, a deep link followed before the fit): opened once the map has one.
    this.waiting = map && !this.onMap ? [index, options] : null;
    if (!map || !this._camera || !this.onMap) return this;
    const place = this._placeOfStop[index]!;
    const target = () => {
      // Large mode has no markers to reveal; from a whole-world view it comes close enough
      // to the stop for the map to pan its popup clear of the controls.
      const zoom = this._markers?.zoomToReveal(place) ?? Math.min(Math.max(map.getZoom(), LARGE_OPEN_ZOOM), map.getMaxZoom());
      return { latlng: this._stopLatLng(index, map.getCenter()), zoom };
    };
    this._camera.moveTo(target, (options.animate ?? this.resolved.animate) && !prefersReducedMotion(), () => {
      this._markers?.reveal(place);
      if (options.popup !== false) {
        this.showPopup(index);
        if (options.focus === 'popup') this._popup.focus();
      }
      if (options.focus === 'marker') this._focusStop(index);
    });
    return this;
  }

  /**
   * Closes the open stop's popup, if any; the stop stays current.
   * @example
   * layer.closePopup();
   */
  override closePopup(): this {
    this.waiting = null;
    this._popup.close();
    return this;
  }

  /**
   * Opens the details view of a meeting on the map: a dialog panel with its title, date,
   * who took part, summary, topics and sources, which Escape or its close button closes,
   * returning focus to `opener` (default: what had focus). Needs the `meetingDetails`
   * option (the script-tag build sets it). The popup's "Meeting details" button of a meeting
   * without a `url` opens it; a {@link DeepLink} keeps it in the URL as `#meeting=<id>` (and
   * makes that button a link to it).
   * Fires `meetingopen`. Does nothing before the layer is added to a map.
   * @param id the meeting's `id`; a `RangeError` when no meeting has it (once on a map, with the option set).
   * @example
   * const layer = itineraryLayer(data, { meetingDetails }).addTo(map);
   * layer.openMeeting('lingang-big-data');
   */
  openMeeting(id: string, options: { opener?: HTMLElement | null; focus?: boolean } = {}): this {
    const make = this.resolved.meetingDetails;
    if (!make) warnOnce('openMeeting needs the meetingDetails option');
    else if (this.host) (this.details ??= make(this)).open(this.host.getContainer(), id, options);
    return this;
  }

  /** Closes the meeting details view, if open (fires `meetingclose`). */
  closeMeeting(): this {
    this.details?.close();
    return this;
  }

  /** The id of the meeting whose details view is open, `null` when none is. */
  getOpenMeeting(): string | null {
    return this.details?.meeting ?? null;
  }

  /**
   * Shows only some stops: their markers, the legs joining two shown stops, and their
   * stop list entries (a day view, a search). `null` shows everything again. A popup or a
   * meeting's details view open at a stop hidden closes. Fires `stopfilter`. In large mode the canvas still draws every stop; legs and list follow.
   * While stops are filtered out, a timeline moves only among those shown.
   * @param stops ids or indexes of the stops to show.
   * @param options `day`: the local day (`YYYY-MM-DD`) these stops are, as the day picker
   * sets it: a timeline then keeps within that day (a stop reached the day before counts
   * from the day's start) A day none of the stops is on (from its arrival to its
   * departure, or a meeting's day) is a `RangeError` naming their nearest days.
   * @example
   * layer.setStopFilter(['shanghai', 'yangshan']); // some stops
   * layer.setStopFilter([1, 2, 3, 4], { day: '2023-12-11' }); // one day's stops
   * layer.setStopFilter(null); // everything again
   */
  setStopFilter(stops: readonly (string | number)[] | null, options?: { day?: string | null }): this {
    if (stops && !Array.isArray(stops)) throw new TypeError('setStopFilter: expected a list of stop ids or indexes, or null');
    checkNames(options, { day: null }, 'setStopFilter');
    const day = (stops && options?.day) || null;
    // Checked before anything changes: a day the timeline would take for Invalid Date.
    if (day !== null && (typeof day !== 'string' || day.length !== 10 || isoCheck(day))) throw new TypeError(`setStopFilter: options.day ${JSON.stringify(day)} is not a day as YYYY-MM-DD`);
    if (day !== null) {
      // A stop is on the days from its arrival to its departure and on its meetings' days, as the
      // day picker has it, each on its own clock (the date its dates write).
      const near: string[] = [];
      const on = stops!.some((s) => {
        const { arrive: a, depart: d, meetings } = this.itinerary.stops[this.indexOf(s)]!;
        const days = [a ?? d, d ?? a, ...meetings.map((m) => m.date)].flatMap((x) => (x ? [x.slice(0, 10)] : []));
        near.push(...days);
        return days.includes(day) || (a ?? d ? days[0]! < day && day < days[1]! : false);
      });
      near.sort();
      if (!on) throw new RangeError(`setStopFilter: options.day ${day} holds none of the stops given (${near.length ? `their nearest days: ${[near.filter((x) => x < day).pop(), near.find((x) => x > day)].filter(Boolean).join(', ')}` : 'none of them has a date'})`);
    }
    this.shown = stops ? new Set(stops.map((s) => this.indexOf(s))) : null;
    this.shownDay = day;
    const map = this.host;
    if (map && this.onMap) {
      // A stop's popup at a stop hidden closes, and a leg's on a leg no longer drawn (an end hidden).
      const at = this._popup.index;
      if (this.shown && this._popup.isOpen() && (at >= 0 ? !this.shown.has(at) : !(this.shown.has(this._leg) && this.shown.has(this._leg + 1)))) this._popup.close();
      // So does the details view of a meeting at a stop hidden (a day picked that is not the meeting's).
      const meeting = this.getOpenMeeting();
      if (this.shown && meeting !== null && !this.shown.has(findMeeting(this.itinerary, meeting)?.stop ?? -1)) this.closeMeeting();
      this.clear();
      this.draw(map);
    }
    const payload: Partial<ItineraryFilterEvent> = { stops: this.getStopFilter(), day: this.shownDay, layer: this };
    this.fire('stopfilter', payload);
    return this;
  }

  /** Indexes of the stops `setStopFilter` left shown, in order; `null` when all are. */
  getStopFilter(): number[] | null {
    return this.shown ? [...this.shown].sort((a, b) => a - b) : null;
  }

  /** The local day (`YYYY-MM-DD`) `setStopFilter` was given with the stops shown, `null` when none was. */
  getStopFilterDay(): string | null {
    return this.shownDay;
  }

  /**
   * Opens the next stop (the first after the last one wraps around), skipping stops `setStopFilter` hides.
   * @example
   * nextButton.addEventListener('click', () => layer.next());
   */
  next(): this {
    return this.openStop(this._step(1), { focus: this._popup.keyboard ? 'popup' : false });
  }

  /** Opens the previous stop, skipping stops `setStopFilter` hides. */
  previous(): this {
    return this.openStop(this._step(-1), { focus: this._popup.keyboard ? 'popup' : false });
  }

  /**
   * Fits the map to the whole itinerary, keeping the stops clear of an open stop list, and
   * on a narrow map of the band its controls leave across it (a legend or bar wider than half the map);
   * and each stop's badge clear of every control on the map (the timeline, the day picker, the
   * summary, the legend, Leaflet's own), the route moved within the room, or a zoom step out only
   * where no place there would do, unless `options` gives a padding of its own.
   * Works on a map made without a view (`L.map('map')`): the fit gives it one. Does
   * nothing before the layer is added to a map. When the map is resized (a phone turned, or first shown after being made in a hidden tab)
   * while it still shows the fitted view, it fits again, with the same options; once the
   * visitor has moved the map, a resize leaves it where they put it. An open popup is fitted and
   * panned into its room again once the map has moved, as after a day's fit.
   * @param options Leaflet's fitBounds options, over the defaults: padding from the
   *   `fitPadding` option (by default, room for every stop's badge) and `maxZoom: 12` (for
   *   stops all at one place 7 at most, where the basemap still names the places around).
   * @example
   * layer.addTo(map).fitItinerary({ maxZoom: 8 });
   */
  fitItinerary(options?: L.FitBoundsOptions): this {
    const map = this.host;
    if (!map || !this._camera) return this;
    const bounds = this.routeBounds();
    if (!bounds.isValid()) return this;
    const loaded = isMapLoaded(map);
    const [x, y] = this._fitPadding();
    const padding = loaded ? paddingClearOfControls(map, x, y) : { paddingTopLeft: L.point(x, y), paddingBottomRight: L.point(x, y) };
    let fit: L.FitBoundsOptions = { ...padding, maxZoom: 12, ...defined(options) };
    // Each badge clear of every control, unless the page chose the padding.
    if (loaded && !choosesPadding(options)) fit = keepBadgesClear(map, this.itinerary.stops.map((_, i) => this._stopLatLng(i)), x, y, this.resolved.clusterRadius, fit);
    // An open popup fits and pans into its room again once the map has moved under it, as after a day's fit.
    this._camera.fit(bounds, fit, () => {
      this.fitted = { options, center: map.getCenter(), zoom: map.getZoom() };
      this._popup.refit();
    });
    // A map with no view got one from this fit, and the layer was drawn then: fit again, with room for its badges.
    if (!loaded && isMapLoaded(map)) this.fitItinerary(options);
    return this;
  }

  /**
   * The itinerary as visitmap's GeoJSON export, written by the `toGeoJSON` option (the
   * core's `toGeoJSON`; the script-tag build sets it), not Leaflet's generic dump of the
   * group's layers: a saved export renders the same map. Without that option it throws,
   * saying to call the core's `toGeoJSON(layer.itinerary)`, which keeps the exporter out of
   * pages that never export.
   * @param _precision Ignored: coordinates always have at most 6 decimals.
   * @example
   * const file = JSON.stringify(toGeoJSON(layer.itinerary)); // or, with { toGeoJSON } given:
   * const same = JSON.stringify(layer.toGeoJSON());
   */
  override toGeoJSON(_precision?: number | false): ItineraryFeatureCollection {
    const write = this.resolved.toGeoJSON;
    if (!write) throw new Error("ItineraryLayer.toGeoJSON: call toGeoJSON(layer.itinerary) from 'visitmap', or pass the layer the option { toGeoJSON }");
    return write(this.itinerary, { toleranceKm: this.resolved.toleranceKm });
  }

  /**
   * Resolves once the route is placed: its legs' great circles and the world copies its
   * stops are drawn in. A layer of `largeThreshold` stops or more in large mode starts
   * placing it, in tasks of its own, as it is made; any other starts now. Adding the layer
   * after it keeps that work out of the add; adding it sooner places what is left then.
   * @example
   * const layer = itineraryLayer(bigTrip, { largeMode: canvasLargeMode });
   * await layer.whenPlaced(); // the page paints and answers input meanwhile
   * layer.addTo(map);
   */
  whenPlaced(): Promise<this> {
    return this.placer.start(PLACE_BUDGET_MS).ready.then(() => this);
  }

  /** Builds the popup content of a stop: the `popupContent` option's, or the safe default. */
  popupContentFor(index: number): HTMLElement | string {
    return popupContent(this, index, (i) => this.openStop(i, { focus: 'popup' }));
  }

  // ------------------------------------------- internals, shared with the layer's parts

  /** @internal The stop's index, from its id or index; a `RangeError` for neither. */
  indexOf(stop: string | number): number {
    return stopIndex(this.itinerary.stops, stop, 'ItineraryLayer');
  }

  /** @internal The next (delta 1) or previous (-1) stop from the current one, wrapping, skipping stops a filter hides. */
  _step(delta: number): number {
    const n = this.itinerary.stops.length;
    let i = this.current < 0 ? (delta > 0 ? -1 : n) : this.current;
    for (let tries = 0; tries < n; tries++) {
      i = (i + delta + n) % n;
      if (!this.shown || this.shown.has(i)) return i;
    }
    return this.current < 0 ? 0 : this.current; // the filter hides every stop: stay
  }

  /** @internal Makes `index` current: fires `stopfocus`, and says it in the live region when asked. */
  _setCurrent(index: number, announce: boolean): void {
    const changed = index !== this.current;
    this.current = index;
    this._markers?.setCurrent(index >= 0 ? this._placeOfStop[index]! : -1);
    if (announce && this.live) this.live.textContent = stopLabelOf(this, index);
    if (changed || announce) this._fireStop('stopfocus', index);
  }

  /** @internal Where the legs and stops are drawn: the world copies that keep the route continuous across ±180 (computed once). */
  get _placement(): Placement {
    return this.placer.placement();
  }

  /** @internal The world copies (degrees) stop `index` is shown in: its place's, the place's first stop's own first. */
  _copiesOf(index: number): number[] {
    const { copies, offsets } = this._placement;
    const stops = this.places[this._placeOfStop[index]!]!.stops;
    const own = offsets[stops[0]!]!;
    if (stops.length === 1 && copies[index]!.length === 1) return [own]; // most stops: cheap for thousands
    return [own, ...new Set(stops.flatMap((i) => copies[i]!).filter((c) => c !== own))];
  }

  /** @internal Where stop `index` is on the map: in the copy where its legs meet, or, given `near`, in its copy nearest that. */
  _stopLatLng(index: number, near?: L.LatLng): L.LatLng {
    const c = this.itinerary.stops[index]!.coordinates;
    const own = this._placement.offsets[index]!;
    return shownLatLng(c, near ? nearestCopy(this._copiesOf(index), c[0], near.lng, own) : own);
  }

  /** @internal A place's marker (or a canvas stop) was clicked (at `at`: the copy clicked), or pressed with Enter or Space. */
  _activatePlace(place: number, viaKeyboard: boolean, at?: L.LatLng): void {
    // From the keyboard: at the marker that has focus, the place's own.
    this.activate(this._stopAt(place), viaKeyboard, at ?? (viaKeyboard ? this._markers?.placeLatLng(place) : undefined));
  }

  /** @internal The stop a place's marker stands for: the current one if it is there, else the place's first shown (in a day view, that day's). */
  _stopAt(place: number): number {
    const all = this.places[place]!.stops;
    const stops = this.shown ? all.filter((i) => this.shown!.has(i)) : all;
    return stops.includes(this.current) ? this.current : (stops[0] ?? all[0]!);
  }

  /** Stop `index` was clicked (at `at`: where), or pressed with Enter or Space: makes it current and opens its popup. */
  private activate(index: number, viaKeyboard: boolean, at?: L.LatLng): void {
    this._popup.keyboard = viaKeyboard;
    this._fireStop('stopclick', index);
    this._setCurrent(index, viaKeyboard);
    this.showPopup(index, at);
    if (viaKeyboard) this._popup.focus();
  }

  /**
   * @internal Leg `index` was clicked at `at` (legs take clicks with the `legPopup` option): fires `legclick` and opens its popup there (the
   * stops' popup, so one popup is open at a time; a stop's popup open closes first, firing `popupclose`).
   */
  _openLeg(index: number, at: L.LatLng, viaKeyboard = false): void {
    this.fire('legclick', { leg: this.itinerary.legs[index], index, layer: this });
    if (this._popup.index >= 0) this._popup.close();
    this._leg = index;
    this._popup.keyboard = viaKeyboard;
    this._popup.show(-1, at, this.resolved.legPopup!(index, contentContext(this, index)), -4);
    if (viaKeyboard) this._popup.focus();
  }

  /**
   * @internal From the keyboard, on a stop's marker or its entry in the stop list: makes the
   * stop current and opens the popup of the leg leaving it (the last stop: the leg reaching it),
   * at the leg's middle, focus in it. Focus goes back to what had it (else the current stop's
   * marker) when it closes. False when no such leg is drawn, or legs have no popups (no `legPopup` option).
   */
  _openLegFrom(stop: number): boolean {
    const { points } = this._placement;
    // Drawn: the `legs` option on, both its stops shown (see buildLayers), and a line to draw.
    const drawn = (i: number) => this.resolved.legs && (points[i]?.length ?? 0) > 1 && (!this.shown || (this.shown.has(i) && this.shown.has(i + 1)));
    const leg = drawn(stop) ? stop : drawn(stop - 1) ? stop - 1 : -1;
    if (leg < 0 || !this.host || !this.resolved.legPopup) return false;
    this._setCurrent(stop, false);
    const line = toLatLngs(points[leg]!);
    this._openLeg(leg, midpointHeading(line, this.host.options.crs)?.latlng ?? line[0]!, true);
    return true;
  }

  /** @internal The padding of the layer's fits, px across and down: the `fitPadding` option, else as far as the badges drawn reach, at least 24. */
  _fitPadding(): [number, number] {
    return this.resolved.fitPadding ?? badgeReach(this.getLayers());
  }

  /** @internal Focuses the marker that shows stop `index` (or, in large mode, the stop list). */
  _focusStop(index: number): void {
    const target = this._markers?.elementOfPlace(this._placeOfStop[index]!);
    if (target) target.focus({ preventScroll: true });
    else this.host?.getContainer().querySelector<HTMLElement>('.vm-stoplist__viewport, .vm-stoplist [aria-current], .vm-stoplist__stop')?.focus();
  }

  /**
   * Where the stops are: each where its legs meet (over the Pacific for a trip across it; London at
   * both ends of a trip round the world). A route folded into one world is that world: not the
   * copies past its edge where legs across it end, which would fit it a zoom further out.
   */
  private routeBounds(): L.LatLngBounds {
    return L.latLngBounds(this.itinerary.stops.map((s, i) => shownLatLng(s.coordinates, this._placement.offsets[i])));
  }

  /** @internal Fires `type`, with stop `index` in its payload. */
  _fireStop(type: keyof ItineraryLayerEventMap, index: number): void {
    this.fire(type, { stop: this.itinerary.stops[index], index, layer: this });
  }

  /** Opens stop `index`'s popup at `at` (a marker clicked), else at its marker nearest the view. */
  private showPopup(index: number, at?: L.LatLng): void {
    if (!this.onMap || !this.host) return;
    // On the map: it has a view (Leaflet adds layers once it has).
    const near = this.host.getCenter();
    const latlng = at ?? this._markers?.placeLatLng(this._placeOfStop[index]!, near) ?? this._stopLatLng(index, near);
    this._popup.show(index, latlng, this.popupContentFor(index), this.large ? -4 : -14);
    this._fireStop('popupopen', index);
    this._fireStop('stopvisit', index);
  }

  /**
   * The map resized (a phone turned, a window made narrower): fitted again, once the controls
   * are laid out for the new size, if it still shows the view the last fit left; a map the
   * visitor has moved since is left where they put it.
   */
  private onMapResize(): void {
    requestAnimationFrame(() => {
      const map = this.host;
      const f = this.fitted;
      if (!map || !f) return;
      // Leaflet keeps the centre through a resize, to within a pixel's rounding; a view set
      // since (the stop list back from print) is not the fitted one either.
      if (map.getZoom() !== f.zoom || map.project(map.getCenter(), f.zoom).distanceTo(map.project(f.center, f.zoom)) > 2) this.fitted = null;
      else this.fitItinerary(f.options);
    });
  }

  /**
   * A keyboard popup, or one with focus in it however it closed (its × clicked by a mouse, a
   * screen reader or voice control; Escape), gives focus back to what opened it, else to its
   * stop's marker; focus moved elsewhere (a click on the map) stays there. Not during a move
   * to another stop: the move gives focus to that stop's marker when it arrives.
   */
  private onPopupClose(index: number): void {
    const popup = this._popup;
    const active = document.activeElement;
    // A leg's popup (index -1) fires no stop event; focus goes back as from a stop's, to the
    // current stop's marker (from the keyboard, the one it was opened from).
    if (index >= 0) this._fireStop('popupclose', index);
    const home = index < 0 ? this.current : index;
    if (home < 0 || (!popup.keyboard && !(popup.hadFocus && !this._camera?.pending))) return;
    if (active && active !== document.body && !popup.popup.getElement()?.contains(active)) return;
    const opener = popup.opener;
    if (this._markers?.placeOfElement(opener) === undefined) opener?.focus({ preventScroll: true });
    if (document.activeElement !== opener) this._focusStop(home);
  }

  private draw(map: L.Map): void {
    this._markers = buildLayers(this, map, this.shown, (place, at) => this._activatePlace(place, false, at), (index, at) => this.activate(index, false, at));
    if (this._markers && this.current >= 0) this._markers.setCurrent(this._placeOfStop[this.current]!);
  }

  private clear(): void {
    this._markers?.detach();
    this._markers = null;
    this.clearLayers();
  }
}

// Typed events: `layer.on('stopclick', (e) => e.stop)`; a misspelt name is a type error.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ItineraryLayer {
  /** Listens to one of the layer's own events (see {@link ItineraryLayerEventMap}), with the payload typed, e.g. `layer.on('stopclick', (e) => e.stop.id)`. */
  on<K extends keyof ItineraryLayerEventMap>(type: K, fn: (event: ItineraryLayerEventMap[K]) => void, context?: unknown): this;
  /** Listens to one of Leaflet's own layer events (`add`, `remove`, `click`, …). */
  on(type: LeafletLayerEventName, fn: L.LeafletEventHandlerFn, context?: unknown): this;
  /** Listens to several events at once, given as a map of event name to handler. */
  on(handlers: ItineraryLayerHandlers & Pick<L.LeafletEventHandlerFnMap, LeafletLayerEventName>, context?: unknown): this;
  /** Like `on`, for one of the layer's own events, but the handler runs only the first time it fires. */
  once<K extends keyof ItineraryLayerEventMap>(type: K, fn: (event: ItineraryLayerEventMap[K]) => void, context?: unknown): this;
  /** Like `on` for one of Leaflet's layer events, but the handler runs only once. */
  once(type: LeafletLayerEventName, fn: L.LeafletEventHandlerFn, context?: unknown): this;
  /** Like `on` with a map of event name to handler, but each handler runs only once. */
  once(handlers: ItineraryLayerHandlers & Pick<L.LeafletEventHandlerFnMap, LeafletLayerEventName>, context?: unknown): this;
  /** Stops listening to one of the layer's own events: the given handler, or every handler when `fn` is absent. */
  off<K extends keyof ItineraryLayerEventMap>(type: K, fn?: (event: ItineraryLayerEventMap[K]) => void, context?: unknown): this;
  /** Stops listening to one of Leaflet's layer events. */
  off(type: LeafletLayerEventName, fn?: L.LeafletEventHandlerFn, context?: unknown): this;
  /** Removes the handlers in a map of event name to handler; with no argument, every handler of every event. */
  off(handlers?: ItineraryLayerHandlers & Pick<L.LeafletEventHandlerFnMap, LeafletLayerEventName>, context?: unknown): this;
}

/**
 * Factory for {@link ItineraryLayer}, as Leaflet 1.x users expect.
 *
 * @example
 * itineraryLayer(await (await fetch('visit.json')).json(), { fitBounds: true }).addTo(map);
 */
export function itineraryLayer(data: ItineraryInput, options?: ItineraryLayerOptions): ItineraryLayer {
  return new ItineraryLayer(data, options);
}
