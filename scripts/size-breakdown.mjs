#!/usr/bin/env node
// Where the bytes of each size-limit entry come from, module by module.
// size-limit measures the built dist/ files, whose chunks mix many modules; this script
// bundles the same imports from src/ with esbuild (minified, Leaflet external) and reads
// esbuild's metafile, so each source module gets its share. Totals are within a few
// per cent of size-limit's (Rollup's chunk wrappers account for the difference).
//
//   npm run size:breakdown            every entry of .size-limit.json, top 12 modules each
//   npm run size:breakdown -- 40      top 40
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const top = Number(process.argv[2] ?? 12);
const sources = { 'dist/index.js': 'src/index.ts', 'dist/leaflet.js': 'src/leaflet/index.ts', 'dist/basemap.js': 'src/basemap/index.ts' };
const kb = (n) => `${(n / 1000).toFixed(2)} kB`;

for (const entry of JSON.parse(readFileSync(path.join(root, '.size-limit.json'), 'utf8'))) {
  const source = sources[entry.path];
  if (!source) continue; // the UMD file is one prebuilt bundle: nothing to break down
  const contents = `export ${entry.import ?? '*'} from ${JSON.stringify(path.join(root, source))};`;
  const result = await build({
    stdin: { contents, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
    external: ['leaflet'],
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  console.log(`\n${entry.name}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzipped`);
  for (const [file, v] of inputs.slice(0, top)) {
    console.log(`  ${String(v.bytesInOutput).padStart(6)}  ${(100 * v.bytesInOutput / code.length).toFixed(1).padStart(4)}%  ${file}`);
  }
  if (inputs.length > top) console.log(`  … ${inputs.length - top} more modules`);
}
