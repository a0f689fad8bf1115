// Large mode's pan and load in headless Chromium (issue 18): the pan frame of a 5,000-stop
// itinerary layer as a ratio to an empty map's frame in the same page, Leaflet's
// whole-canvas redraw beside it, and the longest task on load and on each zoom step.
//
//   node bench/pan.mjs [--quick] [--json] [--stops N] [--profile hops|meetings|city] [--runs N] [--no-whole]
//   node bench/pan.mjs --example [--quick] [--json] [--runs N] [--site DIR] [--cpu]
//
// A "pan frame" is `panBy` without animation (its `moveend` redraws the canvas) until the
// next frame is produced; a "drag frame" is the median time between frames while the
// mouse drags the map (no `moveend`: the canvas is only translated). `--no-whole` leaves out the
// whole-canvas pans measured in turns with ours (a check that they do not slow the frames after
// them: bench/RESULTS.md, h-pan19). Uses
// dist/visitmap.umd.js (npm run build) unless VISITMAP_UMD names another build.
// `--example` measures the gallery's 5,000-stop page itself instead (examples/large.html, from
// site/: `npm run build && node scripts/build-site.mjs`): every long task while it loads, then
// on each zoom step, as Chromium's `longtask` entries (tasks over 50 ms) report them. With
// `--cpu` it also traces the load and each step and gives the longest task's main-thread CPU
// time (the trace's `tdur`) beside its wall time: on a shared machine a task's wall time is
// mostly the time other processes had the core (a loop of 390 ms CPU took 900-1,600 ms wall
// at load average 12), its CPU time is the page's own work.
/* global L, visitmap, map, layer, exported, frame, pans, longTasks */ // page globals, used inside page.evaluate
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticItinerary } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
/** The value given after `name`, else `fallback`. */
export const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const stops = Number(option('--stops', 5000));
const profile = option('--profile', 'hops');
const runs = Number(option('--runs', quick ? 3 : 5));
const noWhole = args.includes('--no-whole');
const umd = path.resolve(root, process.env.VISITMAP_UMD ?? 'dist/visitmap.umd.js');
if (!existsSync(umd)) throw new Error(`${umd} is missing: run npm run build first`);

export const browserArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** A page 1280×800 with a full-size #map, Leaflet and the given scripts loaded. */
export async function mapPage(browser, scripts = [], styles = []) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent('<!doctype html><html><head><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div></body></html>');
  for (const style of [path.join(root, 'node_modules/leaflet/dist/leaflet.css'), ...styles]) await page.addStyleTag({ path: style });
  for (const script of [path.join(root, 'node_modules/leaflet/dist/leaflet.js'), ...scripts]) await page.addScriptTag({ path: script });
  // Page helpers: one frame; n pans back and forth, each timed to the next frame; long tasks.
  await page.evaluate(() => {
    window.frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    window.pans = async (map, n, before = () => {}) => {
      const times = [];
      for (let i = 0; i < n; i++) {
        before();
        const t0 = performance.now();
        map.panBy(i % 2 ? [-300, -200] : [300, 200], { animate: false });
        await window.frame();
        times.push(performance.now() - t0);
      }
      return times;
    };
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  return page;
}

/** A map page with the build `umd`, the itinerary `raw` exported (`window.exported`) and the view fitted to it. */
export async function fittedPage(browser, umd, raw) {
  const page = await mapPage(browser, [umd]);
  await page.evaluate(async (raw) => {
    window.map = L.map('map', { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
    window.exported = visitmap.toGeoJSON(visitmap.parseItinerary(raw));
    map.fitBounds(L.geoJSON(exported).getBounds());
    await frame();
  }, raw);
  return page;
}

/** The builds named by `--umd A.js --umd B.js …` (to compare in turns), else dist/visitmap.umd.js. */
export function umdBuilds() {
  const builds = args.flatMap((a, i) => (a === '--umd' ? [path.resolve(args[i + 1])] : []));
  return builds.length ? builds : [path.join(root, 'dist/visitmap.umd.js')];
}

/** Median time between frames while the mouse drags the map 300×200 px in 20 steps. */
export async function dragFrame(page) {
  await page.evaluate(() => {
    window.stamps = [];
    const tick = (t) => {
      window.stamps.push(t);
      if (window.stamps.length < 400) window.raf = requestAnimationFrame(tick);
    };
    window.raf = requestAnimationFrame(tick);
  });
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(640 - 15 * i, 400 - 10 * i);
  await page.mouse.up();
  return page.evaluate(() => {
    cancelAnimationFrame(window.raf);
    const s = window.stamps;
    const gaps = s.slice(1).map((t, i) => t - s[i]);
    return [...gaps].sort((x, y) => x - y)[Math.floor(gaps.length / 2)];
  });
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
  const raw = syntheticItinerary(stops, { profile });
  const out = { empty: [], ours: [], whole: [], dragEmpty: [], dragOurs: [], load: [], zoom: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const page = await fittedPage(browser, umd, raw);
      out.dragEmpty.push(await dragFrame(page));
      const r = await page.evaluate(async (noWhole) => {
        const empty = await pans(map, 8);
        longTasks.length = 0;
        const t0 = performance.now();
        window.layer = visitmap.itineraryLayer(exported, { legend: false }).addTo(map);
        await frame();
        const load = performance.now() - t0;
        const loadTasks = Math.max(0, ...longTasks);
        let renderer;
        map.eachLayer((l) => { if (l instanceof L.Canvas) renderer = l; });
        // In turns, two pans (there and back) each: ours, then Leaflet's own moveend (the
        // drawn bitmap forgotten, so the renderer redraws it all), so neither gets the
        // quieter moments after the load.
        const ours = [];
        const whole = [];
        for (let turn = 0; turn < 4; turn++) {
          ours.push(...(await pans(map, 2)));
          if (!noWhole) whole.push(...(await pans(map, 2, () => { renderer.drawnAt = undefined; })));
        }
        const zoomTasks = [];
        for (const step of [1, 1, -1, -1]) {
          longTasks.length = 0;
          map.setZoom(map.getZoom() + step, { animate: false });
          await frame();
          await new Promise((resolve) => setTimeout(resolve, 50));
          zoomTasks.push(Math.max(0, ...longTasks));
        }
        return { empty, ours, whole, load, loadTasks, zoomTasks, large: layer.large, shifts: renderer.shifts };
      }, noWhole);
      if (!r.large) throw new Error('the layer did not use large mode');
      out.dragOurs.push(await dragFrame(page));
      await page.close();
      out.empty.push(median(r.empty));
      out.ours.push(median(r.ours));
      if (!noWhole) out.whole.push(median(r.whole));
      out.load.push({ ms: r.load, longestTask: r.loadTasks });
      out.zoom.push(Math.max(...r.zoomTasks));
    }
  } finally {
    await browser.close();
  }
  const res = {
    stops,
    profile,
    runs,
    emptyPanMs: median(out.empty),
    oursPanMs: median(out.ours),
    wholePanMs: noWhole ? null : median(out.whole),
    panRatio: median(out.ours) / median(out.empty),
    wholeRatio: noWhole ? null : median(out.whole) / median(out.empty),
    dragEmptyMs: median(out.dragEmpty),
    dragOursMs: median(out.dragOurs),
    dragRatio: median(out.dragOurs) / median(out.dragEmpty),
    loadMs: median(out.load.map((l) => l.ms)),
    loadLongestTaskMs: Math.max(...out.load.map((l) => l.longestTask)),
    zoomLongestTaskMs: Math.max(...out.zoom),
    raw: out,
  };
  if (args.includes('--json')) console.log(JSON.stringify(res));
  else {
    console.log(`large-mode pan, ${stops} stops (${profile}), headless Chromium (software raster), median of ${runs} pages × 8 pans`);
    console.log('| measure | value | ÷ empty map |\n|---|---|---|');
    console.log(`| pan frame, empty map | ${res.emptyPanMs.toFixed(1)} ms | 1 |`);
    console.log(`| pan frame, large mode (bitmap shifted, strips redrawn) | ${res.oursPanMs.toFixed(1)} ms | ${res.panRatio.toFixed(2)} |`);
    if (!noWhole) console.log(`| pan frame, large mode, whole canvas redrawn (Leaflet's moveend) | ${res.wholePanMs.toFixed(1)} ms | ${res.wholeRatio.toFixed(2)} |`);
    console.log(`| drag frame, empty map | ${res.dragEmptyMs.toFixed(1)} ms | 1 |`);
    console.log(`| drag frame, large mode (canvas translated) | ${res.dragOursMs.toFixed(1)} ms | ${res.dragRatio.toFixed(2)} |`);
    console.log(`| add + first paint | ${res.loadMs.toFixed(1)} ms | |`);
    console.log(`| longest task on load (all runs) | ${res.loadLongestTaskMs.toFixed(0)} ms | |`);
    console.log(`| longest task on a zoom step (all runs) | ${res.zoomLongestTaskMs.toFixed(0)} ms | |`);
    if (args.includes('--verbose')) console.log(JSON.stringify(res.raw));
  }
}

/** The gallery's large example: its long tasks on load and on each zoom step, per page. */
async function example() {
  const { createServer } = await import('node:http');
  const { default: sirv } = await import('sirv');
  // --site DIR: another build of the site (a baseline to compare with, run in turns).
  const site = path.resolve(option('--site', path.join(root, 'site')));
  if (!existsSync(path.join(site, 'examples/large.html'))) throw new Error('site/ is missing: run npm run build && node scripts/build-site.mjs first');
  const handler = sirv(site, { dev: true });
  const server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end(); }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/examples/large.html`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
  const out = { load: [], steps: [], parse: [], map: [], zoom: [], cpu: [] };
  const cpu = args.includes('--cpu');
  // The task with the most main-thread CPU time while `during` runs, traced: [CPU ms, its wall ms].
  const busiest = async (page, during) => {
    if (!cpu) return during();
    await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    await during();
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.tdur !== undefined);
    const top = tasks.reduce((a, b) => (b.tdur > a.tdur ? b : a), { tdur: 0, dur: 0 });
    out.cpu.at(-1).push([Math.round(top.tdur / 1000), Math.round(top.dur / 1000)]);
  };
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        window.longTasks = [];
        new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
      });
      out.cpu.push([]);
      await busiest(page, async () => {
        await page.goto(url);
        await page.waitForFunction(() => document.getElementById('status')?.textContent);
        await page.waitForTimeout(3000); // the basemap's parts and names, and the fitted view's redraw
      });
      out.load.push(await page.evaluate(() => window.longTasks.splice(0)));
      // The page's own three steps (making the layer, adding it, the controls and the fit), and
      // the parsing before them (a task of its own), from its status line. The layer places its
      // route in a task of its own between making and adding it: the long tasks above hold it.
      const status = await page.textContent('#status');
      out.steps.push(status.match(/in ([\d +]+) ms/)[1].split(' + ').map(Number));
      out.parse.push(Number(status.match(/parsing in (\d+) ms/)?.[1] ?? NaN));
      out.map.push(Number(status.match(/map was made in (\d+) ms/)?.[1] ?? NaN));
      await page.evaluate(`import('./assets/gallery-map.js').then((m) => { window.galleryMap = m.galleryMaps()[0].map; })`);
      const zoom = [];
      for (const step of [1, 1, -1, -1]) {
        await busiest(page, async () => {
          await page.evaluate((step) => { window.galleryMap.setZoom(window.galleryMap.getZoom() + step); }, step);
          await page.waitForTimeout(1200);
        });
        zoom.push(await page.evaluate(() => window.longTasks.splice(0)));
      }
      out.zoom.push(zoom);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const longest = (lists) => Math.max(0, ...lists.flat(2));
  const res = { runs, loadLongestTaskMs: longest(out.load), zoomLongestTaskMs: longest(out.zoom), raw: out };
  if (cpu) {
    res.loadBusiestTaskCpuMs = Math.max(...out.cpu.map((c) => c[0][0]));
    res.zoomBusiestTaskCpuMs = Math.max(...out.cpu.flatMap((c) => c.slice(1).map((t) => t[0])));
  }
  if (args.includes('--json')) console.log(JSON.stringify(res));
  else {
    console.log(`examples/large.html (5,000 stops), headless Chromium, ${runs} pages: long tasks (over 50 ms)`);
    console.log('| measure | longest | every long task, by page |\n|---|---|---|');
    console.log(`| load | ${res.loadLongestTaskMs} ms | ${out.load.map((l) => l.join(', ') || '-').join(' / ')} |`);
    console.log(`| of which the layer's steps (make, add, controls + fit) | ${Math.max(...out.steps.flat())} ms | ${out.steps.map((s) => s.join(', ')).join(' / ')} |`);
    console.log(`| of which the parsing, before them | ${Math.max(...out.parse)} ms | ${out.parse.join(' / ')} |`);
    console.log(`| of which the map (galleryMap: Leaflet, the basemap, its names, the controls), first | ${Math.max(...out.map)} ms | ${out.map.join(' / ')} |`);
    console.log(`| zoom steps (+1, +1, -1, -1) | ${res.zoomLongestTaskMs} ms | ${out.zoom.map((z) => z.map((l) => l.join(', ') || '-').join('; ')).join(' / ')} |`);
    if (cpu) {
      const show = (tasks) => tasks.map(([c, w]) => `${c} (${w})`).join('; ');
      console.log(`| load, traced: the task with the most main-thread CPU, CPU ms (its wall ms) | ${res.loadBusiestTaskCpuMs} ms | ${out.cpu.map((c) => show(c.slice(0, 1))).join(' / ')} |`);
      console.log(`| zoom steps, traced: likewise, per step | ${res.zoomBusiestTaskCpuMs} ms | ${out.cpu.map((c) => show(c.slice(1))).join(' / ')} |`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await (args.includes('--example') ? example() : main());
