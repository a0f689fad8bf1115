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
  type LegStyle,
  type LayerStrings,
  type PopupContext,
} from './options';
export { StopList, type StopListOptions } from './stop-list';
export { StopListControl, stopListControl, type StopListControlOptions } from './stop-list-control';
export { LegendControl, type LegendControlOptions } from './legend-control';
export { buildPopupContent, type PopupBuildContext } from './popup-content';
export { safeLink, type SafeLink } from './links';
export { groupPlaces, numbersLabel, type Place } from './places';
export { formatDates, stopLabel } from './format';
