/**
 * visitmap/basemap: an offline Natural Earth basemap for Leaflet, kept out of
 * the core so that pages using tiles do not pay for it.
 * @packageDocumentation
 */
export { BasemapLayer, basemapLayer, type BasemapLayerOptions, type BasemapErrorEvent } from './basemap-layer';
export { LabelLayer, type LabelLayerOptions } from './label-layer';
export { isDue, worldCopies, type BasemapPart, type BasemapSource, type ViewWindow } from './basemap-parts';
export { labelName, placeLabels, readLabels, type PlaceLabel, type PlacedLabel, type LabelKind } from './label-data';
export { basemapGeometry, type BasemapGeometry } from './basemap-geometry';
