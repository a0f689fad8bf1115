/**
 * visitmap/basemap: an offline Natural Earth basemap for Leaflet, kept out of
 * the core so that pages using tiles do not pay for it.
 * @packageDocumentation
 */
export { BasemapLayer, basemapLayer, type BasemapLayerOptions, type BasemapSource, type BasemapErrorEvent } from './basemap-layer';
export { basemapGeometry, type BasemapGeometry } from './basemap-geometry';
