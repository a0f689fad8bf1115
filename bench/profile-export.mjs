#!/usr/bin/env node
// Where the fused export's time goes: a sampled CPU profile of `toGeoJSON(raw)` at 100,000 stops
// (the input parsed from text beforehand, as a `fetch` would give it), self time grouped by job.
// The share table under "Why the target is still missed" in RESULTS.md comes from this.
//
//   npm run build && node --expose-gc bench/profile-export.mjs [hops|meetings|city] [--top N]
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROFILES, syntheticItinerary } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 0;
const profiles = args.filter((a) => PROFILES.includes(a));

// Functions by job; the rest of the validator's chunks (parse-*, iso-date-*) count as validation,
// and the rest of the export's as building the output's objects.
const GEOMETRY = new Set(['drawLeg', 'splitFlat', 'byLongitude', 'densify', 'chordFits', 'roundPoint', 'emit', 'unwrapNear']);
const LENGTHS = new Set(['vincentyKm', 'planeKm', 'legKm', 'checkedDistanceKm']);
const job = ({ functionName: f, url }) => {
  if (f === '(garbage collector)') return 'garbage collection (main thread)';
  if (GEOMETRY.has(f)) return 'leg geometry';
  if (LENGTHS.has(f)) return 'leg lengths';
  if (f === 'quickStop' || /\/(parse|iso-date)-[^/]*\.js$/.test(url)) return 'validation';
  if (url.includes('/dist/')) return "building the output's objects";
  return 'other';
};

for (const profile of profiles.length ? profiles : PROFILES) {
  const text = JSON.stringify(syntheticItinerary(100_000, { seed: 42, profile }));
  const inputs = Array.from({ length: 6 }, () => JSON.parse(text));
  vm.toGeoJSON(JSON.parse(text)); // warm up
  globalThis.gc?.();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const kept = inputs.map((input) => vm.toGeoJSON(input));
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const jobs = new Map();
  const fns = new Map();
  for (const id of p.samples) {
    const frame = nodes.get(id);
    jobs.set(job(frame), (jobs.get(job(frame)) ?? 0) + 1);
    fns.set(frame.functionName || '(anonymous)', (fns.get(frame.functionName || '(anonymous)') ?? 0) + 1);
  }
  const pc = (v) => `${((100 * v) / p.samples.length).toFixed(1)}%`;
  console.log(`\n${profile}: ${p.samples.length} samples over ${kept.length} exports of 100,000 stops`);
  for (const [k, v] of [...jobs].sort((a, b) => b[1] - a[1])) console.log(`  ${pc(v).padStart(6)}  ${k}`);
  if (top) for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`        ${pc(v).padStart(6)}  ${k}`);
}
