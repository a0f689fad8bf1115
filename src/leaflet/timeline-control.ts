import * as L from 'leaflet';
import { distanceKm } from '../geo/distance';
import { localize } from '../itinerary/localize';
import { clearOfCornerAcross, el, isolateFromMap } from './dom';
import type { ItineraryFilterEvent, ItineraryStopEvent } from './events';
import type { ItineraryLayer } from './itinerary-layer';
import { legLatLngs, resolveLegStyles } from './legs';
import type { LegStyle } from './options';
import { positionAtTime, storyMoments, timeAtPosition, type StoryMoment } from '../story/moments';
import { StoryPlayback } from '../story/playback';
import { lineUpTo, measureLine, type MeasuredLine } from './story-route';
import { storyLocale, storyTimeText } from '../story/text';
import type { TravelMode } from '../itinerary/types';

/** The words the timeline writes. */
export interface TimelineStrings {
  /** Accessible name of the control. Default `'Timeline of the visit'`. */
  timeline: string;
  /** Label of the play button. Default `'Play the visit'`. */
  play: string;
  /** Label of the pause button. Default `'Pause'`. */
  pause: string;
  /** Label of the previous-stop button. Default `'Previous stop'`. */
  previous: string;
  /** Label of the next-stop button. Default `'Next stop'`. */
  next: string;
  /** Accessible name of the slider. */
  time: string;
  /** Marks a date inferred from the source. Default `'inferred'`. */
  inferred: string;
  /** `{n}`, `{total}`, `{name}`. */
  stop: string;
  /** Between two stops: `{from}`, `{to}`. */
  travelling: string;
}

/** The built-in words: English. */
export const TIMELINE_STRINGS: Readonly<TimelineStrings> = Object.freeze({
  timeline: 'Timeline of the visit',
  play: 'Play the visit',
  pause: 'Pause',
  previous: 'Previous stop',
  next: 'Next stop',
  time: 'Time in the visit',
  inferred: 'inferred',
  stop: 'stop {n} of {total}, {name}',
  travelling: 'travelling from {from} to {to}',
});

/** Options of {@link TimelineControl}. */
export interface TimelineControlOptions extends L.ControlOptions {
  /** Playback speed: 2 plays twice as fast. Default `1` (a leg takes 1–3.5 s, by its length). */
  speed?: number;
  /** How long playback stays at each stop at speed 1, in ms. Default `1500`. */
  dwell?: number;
  /**
   * What follows the story: `'popup'` opens each stop's popup when stepping, seeking or
   * pausing, while playback only highlights the marker and the stop list entry (popups
   * would hide the route being drawn); `'always'` opens popups during playback too;
   * `false` leaves the layer alone. Default `'popup'`.
   */
  follow?: 'popup' | 'always' | false;
  /** Animate the route drawing; `false` steps from stop to stop. Default: on, unless the user prefers reduced motion. */
  animate?: boolean;
  /** Largest distance in km the drawn route may stray from the great circle: match the layer's. Default `1`. */
  toleranceKm?: number;
  /** Draw straight legs, as the layer's `straightLegs`. Default `false`. */
  straightLegs?: boolean;
  /** Per-mode styles of the drawn route, as the layer's `legStyles`. Default `{}`. */
  legStyles?: Partial<Record<TravelMode, LegStyle>>;
  /** Locale of dates. Default: `'en-GB'` for English, else the layer's language. */
  dateLocale?: string;
  /** Words the timeline writes, merged over `TIMELINE_STRINGS`. Default: English. */
  strings?: Partial<TimelineStrings>;
  /** Position of the control. Default `'bottomleft'`. */
  position?: L.ControlPosition;
}

/** Icon paths on a 16 × 16 grid: drawn, not font glyphs, which many systems lack. */
const ICONS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M3.5 2.5h3.2v11H3.5zM9.3 2.5h3.2v11H9.3z',
  previous: 'M2.5 2.5h2.2v11H2.5zM13.5 2.5v11L5.2 8z',
  next: 'M11.3 2.5h2.2v11h-2.2zM2.5 2.5v11L10.8 8z',
} as const;

function svgIcon(d: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  return svg;
}

/** What `change` tells: where the story is and why it moved. */
export interface TimelineChangeEvent {
  /** Always `'change'`. */
  type: 'change';
  /** Where the story is: a stop's index at a stop, a fraction between two indexes while travelling (0.5 is halfway along the first leg). */
  position: number;
  /** The instant, ms since the epoch. */
  time: number;
  /** The last stop reached. */
  stop: StoryMoment;
  /** Whether the timeline is playing after this change. */
  playing: boolean;
  /** `stop`: playback reached a stop; `input`: the slider is being moved (`seek` when let go). */
  cause: 'play' | 'pause' | 'end' | 'step' | 'seek' | 'stop' | 'input';
}

/** The defaults of {@link TimelineControlOptions}. */
const DEFAULTS: Readonly<{ speed: number; dwell: number; follow: 'popup' | 'always' | false; toleranceKm: number; straightLegs: boolean }> = Object.freeze({
  speed: 1,
  dwell: 1500,
  follow: 'popup',
  toleranceKm: 1,
  straightLegs: false,
});

/**
 * A timeline for an {@link ItineraryLayer}: a date/time slider and play, pause and step
 * buttons that tell the visit in order. Playing draws the route along its great circles
 * (the layer's own legs fade to a faint guide meanwhile), highlights the current stop's
 * marker and opens its popup; the stop list follows. Stops whose dates are inferred
 * have hollow ticks and say "inferred" next to the date. From the keyboard: the buttons,
 * the slider (arrows and Page Up/Down go from stop to stop, Home/End to the ends) and
 * Space to play or pause. With `prefers-reduced-motion: reduce` it steps from stop to
 * stop without animating. Driven by `requestAnimationFrame`; `remove()` stops it.
 *
 * @example
 * const layer = itineraryLayer(data, { stopList: true }).addTo(map);
 * timelineControl(layer, { speed: 1.5 }).addTo(map);
 */
export class TimelineControl extends L.Control {
  /** The itinerary layer the timeline plays. */
  readonly layer: ItineraryLayer;
  /** Where each stop is on the time axis. */
  readonly moments: readonly StoryMoment[];
  private readonly o: typeof DEFAULTS & TimelineControlOptions;
  private readonly strings: TimelineStrings;
  private readonly playback: StoryPlayback;
  private readonly listeners = new Set<{ fn: (e: TimelineChangeEvent) => void; context: unknown }>();
  private host: L.Map | null = null;
  private ui: { root: HTMLElement; play: HTMLButtonElement; range: HTMLInputElement; readout: HTMLElement; ticks: HTMLElement[] } | null = null;
  private route: { group: L.LayerGroup; lines: (L.Polyline | null)[]; measured: MeasuredLine[]; drawn: number[] } | null = null;
  private frame = 0;
  private lastFrame = 0;
  private shownStop = -1;
  private tickStop = -1;
  private valueText = '';
  private legMs: number[];

  constructor(layer: ItineraryLayer, options: TimelineControlOptions = {}) {
    super({ position: options.position ?? 'bottomleft' });
    if (!(options.speed === undefined || options.speed > 0)) throw new RangeError('TimelineControl: speed must be greater than 0');
    this.layer = layer;
    this.o = { ...DEFAULTS, ...options };
    this.strings = { ...TIMELINE_STRINGS, ...(options.strings ?? {}) };
    this.moments = storyMoments(layer.itinerary);
    const { stops, legs } = layer.itinerary;
    const at = new Map(stops.map((s) => [s.id, s.coordinates] as const));
    // Longer legs take longer, but a flight is not fifty times a drive: a log scale.
    this.legMs = legs.map((leg) => {
      const km = distanceKm(at.get(leg.from)!, at.get(leg.to)!);
      return Math.min(3500, 1000 + 550 * Math.log2(1 + km / 40));
    });
    this.playback = new StoryPlayback({
      stops: stops.length,
      legDuration: (i) => (this.legMs[i] ?? 1000) / this.o.speed,
      dwell: this.o.dwell / this.o.speed,
      reducedMotion: () => !this.animated(),
    });
    // Until played, the whole story is shown: the slider at its end, the route drawn.
    this.playback.seek(stops.length - 1);
  }

  /** Called by Leaflet when the control is added: builds the buttons and the slider and follows the layer's popups and filter. */
  override onAdd(map: L.Map): HTMLElement {
    this.host = map;
    const s = this.strings;
    const root = el('div', 'vm-timeline');
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', s.timeline);
    const buttons = el('div', 'vm-timeline__buttons', undefined, root);
    const button = (cls: string, label: string, icon: string, fn: () => void) => {
      const b = el('button', `vm-timeline__button vm-timeline__button--${cls}`, undefined, buttons);
      b.type = 'button';
      b.setAttribute('aria-label', label);
      b.appendChild(svgIcon(icon));
      L.DomEvent.on(b, 'click', fn);
      return b;
    };
    button('previous', s.previous, ICONS.previous, () => this.stepBack());
    const play = button('play', s.play, ICONS.play, () => this.toggle());
    button('next', s.next, ICONS.next, () => this.stepForward());
    const track = el('div', 'vm-timeline__track', undefined, root);
    const range = el('input', 'vm-timeline__range', undefined, track);
    range.type = 'range';
    range.min = '0';
    range.max = String(Math.max(0, this.minutesAt(this.moments.length - 1)));
    range.step = 'any';
    range.setAttribute('aria-label', s.time);
    range.disabled = this.moments.length < 2;
    const tickRow = el('div', 'vm-timeline__ticks', undefined, track);
    tickRow.setAttribute('aria-hidden', 'true');
    const span = Number(range.max) || 1;
    const ticks = this.moments.map((m) => {
      const tick = el('span', `vm-timeline__tick${m.inferred ? ' vm-timeline__tick--inferred' : ''}`, undefined, tickRow);
      tick.style.left = `${(100 * this.minutesAt(m.index)) / span}%`; // geometry, not styling
      tick.title = this.stopText(m.index);
      return tick;
    });
    const readout = el('div', 'vm-timeline__readout', undefined, root);
    readout.setAttribute('aria-hidden', 'true'); // the slider's aria-valuetext says the same
    this.ui = { root, play, range, readout, ticks };

    L.DomEvent.on(range, 'input', () => this.seekTime(this.timeOfRange(), 'input'));
    L.DomEvent.on(range, 'change', () => this.emit('seek'));
    L.DomEvent.on(range, 'keydown', this.onRangeKey as L.DomEvent.EventHandlerFn, this);
    L.DomEvent.on(root, 'keydown', this.onRootKey as L.DomEvent.EventHandlerFn, this);
    isolateFromMap(root);

    this.buildRoute(map);
    map.getContainer().classList.add('vm-story');
    this.layer.on('popupopen', this.onLayerPopup, this);
    this.layer.on('stopfilter', this.onFilter, this);
    this.shownStop = this.layer.getCurrentIndex();
    this.render(true);
    map.on('resize', this.clearOfLegend, this);
    return root;
  }

  /** Adds the control to the map, above the legend where the two would overlap (a phone). */
  override addTo(map: L.Map): this {
    super.addTo(map);
    this.clearOfLegend();
    return this;
  }

  /** Stands above the legend where the two would overlap (a phone). */
  private clearOfLegend(): void {
    if (this.host) clearOfCornerAcross(this, this.host);
  }

  /** Called by Leaflet when the control is removed: stops playing and stops following the layer. */
  override onRemove(map: L.Map): void {
    this.playback.pause();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.route?.group.remove();
    this.route = null;
    map.getContainer().classList.remove('vm-story', 'vm-story--playing');
    map.off('resize', this.clearOfLegend, this);
    this.layer.off('popupopen', this.onLayerPopup, this);
    this.layer.off('stopfilter', this.onFilter, this);
    this.ui = null;
    this.host = null;
  }

  /** Listens to `change` (see {@link TimelineChangeEvent}). */
  on(_type: 'change', fn: (e: TimelineChangeEvent) => void, context?: unknown): this {
    this.listeners.add({ fn, context });
    return this;
  }

  /** Stops listening; without `fn`, drops every listener. */
  off(_type: 'change', fn?: (e: TimelineChangeEvent) => void, context?: unknown): this {
    for (const l of this.listeners) if (!fn || (l.fn === fn && l.context === context)) this.listeners.delete(l);
    return this;
  }

  /** Whether playback is running. */
  isPlaying(): boolean {
    return this.playback.playing;
  }

  /** Where the story is: `2.5` is halfway from the third stop to the fourth. */
  getProgress(): number {
    return this.playback.position;
  }

  /** The instant the story is at, ms since the epoch. */
  getTime(): number {
    return timeAtPosition(this.moments, this.playback.position);
  }

  /** Starts playing the visit (from the start again when at the end) and fires `change` with cause `'play'`; does nothing when already playing or with fewer than two moments. */
  play(): this {
    if (this.playback.playing || this.moments.length < 2) return this;
    this.playback.play();
    this.lastFrame = 0;
    if (this.playback.stop !== this.shownStop) this.showStop(this.playback.stop);
    this.render(true);
    this.emit('play');
    this.schedule();
    return this;
  }

  /** Pauses playback, showing the stop when paused at one, and fires `change` with cause `'pause'`; does nothing when not playing. */
  pause(): this {
    if (!this.playback.playing) return this;
    this.playback.pause();
    this.cancel();
    if (Number.isInteger(this.playback.position)) this.showStop(this.playback.stop);
    this.render(false);
    this.emit('pause');
    return this;
  }

  /**
   * Plays when paused, pauses when playing.
   * @example
   * document.addEventListener('keydown', (e) => e.key === 'p' && timeline.toggle());
   */
  toggle(): this {
    return this.playback.playing ? this.pause() : this.play();
  }

  /** Pauses and goes to the next stop. */
  stepForward(): this {
    this.cancel();
    this.playback.stepForward();
    return this.moved('step');
  }

  /** Pauses and goes back a stop (from between two stops, to the one just left). */
  stepBack(): this {
    this.cancel();
    this.playback.stepBack();
    return this.moved('step');
  }

  /**
   * Pauses and goes to a stop, by id or index.
   * @example
   * timeline.seekStop('lingang');
   */
  seekStop(stop: string | number): this {
    const index = typeof stop === 'number' ? stop : this.moments.findIndex((m) => m.id === stop);
    if (!this.moments[index]) throw new RangeError(`TimelineControl: no stop ${typeof stop === 'number' ? `at index ${stop}` : `with id "${stop}"`}`);
    this.cancel();
    this.playback.seek(index);
    return this.moved('seek');
  }

  /**
   * Pauses and goes to an instant (ms since the epoch, or an ISO 8601 string); the route is drawn up to it.
   * @param cause What the `change` event reports as its cause. Default `'seek'`.
   * @example
   * timeline.seekTime('2023-12-11T06:00:00Z');
   */
  seekTime(time: number | string, cause: TimelineChangeEvent['cause'] = 'seek'): this {
    const ms = typeof time === 'string' ? Date.parse(time) : time;
    if (!Number.isFinite(ms)) throw new RangeError(`TimelineControl: "${time}" is not a time`);
    this.cancel();
    this.playback.seek(positionAtTime(this.moments, ms));
    return this.moved(cause);
  }

  /**
   * Pauses and shows the whole story again, as before it was first played: the slider at
   * its end, the whole route drawn, no stop opened. Fires no `change`.
   * @example
   * timeline.reset();
   */
  reset(): this {
    this.cancel();
    this.playback.pause();
    this.playback.seek(this.moments.length - 1);
    this.shownStop = -1;
    this.render(true);
    return this;
  }

  // ---------------------------------------------------------------- internals

  private moved(cause: TimelineChangeEvent['cause']): this {
    const stop = this.playback.stop;
    if (stop !== this.shownStop) this.showStop(stop);
    this.render(true);
    this.emit(cause);
    return this;
  }

  private animated(): boolean {
    if (this.o.animate === false) return false;
    return !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  private schedule(): void {
    if (!this.frame && this.host) this.frame = requestAnimationFrame(this.onFrame);
  }

  private cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly onFrame = (now: number): void => {
    this.frame = 0;
    if (!this.host || !this.playback.playing) return;
    // A long gap (a background tab) moves the story on by one frame's worth, not by the gap.
    const dt = this.lastFrame ? Math.min(now - this.lastFrame, 100) : 16;
    this.lastFrame = now;
    const wasAtStop = Number.isInteger(this.playback.position);
    const result = this.playback.tick(dt);
    // Leaving a stop: close its popup so the route being drawn is not hidden.
    if (wasAtStop && !Number.isInteger(this.playback.position) && this.o.follow) this.host.closePopup();
    if (result.arrived !== null) this.showStop(result.arrived);
    this.render(false);
    if (result.ended) this.emit('end');
    else if (result.arrived !== null) this.emit('stop');
    this.schedule();
  };

  /** Makes the layer show stop `index` (popup, highlighted marker, stop list). */
  private showStop(index: number): void {
    this.shownStop = index;
    if (!this.o.follow || !this.host) return;
    const popup = this.o.follow === 'always' || !this.playback.playing;
    this.layer.openStop(index, { focus: false, popup });
  }

  private onLayerPopup(e: ItineraryStopEvent): void {
    // A stop opened from elsewhere (a marker, the list): the timeline goes there.
    if (e.index === this.shownStop) return;
    this.shownStop = e.index;
    this.cancel();
    this.playback.seek(e.index);
    this.render(true);
    this.emit('seek');
  }

  private onFilter(e: ItineraryFilterEvent): void {
    // A day picked that the story is not at: go to its first stop (quietly: the day
    // control has just fitted the map to the day, so no stop is flown to or opened).
    if (e.stops?.length && !this.playback.playing && !e.stops.includes(this.playback.stop)) this.playback.seek(e.stops[0]!);
    this.render(true);
  }

  private onRangeKey(e: KeyboardEvent): void {
    const n = this.moments.length;
    const key = e.key;
    if (key === ' ') return; // the root's handler plays
    const forward = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp';
    const back = key === 'ArrowLeft' || key === 'ArrowDown' || key === 'PageDown';
    if (!forward && !back && key !== 'Home' && key !== 'End') return;
    e.preventDefault();
    if (forward) this.stepForward();
    else if (back) this.stepBack();
    else this.seekStop(key === 'Home' ? 0 : n - 1);
  }

  private onRootKey(e: KeyboardEvent): void {
    if (e.key !== ' ' || e.altKey || e.ctrlKey || e.metaKey) return;
    if ((e.target as HTMLElement).tagName === 'BUTTON') return; // a button's own Space
    e.preventDefault();
    this.toggle();
  }

  private emit(cause: TimelineChangeEvent['cause']): void {
    const position = this.playback.position;
    const payload: TimelineChangeEvent = { type: 'change', position, time: this.getTime(), stop: this.moments[this.playback.stop]!, playing: this.playback.playing, cause };
    for (const l of [...this.listeners]) l.fn.call(l.context, payload);
  }

  private minutesAt(index: number): number {
    return (this.moments[index]!.time - this.moments[0]!.time) / 60_000;
  }

  private timeOfRange(): number {
    return this.moments[0]!.time + Number(this.ui!.range.value) * 60_000;
  }

  private stopText(index: number): string {
    const stop = this.layer.itinerary.stops[index]!;
    return this.strings.stop
      .replace('{n}', String(index + 1))
      .replace('{total}', String(this.moments.length))
      .replace('{name}', localize(stop.name, this.layer.language));
  }

  private buildRoute(map: L.Map): void {
    const { itinerary } = this.layer;
    const styles = resolveLegStyles(map.getContainer(), this.o.legStyles ?? {});
    const measured = legLatLngs(itinerary, this.o.straightLegs, this.o.toleranceKm).map(measureLine);
    const group = L.layerGroup().addTo(map);
    const lines = itinerary.legs.map((leg, i) => {
      if (measured[i]!.points.length < 2) return null;
      const style = styles[leg.mode];
      return L.polyline([], { ...style, dashArray: style.dashArray || undefined, weight: style.weight + 1, className: `vm-story-route vm-story-route--${leg.mode}`, interactive: false, lineCap: 'round' }).addTo(group);
    });
    this.route = { group, lines, measured, drawn: lines.map(() => -1) };
  }

  /** Brings the slider, readout, ticks and drawn route up to the position. */
  private render(all: boolean): void {
    const ui = this.ui;
    if (!ui) return;
    const p = this.playback.position;
    const at = this.playback.stop;
    const playing = this.playback.playing;
    ui.range.value = String((this.getTime() - this.moments[0]!.time) / 60_000);
    const m = this.moments[at]!;
    const travelling = !Number.isInteger(p) && p - at > 1e-9;
    const when = storyTimeText(this.getTime(), m, travelling, this.layer.itinerary.timezone, this.o.dateLocale ?? storyLocale(this.layer.language));
    const inferred = m.inferred && !travelling;
    const where = travelling
      ? this.strings.travelling
          .replace('{from}', localize(this.layer.itinerary.stops[at]!.name, this.layer.language))
          .replace('{to}', localize(this.layer.itinerary.stops[at + 1]!.name, this.layer.language))
      : this.stopText(at);
    const text = when ? `${when}${inferred ? ` (${this.strings.inferred})` : ''}: ${where}` : where;
    if (text !== this.valueText) {
      this.valueText = text;
      ui.range.setAttribute('aria-valuetext', text);
      const readout = ui.readout;
      readout.replaceChildren();
      el('span', 'vm-timeline__date', when, readout);
      if (inferred) el('span', 'vm-timeline__inferred', this.strings.inferred, readout);
      el('span', 'vm-timeline__where', where, readout);
    }
    if (all || at !== this.tickStop) {
      this.tickStop = at;
      ui.ticks.forEach((t, i) => t.classList.toggle('vm-timeline__tick--current', i === at));
    }
    ui.root.classList.toggle('vm-timeline--playing', playing);
    this.host?.getContainer().classList.toggle('vm-story--playing', playing);
    const label = playing ? this.strings.pause : this.strings.play;
    if (ui.play.getAttribute('aria-label') !== label) {
      ui.play.setAttribute('aria-label', label);
      ui.play.firstElementChild!.firstElementChild!.setAttribute('d', playing ? ICONS.pause : ICONS.play);
    }
    this.drawRoute(p, all);
  }

  private drawRoute(p: number, all: boolean): void {
    const route = this.route;
    if (!route) return;
    const filter = this.layer.getStopFilter();
    const shown = filter && new Set(filter);
    route.lines.forEach((line, i) => {
      if (!line) return;
      // A leg hidden by a day view stays hidden here too.
      const visible = !shown || (shown.has(i) && shown.has(i + 1));
      const fraction = visible ? Math.min(1, Math.max(0, p - i)) : 0;
      if (!all && fraction === route.drawn[i]) return;
      route.drawn[i] = fraction;
      line.setLatLngs(fraction > 0 ? lineUpTo(route.measured[i]!, fraction, (lat, lng) => L.latLng(lat, lng)) : []);
    });
  }
}

/**
 * Factory for {@link TimelineControl}.
 *
 * @example
 * timelineControl(layer).addTo(map);
 */
export function timelineControl(layer: ItineraryLayer, options?: TimelineControlOptions): TimelineControl {
  return new TimelineControl(layer, options);
}
