/**
 * visitmap/leaflet: an itinerary on a Leaflet map, with its controls.
 * Load `visitmap/leaflet.css` (dist/visitmap.css) with it.
 * @packageDocumentation
 */
export { ItineraryLayer, itineraryLayer } from './layer/itinerary-layer';
export type { ItineraryInput } from './layer/input';
export type { ItineraryJSON } from '../itinerary/types';
export type { ItineraryLayerEventMap, ItineraryStopEvent, ItineraryFilterEvent, ItineraryMeetingEvent, ItineraryLegEvent, ItineraryLayerHandlers, LeafletLayerEventName } from './layer/events';
export { canvasLargeMode, type LargeMode, type LargeModeInput } from './layer/large-mode';
export {
  ITINERARY_LAYER_DEFAULTS,
  DEFAULT_STRINGS,
  DEFAULT_LEG_STYLES,
  type ItineraryLayerOptions,
  type OpenStopOptions,
  type LegStyle,
  type BaseLegStyle,
  type LayerStrings,
  type PopupContext,
  type ResolvedOptions,
  type MeetingView,
} from './options';
export { buildPopupContent, buildLegPopupContent, type PopupBuildContext } from './layer/popup-content';
export { meetingDetails, MeetingDetailsView, buildMeetingDetails, MEETING_DETAILS_STRINGS, type MeetingDetailsContext, type MeetingDetailsStrings } from './controls/meeting-details';
export { ItineraryControl, VisitmapControl, type ControlHandlers } from './controls/control';
export { StopList, type StopListOptions } from './controls/stop-list';
export { StopListControl, stopListControl, createStopList, type StopListControlOptions } from './controls/stop-list-control';
export { LegendControl, legendControl, type LegendControlOptions } from './controls/legend-control';
export {
  TimelineControl,
  timelineControl,
  TIMELINE_STRINGS,
  type TimelineControlOptions,
  type TimelineControlEventMap,
  type TimelineChangeEvent,
  type TimelineResetEvent,
  type TimelineStrings,
} from './controls/timeline-control';
export { DayControl, dayControl, type DayControlOptions, type DayControlEventMap, type DayChangeEvent } from './controls/day-control';
export { SummaryControl, summaryControl, SUMMARY_STRINGS, type SummaryControlOptions, type SummaryStrings } from './controls/summary-control';
export { FullscreenControl, fullscreenControl, FULLSCREEN_CLASS, type FullscreenControlOptions, type FullscreenControlEventMap, type FullscreenEvent } from './controls/fullscreen-control';
export { GestureHandling, gestureHandling, type GestureHandlingOptions } from './gesture-handling';
export { DeepLink, deepLink, type DeepLinkOptions } from './deep-link';
export { safeLink, type SafeLink } from '../story/links';
export { groupPlaces, numbersLabel, type Place } from '../story/places';
export { formatDates, stopLabel } from '../story/format';
export { parseStoryHash, formatStoryHash, type StoryHash } from '../story/hash';
export { findMeeting, type MeetingAt } from '../story/meetings';
export { storyDays, type StoryDay, type StoryDaysOptions } from '../story/days';
export { storyMoments, storySpan, timeAtPosition, positionAtTime, type StoryMoment } from '../story/moments';
export { StoryPlayback, type StoryPlaybackOptions, type PlaybackTick } from '../story/playback';
