import * as L from 'leaflet';
import { el, isolateFromMap } from '../dom';
import { choosesPadding, keepBadgesClear, paddingClearOfControls } from '../corners';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { defined } from '../options';
import { storyDays, type StoryDay } from '../../story/days';
import { ItineraryControl } from './control';
import type { BarSlot } from './control-bar';

/** Options of {@link DayControl}. */
export interface DayControlOptions extends L.ControlOptions {
  /** Position of the control. Default `'topleft'`. */
  position?: L.ControlPosition;
  /** Fit the map to the chosen day's stops (and to the whole visit for "All days"). Default `true`. */
  fit?: boolean;
  /** How the map fits a day: Leaflet's fitBounds options. Default 40 px of padding, more clear of the controls (as `fitItinerary` keeps it: beside an open stop list, off the band controls leave across a narrow map, and each badge clear of every control), and `maxZoom: 9` (7 for a day at one place, where the basemap still names the places around; a lower `maxZoom` of yours stays); a `padding` of your own replaces that. */
  fitOptions?: L.FitBoundsOptions;
  /** Locale of dates. Default: the layer's date locale (`'en-GB'` for English, else its language). */
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
export interface DayChangeEvent extends L.LeafletEvent {
  /** Always `'change'`. */
  type: 'change';
  /** The control. */
  target: DayControl;
  /** The day now shown, or `null` when all days are. */
  day: StoryDay | null;
}

/** The events a {@link DayControl} fires. */
export interface DayControlEventMap {
  /** Fires when the day shown changes (the picker, `select`). */
  change: DayChangeEvent;
}

let uid = 0;

/** The defaults of {@link DayControlOptions}, documented on each option. */
const DEFAULTS: DayControlOptions = { position: 'topleft', fit: true, fitOptions: {} };

/**
 * A day picker for an {@link ItineraryLayer}: the visit's local calendar days (each stop
 * on the days its dates write, as the stop list shows them; see {@link storyDays}), each
 * named by its places, "10 Dec: Hong Kong → Hangzhou".
 * Choosing a day shows only its stops, the legs between them and their stop list
 * entries, and fits the map to them; "All days" shows everything again. A popup open at a
 * stop of the day stays open, panned into view clear of the controls once the map is fitted;
 * one at a stop not on the day closes.
 *
 * @example
 * const days = dayControl(layer).addTo(map);
 * days.select('2023-12-11'); // the Shanghai, Yangshan and Lingang day
 */
export class DayControl extends ItineraryControl<DayControlOptions, DayControlEventMap> {
  /** The days of the visit, in order. */
  readonly days: readonly StoryDay[];
  private select_: HTMLSelectElement | null = null;
  private current: StoryDay | null = null;

  constructor(layer: ItineraryLayer, options?: DayControlOptions) {
    super(layer, options, DEFAULTS, 'DayControl');
    this.days = storyDays(layer.itinerary, { language: layer.language, dateLocale: this.options.dateLocale ?? layer.settings.dateLocale });
  }

  /** Called by Leaflet when the control is added: builds the day picker. */
  override onAdd(map: L.Map): HTMLElement {
    this.host = map;
    const strings = { day: 'Day', allDays: 'All days', ...(this.options.strings ?? {}) };
    const root = el('div', 'vm-days');
    root.dir = 'auto'; // in its words' direction, not the page's
    const id = `vm-days-${++uid}`;
    const label = el('label', 'vm-days__label', strings.day, root);
    label.htmlFor = id;
    const select = el('select', 'vm-days__select', undefined, root);
    select.id = id;
    el('option', undefined, strings.allDays, select).value = '';
    for (const day of this.days) el('option', undefined, day.label, select).value = day.key;
    select.value = this.current?.key ?? '';
    L.DomEvent.on(select, 'change', () => this.select(select.value || null));
    this.layer.on('stopfilter', this.onFilter, this);
    isolateFromMap(root);
    this.select_ = select;
    return root;
  }

  /** Called by Leaflet when the control is removed. */
  override onRemove(): void {
    this.layer.off('stopfilter', this.onFilter, this);
    this.select_ = null;
    this.host = null;
  }

  /** On a small map the picker stands in the story's bar, beside the timeline. */
  protected override barSlot(): BarSlot {
    return { place: 'row' };
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
    if (!this.show(key)) return this;
    const day = this.current;
    this.layer.setStopFilter(day ? day.stops : null, { day: day?.key });
    const map = this.host;
    if (map?.hasLayer(this.layer) && this.options.fit) { // not for a layer off the map: nothing of it to show
      const chosen = defined(this.options.fitOptions);
      // Clear of the controls, as fitItinerary keeps the route, unless the page chose the padding.
      const own = !choosesPadding(chosen);
      const padding = own ? paddingClearOfControls(map, PAD, PAD) : { paddingTopLeft: L.point(PAD, PAD), paddingBottomRight: L.point(PAD, PAD) };
      const stops = this.layer.itinerary.stops;
      // Where the stops are drawn: a day across ±180 is framed in one piece.
      const points = (day ? day.stops : stops.map((_, i) => i)).map((i) => this.layer._stopLatLng(i));
      const bounds = L.latLngBounds(points);
      let fit: L.FitBoundsOptions = { ...FIT, ...padding, ...chosen };
      // Each badge clear of every control too.
      if (own && points.length) fit = keepBadgesClear(map, points, PAD, PAD, this.layer.settings.clusterRadius, fit);
      // Through the layer's camera (none when the layer is off the map: nothing to fit to): after a
      // fit of the whole visit still under way (a page's, then a #day= link's), not undone by it.
      // A popup left open (its stop is on the day) is then fitted and panned back into its room, clear of the controls.
      if (points.length) this.layer._camera?.fit(bounds, fit, () => this.layer._popup.refit());
    }
    this.emit('change', { day });
    return this;
  }

  /** A page's own `layer.setStopFilter(ids, { day })` (or `null`): the picker shows that day too, and says so as a change. */
  private onFilter(): void {
    if (this.show(this.layer.getStopFilterDay())) this.emit('change', { day: this.current });
  }

  /** Makes day `key` (an unknown one: every day) the one shown and picked; whether that changed anything. */
  private show(key: string | null): boolean {
    const day = (key && this.days.find((d) => d.key === key)) || null;
    if (day === this.current) return false;
    this.current = day;
    if (this.select_) this.select_.value = day?.key ?? '';
    return true;
  }
}

/** How the map fits a day unless `fitOptions` says otherwise: 40 px from the edges (and clear of the controls, as `fitItinerary`), zoom 9 at most. */
const PAD = 40;
const FIT: L.FitBoundsOptions = { maxZoom: 9 };


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
