#!/usr/bin/env node
// visitmap's benchmark suite: `npm run bench` (builds first), or
// `node --expose-gc bench/run.mjs [--quick] [--sizes 100,10000] [--profiles hops,city] [--no-browser] [--json] [--only extract,legs]`.
// `--only` runs the named cases alone: export, legs, import, layer, size, extract (`npm run bench -- --only extract`).
//
// Every figure is a ratio against a baseline measured in the same process (or page),
// on synthetic itineraries from a fixed seed in each trip profile (bench/synthetic.mjs),
// so the numbers compare across machines. Targets come from issues 3 and 18.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { greatCircle as turfGreatCircle } from '@turf/great-circle';
import { PROFILES, syntheticItinerary } from './synthetic.mjs';
import { crossTrackMaxKm, countUnsplitCrossings } from './geometry-check.mjs';
import { importScale } from './import-scale.mjs';
import { extractScale } from './extract-scale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args.find((a, i) => args[i - 1] === '--sizes');
const sizes = sizesArg ? sizesArg.split(',').map(Number) : quick ? [100] : [100, 10_000, 100_000];
const profilesArg = args.find((a, i) => args[i - 1] === '--profiles');
const profiles = profilesArg ? profilesArg.split(',') : PROFILES;
const onlyArg = args.find((a, i) => args[i - 1] === '--only');
const want = (name) => !onlyArg || onlyArg.split(',').includes(name);

if (!existsSync(path.join(root, 'dist/index.js'))) {
  console.error('bench: dist/index.js is missing; run `npm run build` first (npm run bench does).');
  process.exit(2);
}
const vm = await import(path.join(root, 'dist/index.js'));

const gc = globalThis.gc ?? (() => {});
const now = () => performance.now();

/**
 * The fastest wall-clock and CPU time (ms) of one run of each function, run in turns: each
 * runs once untimed (JIT warm-up), then the heap is collected before every timed run, and
 * the turns go on for at least `minMs` and at least three times. Taking turns, and the
 * minimum, because on a busy machine noise only ever adds, and it should add to both sides
 * alike. CPU time is the process's (GC helper threads included): it is what a loaded machine
 * disturbs least.
 */
function timeAll(fns, minMs = quick ? 50 : 500) {
  for (const fn of fns) fn();
  const best = fns.map(() => ({ wall: Infinity, cpu: Infinity }));
  let runs = 0;
  const start = now();
  do {
    fns.forEach((fn, i) => {
      gc();
      const c = process.cpuUsage();
      const t = now();
      fn();
      const wall = now() - t;
      const u = process.cpuUsage(c);
      best[i].wall = Math.min(best[i].wall, wall);
      best[i].cpu = Math.min(best[i].cpu, (u.user + u.system) / 1000);
    });
    runs++;
  } while (now() - start < minMs || runs < 3);
  return best;
}

/** Peak memory growth in MiB while `mode` runs once on a profile's itinerary, in a child process of its own: see bench/peak-heap.mjs. */
function peakHeap(profile, n, mode) {
  const r = spawnSync('node', ['--expose-gc', path.join(root, 'bench/peak-heap.mjs'), profile, String(n), mode], { encoding: 'utf8' });
  const v = Number(r.stdout.trim().split('\n').pop());
  return Number.isFinite(v) ? v : NaN;
}

const rows = [];
const row = (benchmark, size, value, target, met, detail = '') => rows.push({ benchmark, size, value, target, met, detail });
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));

// 1. toGeoJSON of raw input (checked in place and exported in one pass) against
// JSON.stringify of its own output, on every profile; parseItinerary then toGeoJSON beside it.
for (const profile of want('export') ? profiles : []) {
  for (const n of sizes) {
    const input = syntheticItinerary(n, { profile });
    const output = vm.toGeoJSON(input);
    const [fused, separate, stringify] = timeAll([() => vm.toGeoJSON(input), () => vm.toGeoJSON(vm.parseItinerary(input)), () => JSON.stringify(output)]);
    const ratio = fused.wall / stringify.wall;
    const cpuRatio = fused.cpu / stringify.cpu;
    const big = n >= 100_000;
    const heap = big && !quick ? ` peak heap ${fmt(peakHeap(profile, n, 'fused'), 0)} MiB vs ${fmt(peakHeap(profile, n, 'separate'), 0)} MiB parsing first (stringify ${fmt(peakHeap(profile, n, 'stringify'), 0)} MiB);` : '';
    row(`parse+toGeoJSON ÷ JSON.stringify(output), ${profile}`, n, fmt(ratio), '≤ 0.5 at 100k', !big ? '' : ratio <= 0.5 ? 'yes' : 'NO',
      `${fmt(fused.wall, 1)} ms vs ${fmt(stringify.wall, 1)} ms (CPU time ratio ${fmt(cpuRatio)});${heap} parseItinerary then toGeoJSON ${fmt(separate.wall / stringify.wall)}`);
  }
}

// 2 and 3. Legs against @turf/great-circle on the same legs.
for (const profile of want('legs') ? profiles : []) {
  const n = quick ? 100 : 10_000;
  const it = vm.parseItinerary(syntheticItinerary(n, { seed: 7, profile }));
  const coords = new Map(it.stops.map((s) => [s.id, s.coordinates]));
  const pairs = it.legs.map((l) => [coords.get(l.from), coords.get(l.to)]).filter(([a, b]) => a[0] !== b[0] || a[1] !== b[1]);
  const ourGeoms = pairs.map(([a, b]) => vm.legGeometry(a, b));
  const vertices = (g) => (g.type === 'LineString' ? g.coordinates.length : g.coordinates.reduce((s, p) => s + p.length, 0));
  const ourVerts = ourGeoms.reduce((s, g) => s + vertices(g), 0) / pairs.length;
  const turfAt = (npoints) => pairs.map(([a, b]) => turfGreatCircle(a, b, { npoints }).geometry);

  const npointsEqual = Math.max(2, Math.round(ourVerts));
  // CPU time: ours takes milliseconds, and on a loaded machine one wall-clock pause in a
  // longer turf run (tenths of a second) would swing the ratio tenfold.
  const [tOurs, tTurf100, tTurfEq] = timeAll([
    () => { for (const [a, b] of pairs) vm.legGeometry(a, b); },
    () => { for (const [a, b] of pairs) turfGreatCircle(a, b); },
    () => { for (const [a, b] of pairs) turfGreatCircle(a, b, { npoints: npointsEqual }); },
  ], quick ? 50 : 2000).map((t) => t.cpu);

  const turf100 = turfAt(100);
  const turfEq = turfAt(npointsEqual);
  const dev = (geoms) => Math.max(...geoms.map((g, i) => crossTrackMaxKm(g, pairs[i][0], pairs[i][1])));
  const unsplit = (geoms) => countUnsplitCrossings(geoms);
  const crossing = pairs.filter(([a, b]) => vm.legGeometry(a, b).type === 'MultiLineString').length;

  row(`legs: turf (100 pts) time ÷ ours, ${profile}`, pairs.length, fmt(tTurf100 / tOurs, 1) + '×', '≥ 10×', tTurf100 / tOurs >= 10 ? 'yes' : 'NO',
    `ours ${fmt(ourVerts, 1)} vertices/leg, max deviation ${fmt(dev(ourGeoms), 3)} km, unsplit crossings ${unsplit(ourGeoms)}/${crossing}; ` +
    `turf 100 vertices/leg, max deviation ${fmt(dev(turf100), 3)} km, unsplit crossings ${unsplit(turf100)}/${crossing}`);
  row(`legs: turf (${npointsEqual} pts, equal count) time ÷ ours, ${profile}`, pairs.length, fmt(tTurfEq / tOurs, 1) + '×', '≥ 4×', tTurfEq / tOurs >= 4 ? 'yes' : 'NO',
    `turf max deviation ${fmt(dev(turfEq), 3)} km, unsplit crossings ${unsplit(turfEq)}/${crossing}`);
}

// 3b. Import of visitmap's own GPX and KML against the XML parse alone, at two sizes 8 times
// apart: a linear import keeps the ratio (bench/import-scale.mjs). Judged at 500 → 4,000 stops
// only: at 100 stops a few milliseconds of noise swing the ratio.
if (want('import')) {
  const small = quick ? 100 : 500;
  const scale = await importScale(root, [small, small * 8]);
  for (const format of ['GPX', 'KML']) {
    const [a, b] = scale.filter((r) => r.format === format);
    const growth = b.ratio / a.ratio;
    row(`import: from${format} ÷ XML parse, at ${a.n} → ${b.n} stops`, `${a.n}, ${b.n}`, `${fmt(a.ratio)} → ${fmt(b.ratio)}`, 'grows ≤ 1.5×', quick ? '' : growth <= 1.5 ? 'yes' : 'NO',
      `CPU time ${fmt(a.importMs, 0)} ms vs ${fmt(a.parseMs, 0)} ms, then ${fmt(b.importMs, 0)} ms vs ${fmt(b.parseMs, 0)} ms (${fmt(b.bytes / 1e6, 1)} MB); ratio × ${fmt(growth)}`);
  }
}

// 4. The layer in headless Chromium (the layer's own bench script), when a browser is here.
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!want('layer')) {
  // not asked for
} else if (!args.includes('--no-browser') && existsSync(path.join(root, 'bench/layer-render.mjs')) && existsSync(chrome) && existsSync(path.join(root, 'dist/visitmap.umd.js'))) {
  const out = execFileSync('node', [path.join(root, 'bench/layer-render.mjs'), '--json', ...(quick ? ['--quick'] : [])], { cwd: root, encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop());
  row('layer add+paint ÷ L.geoJSON (default markers)', r.stops, fmt(r.ratio), '≤ 0.5', r.ratio <= 0.5 ? 'yes' : 'NO', `${fmt(r.oursMs, 1)} ms vs ${fmt(r.baselineMs, 1)} ms`);
  row('layer pan frame', r.stops, `${fmt(r.panMs, 1)} ms`, '≤ 50 ms', r.panMs <= 50 ? 'yes' : 'NO', r.panDetail ?? '');
} else {
  row('layer in Chromium', '-', 'skipped', '', '', 'needs /usr/bin/chromium (or CHROME_PATH), dist/visitmap.umd.js and bench/layer-render.mjs');
}

// 5. Bundle sizes.
if (want('size') && existsSync(path.join(root, '.size-limit.json'))) {
  let out;
  try {
    out = execFileSync(path.join(root, 'node_modules/.bin/size-limit'), ['--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    out = e.stdout; // size-limit exits 1 when a budget is exceeded, still printing its JSON
  }
  // The budgets of issue 12 in KiB; .size-limit.json holds the limits npm test enforces.
  const targets = { 'core, parseItinerary only': 4, 'core, parse + toGeoJSON only': 8.5, 'core (visitmap)': 12.5, 'core + layer, itineraryLayer only': 16 };
  const limits = Object.fromEntries(JSON.parse(readFileSync(path.join(root, '.size-limit.json'), 'utf8')).map((l) => [l.name, l.limit]));
  try {
    for (const s of JSON.parse(out)) {
      const target = targets[s.name];
      const met = target ? s.size <= target * 1024 : s.passed;
      row(`size: ${s.name}`, '-', `${fmt(s.size / 1024, 2)} KiB`, target ? `≤ ${target} KiB` : `≤ ${limits[s.name]}`, met ? 'yes' : 'NO', `minified + gzip; enforced limit ${limits[s.name]}`);
    }
  } catch {
    row('size', '-', 'failed', '', 'NO', 'size-limit printed no JSON');
  }
}

// 6. The extractor over the tuning corpus and synthetic long inputs, against a tokenising pass over the same text
// (bench/extract-scale.mjs): a shape whose ratio grows with its text (× 4 characters) is read in more than linear time.
if (want('extract')) {
  for (const r of await extractScale(root, { size: quick ? 500 : 2_500, turns: quick ? 1 : 3, quick })) {
    const shape = r.growth !== undefined;
    row(`extract ÷ tokenising pass: ${r.what}`, r.size, fmt(r.ratio, 0), shape ? 'grows ≤ 2× at 4× the text' : 'reported', shape ? (r.growth <= 2 ? 'yes' : 'NO') : '',
      `CPU time ${fmt(r.extractMs, 1)} ms vs ${fmt(r.baseMs, 3)} ms${shape ? `; ratio × ${fmt(r.growth)} from the size before` : ''}`);
  }
}

console.log(`\nvisitmap bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick)' : ''}\n`);
console.log('| benchmark | size | value | target | met | detail |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.benchmark} | ${r.size} | ${r.value} | ${r.target} | ${r.met} | ${r.detail} |`);
if (args.includes('--json')) console.log(JSON.stringify(rows));
