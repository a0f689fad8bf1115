#!/usr/bin/env node
// Whether importing visitmap's own GPX and KML grows linearly with the trip: `fromGPX` and
// `fromKML` (visitmap/import) of `toGPX`/`toKML` output, each against the XML parse alone
// (xmldom's `parseFromString`, the parser `fromGPX` and `fromKML` use in Node) of the same
// text, at a small and an 8 times larger trip. A step whose time grows faster than the file
// (one that rescans a parent's children for every element) makes the ratio grow with the
// size; a linear import keeps it about the same. CPU time (`process.cpuUsage`), the heap
// collected before each run, the fastest of the turns kept: a loaded machine disturbs it least.
//
//   npm run build && node --expose-gc bench/import-scale.mjs [--root DIR] [--sizes 500,4000] [--turns N]
// bench/run.mjs prints the same as its "import" rows.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { syntheticItinerary } from './synthetic.mjs';

/** The CPU time (ms, GC helper threads included) of one run of `fn`, the heap collected first when `--expose-gc` is on. */
export function cpu(fn) {
  globalThis.gc?.();
  const c = process.cpuUsage();
  fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

/**
 * The import's time over the XML parse's, per format and size: `{ format, n, bytes, importMs, parseMs, ratio }`
 * rows, the fastest CPU time of `turns` runs each. `root` holds the built `dist/`.
 */
export async function importScale(root, sizes = [500, 4_000], turns = 3) {
  const vm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const io = await import(pathToFileURL(path.join(root, 'dist/import.js')).href);
  const out = [];
  for (const n of sizes) {
    // The meetings profile: a meeting row every tenth stop, long texts, legs across ±180.
    const it = vm.parseItinerary(syntheticItinerary(n, { profile: 'meetings', seed: 5 }));
    for (const [format, write, read] of [['GPX', vm.toGPX, io.fromGPX], ['KML', vm.toKML, io.fromKML]]) {
      const text = write(it);
      if (read(text).stops.length !== n) throw new Error(`${format} at ${n} stops did not read back`);
      let importMs = Infinity;
      let parseMs = Infinity;
      for (let t = 0; t < turns; t++) {
        parseMs = Math.min(parseMs, cpu(() => new DOMParser().parseFromString(text, 'text/xml')));
        importMs = Math.min(importMs, cpu(() => read(text)));
      }
      out.push({ format, n, bytes: Buffer.byteLength(text), importMs, parseMs, ratio: importMs / parseMs });
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const root = path.resolve(option('--root', path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
  const sizes = option('--sizes', '500,4000').split(',').map(Number);
  for (const r of await importScale(root, sizes, Number(option('--turns', 3)))) {
    console.log(`${r.format} ${String(r.n).padStart(6)} stops (${(r.bytes / 1e6).toFixed(1)} MB): import ${r.importMs.toFixed(0)} ms, XML parse ${r.parseMs.toFixed(0)} ms, import ÷ parse ${r.ratio.toFixed(2)}`);
  }
}
