/**
 * The script-tag build: everything visitmap offers, on the global `visitmap`,
 * drawn with the page's global `L`. Nothing is tree-shaken from it, so its layers
 * keep every convenience on by default: large mode on a canvas, GeoJSON input and
 * `layer.toGeoJSON()`, the meeting details view, and the legend and stop list through
 * the layer's options.
 */
import { fromGeoJSON } from './geojson/from-geojson';
import { toGeoJSON } from './geojson/to-geojson';
import { legendControl } from './leaflet/controls/legend-control';
import { meetingDetails } from './leaflet/controls/meeting-details';
import { stopListControl } from './leaflet/controls/stop-list-control';
import { ItineraryLayer } from './leaflet/layer/itinerary-layer';
import { canvasLargeMode } from './leaflet/layer/large-mode';

ItineraryLayer.mergeOptions({ largeMode: canvasLargeMode, fromGeoJSON, toGeoJSON, legendControl, stopListControl, meetingDetails });

export * from './index';
export * from './leaflet/index';
export * from './basemap/index';
