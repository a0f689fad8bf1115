/**
 * The script-tag build: everything visitmap offers, on the global `visitmap`,
 * drawn with the page's global `L`.
 */
export * from './index';
export * from './leaflet/index';
export * from './basemap/index';
