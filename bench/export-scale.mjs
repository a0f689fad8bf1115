#!/usr/bin/env node
// Whether the fused export's time per stop depends on the trip's size: `toGeoJSON(raw)`, its
// checks alone (`validateItinerary`, in place, as the export checks) and the export of a parsed
// itinerary (trusted: no checks), each as CPU time per 100,000 stops, at 1,000, 10,000 and
// 100,000 stops (100, 10 and 1 calls per timed run), with JSON.stringify of one output beside
// them. Code whose time is its instructions costs the same per stop at every size; time that
// grows with the size is the memory: the input and the output no longer in the caches, and the
// garbage collector copying a growing output it cannot free. CPU time (`process.cpuUsage`, GC
// helper threads included), the heap collected before each run, the fastest of the turns kept.
//
//   npm run build && node --expose-gc bench/export-scale.mjs [hops|meetings|city …] [--root DIR] [--turns N]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROFILES, syntheticItinerary } from './synthetic.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = path.resolve(option('--root', path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
const turns = Number(option('--turns', 5));
const vm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
const profiles = args.filter((a) => PROFILES.includes(a));

for (const profile of profiles.length ? profiles : PROFILES) {
  console.log(profile);
  for (const n of [1_000, 10_000, 100_000]) {
    const calls = 100_000 / n;
    // Up to 10 distinct inputs, so that the small sizes do not reread one input from the cache.
    const inputs = Array.from({ length: Math.min(calls, 10) }, (_, k) => syntheticItinerary(n, { profile, seed: 42 + k }));
    const parsed = inputs.map((input) => vm.parseItinerary(input));
    const output = vm.toGeoJSON(inputs[0]);
    const jobs = {
      fused: (k) => vm.toGeoJSON(inputs[k]),
      checks: (k) => vm.validateItinerary(inputs[k]),
      unchecked: (k) => vm.toGeoJSON(parsed[k]),
      stringify: () => JSON.stringify(output),
    };
    const best = {};
    for (let t = 0; t < turns; t++) {
      for (const [name, job] of Object.entries(jobs)) {
        globalThis.gc();
        const c = process.cpuUsage();
        for (let k = 0; k < calls; k++) job(k % inputs.length);
        const u = process.cpuUsage(c);
        best[name] = Math.min(best[name] ?? Infinity, (u.user + u.system) / 1000);
      }
    }
    const cells = Object.entries(best).map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
    console.log(`  ${String(n).padStart(6)} stops: ${cells.join(', ')} ms per 100,000 stops; fused ÷ stringify ${(best.fused / best.stringify).toFixed(2)}`);
  }
}
