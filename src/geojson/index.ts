export { toGeoJSON, type ToGeoJSONOptions, type ItineraryFeatureCollection } from './to-geojson';
export { fromGeoJSON } from './from-geojson';
export { toGPX } from './gpx';
export { toKML } from './kml';
export { summarize, type ItinerarySummary } from './summarize';
