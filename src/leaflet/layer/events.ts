import type * as L from 'leaflet';
import type { Leg, Meeting, Stop } from '../../itinerary/types';
import type { ItineraryLayer } from './itinerary-layer';

/** Payload of every stop event. */
export interface ItineraryStopEvent extends L.LeafletEvent {
  /** The stop concerned, as in the itinerary. */
  stop: Stop;
  /** Position in visiting order, from 0. */
  index: number;
  layer: ItineraryLayer;
}

/**
 * Events an {@link ItineraryLayer} fires (besides Leaflet's own `add`, `remove`, …).
 *
 * - `stopclick`: a stop's marker was clicked, or pressed with Enter/Space.
 * - `stopfocus`: the current stop changed (keyboard focus, the stop list, `openStop`, `next`, `previous`).
 * - `popupopen`: a stop's popup opened.
 * - `popupclose`: a stop's popup closed.
 * - `stopvisit`: the visitor went to a stop: its popup opened, or an arrow key moved to its marker.
 * - `stopfilter`: `setStopFilter` changed which stops are shown.
 * - `legclick`: a leg was clicked, or opened with `l` from its stop's marker (its popup opens).
 * - `meetingopen`, `meetingclose`: a meeting's details view opened or closed.
 */
export interface ItineraryLayerEventMap {
  /** Fires when a stop's marker is clicked or pressed with Enter/Space; payload: the stop, its index and the layer. */
  stopclick: ItineraryStopEvent;
  /** Fires when the current stop changes (keyboard focus, the stop list, `openStop`, `next`, `previous`); payload: the new stop, its index and the layer. */
  stopfocus: ItineraryStopEvent;
  /** Fires when a stop's popup opens; payload: the stop, its index and the layer. */
  popupopen: ItineraryStopEvent;
  /** Fires when a stop's popup closes (its ×, Escape, a click on the map, `closePopup`); payload: the stop, its index and the layer. */
  popupclose: ItineraryStopEvent;
  /**
   * Fires when the visitor goes to a stop: as its popup opens, and when an arrow key (or `n`/`p`)
   * moves focus to its marker with no popup open. A `DeepLink` and a timeline follow it, so a
   * keyboard move writes the address and moves the timeline as a click does; payload: the stop, its index and the layer.
   */
  stopvisit: ItineraryStopEvent;
  /** Fires when `setStopFilter` changes which stops are shown; payload: the indexes shown (`null`: all) and the layer. */
  stopfilter: ItineraryFilterEvent;
  /** Fires when a leg is clicked (or opened with `l` from its stop's marker), as its popup opens; payload: the leg, its index (it joins stops `index` and `index + 1`) and the layer. */
  legclick: ItineraryLegEvent;
  /** Fires when a meeting's details view opens (from its popup link, `openMeeting` or a `#meeting=` link); payload: the meeting, its stop and the layer. */
  meetingopen: ItineraryMeetingEvent;
  /** Fires when a meeting's details view closes; payload: the meeting, its stop and the layer. */
  meetingclose: ItineraryMeetingEvent;
}

/** Payload of `legclick`. */
export interface ItineraryLegEvent extends L.LeafletEvent {
  /** The leg clicked, as in the itinerary. */
  leg: Leg;
  /** Its position, from 0: it leaves stop `index` for stop `index + 1`. */
  index: number;
  layer: ItineraryLayer;
}

/** Payload of `meetingopen` and `meetingclose`. */
export interface ItineraryMeetingEvent extends ItineraryStopEvent {
  /** The meeting whose details view opened or closed. */
  meeting: Meeting;
}

/** Payload of `stopfilter`: which stops `setStopFilter` left shown (`null`: all of them). */
export interface ItineraryFilterEvent extends L.LeafletEvent {
  /** Indexes of the stops shown, in visiting order, or `null` when none is hidden. */
  stops: number[] | null;
  /** The local day (`YYYY-MM-DD`) those stops are, when a day is picked (`setStopFilter`'s `day`); `null` otherwise. */
  day: string | null;
  layer: ItineraryLayer;
}

/**
 * The typed handler of each of the layer's own events, for the object form of `on`/`off`/`once`.
 * `| undefined` as in Leaflet's `LeafletEventHandlerFnMap`: under `exactOptionalPropertyTypes`
 * the layer's `on` must still accept that map, or the layer no longer extends `L.FeatureGroup`.
 */
export type ItineraryLayerHandlers = { [K in keyof ItineraryLayerEventMap]?: ((event: ItineraryLayerEventMap[K]) => void) | undefined };

/** Leaflet's own events a layer group fires or passes on from its markers. */
export type LeafletLayerEventName = 'add' | 'remove' | 'layeradd' | 'layerremove' | 'tooltipopen' | 'tooltipclose' | 'click' | 'dblclick' | 'mousedown' | 'mouseup' | 'mouseover' | 'mouseout' | 'contextmenu';

