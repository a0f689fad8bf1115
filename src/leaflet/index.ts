/**
 * visitmap/leaflet: an itinerary on a Leaflet map, with its controls.
 * Load `visitmap/leaflet.css` (dist/visitmap.css) with it.
 * @packageDocumentation
 */
export { ItineraryLayer, itineraryLayer, type ItineraryInput } from './itinerary-layer';
export type { ItineraryLayerEventMap, ItineraryStopEvent } from './events';
export {
  ITINERARY_LAYER_DEFAULTS,
  DEFAULT_STRINGS,
  DEFAULT_LEG_STYLES,
  type ItineraryLayerOptions,
  type OpenStopOptions,
  type LegStyle,
  type LayerStrings,
  type PopupContext,
} from './options';
export { StopList, type StopListOptions } from './stop-list';
export { StopListControl, stopListControl, type StopListControlOptions } from './stop-list-control';
export { LegendControl, type LegendControlOptions } from './legend-control';
export { buildPopupContent, type PopupBuildContext } from './popup-content';
export { safeLink, type SafeLink } from '../story/links';
export { groupPlaces, numbersLabel, type Place } from '../story/places';
export { formatDates, stopLabel } from '../story/format';
export { TimelineControl, timelineControl, TIMELINE_STRINGS, type TimelineControlOptions, type TimelineChangeEvent, type TimelineStrings } from './timeline-control';
export { DayControl, dayControl, type DayControlOptions, type DayChangeEvent } from './day-control';
export { DeepLink, deepLink, type DeepLinkOptions } from './deep-link';
export { parseStoryHash, formatStoryHash, type StoryHash } from '../story/hash';
export { SummaryControl, summaryControl, SUMMARY_STRINGS, type SummaryControlOptions, type SummaryStrings } from './summary-control';
export { storyDays, type StoryDay, type StoryDaysOptions } from '../story/days';
export { storyMoments, timeAtPosition, positionAtTime, type StoryMoment } from '../story/moments';
export { StoryPlayback, type StoryPlaybackOptions, type PlaybackTick } from '../story/playback';
export type { ItineraryFilterEvent } from './events';
