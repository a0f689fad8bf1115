// The CPU time of large mode's pans (issue 18, h-pan19), from Chromium's trace: robust where
// bench/pan.mjs's frame times are not (a loaded machine delays frames, not CPU time). For each
// build, in turns, a page with the 5,000-stop layer (as in pan.mjs), then 8 `moveend` pans with
// the bitmap shifted and 8 with the whole canvas redrawn, each pan a task of its own. Per pan:
// the renderer's main-thread CPU (the trace's `tdur` of its tasks), and what the layer's canvas
// was asked to draw (`drawImage` stamps, `lineTo` vertices): the median of the 8, for each page.
//
//   node bench/pan-cpu.mjs [--profile meetings] [--stops N] [--pages N] [--settle MS] [--json] [--umd A.js --umd B.js ...]
/* global L, visitmap, map, exported, frame */ // page globals, used inside page.evaluate
import path from 'node:path';
import { chromium } from 'playwright-core';
import { syntheticItinerary } from './synthetic.mjs';
import { browserArgs, mapPage, median, option, umdBuilds } from './pan.mjs';

const args = process.argv.slice(2);
const builds = umdBuilds();
const profile = option('--profile', 'meetings');
const pages = Number(option('--pages', 3));
const settle = Number(option('--settle', 1000)); // ms between the layer's first frame and the pans
const stops = Number(option('--stops', 5000));
const raw = syntheticItinerary(stops, { profile });

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
const out = new Map(builds.map((b) => [b, { shifted: [], whole: [], counts: [] }]));
try {
  for (let p = 0; p < pages; p++) {
    for (const build of builds) {
      const page = await mapPage(browser, [build]);
      await page.evaluate(async ([raw, settle]) => {
        window.map = L.map('map', { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
        window.exported = visitmap.toGeoJSON(visitmap.parseItinerary(raw));
        map.fitBounds(L.geoJSON(exported).getBounds());
        await frame();
        visitmap.itineraryLayer(exported, { legend: false }).addTo(map);
        await frame();
        await new Promise((resolve) => setTimeout(resolve, settle)); // the load's leftovers (the first draw's second half, compiling)
      }, [raw, settle]);
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
      const counts = await page.evaluate(async () => {
        let renderer;
        map.eachLayer((l) => { if (l instanceof L.Canvas) renderer = l; });
        const ctx = renderer._ctx;
        const calls = { drawImage: 0, lineTo: 0 };
        for (const name of Object.keys(calls)) {
          const f = ctx[name];
          ctx[name] = function (...a) { calls[name]++; return f.apply(this, a); };
        }
        const counts = {};
        for (const kind of ['shifted', 'whole']) {
          calls.drawImage = calls.lineTo = 0;
          const shifts = renderer.shifts;
          for (let i = 0; i < 8; i++) {
            if (kind === 'whole') renderer.drawnAt = undefined;
            performance.mark(`${kind}:${i}:start`);
            map.panBy(i % 2 ? [-300, -200] : [300, 200], { animate: false });
            await frame();
            performance.mark(`${kind}:${i}:end`);
            await new Promise((resolve) => setTimeout(resolve, 20)); // the next pan in a task of its own
          }
          // Each shift's copy back from the scratch canvas is not the layer's drawing.
          counts[kind] = { stamps: (calls.drawImage - (renderer.shifts - shifts)) / 8, vertices: calls.lineTo / 8, shifts: renderer.shifts - shifts };
        }
        return counts;
      });
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      await page.close();
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const marks = new Map(events.filter((e) => e.pid === main.pid && /^(shifted|whole):\d+:(start|end)$/.test(e.name)).map((e) => [e.name, e.ts]));
      const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined);
      const o = out.get(build);
      for (const kind of ['shifted', 'whole']) {
        const cpu = [];
        for (let i = 0; i < 8; i++) {
          const [t0, t1] = [marks.get(`${kind}:${i}:start`), marks.get(`${kind}:${i}:end`)];
          // Tasks that end after the pan began and begin before its frame is done: the pan's own
          // task (it holds the start mark), the frame's, and the one that resolves it.
          cpu.push(tasks.filter((e) => e.ts + e.dur >= t0 && e.ts <= t1).reduce((s, e) => s + e.tdur / 1000, 0));
        }
        o[kind].push(median(cpu));
      }
      o.counts.push(counts);
    }
  }
} finally {
  await browser.close();
}
if (args.includes('--json')) {
  console.log(JSON.stringify({ profile, stops, pages, settle, builds: [...out].map(([build, o]) => ({ build, ...o })) }));
  process.exit(0);
}
console.log(`moveend pans, ${stops} stops (${profile}), ${pages} pages per build in turns: renderer main-thread CPU per pan (median of 8, each page), and what the layer drew per pan`);
console.log('| build | shifted pan, CPU ms | whole redraw, CPU ms | shifted: stamps, vertices (shifts of 8) | whole: stamps, vertices |\n|---|---|---|---|---|');
for (const [build, o] of out) {
  const c = o.counts[0];
  const ms = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
  console.log(`| ${path.relative(process.cwd(), build)} | ${ms(o.shifted)} | ${ms(o.whole)} | ${c.shifted.stamps}, ${c.shifted.vertices} (${c.shifted.shifts}) | ${c.whole.stamps}, ${c.whole.vertices} |`);
}
