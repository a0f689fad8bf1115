// The layer's render benchmark, in headless Chromium (issue 3/6): adding a 5,000-stop
// itinerary layer and painting one frame, against plain `L.geoJSON` of the same export
// with Leaflet's default markers, measured alternately in the same page; then one pan
// frame of our layer. Prints a table, or with --json a last line that bench/run.mjs reads.
//
//   node bench/layer-render.mjs [--quick] [--json] [--stops N]
//
// Uses dist/visitmap.umd.js (npm run build) unless VISITMAP_UMD names another build.
/* global L, visitmap */ // page globals, used inside page.evaluate
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticItinerary } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const stops = Number(args[args.indexOf('--stops') + 1]) || 5000;
const runs = quick ? 3 : 7;
const umd = path.resolve(root, process.env.VISITMAP_UMD ?? 'dist/visitmap.umd.js');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(umd)) throw new Error(`${umd} is missing: run npm run build first`);

const browser = await chromium.launch({
  executablePath: chrome,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const raw = syntheticItinerary(stops);
  const ours = [];
  const base = [];
  const pans = [];
  const panJs = [];
  // A fresh page per run, ours then the baseline in it: leftovers of the baseline's 5,000
  // DOM markers (and their icon requests) must not slow the next run of either side.
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<!doctype html><html><head><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div></body></html>');
    await page.addStyleTag({ path: path.join(root, 'node_modules/leaflet/dist/leaflet.css') });
    await page.addScriptTag({ path: path.join(root, 'node_modules/leaflet/dist/leaflet.js') });
    await page.addScriptTag({ path: umd });
    const run = await page.evaluate(async (raw) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const map = L.map('map', { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
      const exported = visitmap.toGeoJSON(visitmap.parseItinerary(raw));
      map.fitBounds(L.geoJSON(exported).getBounds());
      await frame();
      const time = async (make) => {
        const t0 = performance.now();
        const layer = make().addTo(map);
        await frame();
        return { layer, ms: performance.now() - t0 };
      };
      // Both sides get the same input: the GeoJSON export.
      const a = await time(() => visitmap.itineraryLayer(exported, { legend: false }));
      const t0 = performance.now();
      map.panBy([300, 200], { animate: false }); // moveend fires inside: the canvas redraws here
      const panJs = performance.now() - t0;
      await frame();
      const pan = performance.now() - t0;
      map.panBy([-300, -200], { animate: false });
      a.layer.remove();
      await frame();
      const b = await time(() => L.geoJSON(exported));
      return { ours: a.ms, base: b.ms, pan, panJs };
    }, raw);
    await page.close();
    ours.push(run.ours);
    base.push(run.base);
    pans.push(run.pan);
    panJs.push(run.panJs);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const result = { oursMs: median(ours), baselineMs: median(base), panMs: median(pans), panJsMs: median(panJs), runs: { ours, base, pans, panJs } };
  const r = { stops, ratio: result.oursMs / result.baselineMs, ...result, panDetail: `median of ${runs}, 300×200 px pan with every stop in view; ${result.panJsMs.toFixed(1)} ms of it in script (redraw), the rest is the browser producing the frame` };
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else {
    console.log(`layer render, ${stops} stops, headless Chromium, median of ${runs}`);
    console.log(`| measure | value | target |\n|---|---|---|`);
    console.log(`| itineraryLayer add + first paint | ${r.oursMs.toFixed(1)} ms | |`);
    console.log(`| L.geoJSON (default markers) add + first paint | ${r.baselineMs.toFixed(1)} ms | |`);
    console.log(`| ratio | ${r.ratio.toFixed(3)} | ≤ 0.5 |`);
    console.log(`| pan frame | ${r.panMs.toFixed(1)} ms | ≤ 50 ms |`);
    console.log(`| of which script (redraw) | ${r.panJsMs.toFixed(1)} ms | |`);
    if (args.includes('--verbose')) console.log(JSON.stringify(r.runs));
  }
} finally {
  await browser.close();
}
