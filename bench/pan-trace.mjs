// A Chromium trace of large mode's shifted pans beside an empty map's pans in the same page
// (issue 18, h-pan20): where a pan's frame goes outside the layer's script. For each build, in
// turns, a page as in pan.mjs (5,000 stops, the view fitted to them, the layer's canvas 1.2× the
// viewport): 8 pans of the empty map, then the layer, a wait, and `--pans` `moveend` pans that
// shift its bitmap, each timed from `panBy` to the next frame as pan.mjs times them (the next pan
// at once). Traced with the devtools.timeline, frame, cc, viz, gpu, blink and rail categories. Per
// pan: its wall time and the frames it took; the CPU time (the trace's thread time, which a loaded
// machine does not inflate) of every thread, and of the frame's steps: the pan's own task (the
// layer's `moveend`), the canvas's flush of its drawing (FinalizeFrame), Paint / Layerize /
// UpdateLayerTree, the canvas's copy out to the compositor (ProduceCanvasResource), the wait for
// the commit, raster and image decode tasks, the display compositor's draw (DrawAndSwap), the
// garbage collector and V8's background compiles. Then the page's layers (CDP LayerTree) and how
// much of the canvas is not transparent.
//
//   node bench/pan-trace.mjs [--profile meetings] [--stops N] [--pages N] [--pans N] [--settle MS] [--view offset|drag|fitted] [--save DIR] [--json] [--umd A.js --umd B.js ...]
/* global L, visitmap, map, exported, frame */ // page globals, used inside page.evaluate
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { syntheticItinerary } from './synthetic.mjs';
import { browserArgs, dragFrame, fittedPage, median, option, umdBuilds } from './pan.mjs';

const args = process.argv.slice(2);
const builds = umdBuilds();
const profile = option('--profile', 'meetings');
const pages = Number(option('--pages', 3));
const pans = Number(option('--pans', 8));
const settle = Number(option('--settle', 1500)); // ms between the layer's first frame and its pans
const stops = Number(option('--stops', 5000));
const save = option('--save', undefined);
const view = option('--view', 'offset');
const raw = syntheticItinerary(stops, { profile });
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'cc', 'viz', 'gpu', 'blink', 'rail', 'toplevel', 'blink.user_timing', 'benchmark', ...(process.env.TRACE_MORE ?? '').split(',').filter(Boolean)];

/** The steps of a frame, by trace event name: summed CPU ms (wall ms for the commit's wait). */
const steps = {
  panTask: null, // the task that holds the pan's start mark: the layer's moveend
  FinalizeFrame: 'CanvasRenderingContext2D::FinalizeFrame',
  BeginMainFrame: 'ProxyMain::BeginMainFrame',
  Paint: 'Paint',
  Layerize: 'Layerize',
  UpdateLayerTree: 'UpdateLayoutTree',
  ProduceCanvasResource: 'Canvas2DResourceProvider::ProduceCanvasResource',
  commitWaitWall: 'ProxyMain::BeginMainFrame::commit',
  RasterTask: 'RasterTask',
  ImageDecode: 'ImageDecodeTask',
  Draw: 'ProxyImpl::ScheduledActionDraw',
  DrawAndSwap: 'Display::DrawAndSwap',
  DoDrawQuad: 'SoftwareRenderer::DoDrawQuad',
  GC: 'MinorGC',
  MajorGC: 'MajorGC',
};
const topLevel = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'TaskGraphRunner::RunTask']);

/** Per pan of `kind`: wall ms, frames begun, dropped frames, CPU ms per thread and per step. */
function analyse(events, kind, n) {
  const threads = new Map();
  const procs = new Map();
  for (const e of events) {
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.name === 'process_name') procs.set(e.pid, e.args.name);
  }
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const marks = new Map(events.filter((e) => e.pid === main.pid && e.name.startsWith(`${kind}:`)).map((e) => [e.name, e.ts]));
  const complete = events.filter((e) => e.ph === 'X');
  const out = [];
  for (let i = 0; i < n; i++) {
    const [t0, t1] = [marks.get(`${kind}:${i}:start`), marks.get(`${kind}:${i}:end`)];
    const next = marks.get(`${kind}:${i + 1}:start`) ?? t1;
    const isMain = (e) => e.pid === main.pid && e.tid === main.tid;
    const own = complete.find((e) => isMain(e) && e.name === 'ThreadControllerImpl::RunTask' && e.ts <= t0 && e.ts + e.dur >= t0);
    // Everything that starts after the pan's own task began, until the next pan's: its frame and
    // the display compositor's draw of it (which follows the end mark by a few ms).
    const from = own?.ts ?? t0;
    const until = next === t1 ? t1 : complete.find((e) => isMain(e) && e.name === 'ThreadControllerImpl::RunTask' && e.ts <= next && e.ts + e.dur >= next)?.ts ?? next;
    const inside = complete.filter((e) => e.ts >= from && e.ts < until);
    const pan = { wall: (t1 - t0) / 1000, frames: 0, dropped: 0, threads: {}, steps: {} };
    for (const e of events) {
      if (e.ts < t0 || e.ts > t1) continue;
      if (e.name === 'BeginFrame' && e.ph === 'I' && e.pid === main.pid) pan.frames++;
      if (e.name === 'DroppedFrame' && e.pid === main.pid) pan.dropped++;
    }
    for (const e of inside) {
      const cpu = (e.tdur ?? 0) / 1000;
      if (topLevel.has(e.name)) {
        const t = `${procs.get(e.pid)}/${threads.get(`${e.pid}:${e.tid}`)}`.replace(/ThreadPoolForegroundWorker|CompositorTileWorker\d*/, 'workers');
        pan.threads[t] = (pan.threads[t] ?? 0) + cpu;
      }
      for (const [step, name] of Object.entries(steps)) {
        if (name !== e.name) continue;
        if (step === 'commitWaitWall') pan.steps[step] = (pan.steps[step] ?? 0) + e.dur / 1000;
        else if (step !== 'Paint' || isMain(e)) pan.steps[step] = (pan.steps[step] ?? 0) + cpu;
        if (step === 'RasterTask' || step === 'ImageDecode') pan.steps[`${step}Count`] = (pan.steps[`${step}Count`] ?? 0) + 1;
      }
    }
    pan.steps.panTask = own ? own.tdur / 1000 : 0;
    out.push(pan);
  }
  return out;
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
const results = [];
try {
  for (let p = 0; p < pages; p++) {
    for (const build of builds) {
      const page = await fittedPage(browser, build, raw);
      // pan.mjs measures a drag of the empty map first, which leaves the view 300×200 px off the
      // fitted one, and further by the drag's inertia, which varies from run to run: its pans are
      // measured there. `--view offset` (the default) moves the view by the drag's 300×200 px
      // without inertia, the same for every page; `--view drag` drags as pan.mjs does; `--view
      // fitted` stays at the fitted view (pan-cpu.mjs's, where the strips hold little of the route).
      if (view === 'drag') await dragFrame(page);
      if (view === 'offset') await page.evaluate(() => { map.panBy([300, 200], { animate: false }); return frame(); });
      await browser.startTracing(page, { categories });
      const times = await page.evaluate(async ([settle, n]) => {
        const calls = { drawImage: 0, lineTo: 0 };
        const run = async (kind, n) => {
          const times = [];
          const drawn = [];
          for (let i = 0; i < n; i++) {
            calls.drawImage = calls.lineTo = 0;
            performance.mark(`${kind}:${i}:start`);
            const t0 = performance.now();
            map.panBy(i % 2 ? [-300, -200] : [300, 200], { animate: false });
            await frame();
            times.push(performance.now() - t0);
            performance.mark(`${kind}:${i}:end`); // the next pan at once, as in pan.mjs
            drawn.push([calls.drawImage, calls.lineTo]);
          }
          return kind === 'ours' ? [times, drawn] : times;
        };
        const empty = await run('empty', 8);
        visitmap.itineraryLayer(exported, { legend: false }).addTo(map);
        await frame();
        await new Promise((resolve) => setTimeout(resolve, settle));
        // What the layer's canvas is asked to draw per pan: sprite stamps (less the shift's one copy back), leg vertices.
        let renderer;
        map.eachLayer((l) => { if (l instanceof L.Canvas) renderer = l; });
        for (const name of Object.keys(calls)) {
          const f = renderer._ctx[name];
          renderer._ctx[name] = function (...a) { calls[name]++; return f.apply(this, a); };
        }
        const [ours, drawn] = await run('ours', n);
        return { empty, ours, drawn, view: [map.getCenter().lat.toFixed(1), map.getCenter().lng.toFixed(1), map.getZoom()] };
      }, [settle, pans]);
      const trace = (await browser.stopTracing()).toString();
      // The page's composited layers, and the canvas: its size and how much of it is not transparent.
      const cdp = await page.context().newCDPSession(page);
      const layers = new Promise((resolve) => cdp.on('LayerTree.layerTreeDidChange', (e) => e.layers && resolve(e.layers)));
      await cdp.send('LayerTree.enable');
      await page.evaluate(() => { map.panBy([1, 0], { animate: false }); return frame(); });
      const tree = (await Promise.race([layers, new Promise((resolve) => setTimeout(resolve, 2000, []))]))
        .filter((l) => l.drawsContent).map((l) => `${l.width}×${l.height}${l.paintCount ? ` (${l.paintCount} paints)` : ''}`);
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('.leaflet-overlay-pane canvas');
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let seen = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]) seen++;
        return { size: `${c.width}×${c.height}`, opaque: seen / (c.width * c.height) };
      });
      await page.close();
      const name = path.basename(build, '.js');
      if (save) writeFileSync(path.join(save, `${name}-${p}.json`), trace);
      const events = JSON.parse(trace).traceEvents;
      results.push({ build: name, page: p, times, empty: analyse(events, 'empty', 8), ours: analyse(events, 'ours', pans), tree, canvas });
    }
  }
} finally {
  await browser.close();
}
if (args.includes('--json')) {
  console.log(JSON.stringify(results));
  process.exit(0);
}
const fmt = (x) => (x === undefined ? '-' : x.toFixed(x < 10 ? 2 : 1));
console.log(`moveend pans, ${stops} stops (${profile}), ${pages} pages per build in turns, ${pans} shifted pans a page after ${settle} ms, view: ${view}; medians over every pan`);
for (const build of new Set(results.map((r) => r.build))) {
  const rs = results.filter((r) => r.build === build);
  const all = rs.flatMap((r) => r.ours);
  const empty = rs.flatMap((r) => r.empty);
  console.log(`\n${build} (view: lat, lng, zoom ${rs[0].times.view.join(', ')}): pan frame ÷ empty map's, per page: ${rs.map((r) => (median(r.times.ours) / median(r.times.empty)).toFixed(2)).join(', ')}`);
  console.log(`  wall ms per pan: ${all.map((p) => p.wall.toFixed(0)).join(' ')} (empty map: median ${fmt(median(empty.map((p) => p.wall)))})`);
  console.log(`  frames begun per pan: ${all.map((p) => p.frames).join('')}; dropped frames: ${all.reduce((s, p) => s + p.dropped, 0)}`);
  const threadNames = [...new Set(all.flatMap((p) => Object.keys(p.threads)))].sort();
  console.log(`  CPU ms per pan, by thread (median; mean): ${threadNames.map((t) => `${t} ${fmt(median(all.map((p) => p.threads[t] ?? 0)))}; ${fmt(all.reduce((s, p) => s + (p.threads[t] ?? 0), 0) / all.length)}`).join(' | ')}`);
  const stepNames = [...new Set(all.flatMap((p) => Object.keys(p.steps)))];
  console.log(`  steps per pan (CPU ms, median; mean): ${stepNames.map((s) => `${s} ${fmt(median(all.map((p) => p.steps[s] ?? 0)))}; ${fmt(all.reduce((a, p) => a + (p.steps[s] ?? 0), 0) / all.length)}`).join(' | ')}`);
  // By the pan's index, the mean over the pages: the first pans after the load against the later ones.
  const at = (f) => [...Array(pans).keys()].map((i) => fmt(rs.reduce((s, r) => s + f(r.ours[i]), 0) / rs.length)).join(' ');
  console.log(`  by index, mean of pages: wall ms ${at((p) => p.wall)}`);
  console.log(`    stamps ${[...Array(pans).keys()].map((i) => fmt(rs.reduce((s, r) => s + r.times.drawn[i][0] - 1, 0) / rs.length)).join(' ')}`);
  console.log(`    leg vertices ${[...Array(pans).keys()].map((i) => fmt(rs.reduce((s, r) => s + r.times.drawn[i][1], 0) / rs.length)).join(' ')}`);
  console.log(`    pan task CPU ms ${at((p) => p.steps.panTask)}`);
  console.log(`    canvas flush (FinalizeFrame) CPU ms ${at((p) => p.steps.FinalizeFrame ?? 0)}`);
  console.log(`    renderer main-thread CPU ms ${at((p) => p.threads['Renderer/CrRendererMain'] ?? 0)}`);
  console.log(`    renderer workers' CPU ms (V8's compiles, GC) ${at((p) => p.threads['Renderer/workers'] ?? 0)}`);
  console.log(`  layers drawing content: ${rs[0].tree.join(', ')}; canvas ${rs[0].canvas.size}, not transparent: ${rs.map((r) => `${(100 * r.canvas.opaque).toFixed(1)}%`).join(', ')}`);
}
