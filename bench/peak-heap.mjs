#!/usr/bin/env node
// Peak memory of one export, for bench/run.mjs: `node --expose-gc bench/peak-heap.mjs PROFILE N MODE`
// with MODE `fused` (toGeoJSON of the raw input), `separate` (parseItinerary, then toGeoJSON)
// or `stringify` (JSON.stringify of the export, the baseline). Builds the input (and for
// `stringify` the export), collects, then runs MODE once, keeping its result, and prints the
// growth of the process's peak resident memory in MiB: a peak cannot be sampled from inside
// one synchronous call, and the input was already resident before the call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticItinerary } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [profile = 'hops', n = '1000', mode = 'fused'] = process.argv.slice(2);
const vm = await import(path.join(root, 'dist/index.js'));
const input = syntheticItinerary(Number(n), { profile });
const output = mode === 'stringify' ? vm.toGeoJSON(input) : undefined;
const run = { fused: () => vm.toGeoJSON(input), separate: () => vm.toGeoJSON(vm.parseItinerary(input)), stringify: () => JSON.stringify(output) }[mode];
if (!run) throw new Error(`peak-heap: unknown mode ${mode} (expected fused, separate or stringify)`);
globalThis.gc?.();
const before = process.resourceUsage().maxRSS;
const kept = run();
const after = process.resourceUsage().maxRSS;
void kept;
console.log(((after - before) / 1024).toFixed(1)); // maxRSS is in KiB
