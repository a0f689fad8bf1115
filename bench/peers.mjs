// Large mode against what a user would otherwise assemble (issue 18): Leaflet.Geodesic for
// the legs (one geodesic per travel mode, as large mode draws one path per mode) and
// Leaflet.markercluster for the stops, on the same 5,000 stops, in headless Chromium.
// Both sides are measured in the same page, alternating which goes first: add + first
// paint, and the pan frame as a ratio to the empty map's frame (see bench/pan.mjs).
//
//   node bench/peers.mjs [--quick] [--json] [--stops N] [--profile hops|meetings|city] [--runs N]
/* global L, visitmap, frame, pans, raw */ // page globals, used inside page.evaluate
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticItinerary } from './synthetic.mjs';
import { browserArgs, mapPage, median, option } from './pan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const stops = Number(option('--stops', 5000));
const profile = option('--profile', 'hops');
const runs = Number(option('--runs', args.includes('--quick') ? 2 : 4));
const mod = (p) => path.join(root, 'node_modules', p);

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
const out = { ours: [], peers: [] };
try {
  for (let run = 0; run < runs; run++) {
    const page = await mapPage(
      browser,
      [mod('leaflet.geodesic/dist/leaflet.geodesic.umd.min.js'), mod('leaflet.markercluster/dist/leaflet.markercluster.js'), path.join(root, 'dist/visitmap.umd.js')],
      [mod('leaflet.markercluster/dist/MarkerCluster.css'), mod('leaflet.markercluster/dist/MarkerCluster.Default.css')],
    );
    await page.evaluate((r) => { window.raw = r; }, syntheticItinerary(stops, { profile }));
    const order = run % 2 ? ['peers', 'ours'] : ['ours', 'peers'];
    for (const side of order) {
      const r = await page.evaluate(async (side) => {
        if (window.view) window.view.remove(); // (window.map would be the #map element)
        const map = (window.view = L.map('map', { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }));
        const itinerary = visitmap.parseItinerary(raw);
        const exported = visitmap.toGeoJSON(itinerary);
        map.fitBounds(L.geoJSON(exported).getBounds());
        await frame();
        const empty = await pans(map, 6);
        const t0 = performance.now();
        if (side === 'ours') {
          visitmap.itineraryLayer(exported, { legend: false }).addTo(map);
        } else {
          // The same itinerary, as a user would wire the two plugins: legs by mode, stops clustered.
          const at = new Map(itinerary.stops.map((s) => [s.id, L.latLng(s.coordinates[1], s.coordinates[0])]));
          const byMode = new Map();
          for (const leg of itinerary.legs) {
            if (!byMode.has(leg.mode)) byMode.set(leg.mode, []);
            byMode.get(leg.mode).push([at.get(leg.from), at.get(leg.to)]);
          }
          for (const lines of byMode.values()) L.geodesic(lines, { weight: 2 }).addTo(map);
          const cluster = L.markerClusterGroup();
          cluster.addLayers(itinerary.stops.map((s) => L.marker(at.get(s.id), { title: s.name.en ?? s.id })));
          map.addLayer(cluster);
        }
        await frame();
        const load = performance.now() - t0;
        const pan = await pans(map, 6);
        return { load, pan: [...pan].sort((a, b) => a - b)[3], empty: [...empty].sort((a, b) => a - b)[3] };
      }, side);
      out[side].push(r);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
const sum = (side) => ({
  loadMs: median(out[side].map((r) => r.load)),
  panMs: median(out[side].map((r) => r.pan)),
  panRatio: median(out[side].map((r) => r.pan / r.empty)),
});
const res = { stops, profile, runs, ours: sum('ours'), peers: sum('peers'), raw: out };
res.loadRatio = res.ours.loadMs / res.peers.loadMs;
if (args.includes('--json')) console.log(JSON.stringify(res));
else {
  console.log(`peers, ${stops} stops (${profile}), headless Chromium (software raster), median of ${runs} pages`);
  console.log('| side | add + first paint | pan frame | pan ÷ empty map |\n|---|---|---|---|');
  console.log(`| itineraryLayer, canvas large mode | ${res.ours.loadMs.toFixed(0)} ms | ${res.ours.panMs.toFixed(1)} ms | ${res.ours.panRatio.toFixed(2)} |`);
  console.log(`| Leaflet.Geodesic + Leaflet.markercluster | ${res.peers.loadMs.toFixed(0)} ms | ${res.peers.panMs.toFixed(1)} ms | ${res.peers.panRatio.toFixed(2)} |`);
  console.log(`| ours ÷ peers, load | ${res.loadRatio.toFixed(2)} | | |`);
  if (args.includes('--verbose')) console.log(JSON.stringify(res.raw));
}
