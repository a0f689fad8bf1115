import * as L from 'leaflet';
import { el, isolateFromMap } from './dom';
import type { ItineraryLayer } from './itinerary-layer';
import { storyDays, type StoryDay } from '../story/days';
import { storyLocale } from '../story/text';

/** Options of {@link DayControl}. */
export interface DayControlOptions extends L.ControlOptions {
  /** Position of the control. Default `'topleft'`. */
  position?: L.ControlPosition;
  /** Fit the map to the chosen day's stops (and to the whole visit for "All days"). Default `true`. */
  fit?: boolean;
  /** How the map fits a day: Leaflet's fitBounds options. Default `{ padding: [40, 40], maxZoom: 9 }`. */
  fitOptions?: L.FitBoundsOptions;
  /** Locale of dates. Default: `'en-GB'` for English, else the layer's language. */
  dateLocale?: string;
  /** Words: the picker's label and the reset choice. Default `{ day: 'Day', allDays: 'All days' }`. */
  strings?: Partial<{
    /** Label of the day picker. Default `'Day'`. */
    day: string;
    /** The choice that shows every day. Default `'All days'`. */
    allDays: string;
  }>;
}

/** What `change` tells: the day now shown, `null` for all days. */
export interface DayChangeEvent {
  /** Always `'change'`. */
  type: 'change';
  /** The day now shown, or `null` when all days are. */
  day: StoryDay | null;
}

let uid = 0;

/**
 * A day picker for an {@link ItineraryLayer}: the visit's local calendar days (in the
 * itinerary's time zone), each named by its places, "10 Dec: Hong Kong → Hangzhou".
 * Choosing a day shows only its stops, the legs between them and their stop list
 * entries, and fits the map to them; "All days" shows everything again.
 *
 * @example
 * const days = dayControl(layer).addTo(map);
 * days.select('2023-12-11'); // the Shanghai, Yangshan and Lingang day
 */
export class DayControl extends L.Control {
  /** The itinerary layer whose stops the control filters by day. */
  readonly layer: ItineraryLayer;
  /** The days of the visit, in order. */
  readonly days: readonly StoryDay[];
  private readonly o: DayControlOptions;
  private readonly listeners = new Set<(e: DayChangeEvent) => void>();
  private select_: HTMLSelectElement | null = null;
  private current: StoryDay | null = null;
  private host: L.Map | null = null;

  constructor(layer: ItineraryLayer, options: DayControlOptions = {}) {
    super({ position: options.position ?? 'topleft' });
    this.layer = layer;
    this.o = options;
    this.days = storyDays(layer.itinerary, { language: layer.language, dateLocale: options.dateLocale ?? storyLocale(layer.language) });
  }

  /** Called by Leaflet when the control is added: builds the day picker. */
  override onAdd(map: L.Map): HTMLElement {
    this.host = map;
    const strings = { day: 'Day', allDays: 'All days', ...(this.o.strings ?? {}) };
    const root = el('div', 'vm-days');
    const id = `vm-days-${++uid}`;
    const label = el('label', 'vm-days__label', strings.day, root);
    label.htmlFor = id;
    const select = el('select', 'vm-days__select', undefined, root);
    select.id = id;
    el('option', undefined, strings.allDays, select).value = '';
    for (const day of this.days) el('option', undefined, day.label, select).value = day.key;
    select.value = this.current?.key ?? '';
    L.DomEvent.on(select, 'change', () => this.select(select.value || null));
    isolateFromMap(root);
    this.select_ = select;
    return root;
  }

  /** Called by Leaflet when the control is removed. */
  override onRemove(): void {
    this.select_ = null;
    this.host = null;
  }

  /** The day shown, or `null` for all days. */
  getDay(): StoryDay | null {
    return this.current;
  }

  /**
   * Shows one day (by its `YYYY-MM-DD` key), or every day with `null`. An unknown day
   * shows every day (a stale link must still show the map).
   */
  select(key: string | null): this {
    const day = (key && this.days.find((d) => d.key === key)) || null;
    if (day === this.current) return this;
    this.current = day;
    if (this.select_) this.select_.value = day?.key ?? '';
    this.layer.setStopFilter(day ? day.stops : null);
    const map = this.host;
    if (map && this.o.fit !== false) {
      const fit = { padding: [40, 40] as L.PointTuple, maxZoom: 9, ...(this.o.fitOptions ?? {}) };
      const stops = this.layer.itinerary.stops;
      const points = (day ? day.stops : stops.map((_, i) => i)).map((i) => L.latLng(stops[i]!.coordinates[1], stops[i]!.coordinates[0]));
      if (points.length) map.fitBounds(L.latLngBounds(points), fit);
    }
    for (const fn of [...this.listeners]) fn({ type: 'change', day });
    return this;
  }

  /** Listens to `change` (see {@link DayChangeEvent}). */
  on(_type: 'change', fn: (e: DayChangeEvent) => void): this {
    this.listeners.add(fn);
    return this;
  }

  /** Stops listening to `change`: the given handler, or every handler when `fn` is absent. */
  off(_type: 'change', fn?: (e: DayChangeEvent) => void): this {
    if (fn) this.listeners.delete(fn);
    else this.listeners.clear();
    return this;
  }
}

/**
 * Factory for {@link DayControl}.
 * @example
 * dayControl(layer, { position: 'topright', fitOptions: { maxZoom: 10 } })
 *   .addTo(map)
 *   .on('change', (e) => console.log(e.day?.key ?? 'all days'));
 */
export function dayControl(layer: ItineraryLayer, options?: DayControlOptions): DayControl {
  return new DayControl(layer, options);
}
