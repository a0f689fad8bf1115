/**
 * Over 300 lines for a reason: it is the layer's public options and words, each with the
 * doc comment the API reference is generated from, beside the frozen defaults they document.
 */
import * as L from 'leaflet';
import type { ItineraryFeatureCollection, ToGeoJSONOptions } from '../geojson/to-geojson';
import { MODE_COLORS } from '../geojson/style';
import { TIME_STRINGS } from '../story/format';
import { storyLocale } from '../story/text';
import { checkTolerance } from '../geo/tolerance';
import { closest } from '../itinerary/closest';
import { isLanguageTag } from '../itinerary/language-tag';
import { TRAVEL_MODES, type Itinerary, type Stop, type TravelMode } from '../itinerary/types';
import type { LayerStrings } from '../geojson/strings';
import type { PopupBuildContext } from './layer/popup-content';
import type { ItineraryLayer } from './layer/itinerary-layer';
import type { LargeMode } from './layer/large-mode';
import { defined } from './defined';

export { defined } from './defined';

export type { LayerStrings } from '../geojson/strings';

/** How one travel mode's legs are drawn. Unset fields come from the CSS custom properties, then from built-in values. */
export interface LegStyle {
  /** Stroke colour. Default: CSS `--vm-leg-<mode>` on the map container, else the palette's (the exports' colour). */
  color?: string;
  /** Stroke width in pixels. */
  weight?: number;
  /** Dash pattern, as Leaflet takes it: a string such as `'6 8'` or a list of lengths such as `[6, 8]`. */
  dashArray?: string | number[];
  /** Stroke opacity, 0..1. Default: the built-in style's (`0.9`, `0.85` for an unknown mode). */
  opacity?: number;
  /** Classes added to each leg's path, after the layer's own `vm-leg vm-leg--<mode>`. */
  className?: string;
  /** The Leaflet renderer that draws the legs (e.g. an `L.canvas()` of the page's). Default: the map's. */
  renderer?: L.Renderer;
}

/** The fields of a {@link LegStyle} that every mode has a built-in value for. */
export type BaseLegStyle = Required<Pick<LegStyle, 'color' | 'weight' | 'dashArray' | 'opacity'>>;

/** What a custom {@link ItineraryLayerOptions.popupContent} function is given. */
export interface PopupContext {
  /** Position of the stop in visiting order, from 0. */
  index: number;
  /** The itinerary the stop belongs to. */
  itinerary: Itinerary;
  /** The layer's `language` option, for `localize`. */
  language: string;
  /** The layer building the popup. */
  layer: ItineraryLayer;
  /** Builds the default popup content (safe DOM), to wrap or extend. */
  defaultContent(): HTMLElement;
}

/**
 * A meeting details view, as the layer's `meetingDetails` option makes it (see
 * `meetingDetails` in `controls/meeting-details`): one per layer, made when first opened.
 */
export interface MeetingView {
  /** The id of the meeting shown, `null` when closed. */
  readonly meeting: string | null;
  /**
   * Shows meeting `id` in `container` (the map's) and fires the layer's `meetingopen`; a
   * `RangeError` when no meeting has that id. Focus moves into it unless `focus` is false,
   * and returns to `opener` (default: what had focus) when it closes.
   */
  open(container: HTMLElement, id: string, options: { opener?: HTMLElement | null; focus?: boolean }): void;
  /** Closes it, if open, and fires the layer's `meetingclose`. */
  close(): void;
  /** Closes it and takes it out of the page (the layer left the map). */
  remove(): void;
}

/**
 * Options of {@link ItineraryLayer}. Every field is optional; the default of each is
 * given here and lives in {@link ITINERARY_LAYER_DEFAULTS}.
 */
export interface ItineraryLayerOptions extends L.LayerOptions {
  /** BCP 47 tag of the language to show names and text in, falling back through the available ones. Default `'en'`. */
  language?: string;
  /** Locale for dates. Default: `'en-GB'` when `language` is English ("10 Dec 2023"), else `language`. */
  dateLocale?: string;
  /** Largest distance in km a drawn leg may stray from the true great circle. Default `1`. */
  toleranceKm?: number;
  /** Draw the legs between stops. Default `true`. */
  legs?: boolean;
  /** Draw legs as straight lines on the map instead of great circles. Default `false`. */
  straightLegs?: boolean;
  /** Show small arrowheads giving each leg's direction. Default `true` (never in large mode). */
  arrows?: boolean;
  /** Per-mode leg styles, merged over the built-in ones. Default `{}`. */
  legStyles?: Partial<Record<TravelMode, LegStyle>>;
  /**
   * Builds a popup's content instead of the default. A returned string is inserted as
   * HTML: the site that returns it owns its safety (escape data yourself). Default: the
   * built-in builder, which only ever inserts data as text.
   */
  popupContent?: ((stop: Stop, context: PopupContext) => HTMLElement | string) | null;
  /**
   * The details view of meetings without a `url`: pass `meetingDetails` from
   * `visitmap/leaflet`. Each such meeting's popup then links to `#meeting=<id>`, which
   * opens the view on the map (see `openMeeting`). Default `null` (the script-tag build
   * sets it): those meetings then have no details link.
   */
  meetingDetails?: ((layer: ItineraryLayer) => MeetingView) | null;
  /**
   * What a click on a leg opens: pass `buildLegPopupContent` from `visitmap/leaflet` (its
   * travel mode, "From → To", its dates and its WGS 84 distance), or a builder of your own
   * given the leg's index and the popup's context. Legs then take clicks and fire `legclick`,
   * and `l` on a stop's marker opens the popup of the leg leaving it.
   * Default `null` (the script-tag build sets it): legs take no clicks, and a page that does
   * not show leg popups does not load them.
   */
  legPopup?: ((index: number, context: PopupBuildContext) => HTMLElement) | null;
  /** Base URL that relative meeting links resolve against. Default: the document's base URL. */
  linkBase?: string | null;
  /** `target` of links that leave the site (`rel="noopener noreferrer"` is always set on them). Default `'_blank'`. */
  externalLinkTarget?: string | null;
  /**
   * Add the stop list control with the layer. Default `false`. Needs `stopListControl`
   * (the script-tag build sets it); with ES modules add the control itself:
   * `stopListControl(layer).addTo(map)`.
   * @deprecated Add `stopListControl(layer)` to the map instead.
   */
  stopList?: boolean;
  /** Position of the stop list control the `stopList` option adds. Default `'topright'`. */
  stopListPosition?: L.ControlPosition;
  /**
   * Add the legend with the layer. Default `true`, acted on only where `legendControl` is
   * set (the script-tag build); with ES modules add `legendControl(layer).addTo(map)`.
   * @deprecated Add `legendControl(layer)` to the map instead.
   */
  legend?: boolean;
  /** Position of the legend the `legend` option adds. Default `'bottomright'`. */
  legendPosition?: L.ControlPosition;
  /** The factory the `stopList` option uses (`stopListControl`). Default `null`; the script-tag build sets it. */
  stopListControl?: ((layer: ItineraryLayer, options: { position: L.ControlPosition }) => L.Control) | null;
  /** The factory the `legend` option uses (`legendControl`). Default `null`; the script-tag build sets it. */
  legendControl?: ((layer: ItineraryLayer, options: { position: L.ControlPosition }) => L.Control) | null;
  /**
   * How to draw from `largeThreshold` stops on: `canvasLargeMode` draws every stop and leg on
   * one canvas with no per-stop DOM. Default `null` (the script-tag build sets
   * `canvasLargeMode`): an itinerary past the threshold is then drawn with markers, with a
   * warning naming this option.
   */
  largeMode?: LargeMode | null;
  /**
   * Reads a visitmap GeoJSON export given as the layer's data: pass the core's `fromGeoJSON`.
   * Default `null` (the script-tag build sets it): GeoJSON data then throws a `TypeError`
   * saying to pass `fromGeoJSON(data)` instead.
   */
  fromGeoJSON?: ((collection: ItineraryFeatureCollection) => Itinerary) | null;
  /**
   * Writes the layer's `toGeoJSON()`: pass the core's `toGeoJSON`. Default `null` (the
   * script-tag build sets it): `layer.toGeoJSON()` then throws, saying to call
   * `toGeoJSON(layer.itinerary)`.
   */
  toGeoJSON?: ((itinerary: Itinerary, options?: ToGeoJSONOptions) => ItineraryFeatureCollection) | null;
  /**
   * Gesture handling for a map embedded in a page that scrolls: pass `gestureHandling` from
   * `visitmap/leaflet` (`{ gestureHandling }`), or a function making it with its options
   * (`{ gestureHandling: (map) => gestureHandling(map, { hintDuration: 3000 }) }`). The layer
   * turns it on when added, unless the map already has gesture handling (the page called
   * `gestureHandling(map)`), and off when removed if it was the one that turned it on.
   * Default `null` (the script-tag build sets it, as its maps are embedded in pages): the
   * wheel and one finger move the map, as in Leaflet.
   */
  gestureHandling?: ((map: L.Map) => L.Handler) | null;
  /** From this many stops on, draw on a canvas with no per-stop DOM and a virtualised stop list. Default `500`. */
  largeThreshold?: number;
  /** Fit the map to the itinerary when the layer is added. Default `false`. */
  fitBounds?: boolean;
  /**
   * Padding in pixels, across and down, used by `fitItinerary` and `fitBounds`. Default
   * `null`: as far as the stop badges drawn reach from their stops with a city's 15 px halo
   * (a grouped city's "1 · 7": 40 across, 28 down), and at least 24, so that no badge is cut
   * at the map's edge.
   */
  fitPadding?: [number, number] | null;
  /** Markers closer than this many pixels on screen are grouped. Default `30`. */
  clusterRadius?: number;
  /**
   * Classes added to the layer's stop markers and to the controls made for it (legend, stop
   * list, …): the hook that tells two layers on one map apart in a page's CSS, e.g. their
   * badges' colour, `.trip-b { --vm-accent: #0369a1 }`. In large mode (`canvasLargeMode`),
   * where the stops are dots drawn on a canvas that CSS cannot style, they go on that canvas
   * element instead, and the dots take their fill from its `--vm-accent`: the same rule
   * colours trip B's dots. Default `''`.
   */
  className?: string;
  /** Animate moves (fly to a stop). Default `true`; off when the user prefers reduced motion. */
  animate?: boolean;
  /**
   * Options passed to the popup (`maxWidth`, `className`, …). Default `{ maxWidth: 320, minWidth: 220 }`.
   * Unless set here, `maxHeight` and the auto-pan paddings are chosen when a popup opens so that
   * it stands clear of the map's controls (beside the stop list when the map is wide enough),
   * with its stop's marker in sight.
   */
  popupOptions?: L.PopupOptions;
  /** Words the layer writes itself. Default: English. */
  strings?: Partial<LayerStrings>;
}

// This table and the leg styles are made in pure calls: a spread or a read of another module's
// table at the top level counts as a side effect to a page's bundler, which kept both (and the
// palette) in every bundle importing anything from visitmap/leaflet.
/** The built-in words: English. */
export const DEFAULT_STRINGS: Readonly<LayerStrings> = /* @__PURE__ */ (() => Object.freeze({
  stop: 'Stop',
  stopOfTotal: 'Stop {n} of {total}',
  stopsGroup: 'Stops {list}',
  stated: 'stated',
  inferred: 'inferred',
  with: 'With',
  details: 'Meeting details',
  alsoHere: 'Also here',
  km: '{n} km',
  aboutData: 'About these facts',
  stopList: 'Itinerary',
  legend: 'Legend',
  zoomToGroup: 'press Enter to show them',
  ...TIME_STRINGS,
  modes: { flight: 'Flight', rail: 'Rail', road: 'Road', sea: 'Sea', unknown: 'Travel (mode not stated)' },
  precision: { venue: 'Exact place', district: 'District', city: 'City (approximate)' },
}))();

/**
 * Built-in leg styles, used where neither the options nor the CSS say otherwise. The
 * colours are the palette's (`MODE_COLORS`, which the exports write), so a saved export
 * draws the same map; the map adds dashes and weights the exports have no way to say.
 */
export const DEFAULT_LEG_STYLES: Readonly<Record<TravelMode, Readonly<BaseLegStyle>>> = /* @__PURE__ */ (() => Object.freeze({
  flight: { color: MODE_COLORS.flight, weight: 2.5, dashArray: '7 7', opacity: 0.9 },
  rail: { color: MODE_COLORS.rail, weight: 3.5, dashArray: '', opacity: 0.9 },
  road: { color: MODE_COLORS.road, weight: 3.5, dashArray: '', opacity: 0.9 },
  sea: { color: MODE_COLORS.sea, weight: 3, dashArray: '2 6', opacity: 0.9 },
  unknown: { color: MODE_COLORS.unknown, weight: 2.5, dashArray: '1 6', opacity: 0.85 },
}))();

type Defaults = Required<Omit<ItineraryLayerOptions, keyof L.LayerOptions | 'dateLocale' | 'strings'>>;

/** The defaults every {@link ItineraryLayer} starts from. Frozen: pass options instead of editing it. */
export const ITINERARY_LAYER_DEFAULTS: Readonly<Defaults> = /* @__PURE__ */ Object.freeze({
  language: 'en',
  toleranceKm: 1,
  legs: true,
  straightLegs: false,
  arrows: true,
  legStyles: {},
  popupContent: null,
  meetingDetails: null,
  legPopup: null,
  linkBase: null,
  externalLinkTarget: '_blank',
  stopList: false,
  stopListPosition: 'topright',
  legend: true,
  legendPosition: 'bottomright',
  stopListControl: null,
  legendControl: null,
  largeMode: null,
  fromGeoJSON: null,
  toGeoJSON: null,
  gestureHandling: null,
  largeThreshold: 500,
  fitBounds: false,
  fitPadding: null,
  clusterRadius: 30,
  className: '',
  animate: true,
  popupOptions: { maxWidth: 320, minWidth: 220 },
} satisfies Defaults);

/** The layer's settings: every option with its default, the date locale and the words worked out. */
export interface ResolvedOptions extends Defaults {
  /** The `dateLocale` option, else `'en-GB'` for English and the language otherwise. */
  dateLocale: string;
  /** The `strings` option over the built-in English words. */
  strings: LayerStrings;
}

/**
 * Merges `options` into `obj.options` as `L.setOptions` does (over the class's defaults,
 * which `obj.options` inherits from its prototype), except that `undefined` keeps the
 * default: `{ speed: undefined }` plays at the default speed. Every class here merges
 * its options with it.
 */
export function setOptions<T extends object>(obj: { options: T }, options: Partial<T> | undefined, owner: string): T {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${owner}: options must be an object`);
  return L.setOptions(obj, defined(options)) as T;
}

/**
 * A class extending `Base` whose prototype's `options` are a copy of `defaults`, as Leaflet's
 * `Base.extend({ options })` gives, but without `Base`'s own defaults (`pane`) under them. A
 * class extending it inherits them, and its `mergeOptions` puts changes over them. Call it
 * `/* @__PURE__ *\/`: an assignment to a class's prototype at the top of its module would keep
 * the class, and all it needs, in every bundle of that module, used or not.
 */
export function withDefaultOptions(Base: typeof L.FeatureGroup, defaults: object): typeof L.FeatureGroup {
  const Defaulted = class extends Base {};
  (Defaulted.prototype as { options?: object }).options = { ...defaults };
  return Defaulted;
}


/** An object's fields by name, as the checks below read them (for `in` gives them as strings). */
type Fields = Partial<Record<string, unknown>>;

/** The options off by default (`null`) that are not functions, and their kind. */
const NULLABLE: Record<string, string> = { linkBase: 'string', largeMode: 'object', fitPadding: 'object' };

/** Checks the merged layer options a typo would silently break, and derives the date locale and the words. */
export function resolveOptions(options: Defaults & ItineraryLayerOptions): ResolvedOptions {
  // The defaults come through the prototype chain (Leaflet's options): flatten them.
  const merged: Defaults & ItineraryLayerOptions = Object.create(null);
  for (const key in options) (merged as object as Fields)[key] = (options as object as Fields)[key];
  if (typeof merged.language !== 'string' || !isLanguageTag(merged.language)) {
    bad('.language must be a language tag such as "en" or "zh-Hans"');
  }
  // The core's rule (a finite number of km, at least 1 mm), checked now rather than when the legs are placed.
  checkTolerance(merged, 'ItineraryLayer');
  if (merged.gestureHandling != null && typeof merged.gestureHandling !== 'function') {
    bad(".gestureHandling must be gestureHandling from 'visitmap/leaflet', or a function (map) => Handler");
  }
  if (merged.popupContent != null && typeof merged.popupContent !== 'function') {
    bad('.popupContent must be a function (stop, context) => HTMLElement | string');
  }
  const names = Object.keys(ITINERARY_LAYER_DEFAULTS);
  for (const key in merged) {
    const value = (merged as object as Fields)[key];
    const def = (ITINERARY_LAYER_DEFAULTS as Fields)[key];
    // An option off by default is a function (a control's factory, an exporter), or the kind NULLABLE says.
    const kind = NULLABLE[key] ?? 'function';
    if (!names.includes(key)) {
      // A likely typo ("clusterRadious") would silently keep the default; any other name may be Leaflet's or the page's own.
      const like = key != 'strings' && key != 'dateLocale' && closest(key, names);
      if (like) throw new TypeError(`ItineraryLayer: unknown option ${key} (did you mean ${like}?)`);
    } else if (def !== null && (value === null ? key != 'externalLinkTarget' : typeof value != typeof def || !((value as number) >= 0 || typeof def != 'number'))) {
      // Each option is of its default's kind (a number ≥ 0, …): checked here, not found broken later inside Leaflet.
      bad(`.${key} must be ${typeof def == 'number' ? 'a number ≥ 0' : `like ${JSON.stringify(def)}`}, got ${got(value)}`);
    } else if (def === null && value != null && typeof value != kind) {
      bad(`.${key} must be ${kind == 'object' ? 'an' : 'a'} ${kind} or null, got ${typeof value}`);
    }
  }
  const pad = merged.fitPadding;
  if (pad && !(Array.isArray(pad) && pad.length == 2 && pad.every((n) => Number.isFinite(n) && n >= 0))) {
    bad(`.fitPadding must be [x, y], pixels ≥ 0, or null, got ${got(pad)}`);
  }
  // A leg's style is Leaflet's path options: the fields are those Leaflet's own table of a
  // polyline's defaults has (Path's, Layer's and Polyline's), each of its default's kind, and
  // the path options Leaflet documents without a default (className, renderer).
  const fields: string[] = ['className', 'renderer'];
  for (const field in L.Polyline.prototype.options) fields.push(field);
  for (const mode in merged.legStyles) {
    // "fligth" would style nothing, silently.
    if (!TRAVEL_MODES.includes(mode as TravelMode)) bad(`.legStyles: unknown travel mode ${mode} (expected ${closest(mode, TRAVEL_MODES) ?? TRAVEL_MODES.join(', ')})`);
    const style = merged.legStyles[mode as TravelMode] as Record<string, unknown> | undefined;
    if (style != null && (typeof style != 'object' || Array.isArray(style))) bad(`.legStyles.${mode} must be an object of path options, got ${Array.isArray(style) ? 'a list' : typeof style}`);
    for (const field in style) {
      const value = style[field] as number;
      const def = (L.Polyline.prototype.options as Fields)[field] ?? '';
      const like = closest(field, fields);
      if (!fields.includes(field)) bad(`.legStyles.${mode}: unknown field ${field}${like ? ` (did you mean ${like}?)` : ''}`);
      // An opacity is at most 1; a dash pattern is Leaflet's string or list of lengths, which its SVG and canvas renderers both take.
      const max = /pacity$/.test(field) ? 1 : Infinity;
      const ok =
        field == 'renderer'
          ? (value as unknown) instanceof L.Renderer
          : field == 'dashArray'
            ? typeof value == 'string' || (Array.isArray(value) && value.every((n) => typeof n == 'number' && n >= 0 && n < Infinity))
            : typeof value == typeof def && (typeof def != 'number' || (value >= 0 && value <= max && value < Infinity));
      if (value !== undefined && !ok) {
        const kind = field == 'renderer' ? 'a Leaflet renderer' : field == 'dashArray' ? 'a string or a list of numbers ≥ 0' : typeof def == 'number' ? (max < Infinity ? `a number from 0 to ${max}` : 'a finite number ≥ 0') : `a ${typeof def}`;
        bad(`.legStyles.${mode}.${field} must be ${kind}, got ${got(value)}`);
      }
    }
  }
  return { ...merged, dateLocale: merged.dateLocale ?? storyLocale(merged.language), strings: words(merged.strings, DEFAULT_STRINGS, 'strings') as LayerStrings };
}

/** Throws the `TypeError` of a bad option: `message` follows "ItineraryLayer: options". */
function bad(message: string): never {
  throw new TypeError(`ItineraryLayer: options${message}`);
}

/** A value as an option's message shows it: a number or list as written, else its kind (`null` by name). */
const got = (v: unknown): string => (typeof v == 'number' ? `${v}` : Array.isArray(v) ? `[${v.map(got).join(', ')}]` : v === null ? 'null' : typeof v);

/**
 * The words `given` over the defaults `table`, each checked: a word of no table is refused, as a
 * likely typo of one (`stopOfTotl`) is at the top level, where other names pass (the details
 * view's and the exports' words, whose defaults are in their modules); a word that is not text
 * would fail where it is first shown ("e.replace is not a function"), if it ever is.
 */
function words(given: unknown, table: object, at: string): object {
  given ??= {};
  if (typeof given != 'object' || Array.isArray(given)) bad(`.${at} must be an object of words, got ${got(given)}`);
  const out: Record<string, unknown> = { ...table, ...defined(given!) };
  const names = Object.keys(table);
  for (const word in out) {
    const def = (table as Fields)[word];
    const like = def === undefined && closest(word, names);
    if (like || (def === undefined && at != 'strings')) bad(`.${at}: unknown word ${word} (${like ? `did you mean ${like}?` : `expected ${names.join(', ')}`})`);
    if (typeof def == 'object') out[word] = words(out[word], def!, `${at}.${word}`);
    else if (typeof out[word] != 'string') bad(`.${at}: ${word} must be text, got ${got(out[word])}`);
  }
  return out;
}

/** Options of {@link ItineraryLayer.openStop}; any other name or value is a `TypeError`. */
export interface OpenStopOptions {
  /** Where the keyboard focus goes once the stop is shown: its popup, its marker (also with `popup: false`), or nowhere (`false`, the default). Not `true`: say where. */
  focus?: 'popup' | 'marker' | false;
  /** Fly or pan to the stop rather than jump. Default: the layer's `animate` option (never with reduced motion). */
  animate?: boolean;
  /** Open the stop's popup. Default `true`; `false` shows the stop (marker, list, live region) without it. */
  popup?: boolean;
}

/** The corners a control may take (Leaflet's `L.ControlPosition`). */
const CORNERS = ['topleft', 'topright', 'bottomleft', 'bottomright'];

/**
 * Throws the `TypeError` of an option a control, a deep link or `setStopFilter` would silently
 * ignore or misread: a likely typo of the name of one of `defaults` ("sped" for `speed`), a value
 * of another kind than its number or yes/no default (`speed: '2'`), or a `position` that is no
 * corner. Any other name passes, as Leaflet's options do.
 */
export function checkNames(options: object | null | undefined, defaults: object, owner: string): void {
  const names = Object.keys(defaults);
  for (const key in options) {
    const value = (options as Fields)[key];
    const def = (defaults as Fields)[key];
    const like = !names.includes(key) && closest(key, names);
    const say = typeof value == 'string' ? JSON.stringify(value) : got(value);
    if (like) throw new TypeError(`${owner}: unknown option ${key} (did you mean ${like}?)`);
    if (key == 'position' && value !== undefined && !CORNERS.includes(value as string)) throw new TypeError(`${owner}: options.position must be ${CORNERS.join(', ')}, got ${say}`);
    if (value !== undefined && (typeof def == 'number' || typeof def == 'boolean') && typeof value != typeof def) throw new TypeError(`${owner}: options.${key} must be ${typeof def == 'number' ? 'a number' : 'true or false'}, got ${say}`);
  }
}

/** The values each of {@link OpenStopOptions} takes (`undefined`: its default). */
const OPEN_STOP: Record<string, unknown[]> = { focus: ['popup', 'marker', false], animate: [true, false], popup: [true, false] };

/**
 * Throws the `TypeError` of options `openStop` would silently ignore, naming the option and
 * what it takes: `{ focus: true }` (plain JS: which focus?) or a misspelt name (`{ focused: 'popup' }`).
 */
export function checkOpenStop(options: object): void {
  const names = Object.keys(OPEN_STOP);
  for (const key in options) {
    const value = (options as Fields)[key];
    const allowed = OPEN_STOP[key];
    // A text or a yes/no as written; anything else as `got` names it (an object could be circular).
    const say = (v: unknown) => (typeof v == 'string' || typeof v == 'boolean' ? JSON.stringify(v) : got(v));
    const like = !allowed && closest(key, names);
    if (!allowed) throw new TypeError(`ItineraryLayer.openStop: unknown option ${key} (${like ? `did you mean ${like}?` : `expected ${names.join(', ')}`})`);
    if (value !== undefined && !allowed.includes(value)) throw new TypeError(`ItineraryLayer.openStop: options.${key} must be ${allowed.slice(0, -1).map(say).join(', ')} or ${say(allowed[allowed.length - 1])}, got ${say(value)}`);
  }
}
