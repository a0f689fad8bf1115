#!/usr/bin/env node
// Issue 18's floor study, in this repository: where the fused export's time goes at 100,000
// stops, as ratios to JSON.stringify of its output measured in the same process.
//
//   npm run build && node bench/export-floor.mjs [--runs 5] [hops|meetings|city …]
//
// Each measurement runs in a fresh child process (`--child`), because the same code in two
// processes on one machine gives ratios that differ by more than the effect looked for: V8
// sizes its heap from what is live, and JSON.stringify of 100,000 stops took 415 ms in a
// process holding an extra copy of the input and 850 ms in one that did not. So every ratio
// here is within one child, and the parent prints each child's ratios and their medians.
//
// A child holds the input (as the bench builds it), its export and a parsed copy, and times in
// turns (heap collected before each, fastest of each kept):
// - fused: toGeoJSON(raw), the checks and the export in one pass (the bench's row);
// - checks: validateItinerary(raw), the same checks in place, nothing exported;
// - unchecked: toGeoJSON(parsed), the export of an itinerary parsed before the timing
//   (toGeoJSON trusts it: the same output objects and legs, no validation), which is what the
//   issue's study measured at 0.34-0.36;
// - JSON.stringify(export), the baseline.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROFILES, syntheticItinerary } from './synthetic.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const args = process.argv.slice(2);
const N = 100_000;

if (args[0] === '--child') {
  const vm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const input = syntheticItinerary(N, { profile: args[1] });
  const output = vm.toGeoJSON(input);
  const parsed = vm.parseItinerary(input);
  const fns = [() => vm.toGeoJSON(input), () => vm.validateItinerary(input), () => vm.toGeoJSON(parsed), () => JSON.stringify(output)];
  for (const fn of fns) fn(); // JIT warm-up
  const best = fns.map(() => Infinity);
  const start = performance.now();
  let turns = 0;
  do {
    fns.forEach((fn, i) => {
      globalThis.gc();
      const t = performance.now();
      fn();
      best[i] = Math.min(best[i], performance.now() - t);
    });
    turns++;
  } while (turns < 3 || performance.now() - start < 3000);
  const s = best[3];
  console.log(JSON.stringify({ fused: best[0] / s, checks: best[1] / s, unchecked: best[2] / s, stringifyMs: s }));
} else {
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
  const profiles = args.filter((a) => PROFILES.includes(a));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const f = (x) => x.toFixed(2);
  console.log(`| profile | runs | fused | checks alone | export unchecked | checks + unchecked | stringify (ms) |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const profile of profiles.length ? profiles : PROFILES) {
    const rs = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', here, '--child', profile], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`export-floor: the ${profile} child failed:\n${r.stderr}`);
      rs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
    }
    const col = (k) => `${f(median(rs.map((r) => r[k])))} (${f(Math.min(...rs.map((r) => r[k])))}–${f(Math.max(...rs.map((r) => r[k])))})`;
    const sum = rs.map((r) => r.checks + r.unchecked);
    console.log(`| ${profile} | ${runs} | ${col('fused')} | ${col('checks')} | ${col('unchecked')} | ${f(median(sum))} | ${median(rs.map((r) => r.stringifyMs)).toFixed(0)} |`);
  }
  console.log('\nMedians of the children, with their ranges; every ratio is to JSON.stringify in the same child.');
}
