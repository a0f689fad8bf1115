#!/usr/bin/env node
// Where the bytes of each size-limit entry come from, module by module.
// size-limit measures the built dist/ files, whose chunks mix many modules; this script
// bundles the same imports from src/ with esbuild (minified, Leaflet external) and a source
// map, and gives each source module the output bytes its mappings cover: its minified bytes,
// and its gzip cost, measured as what gzip of the whole saves when that module's bytes are
// cut out (a module's share of a shared dictionary is not its own, so these sum to a little
// less than the whole). Totals are within a few per cent of size-limit's (Rollup's chunk
// wrappers account for the difference).
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
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;

/** A source map's `mappings` as, per output line, its segments' [column, source] (base-64 VLQ, columns and sources relative). */
function segments(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line.split(',').filter(Boolean).map((segment) => {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const d = digits.indexOf(ch);
        value += (d & 31) << shift;
        shift += 5;
        if (d < 32) {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      return fields.length > 1 ? [column, source] : [column];
    });
  });
}

for (const entry of JSON.parse(readFileSync(path.join(root, '.size-limit.json'), 'utf8'))) {
  const source = sources[entry.path];
  if (!source) continue; // the UMD file is one prebuilt bundle: nothing to break down
  const contents = `export ${entry.import ?? '*'} from ${JSON.stringify(path.join(root, source))};`;
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    outfile: 'out.js',
    sourcemap: 'external',
    logLevel: 'error',
    external: ['leaflet'],
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
  // Each output character's source: the one its latest mapping names (-1: none).
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  let start = 0;
  segments(map.mappings).forEach((line, i) => {
    const text = lines[i] ?? '';
    line.forEach((s, k) => {
      if (s.length > 1) owner.fill(s[1], start + s[0], start + (line[k + 1]?.[0] ?? text.length));
    });
    start += text.length + 1;
  });
  const total = gz(code);
  const bytes = new Map();
  for (const o of owner) bytes.set(o, (bytes.get(o) ?? 0) + 1);
  const rows = [...bytes].map(([o, n]) => {
    let rest = '';
    for (let i = 0; i < code.length; i++) if (owner[i] !== o) rest += code[i];
    return { file: o < 0 ? '(no source)' : path.relative(root, path.resolve(map.sources[o])), n, gzip: total - gz(rest) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`\n${entry.name}: ${kb(code.length)} minified, ${kb(total)} gzipped`);
  console.log('  minified   gzip (cost)');
  for (const r of rows.slice(0, top)) console.log(`  ${String(r.n).padStart(8)}  ${String(r.gzip).padStart(6)}  ${(100 * r.gzip / total).toFixed(1).padStart(4)}%  ${r.file}`);
  if (rows.length > top) console.log(`  … ${rows.length - top} more modules`);
}
