import type * as L from 'leaflet';
import { summarize, type ItinerarySummary } from '../../geojson/summarize';
import { localize } from '../../itinerary/localize';
import { formatNumber } from '../../story/format';
import { el, isolateFromMap } from '../dom';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { ItineraryControl } from './control';
import type { BarSlot } from './control-bar';

/** The words the summary writes. `{n}` is replaced by a number. */
export interface SummaryStrings {
  /** Accessible name of the panel. Default `'The visit in numbers'`. */
  title: string;
  /** Label of the total distance. Default `'Distance'`. */
  distance: string;
  /** Label of the number of stops. Default `'Stops'`. */
  stops: string;
  /** Number of distinct places, `{n}` replaced, shown beside the stops when some share a place. Default `'{n} places'`. */
  places: string;
  /** The same when there is one place (stops all at one place). Default `'{n} place'`. */
  place: string;
  /** Label of the number of meetings. Default `'Meetings'`. */
  meetings: string;
  /** Label of the number of days. Default `'Days'`. */
  days: string;
  /** Summary of the folded legs table. Default `'Legs'`. */
  legs: string;
  /** Heading of the legs table's first column. Default `'From'`. */
  from: string;
  /** Heading of the legs table's second column. Default `'To'`. */
  to: string;
  /** Heading of the legs table's travel mode column. Default `'Travel'`. */
  mode: string;
  /** A distance, `{n}` replaced by the kilometres. Default `'{n} km'`. */
  km: string;
}

/** The built-in words: English. */
export const SUMMARY_STRINGS: Readonly<SummaryStrings> = /* @__PURE__ */ Object.freeze({
  title: 'The visit in numbers',
  distance: 'Distance',
  stops: 'Stops',
  places: '{n} places',
  place: '{n} place',
  meetings: 'Meetings',
  days: 'Days',
  legs: 'Legs',
  from: 'From',
  to: 'To',
  mode: 'Travel',
  km: '{n} km',
});

/** Options of {@link SummaryControl}. */
export interface SummaryControlOptions extends L.ControlOptions {
  /** Position of the control. Default `'topleft'`. */
  position?: L.ControlPosition;
  /** Start with the legs table open. Default `false`. */
  open?: boolean;
  /** Locale of numbers. Default: the layer's date locale (`'en-GB'` for English, else its language). */
  numberLocale?: string;
  /** Words the panel writes, merged over `SUMMARY_STRINGS`. Default: English. */
  strings?: Partial<SummaryStrings>;
}

/** The defaults of {@link SummaryControlOptions}, documented on each option. */
const DEFAULTS: SummaryControlOptions = { position: 'topleft', open: false };

/**
 * The visit in numbers, computed by the core's `summarize` (the same figures as
 * `visitmap summary FILE`): total distance, stops and places, meetings, days, and a
 * table of the legs with their travel mode (named in the layer's `strings.modes`) and
 * great-circle distance.
 *
 * @example
 * summaryControl(layer, { open: true }).addTo(map);
 */
export class SummaryControl extends ItineraryControl<SummaryControlOptions> {
  /** The figures shown. */
  readonly summary: ItinerarySummary;

  constructor(layer: ItineraryLayer, options?: SummaryControlOptions) {
    super(layer, options, DEFAULTS, 'SummaryControl');
    this.summary = summarize(layer.itinerary);
  }

  /** Called by Leaflet when the control is added: builds the figures and the legs table. */
  override onAdd(): HTMLElement {
    const o = this.options;
    const s = { ...SUMMARY_STRINGS, ...(o.strings ?? {}) };
    const { summary, layer } = this;
    const locale = o.numberLocale ?? layer.settings.dateLocale;
    const num = (x: number, digits = 0) => formatNumber(x, locale, digits);
    const km = (x: number) => s.km.replace('{n}', num(x, 0));
    const root = el('section', 'vm-summary');
    // In the direction of its words, not the page's: "9,104 km" and "4 (4 places)" on a right-to-left page.
    root.dir = 'auto';
    root.setAttribute('aria-label', s.title);
    const facts = el('dl', 'vm-summary__facts', undefined, root);
    const fact = (term: string, value: string) => {
      const row = el('div', 'vm-summary__fact', undefined, facts);
      el('dt', undefined, term, row);
      el('dd', undefined, value, row);
    };
    fact(s.distance, km(summary.totalDistanceKm));
    // "7 (5 places)": the places only where some stops share one ("1 (1 places)" told nothing, and wrongly).
    const places = summary.places === summary.stops ? '' : ` (${(summary.places === 1 ? s.place : s.places).replace('{n}', num(summary.places))})`;
    fact(s.stops, num(summary.stops) + places);
    fact(s.meetings, num(summary.meetings));
    fact(s.days, num(summary.days));
    if (summary.legs.length) {
      const details = el('details', 'vm-summary__legs', undefined, root);
      details.open = Boolean(o.open);
      el('summary', undefined, `${s.legs} (${summary.legs.length})`, details);
      const table = el('table', undefined, undefined, details);
      const head = el('tr', undefined, undefined, el('thead', undefined, undefined, table));
      for (const h of ['#', s.from, s.to, s.mode, s.distance]) el('th', undefined, h, head).scope = 'col';
      const body = el('tbody', undefined, undefined, table);
      const name = new Map(layer.itinerary.stops.map((stop) => [stop.id, localize(stop.name, layer.language)]));
      summary.legs.forEach((leg, i) => {
        const row = el('tr', undefined, undefined, body);
        el('td', undefined, String(i + 1), row);
        el('td', undefined, name.get(leg.from) ?? leg.from, row);
        el('td', undefined, name.get(leg.to) ?? leg.to, row);
        el('td', `vm-summary__mode vm-summary__mode--${leg.mode}`, layer.settings.strings.modes[leg.mode], row);
        el('td', 'vm-summary__km', km(leg.distanceKm), row);
      });
    }
    isolateFromMap(root);
    return root;
  }

  /** On a small map, where the story's controls fold into one bar, the summary is not shown (as on a phone). */
  protected override barSlot(): BarSlot {
    return { place: 'hidden' };
  }
}


/**
 * Factory for {@link SummaryControl}.
 * @example
 * summaryControl(layer, { open: true, strings: { title: 'Die Reise in Zahlen' } }).addTo(map);
 */
export function summaryControl(layer: ItineraryLayer, options?: SummaryControlOptions): SummaryControl {
  return new SummaryControl(layer, options);
}
