// The map every example starts from: the offline Natural Earth basemap (the
// default, nothing leaves the page) and OpenStreetMap tiles to switch to when
// online. Tiles are requested only once that layer is chosen.
import * as L from 'leaflet';
import { basemapLayer } from 'visitmap/basemap';
import { fullscreenControl, gestureHandling } from 'visitmap/leaflet';

/** 1:10m coasts where the seed visit goes, 1:50m for the rest of the world. */
export const BASEMAP_DATA = ['../basemap/world-50m.json', '../basemap/east-asia-10m.json'];

export function galleryMap(element, options = {}) {
  // Starts over East Asia; each example then fits the map to its itinerary.
  const map = L.map(element, { center: [30, 115], zoom: 4, minZoom: 2, maxBounds: [[-85, -200], [85, 200]], ...options });
  const offline = basemapLayer(BASEMAP_DATA).addTo(map);
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });
  L.control
    .layers({ 'Offline map (Natural Earth)': offline, 'OpenStreetMap (needs internet)': osm }, {}, { position: 'bottomleft' })
    .addTo(map);
  // The basics of an embedded map: a scale, full screen, and a wheel or a finger that scrolls the page.
  L.control.scale({ position: 'bottomleft' }).addTo(map);
  fullscreenControl().addTo(map);
  gestureHandling(map);
  return map;
}
