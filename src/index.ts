/**
 * visitmap: the DOM-free core. Runs in Node, in workers and in the browser.
 * @packageDocumentation
 */
export * from './itinerary/index';
export * from './geo/index';
export * from './geojson/index';
