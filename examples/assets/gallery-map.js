// The map every example starts from: the offline Natural Earth basemap with
// place names (the default, nothing leaves the page) and OpenStreetMap tiles to
// switch to when online. Tiles are requested only once that layer is chosen.
import * as L from 'leaflet';
import { basemapLayer } from 'visitmap/basemap';
// Which basemap file is drawn at which zooms and where (written by scripts/basemap-data.mjs):
// the detailed 1:10m coasts load only when the view is zoomed into East Asia. (parts.js is
// parts.json as a module, which the pages preload with the scripts.)
import manifest from '../../basemap/parts.js';
import { fullscreenControl, gestureHandling } from 'visitmap/leaflet';

const base = new URL('../../basemap/', import.meta.url);
const resolve = (parts) => parts.map((part) => ({ ...part, source: new URL(part.source, base).href }));
const made = [];

/** The offline basemap of a map made by galleryMap (to change its label language). */
export function basemapOf(map) {
  return made.find((m) => m.map === map)?.basemap;
}

/** Every map this page made with galleryMap, with its basemap (for the browser tests). */
export function galleryMaps() {
  return [...made];
}

export function galleryMap(element, options = {}) {
  // Starts over East Asia; each example then fits the map to its itinerary.
  // Longitudes may run past ±180, so a trip over the Pacific can be seen whole.
  const map = L.map(element, { center: [30, 115], zoom: 4, minZoom: 2, maxBounds: [[-85, -540], [85, 540]], ...options });
  // Dark where the reader's system is (gallery.css): the layer's controls and popups, and the basemap.
  map.getContainer().classList.add('vm-theme-auto');
  const offline = basemapLayer(resolve(manifest.shapes), {
    theme: 'auto',
    labels: resolve(manifest.labels),
    labelOptions: { language: document.documentElement.lang || 'en' },
  });
  // For the page-load bench (bench/page-load.mjs): when the land first shows, and when its names do.
  offline.once('partload', () => performance.mark('visitmap:basemap'));
  offline.labels.once('load', () => performance.mark('visitmap:labels'));
  offline.addTo(map);
  made.push({ map, basemap: offline });
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });
  tileFailureNotice(map, osm, offline);
  L.control
    .layers({ 'Offline map (Natural Earth)': offline, 'OpenStreetMap (needs internet)': osm }, {}, { position: 'bottomleft' })
    .addTo(map);
  // The basics of an embedded map: a scale, full screen, and a wheel or a finger that scrolls the page.
  // Metric only, and short on a small map, where the legend stands close to it: as small as the map
  // is now, read at each update (a phone turned upright keeps its map and shrinks it).
  const scale = L.control.scale({ position: 'bottomleft', imperial: false });
  Object.defineProperty(scale.options, 'maxWidth', { get: () => (map.getSize().x < 480 ? 60 : 100) });
  scale.addTo(map);
  fullscreenControl().addTo(map);
  gestureHandling(map);
  return map;
}

/**
 * Says so, visibly and to screen readers, when a tile layer's tiles fail to
 * load (offline, or the server refuses), with a button back to the offline map.
 */
function tileFailureNotice(map, tiles, fallback) {
  const box = L.DomUtil.create('div', 'gallery-tile-notice', map.getContainer());
  // The live region stays in the page (empty) so that screen readers announce what is written into it.
  const text = L.DomUtil.create('p', '', box);
  text.setAttribute('role', 'status');
  const back = L.DomUtil.create('button', '', box);
  back.type = 'button';
  back.textContent = 'Use the offline map';
  back.hidden = true;
  L.DomEvent.disableClickPropagation(box);
  const show = (message) => {
    text.textContent = message;
    back.hidden = !message;
    box.classList.toggle('is-shown', Boolean(message));
  };
  tiles.on('tileerror', () => {
    if (!text.textContent) show('OpenStreetMap tiles could not be loaded: this page may be offline. The offline map needs no internet.');
  });
  tiles.on('remove', () => show(''));
  back.addEventListener('click', () => {
    map.removeLayer(tiles);
    fallback.addTo(map);
  });
}
