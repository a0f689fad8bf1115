import type * as L from 'leaflet';
import type { Itinerary, Stop, TravelMode } from '../itinerary/types';
import type { ItineraryLayer } from './itinerary-layer';

/** How one travel mode's legs are drawn. Unset fields come from the CSS custom properties, then from built-in values. */
export interface LegStyle {
  /** Stroke colour. Default: CSS `--vm-leg-<mode>` on the map container, else a built-in colour. */
  color?: string;
  /** Stroke width in pixels. */
  weight?: number;
  /** SVG dash pattern, e.g. `'6 8'`. */
  dashArray?: string;
  /** Stroke opacity, 0..1. Default: the built-in style's (`0.9`, `0.85` for an unknown mode). */
  opacity?: number;
}

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

/** The words the layer writes itself (not data). Override some or all of them for another language. */
export interface LayerStrings {
  /** The word for a stop, e.g. in the timeline's readout. Default `'Stop'`. */
  stop: string;
  /** `{n}` and `{total}` are replaced: "Stop {n} of {total}". */
  stopOfTotal: string;
  /** `{list}` is replaced: "Stops {list}". */
  stopsGroup: string;
  /** Marks dates the source states. Default `'stated'`. */
  stated: string;
  /** Marks dates inferred from the source. Default `'inferred'`. */
  inferred: string;
  /** Label before a meeting's participants. Default `'With'`. */
  with: string;
  /** Text of the link to a meeting's details. Default `'Meeting details'`. */
  details: string;
  /** Label before the other stops at the same place, in a popup. Default `'Also here'`. */
  alsoHere: string;
  /** Summary of the folded note on how a stop's facts were worked out. */
  aboutData: string;
  /** Accessible name of the stop list. Default `'Itinerary'`. */
  stopList: string;
  /** Accessible name of the legend. Default `'Legend'`. */
  legend: string;
  /** Appended to a grouped marker's label, telling keyboard users how to open the group. Default `'press Enter to show them'`. */
  zoomToGroup: string;
  /** Name of each travel mode, in the legend. Default `Flight`, `Rail`, `Road`, `Sea`, `Travel (mode not stated)`. */
  modes: Record<TravelMode, string>;
  /** Name of each stop precision, in the legend. Default `Exact place`, `District`, `City (approximate)`. */
  precision: {
    /** Legend entry for `venue` points. Default `'Exact place'`. */
    venue: string;
    /** Legend entry for `district` points. Default `'District'`. */
    district: string;
    /** Legend entry for `city` points. Default `'City (approximate)'`. */
    city: string;
  };
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
  /** Base URL that relative meeting links resolve against. Default: the document's base URL. */
  linkBase?: string | null;
  /** `target` of links that leave the site (`rel="noopener noreferrer"` is always set on them). Default `'_blank'`. */
  externalLinkTarget?: string | null;
  /** Add the stop list control to the map with the layer. Default `false` (add `stopListControl` yourself, or set `true`). */
  stopList?: boolean;
  /** Position of the stop list control. Default `'topright'`. */
  stopListPosition?: L.ControlPosition;
  /** Add the legend control (lists only the travel modes in use). Default `true`. */
  legend?: boolean;
  /** Position of the legend control. Default `'bottomright'`. */
  legendPosition?: L.ControlPosition;
  /** From this many stops on, draw on a canvas with no per-stop DOM and a virtualised stop list. Default `500`. */
  largeThreshold?: number;
  /** Fit the map to the itinerary when the layer is added. Default `false`. */
  fitBounds?: boolean;
  /** Padding in pixels used by `fitItinerary` and `fitBounds`. Default `[24, 24]`. */
  fitPadding?: [number, number];
  /** Markers closer than this many pixels on screen are grouped. Default `30`. */
  clusterRadius?: number;
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

/** The built-in words: English. */
export const DEFAULT_STRINGS: Readonly<LayerStrings> = Object.freeze({
  stop: 'Stop',
  stopOfTotal: 'Stop {n} of {total}',
  stopsGroup: 'Stops {list}',
  stated: 'stated',
  inferred: 'inferred',
  with: 'With',
  details: 'Meeting details',
  alsoHere: 'Also here',
  aboutData: 'About these facts',
  stopList: 'Itinerary',
  legend: 'Legend',
  zoomToGroup: 'press Enter to show them',
  modes: { flight: 'Flight', rail: 'Rail', road: 'Road', sea: 'Sea', unknown: 'Travel (mode not stated)' },
  precision: { venue: 'Exact place', district: 'District', city: 'City (approximate)' },
});

/** Built-in leg styles, used where neither the options nor the CSS say otherwise. */
export const DEFAULT_LEG_STYLES: Readonly<Record<TravelMode, Readonly<Required<LegStyle>>>> = Object.freeze({
  flight: { color: '#1d4ed8', weight: 2.5, dashArray: '7 7', opacity: 0.9 },
  rail: { color: '#b91c1c', weight: 3.5, dashArray: '', opacity: 0.9 },
  road: { color: '#a16207', weight: 3.5, dashArray: '', opacity: 0.9 },
  sea: { color: '#0f766e', weight: 3, dashArray: '2 6', opacity: 0.9 },
  unknown: { color: '#57534e', weight: 2.5, dashArray: '1 6', opacity: 0.85 },
});

type Defaults = Required<Omit<ItineraryLayerOptions, keyof L.LayerOptions | 'dateLocale' | 'strings'>>;

/** The defaults every {@link ItineraryLayer} starts from. Frozen: pass options instead of editing it. */
export const ITINERARY_LAYER_DEFAULTS: Readonly<Defaults> = Object.freeze({
  language: 'en',
  toleranceKm: 1,
  legs: true,
  straightLegs: false,
  arrows: true,
  legStyles: {},
  popupContent: null,
  linkBase: null,
  externalLinkTarget: '_blank',
  stopList: false,
  stopListPosition: 'topright',
  legend: true,
  legendPosition: 'bottomright',
  largeThreshold: 500,
  fitBounds: false,
  fitPadding: [24, 24],
  clusterRadius: 30,
  animate: true,
  popupOptions: { maxWidth: 320, minWidth: 220 },
} satisfies Defaults);

/** Options after merging: every field set. */
export type ResolvedOptions = Defaults & { dateLocale: string; strings: LayerStrings };

/** Merges user options over the defaults, checking the ones a typo would silently break. */
export function resolveOptions(options: ItineraryLayerOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('ItineraryLayer: options must be an object');
  const merged = { ...ITINERARY_LAYER_DEFAULTS, ...stripUndefined(options) } as Defaults & ItineraryLayerOptions;
  if (typeof merged.language !== 'string' || merged.language === '') {
    throw new TypeError('ItineraryLayer: options.language must be a language tag such as "en" or "zh-Hans"');
  }
  if (!(merged.largeThreshold >= 0)) throw new TypeError('ItineraryLayer: options.largeThreshold must be a number ≥ 0');
  if (!(merged.toleranceKm > 0)) throw new TypeError('ItineraryLayer: options.toleranceKm must be greater than 0');
  if (merged.popupContent != null && typeof merged.popupContent !== 'function') {
    throw new TypeError('ItineraryLayer: options.popupContent must be a function (stop, context) => HTMLElement | string');
  }
  const strings: LayerStrings = {
    ...DEFAULT_STRINGS,
    ...stripUndefined(options.strings ?? {}),
    modes: { ...DEFAULT_STRINGS.modes, ...(options.strings?.modes ?? {}) },
    precision: { ...DEFAULT_STRINGS.precision, ...(options.strings?.precision ?? {}) },
  };
  const dateLocale = options.dateLocale ?? (/^en\b/i.test(merged.language) && merged.language.length === 2 ? 'en-GB' : merged.language);
  return { ...merged, dateLocale, strings };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

/** Options of {@link ItineraryLayer.openStop}. */
export interface OpenStopOptions {
  /** Where the keyboard focus goes once the stop is shown: its popup, its marker, or nowhere (`false`, the default). */
  focus?: 'popup' | 'marker' | false;
  /** Fly or pan to the stop rather than jump. Default: the layer's `animate` option (never with reduced motion). */
  animate?: boolean;
  /** Open the stop's popup. Default `true`; `false` shows the stop (marker, list, live region) without it. */
  popup?: boolean;
}
