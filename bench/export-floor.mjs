#!/usr/bin/env node
// Issue 18's floor study, in this repository: where the fused export's time goes at 100,000
// stops, as ratios to JSON.stringify of its output measured in the same process.
//
//   npm run bench:floor, or: npm run build && node bench/export-floor.mjs [--runs 3] [--stops 100000] [--only 1|2|3] [hops|meetings|city …]
//   (--stops below 100,000 is for the smoke test: it times for 0.1 s rather than 3 s a child)
//
// Each measurement runs in a fresh child process, and every ratio is within one child; the
// parent prints the children's medians and ranges. Three tables:
//
// 1. The export's halves. A child holds the input (as bench/run.mjs builds it), its export and
//    a parsed copy, and times in turns (heap collected before each, fastest of each kept):
//    - fused: toGeoJSON(raw), the checks and the export in one pass (the bench's row);
//    - checks: validateItinerary(raw), the same checks in place, nothing exported;
//    - unchecked: toGeoJSON(parsed), the export of an itinerary parsed before the timing
//      (toGeoJSON trusts it: the same output objects and legs, no validation), what the issue's
//      study measured at 0.34-0.36;
//    - JSON.stringify(export), the baseline.
// 2. The baseline's two states. A child holds the input and its export only, as bench/run.mjs
//    does, and times the fused export and JSON.stringify in turns, either dropping each run's
//    result before the next (as the bench does) or holding it through the next run. V8 sizes
//    its heap by what is live, and the second state changes the baseline far more than the
//    export: the same code, a different ratio.
// 3. What each part of the input costs, in CPU time (a loaded machine moves it less than the
//    wall clock): the fused export of the input, then of the input without its leg overrides,
//    then also without meetings, then also with each name one string and no sources (the bare
//    stops); and, over the same legs, `legGeometry` and `distanceKm` (Vincenty for every leg).
//    Each is a ratio to JSON.stringify of the whole input's export, in the same child, so the
//    difference between two columns is what that part of the input costs the export.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROFILES, syntheticItinerary } from './synthetic.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const args = process.argv.slice(2);

/**
 * The fastest wall-clock time (ms) of each function, run in turns after one untimed run each, for at least `minMs`; with `hold`, each
 * result lives through the next run. With `cpu`, the fastest CPU time instead (`process.cpuUsage`, the collector's threads included).
 */
function turns(fns, hold, minMs, cpu = false) {
  for (const fn of fns) fn(); // JIT warm-up
  const best = fns.map(() => Infinity);
  const start = performance.now();
  let n = 0;
  let held;
  do {
    fns.forEach((fn, i) => {
      if (!hold) held = undefined;
      globalThis.gc();
      const t = performance.now();
      const u = process.cpuUsage();
      const result = fn();
      const { user, system } = process.cpuUsage(u);
      best[i] = Math.min(best[i], cpu ? (user + system) / 1000 : performance.now() - t);
      held = result;
    });
    n++;
  } while (n < 3 || performance.now() - start < minMs);
  void held;
  return best;
}

if (args[0] === '--child') {
  const [, table, profile, state, stops] = args;
  const n = Number(stops);
  const minMs = n >= 100_000 ? 3000 : 100;
  const vm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const input = syntheticItinerary(n, { profile });
  const output = vm.toGeoJSON(input);
  const stringify = () => JSON.stringify(output);
  const fused = () => vm.toGeoJSON(input);
  let r;
  if (table === 'halves') {
    const parsed = vm.parseItinerary(input);
    const [f, c, u, s] = turns([fused, () => vm.validateItinerary(input), () => vm.toGeoJSON(parsed), stringify], false, minMs);
    r = { fused: f / s, checks: c / s, unchecked: u / s, stringifyMs: s };
  } else if (table === 'parts') {
    // Members left out (not set to undefined), as JSON without them parses.
    const { legs: _, ...legs } = input;
    const meetings = { ...legs, stops: legs.stops.map(({ meetings: _, ...s }) => s) };
    const bare = { ...meetings, stops: meetings.stops.map(({ source: _, ...s }) => ({ ...s, name: typeof s.name == 'string' ? s.name : Object.values(s.name)[0] })) };
    const ends = input.stops.slice(1).map((s, i) => [input.stops[i].coordinates, s.coordinates]);
    const each = (fn) => () => ends.map(([a, b]) => fn(a, b));
    const ms = turns([fused, ...[legs, meetings, bare].map((x) => () => vm.toGeoJSON(x)), each(vm.legGeometry), each(vm.distanceKm), stringify], false, minMs, true);
    const s = ms.pop();
    r = Object.fromEntries(['fused', 'legs', 'meetings', 'bare', 'geometry', 'lengths'].map((k, i) => [k, ms[i] / s]));
    r.stringifyMs = s;
  } else {
    const [f, s] = turns([fused, stringify], state === 'held', minMs);
    r = { fused: f / s, fusedMs: f, stringifyMs: s };
  }
  console.log(JSON.stringify(r));
} else {
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const runs = option('--runs', 3);
  const stops = String(option('--stops', 100_000));
  const profiles = args.filter((a) => PROFILES.includes(a));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const child = (...a) => {
    const r = spawnSync(process.execPath, ['--expose-gc', here, '--child', ...a, stops], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`export-floor: the child ${a.join(' ')} failed:\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const cell = (rs, k, d = 2) => `${median(rs.map((r) => r[k])).toFixed(d)} (${Math.min(...rs.map((r) => r[k])).toFixed(d)}–${Math.max(...rs.map((r) => r[k])).toFixed(d)})`;
  const list = profiles.length ? profiles : PROFILES;
  const only = option('--only', 0);

  if (!only || only == 1) {
    console.log(`1. The export's halves at ${stops} stops (${runs} children each; ratios to JSON.stringify in the same child)\n`);
    console.log('| profile | fused | checks alone | export unchecked | checks + unchecked | stringify (ms) |');
    console.log('|---|---|---|---|---|---|');
    for (const profile of list) {
      const rs = Array.from({ length: runs }, () => child('halves', profile, '-'));
      const sum = median(rs.map((r) => r.checks + r.unchecked)).toFixed(2);
      console.log(`| ${profile} | ${cell(rs, 'fused')} | ${cell(rs, 'checks')} | ${cell(rs, 'unchecked')} | ${sum} | ${cell(rs, 'stringifyMs', 0)} |`);
    }
  }

  if (!only || only == 2) {
    console.log(`\n2. The baseline's two states at ${stops} stops (${runs} children each)\n`);
    console.log('| profile | between runs | fused ÷ stringify | fused (ms) | stringify (ms) |');
    console.log('|---|---|---|---|---|');
    for (const profile of list) {
      for (const state of ['dropped', 'held']) {
        const rs = Array.from({ length: runs }, () => child('state', profile, state));
        console.log(`| ${profile} | result ${state} | ${cell(rs, 'fused')} | ${cell(rs, 'fusedMs', 0)} | ${cell(rs, 'stringifyMs', 0)} |`);
      }
    }
  }

  if (!only || only == 3) {
    console.log(`\n3. What each part of the input costs at ${stops} stops, CPU time (${runs} children each; ratios to JSON.stringify of the whole export)\n`);
    console.log('| profile | fused | no leg overrides | and no meetings | and bare stops | `legGeometry` per leg | `distanceKm` per leg | stringify (CPU ms) |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const profile of list) {
      const rs = Array.from({ length: runs }, () => child('parts', profile, '-'));
      console.log(`| ${profile} | ${['fused', 'legs', 'meetings', 'bare', 'geometry', 'lengths'].map((k) => cell(rs, k)).join(' | ')} | ${cell(rs, 'stringifyMs', 0)} |`);
    }
  }
  console.log('\nMedians of the children, with their ranges.');
}
