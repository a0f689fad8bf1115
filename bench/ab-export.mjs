#!/usr/bin/env node
// Two builds of the fused export side by side, in one process: `toGeoJSON(raw)` of build A and
// of build B at 100,000 stops, each as a ratio to JSON.stringify of its own output (both outputs
// held, as bench/run.mjs holds its one), run in turns with the heap collected before each run and
// the order of A and B alternated, the fastest of each kept; wall-clock and CPU time
// (`process.cpuUsage`). For a change against the code before it on a loaded machine, where
// ratios from two processes minutes apart do not compare: build the old commit in a second
// worktree (`git worktree add /tmp/old <commit>`, link node_modules, `npm run build` there).
//
//   node --expose-gc bench/ab-export.mjs <root-A> <root-B> [hops|meetings|city …] [--stops N] [--turns N]
//
// It throws if the two builds' JSON texts differ. `A A` (one build twice, as two module copies)
// measures the harness's own spread: on the loaded 2-core machine of h-perf12, CPU-time B/A of
// one build against itself was 0.95–1.00, wall-clock 0.79–1.30; compare CPU time, over several runs.
// Besides the fastest of each, it gives the median over turns of B's CPU time ÷ A's in the same
// turn (the two run back to back, so a burst of load falls on both); on a loaded machine, `node
// --expose-gc --single-threaded-gc` keeps the scavenger's work on the main thread, where a helper
// thread that is not scheduled would leave it waiting (h-perf19).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROFILES, syntheticItinerary } from './synthetic.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const [rootA, rootB] = args;
const stops = option('--stops', 100_000);
const turns = option('--turns', 5);
const profiles = args.filter((a) => PROFILES.includes(a));
// A query string gives a second copy of a module: `A A` measures the harness's own bias.
const load = (root, tag) => import(pathToFileURL(path.join(path.resolve(root), 'dist/index.js')).href + `?${tag}`);
const [a, b] = [await load(rootA, 'a'), await load(rootB, 'b')];

for (const profile of profiles.length ? profiles : PROFILES) {
  const input = syntheticItinerary(stops, { profile });
  // Each build's output is held (as bench/run.mjs holds its one), and stringified in turn.
  const outA = a.toGeoJSON(input);
  const outB = b.toGeoJSON(input);
  if (JSON.stringify(outA) !== JSON.stringify(outB)) throw new Error(`${profile}: the builds' outputs differ`);
  const fns = [() => a.toGeoJSON(input), () => b.toGeoJSON(input), () => JSON.stringify(outA), () => JSON.stringify(outB)];
  for (const fn of fns) fn();
  const best = [Infinity, Infinity, Infinity, Infinity];
  const cpu = [Infinity, Infinity, Infinity, Infinity];
  const turnCpu = [[], []]; // A's and B's CPU time in each turn
  for (let t = 0; t < turns; t++) {
    // Alternate which build goes first.
    const order = t % 2 ? [1, 3, 0, 2] : [0, 2, 1, 3];
    for (const i of order) {
      globalThis.gc();
      const c = process.cpuUsage();
      const s = performance.now();
      fns[i]();
      best[i] = Math.min(best[i], performance.now() - s);
      const u = process.cpuUsage(c);
      cpu[i] = Math.min(cpu[i], (u.user + u.system) / 1000);
      if (i < 2) turnCpu[i].push((u.user + u.system) / 1000);
    }
  }
  const [fa, fb, sa, sb] = best;
  const s = Math.min(sa, sb);
  const [ca, cb, csa, csb] = cpu;
  const cs = Math.min(csa, csb);
  const paired = turnCpu[1].map((t, k) => t / turnCpu[0][k]).sort((x, y) => x - y)[turns >> 1];
  console.log(
    `${profile}: wall A ${(fa / s).toFixed(3)} B ${(fb / s).toFixed(3)} B/A ${(fb / fa).toFixed(3)} | cpu A ${(ca / cs).toFixed(3)} B ${(cb / cs).toFixed(3)} B/A ${(cb / ca).toFixed(3)}, paired median ${paired.toFixed(3)}` +
      `  (A ${fa.toFixed(0)} ms, B ${fb.toFixed(0)} ms, stringify ${s.toFixed(0)} ms)`,
  );
}
