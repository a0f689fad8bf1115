// Where large mode's time goes (issue 18): a CPU profile (CDP `Profiler`) of the load of a
// 5,000-stop layer, of a zoom step and of the `moveend` pan frame in headless Chromium,
// printed as the functions with the most self time. Not a benchmark (no ratios): read it
// before changing the code, then measure with bench/pan.mjs.
//
//   node bench/profile-large.mjs [--stops N] [--top N] [--save DIR]
//
// `--save DIR` also writes each profile as DIR/<phase>.cpuprofile (opens in DevTools).
/* global L, visitmap, map, exported, frame */ // page globals, used inside page.evaluate
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { syntheticItinerary } from './synthetic.mjs';
import { browserArgs, mapPage } from './pan.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const stops = Number(opt('--stops', 5000));
const top = Number(opt('--top', 18));
const save = opt('--save', null);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Self time per function (ms) of a CDP profile, biggest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
    ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  return { total, rows: [...ms].sort((a, b) => b[1] - a[1]) };
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
try {
  const page = await mapPage(browser, [path.join(root, process.env.VISITMAP_UMD ?? 'dist/visitmap.umd.js')]);
  await page.evaluate(async (raw) => {
    window.map = L.map('map', { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
    window.exported = visitmap.toGeoJSON(visitmap.parseItinerary(raw));
    map.fitBounds(L.geoJSON(exported).getBounds());
    await frame();
  }, syntheticItinerary(stops));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const phases = {
    load: () => page.evaluate(async () => { visitmap.itineraryLayer(exported, { legend: false, stopList: true }).addTo(map); await frame(); }),
    zoom: () => page.evaluate(async () => { map.setZoom(map.getZoom() + 1, { animate: false }); await frame(); }),
    pan: () => page.evaluate(async () => { map.panBy([300, 200], { animate: false }); await frame(); }),
  };
  for (const [name, run] of Object.entries(phases)) {
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await run();
    const wall = Date.now() - t0;
    const { profile } = await cdp.send('Profiler.stop');
    if (save) {
      mkdirSync(save, { recursive: true });
      writeFileSync(path.join(save, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    const { total, rows } = selfTimes(profile);
    console.log(`\n## ${name}: ${wall} ms wall, ${total.toFixed(0)} ms sampled`);
    for (const [fn, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${fn}`);
  }
} finally {
  await browser.close();
}
