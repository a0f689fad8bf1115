export { toGeoJSON, type ToGeoJSONOptions, type ItineraryFeatureCollection } from './to-geojson';
export type { ItineraryMeta, LegFeature, LegProperties, StopFeature, StopProperties } from './types';
export { fromGeoJSON, type FromGeoJSONOptions } from './from-geojson';
export { toFlatGeoJSON } from './to-flat-geojson';
export type { FlatFeature, FlatFeatureCollection, FlatProperties, FlatValue } from './flat';
export { toGPX, type ToGPXOptions } from './gpx';
export { toKML, type ToKMLOptions } from './kml';
export type { LayerStrings } from './strings';
export { summarize, type ItinerarySummary } from './summarize';
