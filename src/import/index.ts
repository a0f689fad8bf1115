/**
 * visitmap/import: itineraries from GPX and KML files, in browsers and in Node.
 * @packageDocumentation
 */
export { fromGPX } from './from-gpx';
export { fromKML } from './from-kml';
export type { ImportOptions, ImportWarning } from './draft';
