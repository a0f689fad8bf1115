#!/usr/bin/env node
// Checks what `npm install visitmap` gives a user, on the packed tarball itself:
//   1. publint --strict and Are The Types Wrong (attw) are clean;
//   2. a consumer project that installs the tarball can import the core from Node ESM
//      and CommonJS, type-check a strict TypeScript file against the public types, and
//      bundle `visitmap/leaflet` with esbuild (Leaflet external);
//   3. the bundle budgets (size-limit) hold;
//   4. packing twice gives the same files, byte for byte.
// Expects `npm run build` to have run. Exits non-zero with a message on the first failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => {
  console.log(`$ ${path.basename(cmd)} ${args.join(' ')}`);
  return execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });
};
const step = (name) => console.log(`\n== ${name}`);

const work = mkdtempSync(path.join(tmpdir(), 'visitmap-pack-'));
try {
  step('pack');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]))[0];
  const tarball = path.join(work, packed.filename);
  console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
  for (const f of packed.files) console.log(`  ${String(f.size).padStart(8)}  ${f.path}`);
  const leaked = packed.files.filter((f) => !/^(dist\/|data\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f.path));
  if (leaked.length) throw new Error(`the tarball ships files users do not need: ${leaked.map((f) => f.path).join(', ')}`);

  step('publint --strict');
  process.stdout.write(run(bin('publint'), ['run', '--strict', tarball]));

  step('attw');
  process.stdout.write(run(bin('attw'), [tarball, '--exclude-entrypoints', './leaflet.css', '--format', 'ascii']));

  step('consumer project');
  const app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `leaflet@${readJson('node_modules/leaflet/package.json').version}`], { cwd: app });
  const sample = readJson('data/hk-customs-yrd-visit-2023.json');
  writeFileSync(path.join(app, 'seed.json'), JSON.stringify(sample));
  writeFileSync(
    path.join(app, 'esm.mjs'),
    `import { readFileSync } from 'node:fs';
import { parseItinerary, toGeoJSON, ItineraryError } from 'visitmap';
const fc = toGeoJSON(parseItinerary(JSON.parse(readFileSync('seed.json', 'utf8'))));
if (fc.type !== 'FeatureCollection' || !fc.features.length) throw new Error('bad export');
try { parseItinerary({}); throw new Error('accepted {}'); } catch (e) { if (!(e instanceof ItineraryError)) throw e; }
console.log('ESM ok:', fc.features.length, 'features');\n`,
  );
  writeFileSync(
    path.join(app, 'cjs.cjs'),
    `const { parseItinerary, toGeoJSON } = require('visitmap');
const fc = toGeoJSON(parseItinerary(require('./seed.json')));
if (!fc.features.length) throw new Error('bad export');
console.log('CommonJS ok:', fc.features.length, 'features');\n`,
  );
  process.stdout.write(run('node', ['esm.mjs'], { cwd: app }));
  process.stdout.write(run('node', ['cjs.cjs'], { cwd: app }));

  writeFileSync(
    path.join(app, 'typed.ts'),
    `import { parseItinerary, toGeoJSON, type Itinerary, type Stop } from 'visitmap';
import { itineraryLayer, type ItineraryLayerOptions } from 'visitmap/leaflet';
const it: Itinerary = parseItinerary({});
const first: Stop | undefined = it.stops[0];
const lon: number | undefined = first?.coordinates[0];
const fc = toGeoJSON(it);
const n: number = fc.features.length;
const options: ItineraryLayerOptions = { language: 'en' };
const layer = itineraryLayer(it, options);
layer.next();
// @ts-expect-error: coordinates are [lon, lat] numbers
const wrong: Stop['coordinates'] = ['a', 'b'];
export { lon, n, layer, wrong };\n`,
  );
  writeFileSync(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2020', skipLibCheck: false, types: [] }, files: ['typed.ts'] }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', `@types/leaflet@${readJson('node_modules/@types/leaflet/package.json').version}`, `@types/geojson@${readJson('node_modules/@types/geojson/package.json').version}`], { cwd: app });
  process.stdout.write(run('node', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app }));
  console.log('strict TypeScript consumer ok');

  writeFileSync(
    path.join(app, 'page.js'),
    `import L from 'leaflet';\nimport { itineraryLayer } from 'visitmap/leaflet';\nexport const make = (map, data) => itineraryLayer(data).addTo(map);\nexport { L };\n`,
  );
  run(bin('esbuild'), ['page.js', '--bundle', '--format=esm', '--external:leaflet', '--outfile=out.js'], { cwd: app });
  const bundled = readFileSync(path.join(app, 'out.js'), 'utf8');
  if (/Leaflet is a JavaScript library|L\.version\s*=/.test(bundled)) throw new Error('Leaflet was bundled into the consumer build');
  console.log(`esbuild bundle of visitmap/leaflet ok (${bundled.length} bytes, Leaflet external)`);

  step('bundle budgets (size-limit)');
  process.stdout.write(run(bin('size-limit'), []));

  step('reproducible pack');
  const digest = (file, label) => {
    const dir = path.join(work, `unpack-${label}`);
    mkdirSync(dir);
    execFileSync('tar', ['-xzf', file, '-C', dir]);
    return listFiles(dir).map((f) => `${createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')}  ${f}`).join('\n');
  };
  const first = digest(tarball, 'first');
  run('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const again = path.join(work, 'again');
  mkdirSync(again);
  const second = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', again]))[0];
  if (digest(path.join(again, second.filename), 'second') !== first) throw new Error('two builds gave different tarball contents');
  console.log('two builds packed to identical contents');
  console.log('\npackage checks passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}

function readJson(rel) {
  return JSON.parse(readFileSync(path.join(root, rel), 'utf8'));
}
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(dir, path.join(prefix, d.name)) : [path.join(prefix, d.name)]))
    .sort();
}
