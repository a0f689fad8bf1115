#!/usr/bin/env node
// Checks what `npm install visitmap` gives a user, on the packed tarball itself:
//   0. the tarball is within its size budget (packed and unpacked), ships what the README
//      links to, and nothing unused (no CommonJS CLI, no source maps, one gazetteer file, no file twice);
//   1. publint --strict and Are The Types Wrong (attw) are clean;
//   2. a consumer project that installs the tarball can import the core from Node ESM
//      and CommonJS, type-check a strict TypeScript file (exactOptionalPropertyTypes, no
//      skipLibCheck) against the public types, and
//      bundle `visitmap/leaflet` with esbuild (Leaflet external); a core-only TypeScript
//      project (`"types": []`, no skipLibCheck, neither Leaflet nor its types installed)
//      type-checks against `visitmap` with real GeoJSON types, not `any`;
//   3. the bundle budgets (size-limit) hold;
//   4. packing twice gives the same files, byte for byte.
// Expects `npm run build` to have run. Exits non-zero with a message on the first failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => {
  console.log(`$ ${path.basename(cmd)} ${args.join(' ')}`);
  return execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });
};
const step = (name) => console.log(`\n== ${name}`);

// Issue 13: about half of the 2.4 MB / 7.45 MB the package once was (npm's units: 1 MB = 10^6 bytes).
const MAX_PACKED = 1_300_000;
const MAX_UNPACKED = 4_000_000;
// What the README links to that lives only in the repository: nothing. A relative link to such a file is broken for a reader
// of the installed README (an outside tester's, round 18), so the README names those files in words; every relative link in
// the README must be in the tarball.
const REPOSITORY_ONLY_LINKS = [];

const work = mkdtempSync(path.join(tmpdir(), 'visitmap-pack-'));
try {
  step('pack');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]))[0];
  const tarball = path.join(work, packed.filename);
  console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
  for (const f of packed.files) console.log(`  ${String(f.size).padStart(8)}  ${f.path}`);
  const leaked = packed.files.filter((f) => !/^(dist\/|data\/|schema\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f.path));
  if (leaked.length) throw new Error(`the tarball ships files users do not need: ${leaked.map((f) => f.path).join(', ')}`);

  step('size and contents');
  if (packed.size > MAX_PACKED) throw new Error(`the tarball is ${packed.size} bytes packed: the budget is ${MAX_PACKED}`);
  if (packed.unpackedSize > MAX_UNPACKED) throw new Error(`the tarball is ${packed.unpackedSize} bytes unpacked: the budget is ${MAX_UNPACKED}`);
  console.log(`${packed.size} bytes packed (budget ${MAX_PACKED}), ${packed.unpackedSize} unpacked (budget ${MAX_UNPACKED})`);
  const shipped = new Set(packed.files.map((f) => f.path));
  const unused = [...shipped].filter((f) => f === 'dist/cli.cjs' || f.endsWith('.map'));
  if (unused.length) throw new Error(`the tarball ships builds nothing uses: ${unused.join(', ')}`);
  const gazetteers = [...shipped].filter((f) => /cities15000/.test(f));
  if (gazetteers.join() !== 'dist/data/cities15000.js') throw new Error(`expected one gazetteer file, dist/data/cities15000.js; found: ${gazetteers.join(', ') || 'none'}`);
  const gazetteer = (await import(pathToFileURL(path.join(root, 'dist/data/cities15000.js')).href)).default;
  if (!isDeepStrictEqual(gazetteer, readJson('data/gazetteer/cities15000.json'))) throw new Error('dist/data/cities15000.js differs from data/gazetteer/cities15000.json');
  // The same bytes twice (as the .d.ts and .d.cts types once were) is room the budget needs.
  const byHash = new Map();
  for (const f of shipped) {
    const hash = createHash('sha256').update(readFileSync(path.join(root, f))).digest('hex');
    if (byHash.has(hash)) throw new Error(`${f} ships the same bytes as ${byHash.get(hash)}: ship them once`);
    byHash.set(hash, f);
  }
  const links = readmeLinks(readFileSync(path.join(root, 'README.md'), 'utf8'));
  const dead = links.filter((l) => !shipped.has(l) && !REPOSITORY_ONLY_LINKS.includes(l));
  if (dead.length) throw new Error(`README.md links to files the tarball does not ship: ${dead.join(', ')}`);
  console.log(`README links in the tarball: ${links.filter((l) => shipped.has(l)).join(', ')}`);

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
const { loadGazetteer } = await import('visitmap/extract');
const city = (await loadGazetteer()).lookup('Hangzhou').find((e) => e.origin === 'world');
if (!city) throw new Error('the world gazetteer did not load from ESM');
console.log('ESM ok:', fc.features.length, 'features; gazetteer loaded');\n`,
  );
  writeFileSync(
    path.join(app, 'cjs.cjs'),
    `const { parseItinerary, toGeoJSON } = require('visitmap');
const fc = toGeoJSON(parseItinerary(require('./seed.json')));
if (!fc.features.length) throw new Error('bad export');
require('visitmap/extract').loadGazetteer().then((g) => {
  if (!g.lookup('Hangzhou').some((e) => e.origin === 'world')) throw new Error('the world gazetteer did not load from CommonJS');
  console.log('CommonJS ok:', fc.features.length, 'features; gazetteer loaded');
});\n`,
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
    JSON.stringify({ compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2020', skipLibCheck: false, types: [] }, files: ['typed.ts'] }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', `@types/leaflet@${readJson('node_modules/@types/leaflet/package.json').version}`], { cwd: app });
  process.stdout.write(run('node', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app }));
  console.log('strict TypeScript consumer ok');

  step('core-only TypeScript consumer');
  const core = path.join(work, 'core-app');
  mkdirSync(core);
  writeFileSync(path.join(core, 'package.json'), JSON.stringify({ name: 'core-consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: core });
  for (const absent of ['leaflet', '@types/leaflet']) {
    if (existsSync(path.join(core, 'node_modules', absent))) throw new Error(`the core-only consumer got ${absent} installed: it must stay optional`);
  }
  writeFileSync(
    path.join(core, 'core.ts'),
    `import { parseItinerary, toGeoJSON, type Itinerary } from 'visitmap';
const it: Itinerary = parseItinerary({});
const fc = toGeoJSON(it);
const kind: 'FeatureCollection' = fc.type;
const first = fc.features[0];
const box: number[] | undefined = fc.bbox;
// @ts-expect-error: a GeoJSON geometry is not a number (an \`any\` from missing GeoJSON types would allow it)
const wrong: number | undefined = first?.geometry;
export { kind, box, wrong };\n`,
  );
  writeFileSync(
    path.join(core, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2020', types: [] }, files: ['core.ts'] }),
  );
  process.stdout.write(run('node', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: core }));
  console.log('core-only TypeScript consumer ok ("types": [], no skipLibCheck, no Leaflet)');

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
/** The README's relative links to files (`[text](path)`, no URLs, no #anchors), deduplicated. */
function readmeLinks(markdown) {
  const out = new Set();
  for (const m of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1].split('#')[0];
    if (target && !/^[a-z]+:/i.test(target)) out.add(target.replace(/^\.\//, ''));
  }
  return [...out];
}
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(dir, path.join(prefix, d.name)) : [path.join(prefix, d.name)]))
    .sort();
}
