/**
 * The script-tag build: everything visitmap offers, on the global `visitmap`,
 * drawn with the page's global `L`. Nothing is tree-shaken from it, so its layers
 * keep every convenience on by default: large mode on a canvas, GeoJSON input and
 * `layer.toGeoJSON()`, the meeting details view, leg popups, the legend and stop list through
 * the layer's options, and gesture handling.
 */
import { fromGeoJSON } from './geojson/from-geojson';
import { toGeoJSON } from './geojson/to-geojson';
import { legendControl } from './leaflet/controls/legend-control';
import { meetingDetails } from './leaflet/controls/meeting-details';
import { stopListControl } from './leaflet/controls/stop-list-control';
import { gestureHandling } from './leaflet/gesture-handling';
import { ItineraryLayer } from './leaflet/layer/itinerary-layer';
import { canvasLargeMode } from './leaflet/layer/large-mode';
import { buildLegPopupContent } from './leaflet/layer/popup-content';

// Gesture handling too: a page loading visitmap with a <script> tag embeds its map in a page
// that scrolls (a post, an article), where a map that takes the wheel and the finger traps the
// reader. A full-page map passes { gestureHandling: null }.
ItineraryLayer.mergeOptions({ largeMode: canvasLargeMode, fromGeoJSON, toGeoJSON, legendControl, stopListControl, meetingDetails, legPopup: buildLegPopupContent, gestureHandling });

export * from './index';
export * from './leaflet/index';
export * from './basemap/index';
