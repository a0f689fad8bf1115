import type * as L from 'leaflet';
import type { TravelMode } from '../../itinerary/types';
import type { StoryMoment } from '../../story/moments';
import type { LegStyle } from '../options';
import type { TimelineControl } from './timeline-control';
import type { TimelineStrings } from './timeline-view';

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
  /** Largest distance in km the drawn route may stray from the great circle. Default: the layer's `toleranceKm`. */
  toleranceKm?: number;
  /** Draw straight legs. Default: the layer's `straightLegs`. */
  straightLegs?: boolean;
  /** Per-mode styles of the drawn route. Default: the layer's `legStyles`. */
  legStyles?: Partial<Record<TravelMode, LegStyle>>;
  /** Locale of dates. Default: the layer's date locale (`'en-GB'` for English, else its language). */
  dateLocale?: string;
  /** Words the timeline writes, merged over `TIMELINE_STRINGS`. Default: English. */
  strings?: Partial<TimelineStrings>;
  /** Position of the control. Default `'bottomleft'`. */
  position?: L.ControlPosition;
  /**
   * On a small map (narrower than 640 px or lower than 440 px, measured on the map's
   * `resize`), fold the story's controls into one bar along the bottom edge: this
   * timeline, the day picker, and toggles that open the stop list and the legend as a
   * bottom sheet (the summary is hidden). `false` leaves every control in its corner.
   * Default `true`.
   */
  bar?: boolean;
}

/** What `change` tells: where the story is and why it moved. */
export interface TimelineChangeEvent extends L.LeafletEvent {
  /** Always `'change'`. */
  type: 'change';
  /** The control. */
  target: TimelineControl;
  /** Where the story is: a stop's index at a stop, a fraction between two indexes while travelling (0.5 is halfway along the first leg). */
  position: number;
  /** The instant, ms since the epoch; `NaN` for an itinerary without any date (its timeline goes by stop). */
  time: number;
  /** The last stop reached. */
  stop: StoryMoment;
  /** Whether the timeline is playing after this change. */
  playing: boolean;
  /** `stop`: playback reached a stop; `input`: the slider is being moved (`seek` when let go). */
  cause: 'play' | 'pause' | 'end' | 'step' | 'seek' | 'stop' | 'input';
}

/** What `reset` tells: the timeline shows the whole story again, no stop opened. */
export interface TimelineResetEvent extends L.LeafletEvent {
  /** Always `'reset'`. */
  type: 'reset';
  /** The control. */
  target: TimelineControl;
}

/** The events a {@link TimelineControl} fires. */
export interface TimelineControlEventMap {
  /** Fires when the story moves: played, paused, ended, stepped, sought, reached a stop, or the slider moved. */
  change: TimelineChangeEvent;
  /** Fires when `reset()` shows the whole story again (a deep link takes its stop and time out of the address). */
  reset: TimelineResetEvent;
}

