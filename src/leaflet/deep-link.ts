// Over 300 lines for a reason: a third of it is the contract of a link (which keys, what is
// written when, and one order of precedence for keys that disagree), documented on the
// class; `apply` follows that order in one place.
import type * as L from 'leaflet';
import type { DayControl, DayChangeEvent } from './controls/day-control';
import type { TimelineChangeEvent, TimelineControl } from './controls/timeline-control';
import type { ItineraryMeetingEvent, ItineraryStopEvent } from './layer/events';
import type { ItineraryLayer } from './layer/itinerary-layer';
import { checkNames } from './options';
import { formatStoryHash, parseStoryHash, STORY_HASH_KEYS, storyKeyName, type StoryHash } from '../story/hash';
import type { StoryDay } from '../story/days';
import type { Itinerary } from '../itinerary/types';
import { findMeeting } from '../story/meetings';
import { stopIndex } from '../itinerary/stop-index';
import { dayString, instantOf, localDay } from '../geojson/time';
import { storySpan, timeAtPosition, type StoryMoment } from '../story/moments';

/** Options of {@link DeepLink}. */
export interface DeepLinkOptions {
  /** A timeline whose time goes in the hash as `t=` and follows it. Default: none. */
  timeline?: TimelineControl | null;
  /** A day picker whose day goes in the hash as `day=` and follows it. Default: none. */
  days?: DayControl | null;
  /**
   * How a change is written: `'push'` adds a history entry (back and forward step
   * through what the visitor opened), `'replace'` rewrites the current one, `false` never
   * writes (the hash is only read). Playback always replaces. Default `'push'`.
   */
  history?: 'push' | 'replace' | false;
  /** Open what the hash names now, and on back/forward. Default `true`. */
  read?: boolean;
  /** The window whose location and history to use. Default: the global `window`. */
  window?: Window;
  /**
   * For a page with several deep-linked maps: a name (letters, digits, `-`, `_`) that prefixes
   * this map's keys, `key: 'b'` writing and reading `#b.stop=kyoto&b.t=…&b.day=…&b.meeting=…`,
   * so each map follows its own keys and leaves the others'. Two deep links on one page
   * with the same keys (none given to either) are refused, and what the first took out of the
   * address as not its own is put back: the link may be the second map's. Default: none (`#stop=…`).
   */
  key?: string;
}

/** The deep links following each window's address, to refuse a second one on the same keys. */
const following = new WeakMap<Window, Set<DeepLink>>();

/**
 * Keeps the URL hash and the story in step, both ways: opening a stop (or reaching its marker
 * with the arrow keys) writes
 * `#stop=<id>` (with `&t=<ISO time>` when there is a timeline, `&day=` when a day is
 * chosen; closing its popup takes both away), opening a meeting's details view adds `&meeting=<id>` (closing it takes that
 * away), and a page opened with such a hash, or reached by back/forward, opens that
 * stop, time, day and meeting. A stop's popup so opened takes focus, as from its marker with
 * Enter (Escape closes it, focus going to the marker), unless the visitor is typing in a field
 * of the page (an input, a select, a text area). Ids, never positions, so links survive a reordered
 * itinerary. Only the `stop`, `t`, `day` and `meeting` keys are touched: the rest of the
 * hash is the page's. Meetings need the layer's `meetingDetails` option. Several maps on one page
 * each take a `key` (`key: 'b'`: `#b.stop=kyoto`), and each follows and writes only its own keys.
 *
 * A link it cannot follow is not kept: a `stop`, `day` or `meeting` this itinerary does not
 * have, a `t` that is no time (or with no timeline, or one of an itinerary without dates,
 * which goes by stop and writes no `t`) and a `day` with no day picker are taken out of the
 * address (the entry rewritten, not added). A `t` beside an unknown `stop` is dropped with
 * it: that time belongs to another trip. Keys that disagree follow one rule, the meeting wins,
 * then the stop, then the day, then the time: a `stop` other than the meeting's is dropped, a
 * `day` that does not hold the meeting's stop (or is not the meeting's date), or the `stop`
 * named, is dropped (all days shown), and so is a `t` not at that stop (or on the leg from it)
 * or outside the `day`. `remove()` takes the keys out of the address too,
 * so the next trip's link starts clean (`remove({ keep: true })` leaves them). While its layer is
 * off the map (`map.removeLayer`, `map.remove()`) the keys are out of the address and none is
 * written or followed; when the layer is back, what it shows (the day picked) is written again.
 *
 * @example
 * const link = deepLink(layer, { timeline, days });
 * // later, to stop following the URL:
 * link.remove();
 */
export class DeepLink {
  /** The itinerary layer whose open stop the URL records. */
  readonly layer: ItineraryLayer;
  private readonly o: DeepLinkOptions;
  private readonly win: Window;
  private applying = false;
  private lastHash?: string | null;
  /** The stop an `apply` opened: its popup may open later (after the map moves), and must not add a history entry. */
  private expected?: string | null;
  /** The stop whose popup takes focus when it opens (a link followed), as from its marker with Enter. */
  private focusing: string | null = null;
  /** The layer left the map: nothing of the story is shown, so the address names none of it. */
  private away = false;
  /** The keys `apply` last read from the address, when it took some out that it could not follow, and the address after. */
  private dropped: [StoryHash, string] | null = null;

  constructor(layer: ItineraryLayer, options: DeepLinkOptions = {}) {
    checkNames(options, { timeline: null, days: null, history: 'push', read: true, window: null, key: null }, 'DeepLink');
    const key = options.key;
    if (key !== undefined && (typeof key !== 'string' || !/^[\w-]+$/.test(key))) {
      throw new TypeError(`DeepLink: key ${JSON.stringify(key)} must be letters, digits, "-" or "_" (it prefixes the map's keys in the address, as b in #b.stop=…)`);
    }
    const win = options.window ?? (typeof window !== 'undefined' ? window : undefined);
    if (!win) throw new Error('DeepLink: needs a window (a browser page)');
    const links = following.get(win) ?? new Set<DeepLink>();
    for (const other of links) {
      if (other.o.key === key && !other.away) {
        // What the first took out of the address as not its own may be this map's link: it goes back
        // (the entry rewritten), unless something was written since. The error loses nothing of the link.
        if (other.dropped?.[1] === win.location.hash) other.set(other.dropped[0], 'replace');
        const names = STORY_HASH_KEYS.map((k) => storyKeyName(k, key)).join(', ');
        throw new Error(`DeepLink: another deepLink on this page follows the keys ${names}: give each map its own key, e.g. deepLink(layer, { key: 'b' }) for #b.stop=…`);
      }
    }
    following.set(win, links.add(this));
    this.layer = layer;
    this.o = options;
    this.win = win;
    layer.on('stopvisit', this.onStop, this);
    layer.on('popupclose', this.onStopClose, this);
    layer.on('meetingopen', this.onMeeting, this);
    layer.on('meetingclose', this.onMeeting, this);
    layer.on('add', this.onLayer, this).on('remove', this.onLayer, this);
    options.timeline?.on('change', this.onTime, this);
    options.timeline?.on('reset', this.onReset, this);
    options.days?.on('change', this.onDay, this);
    if (options.read !== false) {
      layer._meetingLinks = storyKeyName('meeting', key); // a #meeting= link now opens its meeting when loaded: popups offer it
      win.addEventListener('hashchange', this.onNavigate);
      win.addEventListener('popstate', this.onNavigate);
      this.apply();
    }
  }

  /**
   * Opens what a hash names (default: the page's): its day, then its time, then its stop,
   * then its meeting (closing an open meeting the hash does not name). Unknown ids are ignored,
   * and, for the page's own hash, taken out of the address (see the class).
   * @example
   * link.apply('#stop=lingang&t=2023-12-11T06:00:00Z');
   */
  apply(hash: string = this.win.location.hash): this {
    this.lastHash = hash;
    const state = parseStoryHash(hash, this.o.key);
    const { timeline, days } = this.o;
    this.applying = true;
    try {
      // Keys that disagree: the meeting wins, then the stop, then the day, then the time. A meeting
      // names its stop and (with a date) its day: another stop is dropped, and a day that does not
      // hold the meeting's stop, or is not its date; then a time not at the stop (or on its way
      // from it) or outside the day.
      const meeting = state.meeting === undefined ? undefined : findMeeting(this.layer.itinerary, state.meeting);
      let index = state.stop === undefined ? -1 : stopIndex(this.layer.itinerary.stops, state.stop);
      if (meeting && index !== meeting.stop) index = -1;
      const known = index >= 0;
      const at = meeting?.stop ?? index;
      const on = meeting?.meeting.date === undefined ? undefined : localDay(meeting.meeting.date);
      const day = days?.days.find((d) => d.key === state.day && (at < 0 || d.stops.includes(at)) && (on === undefined || d.key === dayString(on)));
      // A time needs a timeline with times, and a stop named, if any, of this itinerary (not another trip's) that the meeting allows.
      // Read as the itinerary's times are: with its offset, else on the itinerary's clock (UTC without one), never the
      // reader's own (`Date.parse` reads `2025-06-04T17:00` in the browser's zone: one link, a view per visitor).
      const zone = this.layer.itinerary.timezone;
      let time = timeline && Number.isFinite(timeline.getTime()) && (known || state.stop === undefined) ? (instantOf(state.t ?? '', zone ?? 'UTC') ?? NaN) : NaN;
      if (timeline && !timeFits(timeline.moments, time, at, day, zone, this.layer.itinerary.stops)) time = NaN;
      const timed = Number.isFinite(time);
      // No stop named: none is open when the day is chosen, so the timeline goes to the day's
      // start, as when the day is picked on a fresh page.
      if (!known && !timed) this.layer.closePopup();
      if (days && (day || days.getDay())) days.select(day?.key ?? null);
      if (timeline && timed) timeline.seekTime(time);
      else if (timeline && known) timeline.seekStop(state.stop!);
      // The stop the timeline stands at (the last one in its stay, up to the story's end).
      const standing = timeline && timeline.moments[Math.min(timeline.getProgress() | 0, timeline.moments.length - 1)]?.id;
      const opened = known ? state.stop! : timeline && timed ? (standing ?? null) : null;
      this.expected = opened;
      if (known && (!timeline || !timed || standing !== state.stop)) {
        this.layer.openStop(state.stop!, { focus: false });
      } else if (!known && !timed) {
        // Back to a state with no stop and no time (a day view, or the page as first opened).
        this.layer.closePopup();
        if (!state.day) timeline?.reset();
      }
      if (meeting) this.layer.openMeeting(state.meeting!);
      else this.layer.closeMeeting();
      // The stop's popup takes focus (a meeting's view takes it itself), now if it is open, else when it opens.
      this.focusing = meeting ? null : opened;
      const popup = this.layer._popup;
      if (popup.isOpen() && this.layer.itinerary.stops[popup.index]?.id === opened) this.focusPopup(popup.index);
      // What could not be followed leaves the page's address.
      const kept: StoryHash = { ...state };
      if (!known) delete kept.stop;
      if (!timed) delete kept.t;
      if (days?.getDay()?.key !== state.day) delete kept.day;
      if (!meeting) delete kept.meeting;
      if (hash === this.win.location.hash && Object.keys(kept).length < Object.keys(state).length) {
        this.set(kept, 'replace');
        this.dropped = [state, this.win.location.hash];
      }
    } finally {
      this.applying = false;
    }
    return this;
  }

  /**
   * Stops following and writing the hash, and takes its keys out of the address (unless
   * `history: false`): they name a view of a story no longer followed.
   * @param options `keep: true` leaves them, for a page that shows the same trip again (in
   * another language, say) and lets its next link open them.
   * @example
   * link.remove(); // another trip next
   * link.remove({ keep: true }); // the same trip again
   */
  remove(options: { keep?: boolean } = {}): void {
    if (!options.keep) this.set({}, 'replace');
    following.get(this.win)?.delete(this);
    this.layer._meetingLinks = undefined;
    this.layer.off('stopvisit', this.onStop, this);
    this.layer.off('popupclose', this.onStopClose, this);
    this.layer.off('meetingopen', this.onMeeting, this);
    this.layer.off('meetingclose', this.onMeeting, this);
    this.layer.off('add', this.onLayer, this).off('remove', this.onLayer, this);
    this.o.timeline?.off('change', this.onTime, this);
    this.o.timeline?.off('reset', this.onReset, this);
    this.o.days?.off('change', this.onDay, this);
    this.win.removeEventListener('hashchange', this.onNavigate);
    this.win.removeEventListener('popstate', this.onNavigate);
  }

  private readonly onNavigate = (): void => {
    // pushState does not fire these; back/forward and typed links do, sometimes both.
    if (!this.away && this.win.location.hash !== this.lastHash) this.apply();
  };

  /**
   * The layer left the map (`map.removeLayer`, `map.remove()`): its keys leave the address
   * (rewriting the entry) and none is written, nor followed, until it is back; then what it
   * shows is written again (the day still picked).
   */
  private onLayer(e: L.LeafletEvent): void {
    this.away = e.type === 'remove';
    this.write({}, 'replace');
    if (this.away) this.set({}, 'replace');
  }

  private onStop(e: ItineraryStopEvent): void {
    if (this.focusing !== null && !this.applying) this.focusPopup(e.index);
    if (this.applying) return void (this.expected = null); // opened at once: nothing to write
    const timeline = this.o.timeline;
    const quiet = Boolean(timeline?.isPlaying()) || e.stop.id === this.expected;
    this.expected = null;
    this.write({ stop: e.stop.id, ...(timeline ? { t: iso(timeline.getTime()) } : {}) }, quiet ? 'replace' : undefined);
  }

  /**
   * A stop's popup closed (Escape, its ×, a click on the map): the link stops naming it, and
   * its time, which would open it again on reload. Rewrites the entry, as closing a meeting
   * does. Not while playing (it closes popups between stops, and writes the stop it reaches),
   * nor when a day hides the stop (the day's change writes the link).
   */
  private onStopClose(e: ItineraryStopEvent): void {
    if (this.applying || this.o.timeline?.isPlaying() || parseStoryHash(this.win.location.hash, this.o.key).stop !== e.stop.id) return;
    if (this.o.days && this.layer.getStopFilter()?.includes(e.index) === false) return;
    this.write({ stop: undefined, t: undefined }, 'replace');
  }

  /** A meeting's view opened (a history entry, as for a stop) or closed (rewrites the entry: closing a dialog is not a step to go back to). */
  private onMeeting(e: ItineraryMeetingEvent): void {
    if (e.type === 'meetingopen') this.write({ meeting: e.meeting.id });
    else if (parseStoryHash(this.win.location.hash, this.o.key).meeting === e.meeting.id) this.write({ meeting: undefined }, 'replace');
  }

  private onTime(e: TimelineChangeEvent): void {
    if (e.cause === 'play' || e.cause === 'input') return; // the slider writes when let go
    // Playback rewrites the current entry: back should not replay every stop.
    const quiet = e.cause === 'stop' || e.cause === 'pause' || e.cause === 'end';
    this.write({ stop: e.stop.id, t: iso(e.time) }, quiet ? 'replace' : undefined);
  }

  /** The whole story shown again (`timeline.reset()`): no stop or time to open on reload. */
  private onReset(): void {
    this.write({ stop: undefined, t: undefined }, 'replace');
  }

  private onDay(e: DayChangeEvent): void {
    // A day that does not hold the stop in the address drops it, and its time, from the link. One that
    // holds it writes the timeline's time, which the day has just kept within it: the time before would
    // name a moment outside the day shown.
    const day = e.day;
    const t = this.o.timeline;
    if (!day || day.stops.includes(this.layer._popup.index)) this.write({ day: day?.key, t: t ? iso(t.getTime()) : undefined });
    else this.write({ day: day.key, stop: undefined, t: undefined });
  }


  /**
   * A link followed opened stop `index`'s popup: focus goes to it (its title, as from the
   * stop's marker with Enter), so that Escape closes it and gives focus to the marker, and a
   * screen reader reads what the link opened. Not when the stop is not the one the link named,
   * nor from a field the visitor is typing in (an input, a select, a text area, an editable
   * element): a page's own search box keeps its focus.
   */
  private focusPopup(index: number): void {
    const popup = this.layer._popup;
    const active = this.win.document.activeElement as HTMLElement | null;
    const typing = active?.isContentEditable || active?.matches('input, select, textarea');
    if (this.layer.itinerary.stops[index]?.id === this.focusing && popup.index === index && popup.isOpen() && !typing) {
      popup.keyboard = true;
      popup.focus();
    }
    this.focusing = null;
  }

  /** Writes the story keys given (others as they are), unless nothing changes. */
  private write(change: StoryHash, mode?: 'push' | 'replace'): void {
    if (this.applying || this.away) return;
    const next = { ...parseStoryHash(this.win.location.hash, this.o.key), ...change };
    if (!('day' in change) && this.o.days) next.day = this.o.days.getDay()?.key;
    this.set(next, mode);
  }

  /** Puts `state` in the address (`push`, `replace` or, by default, the `history` option), unless nothing changes or the link only reads. */
  private set(state: StoryHash, mode?: 'push' | 'replace'): void {
    const how = this.o.history ?? 'push';
    if (how === false) return;
    const { location, history } = this.win;
    const hash = formatStoryHash(location.hash, state, this.o.key);
    if (hash === location.hash || (hash === '' && !location.hash)) return;
    history[(mode ?? how) === 'push' ? 'pushState' : 'replaceState'](history.state, '', `${location.pathname}${location.search}${hash}`);
    this.lastHash = location.hash;
  }
}

/**
 * Whether the timeline can stand at `time` as the link says: within the story (a second's
 * leeway, for the milliseconds a written time loses), at stop `index` or on the leg from it
 * (`-1`: any stop; the last stop: in its stay), and within `day`'s part of the story.
 */
function timeFits(moments: readonly StoryMoment[], time: number, index: number, day: StoryDay | undefined, timeZone: string | undefined, clocks: Itinerary['stops']): boolean {
  const last = moments.length - 1;
  let lo = moments[Math.max(index, 0)]?.time ?? NaN;
  let hi = index < 0 || index >= last ? (moments[last]?.leave ?? NaN) : moments[index + 1]!.time;
  const span = day && storySpan(moments, day.stops, day.key, timeZone, clocks);
  if (span) {
    lo = Math.max(lo, timeAtPosition(moments, span[0]));
    hi = Math.min(hi, timeAtPosition(moments, span[1]));
  }
  return time >= lo - 1000 && time <= hi + 1000;
}

function iso(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : undefined;
}

/**
 * Factory for {@link DeepLink}.
 *
 * @example
 * deepLink(layer); // #stop=<id> follows the open stop, and opens it on load
 */
export function deepLink(layer: ItineraryLayer, options?: DeepLinkOptions): DeepLink {
  return new DeepLink(layer, options);
}
