// The timeline playing a normal-mode (SVG and markers) layer in headless Chromium (T13 §6):
// frames drawn in 5 s of playback, and the renderer's main-thread commit, paint and
// layerize time per frame, from a Chromium trace of the same playback over 4 and 300 stops,
// arrowheads on and off. Each page: a 1280×800 map fitted to the layer, `timelineControl`
// added, `play()`, then 5 s traced. Uses dist/visitmap.umd.js (npm run build); `--before FILE`
// runs another build's UMD (and the visitmap.css beside it) in turns with it (main's, built into
// a copy), so that both see the same machine load. Not a test: no figure here is asserted.
//
//   node bench/playback.mjs [--runs N] [--stops 4,300] [--before path/to/visitmap.umd.js] [--json]
/* global L, visitmap, map, layer, timeline */ // page globals, used inside page.evaluate
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserArgs, mapPage, median, option } from './pan.mjs';
import { syntheticItinerary } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(option('--runs', 3));
const sizes = option('--stops', '4,300').split(',').map(Number);
const builds = [['this build', path.resolve(root, process.env.VISITMAP_UMD ?? 'dist/visitmap.umd.js')]];
if (option('--before')) builds.push(['before', path.resolve(option('--before'))]);
for (const [, file] of builds) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
const SECONDS = 5;

/** Frames and main-thread rendering time in a trace: DrawFrame count, and Commit, Paint, Layerize ms summed. */
function readTrace(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const sum = (name) => onMain.filter((e) => e.name === name).reduce((t, e) => t + e.dur, 0) / 1000;
  const frames = events.filter((e) => e.pid === main.pid && e.name === 'DrawFrame').length;
  return { frames, commit: sum('Commit'), paint: sum('Paint'), layerize: sum('Layerize') };
}

/** One page: the layer of `stops` stops, arrows on or off, its timeline played for 5 s under a trace. */
async function measure(browser, umd, stops, arrows) {
  // The build's own stylesheet, beside its UMD file.
  const page = await mapPage(browser, [umd], [path.join(path.dirname(umd), 'visitmap.css')]);
  try {
    await page.evaluate(async ({ raw, arrows }) => {
      window.map = L.map('map');
      window.layer = visitmap.itineraryLayer(raw, { arrows, legend: false, largeThreshold: 1e9, fitBounds: true }).addTo(map);
      window.timeline = visitmap.timelineControl(layer).addTo(map);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }, { raw: syntheticItinerary(stops), arrows });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
    await page.evaluate(() => timeline.play());
    await page.waitForTimeout(SECONDS * 1000);
    const playing = await page.evaluate(() => timeline.isPlaying());
    const traced = readTrace(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    if (!playing) throw new Error('the timeline stopped before the trace ended');
    return traced;
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
const rows = [];
try {
  for (const stops of sizes) {
    for (const arrows of [true, false]) {
      const got = builds.map(() => []);
      // In turns, so that every build sees the same load.
      for (let run = 0; run < runs; run++) for (const [b, [, umd]] of builds.entries()) got[b].push(await measure(browser, umd, stops, arrows));
      for (const [b, [name]] of builds.entries()) {
        const per = (key) => median(got[b].map((r) => r[key] / Math.max(1, r.frames)));
        rows.push({ build: name, stops, arrows, frames: median(got[b].map((r) => r.frames)), allFrames: got[b].map((r) => r.frames), commitMs: per('commit'), paintMs: per('paint'), layerizeMs: per('layerize') });
      }
    }
  }
} finally {
  await browser.close();
}
if (args.includes('--json')) console.log(JSON.stringify(rows));
else {
  console.log(`timeline playback, normal mode, headless Chromium (software raster), median of ${runs} pages × ${SECONDS} s traced`);
  console.log('| build | stops | arrows | frames in 5 s (each run) | commit ms/frame | paint ms/frame | layerize ms/frame |\n|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.build} | ${r.stops} | ${r.arrows ? 'on' : 'off'} | ${r.frames} (${r.allFrames.join(', ')}) | ${r.commitMs.toFixed(2)} | ${r.paintMs.toFixed(2)} | ${r.layerizeMs.toFixed(2)} |`);
  }
}
