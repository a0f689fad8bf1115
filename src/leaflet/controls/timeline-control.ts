import * as L from 'leaflet';
import { summarize } from '../../geojson/summarize';
import { localize } from '../../itinerary/localize';
import { stopIndex } from '../../itinerary/stop-index';
import { prefersReducedMotion } from '../dom';
import type { ItineraryFilterEvent, ItineraryStopEvent } from '../layer/events';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { positionAtTime, storyEnd, storyMoments, storySpan, timeAtPosition, type StoryMoment } from '../../story/moments';
import { StoryPlayback } from '../../story/playback';
import { timeText } from '../../story/text';
import { ItineraryControl } from './control';
import type { BarSlot } from './control-bar';
import { TimelineRoute } from './timeline-route';
import type { TimelineChangeEvent, TimelineControlEventMap, TimelineControlOptions, TimelineResetEvent } from './timeline-options';
import { TIMELINE_STRINGS, TimelineView, type TimelineStrings } from './timeline-view';

// Over 300 lines for a reason: the public playback API (play, pause, step, seek, reset)
// with its doc comments. Its DOM is ./timeline-view, its route ./timeline-route, its
// options and events ./timeline-options.

export { TIMELINE_STRINGS, type TimelineStrings };
export type { TimelineChangeEvent, TimelineControlEventMap, TimelineControlOptions, TimelineResetEvent };

/** The defaults of {@link TimelineControlOptions}, documented on each option. */
const DEFAULTS: TimelineControlOptions = { position: 'bottomleft', speed: 1, dwell: 1500, follow: 'popup', bar: true };

/**
 * A timeline for an {@link ItineraryLayer}: a date/time slider and play, pause and step
 * buttons that tell the visit in order. Playing draws the route along its great circles
 * (the layer's own legs fade to a faint guide meanwhile), highlights the current stop's
 * marker and opens its popup; the stop list follows. Stops whose dates are inferred
 * have hollow ticks and say "inferred" next to the date. From the keyboard: the buttons,
 * the slider (arrows and Page Up/Down go from stop to stop, Home/End to the ends) and
 * Space to play or pause. With `prefers-reduced-motion: reduce` it steps from stop to
 * stop without animating. Driven by `requestAnimationFrame`; `remove()` stops it.
 * On a small map (a phone) it folds the story's controls into one bar along the bottom
 * edge, with the stop list and legend behind toggles as a bottom sheet (option `bar`).
 *
 * An itinerary with no dates at all (an import from Google My Maps: places, no times)
 * has no time axis: the slider goes by stop, evenly spaced, its ticks plain, and says
 * where the story is ("stop 2 of 5, Kyoto Station", "travelling from Osaka Castle to
 * Kyoto Station") with no date; {@link getTime} is `NaN`, `change` reports `time: NaN`,
 * {@link seekTime} throws, and a `deepLink` writes `#stop=` without `t=`.
 *
 * The timeline follows its layer on and off the map: when the layer is removed it pauses
 * (firing `change` with cause `'pause'` if it was playing), takes its drawn route away and
 * hides itself, as the layer's markers go (it stays on the map: `remove()` takes it off);
 * when the layer comes back it shows again, draws the route up to where it paused and stays
 * paused.
 *
 * @example
 * const layer = itineraryLayer(data).addTo(map);
 * stopListControl(layer).addTo(map);
 * timelineControl(layer, { speed: 1.5 }).addTo(map);
 * layer.fitItinerary(); // the map may have been made without a view
 */
export class TimelineControl extends ItineraryControl<TimelineControlOptions, TimelineControlEventMap> {
  /** Where each stop is on the time axis. */
  readonly moments: readonly StoryMoment[];
  private readonly strings: TimelineStrings;
  private readonly playback: StoryPlayback;
  private view: TimelineView | null = null;
  private route: TimelineRoute | null = null;
  private frame = 0;
  private lastFrame = 0;
  private shownStop = -1;
  private readonly legMs: number[];
  /** The story's last position: the last stop's, or the end of its stay (`storyEnd`). */
  private readonly end: number;
  /** Whether any stop has a date: if none has, the story goes by stop, with no time. */
  private readonly timed: boolean;

  constructor(layer: ItineraryLayer, options?: TimelineControlOptions) {
    super(layer, options, DEFAULTS, 'TimelineControl');
    const o = this.options;
    if (!(o.speed! > 0)) throw new RangeError('TimelineControl: speed must be greater than 0');
    this.strings = { ...TIMELINE_STRINGS, ...(o.strings ?? {}) };
    this.moments = storyMoments(layer.itinerary);
    this.timed = this.moments.some((m) => !m.undated);
    const { stops } = layer.itinerary;
    // Longer legs take longer, but a flight is not fifty times a drive: a log scale.
    this.legMs = summarize(layer.itinerary).legs.map((leg) => Math.min(3500, 1000 + 550 * Math.log2(1 + leg.distanceKm / 40)));
    this.playback = new StoryPlayback({
      stops: stops.length,
      end: (this.end = storyEnd(this.moments)),
      legDuration: (i) => (this.legMs[i] ?? 1000) / o.speed!,
      dwell: o.dwell! / o.speed!,
      reducedMotion: () => !this.animated(),
    });
    // Until played, the whole story is shown: the slider at its end, the route drawn.
    this.playback.seek(this.end);
  }

  /** Called by Leaflet when the control is added: builds the buttons and the slider and follows the layer's popups and filter. */
  override onAdd(map: L.Map): HTMLElement {
    this.host = map;
    // An undated story has no dates to mark as inferred.
    const ticks = this.moments.map((m) => ({ minutes: this.axisAt(m.index), inferred: this.timed && m.inferred }));
    this.view = new TimelineView(this.strings, ticks, (i) => this.stopText(i), this.axisAt(this.end), {
      previous: () => this.stepBack(),
      toggle: () => this.toggle(),
      next: () => this.stepForward(),
      slide: (value) => (value === null ? this.emitChange('seek') : this.seekTo(this.timed ? positionAtTime(this.moments, this.moments[0]!.time + value * 60_000) : value, 'input')),
      key: (e) => this.onRangeKey(e),
    });
    const s = this.layer.settings;
    const o = this.options;
    this.route = new TimelineRoute(this.layer, map, {
      toleranceKm: o.toleranceKm ?? s.toleranceKm,
      straightLegs: o.straightLegs ?? s.straightLegs,
      legStyles: o.legStyles ?? s.legStyles,
    });
    this.route.filter(this.layer.getStopFilter());
    map.getContainer().classList.add('vm-story');
    this.layer.on('stopvisit', this.onStopVisit, this);
    this.layer.on('stopfilter', this.onFilter, this);
    this.shownStop = this.layer.getCurrentIndex();
    this.keepTo(this.layer.getStopFilter(), this.layer.getStopFilterDay());
    this.render(true);
    map.on('resize', this.fitTicks, this);
    return this.view.root;
  }

  /** Adds the control to the map, its ticks thinned for the slider's width there. */
  override addTo(map: L.Map): this {
    super.addTo(map);
    this.fitTicks();
    return this;
  }

  /** Called by Leaflet when the control is removed: stops playing and stops following the layer. */
  override onRemove(map: L.Map): void {
    this.playback.pause();
    this.cancel();
    this.route?.remove();
    this.route = null;
    map.getContainer().classList.remove('vm-story', 'vm-story--playing');
    map.off('resize', this.fitTicks, this);
    this.layer.off('stopvisit', this.onStopVisit, this);
    this.layer.off('stopfilter', this.onFilter, this);
    this.view = null;
    this.host = null;
  }

  /** Whether playback is running. */
  isPlaying(): boolean {
    return this.playback.playing;
  }

  /** Where the story is: `2.5` is halfway from the third stop to the fourth. */
  getProgress(): number {
    return this.playback.position;
  }

  /** The instant the story is at, ms since the epoch; `NaN` for an itinerary without any date (the story goes by stop). */
  getTime(): number {
    return this.timed ? this.clock() : NaN;
  }

  /** Starts playing the visit (from the start again when at the end; with a day picked, that day) and fires `change` with cause `'play'`; does nothing when already playing, with nothing to travel (fewer than two moments, a day of one stop), or while the layer is off the map. */
  play(): this {
    if (this.playback.playing || this.moments.length < 2 || !this.host?.hasLayer(this.layer)) return this;
    // Under a filter (a day picked) the playback plays its stops: from its first unless inside it already.
    this.playback.play();
    if (!this.playback.playing) return this;
    this.lastFrame = 0;
    if (this.playback.stop !== this.shownStop) this.showStop(this.playback.stop);
    this.render(true);
    this.emitChange('play');
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
    this.emitChange('pause');
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

  /** Pauses and goes to the next stop; at the end (of the story, or of the day picked) does nothing, as its button then says. */
  stepForward(): this {
    if (this.stuck(true)) return this;
    this.cancel();
    this.playback.stepForward();
    return this.moved('step');
  }

  /** Pauses and goes back a stop (from between two stops, to the one just left); at the start does nothing, as its button then says. */
  stepBack(): this {
    if (this.stuck(false)) return this;
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
    const index = stopIndex(this.moments, stop, 'TimelineControl');
    this.cancel();
    this.playback.seek(index);
    return this.moved('seek');
  }

  /**
   * Pauses and goes to an instant (ms since the epoch, or an ISO 8601 string); the route is drawn up to it.
   * Throws a `RangeError` for an itinerary without any date: it has no time to go to (use {@link seekStop}).
   * @param cause What the `change` event reports as its cause. Default `'seek'`.
   * @example
   * timeline.seekTime('2023-12-11T06:00:00Z');
   */
  seekTime(time: number | string, cause: TimelineChangeEvent['cause'] = 'seek'): this {
    const ms = typeof time === 'string' ? Date.parse(time) : time;
    if (!Number.isFinite(ms)) throw new RangeError(`TimelineControl: "${time}" is not a time`);
    if (!this.timed) throw new RangeError('TimelineControl: the itinerary has no dates, so no time to seek to: use seekStop');
    return this.seekTo(positionAtTime(this.moments, ms), cause);
  }

  /**
   * Pauses and shows the story as a page opened at it shows it, no stop opened: the whole
   * story (the slider at its end, the whole route drawn); with stops filtered (a day picked),
   * their start, as picking the day does and as a link to the day opens. Fires `reset`, not `change`.
   * @example
   * timeline.reset();
   */
  reset(): this {
    this.cancel();
    this.playback.pause();
    // Kept within the filter's bounds: 0 is their start.
    this.playback.seek(this.layer.getStopFilter() ? 0 : this.end);
    this.shownStop = -1;
    this.render(true);
    // No stop opened: the one the timeline stood at closes, as the address forgets it.
    this.layer.closePopup();
    this.emit('reset', {});
    return this;
  }

  // ---------------------------------------------------------------- internals

  /** On a small map the timeline starts the story's bar (unless `bar: false`), its ticks thinned again in it and back in its corner. */
  protected override barSlot(): BarSlot | null {
    return this.options.bar ? { place: 'main', changed: () => this.fitTicks() } : null;
  }

  /** Thins the ticks again for the slider's new width (the map resized, the timeline in or out of the bar). */
  private fitTicks(): void {
    this.render(true);
  }

  private seekTo(position: number, cause: TimelineChangeEvent['cause']): this {
    this.cancel();
    this.playback.seek(position);
    return this.moved(cause);
  }

  /** Whether a step that way has nowhere to go: paused at the end (forward) or the start of the story or the day picked. */
  private stuck(forward: boolean): boolean {
    const p = this.playback;
    return !p.playing && (forward ? p.atEnd : p.atStart);
  }

  private moved(cause: TimelineChangeEvent['cause']): this {
    const stop = this.playback.stop;
    // Its popup too, if closed (Escape) or never opened (playing): the `change` names the stop, and so does a link.
    const popup = this.layer._popup;
    if (stop !== this.shownStop || !popup.isOpen() || popup.index !== stop) this.showStop(stop);
    this.render(true);
    this.emitChange(cause);
    return this;
  }

  private animated(): boolean {
    return this.options.animate !== false && !prefersReducedMotion();
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
    if (wasAtStop && !Number.isInteger(this.playback.position) && this.options.follow) this.host.closePopup();
    if (result.arrived !== null) this.showStop(result.arrived);
    this.render(false);
    // The story's end, or that of the stops shown (a day picked).
    if (result.ended) this.emitChange('end');
    else if (result.arrived !== null) this.emitChange('stop');
    this.schedule();
  };

  /** Makes the layer show stop `index` (popup, highlighted marker, stop list). */
  private showStop(index: number): void {
    this.shownStop = index;
    const follow = this.options.follow;
    if (!follow || !this.host) return;
    const popup = follow === 'always' || !this.playback.playing;
    this.layer.openStop(index, { focus: false, popup });
  }

  private onStopVisit(e: ItineraryStopEvent): void {
    // A stop opened from elsewhere (a marker, the list), or reached by the arrow keys: the timeline goes there.
    if (e.index === this.shownStop) return;
    this.shownStop = e.index;
    this.cancel();
    this.playback.seek(e.index);
    this.render(true);
    this.emitChange('seek');
  }

  /** The layer left the map: nothing to tell the story on, so it pauses and its route goes (the base hides the control). Back: as it was left, still paused. */
  protected override layerShown(shown: boolean): void {
    if (!shown) this.pause();
    this.route?.show(shown);
    this.render(true);
  }

  private onFilter(e: ItineraryFilterEvent): void {
    const span = this.keepTo(e.stops, e.day);
    this.route?.filter(e.stops);
    // Stops filtered (a day picked): go to their start, or to the stop among them whose popup
    // is open, quietly: the day control has just fitted the map, so no stop is flown to or opened.
    if (span && !this.playback.playing) {
      const open = this.layer._popup.index;
      this.playback.seek(open >= 0 && e.stops!.includes(open) ? open : span[0]);
    }
    this.render(true);
  }

  /**
   * The one rule of the timeline under a filter: step, play, seek, the slider and Home/End
   * move only among the stops shown, and for a day picked only within that day.
   */
  private keepTo(stops: readonly number[] | null, day: string | null): [number, number] | null {
    const span = stops && storySpan(this.moments, stops, day, this.layer.itinerary.timezone, this.layer.itinerary.stops);
    this.playback.setBounds(span);
    return span;
  }

  private onRangeKey(e: KeyboardEvent): void {
    const key = e.key;
    const forward = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp';
    const back = key === 'ArrowLeft' || key === 'ArrowDown' || key === 'PageDown';
    if (!forward && !back && key !== 'Home' && key !== 'End') return;
    e.preventDefault();
    if (forward) this.stepForward();
    else if (back) this.stepBack();
    else this.seekTo(key === 'Home' ? 0 : this.end, 'seek');
  }

  private emitChange(cause: TimelineChangeEvent['cause']): void {
    const { position, playing, stop } = this.playback;
    this.emit('change', { position, time: this.getTime(), stop: this.moments[stop]!, playing, cause });
  }

  /** The instant of the position on the story's axis (for an undated story, made-up hours apart). */
  private clock(): number {
    return timeAtPosition(this.moments, this.playback.position);
  }

  /** Where the slider stands for story position `p`: minutes from the first moment, or for an undated story `p` itself (one step a stop). */
  private axisAt(p: number): number {
    return this.timed ? (timeAtPosition(this.moments, p) - this.moments[0]!.time) / 60_000 : p;
  }

  private name(index: number): string {
    return localize(this.layer.itinerary.stops[index]!.name, this.layer.language);
  }

  private stopText(index: number): string {
    return this.strings.stop.replace('{n}', String(index + 1)).replace('{total}', String(this.moments.length)).replace('{name}', this.name(index));
  }

  /** Brings the slider, readout, ticks and drawn route up to the position. */
  private render(all: boolean): void {
    const view = this.view;
    if (!view) return;
    const p = this.playback.position;
    const at = this.playback.stop;
    const playing = this.playback.playing;
    const m = this.moments[at]!;
    // Between two stops, but still at the first until its departure (a stay of days).
    const travelling = !Number.isInteger(p) && p - at > 1e-9 && this.clock() >= m.leave;
    const locale = this.options.dateLocale ?? this.layer.settings.dateLocale;
    // On the clock of the stop shown (or being left), as its popup and the stop list write it.
    const stop = this.layer.itinerary.stops[at]!;
    const local = travelling ? (stop.depart ?? stop.arrive) : (stop.arrive ?? stop.depart);
    const text = (year: boolean) => (this.timed ? timeText(this.clock(), m, travelling, this.layer.itinerary.timezone, locale, local, year) : '');
    const when = text(true);
    const where = travelling ? this.strings.travelling.replace('{from}', this.name(at)).replace('{to}', this.name(at + 1)) : this.stopText(at);
    view.render(this.axisAt(p), at, [when, text(false)], m.inferred && !travelling && when !== '', where, playing, all);
    view.ends(this.stuck(false), this.stuck(true));
    this.host?.getContainer().classList.toggle('vm-story--playing', playing);
    this.route?.draw(p);
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
