#!/usr/bin/env node
/**
 * Assembles the example gallery into `site/` (run `npm run build` first):
 *
 *   site/examples/    the example pages (examples/), each with preload links for its modules and
 *                     data (scripts/preload.mjs), plus the generated meeting pages
 *   site/dist/        the library build
 *   site/vendor/      Leaflet's dist files, plus `leaflet.esm.min.js`: its ES module build minified
 *                     (Leaflet ships only a minified UMD build), which the pages' import maps name;
 *                     and `togeojson/togeojson.es.mjs`, which visitmap/import imports
 *   site/data/        the demo data; the GeoJSON export is made here if data/ lacks it
 *   site/basemap/     the offline basemap's Natural Earth data (scripts/basemap-data.mjs), and its
 *                     parts list also as a module (parts.js)
 *   site/assets/      the README screenshot and the gallery thumbnails
 *   site/docs/api/    the API reference, when `npm run docs` has made it
 *
 * Everything the pages load is in `site/`: the gallery works with no network.
 * Each text file also gets `.br` and `.gz` beside it, which scripts/serve.mjs
 * sends to browsers that accept them.
 *
 * Usage: node scripts/build-site.mjs [OUT_DIR]   (default: site)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBasemapData } from './basemap-data.mjs';
import { withMeetingPages, writeMeetingPages } from './meeting-pages.mjs';
import { addPreloads } from './preload.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'hk-customs-yrd-visit-2023';

/** The page at the site's root sends visitors to the gallery. */
const ROOT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>visitmap</title>
<meta http-equiv="refresh" content="0; url=examples/">
<link rel="icon" href="data:,">
</head>
<body><main><p><a href="examples/">visitmap examples</a></p></main></body>
</html>
`;

const API_PLACEHOLDER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>API reference · visitmap</title><link rel="icon" href="data:,"></head>
<body><main><h1>API reference</h1>
<p>The reference is generated from the source: run <code>npm run docs</code>, then <code>npm start</code> again.</p>
<p><a href="../../examples/">Back to the examples</a></p></main></body>
</html>
`;

/** Builds the site into `outDir`; returns a list of what was written, for the log. */
export async function buildSite(outDir = path.join(root, 'site')) {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.js'))) {
    throw new Error('build-site: dist/index.js is missing: run `npm run build` first');
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const log = [];
  const copy = (from, to, filter) => {
    cpSync(path.join(root, from), path.join(outDir, to), { recursive: true, filter });
    log.push(`${to}/`);
  };

  copy('examples', 'examples');
  copy('dist', 'dist', (src) => !src.endsWith('.map'));
  copy('node_modules/leaflet/dist', 'vendor/leaflet', (src) => !src.endsWith('.map'));
  // visitmap/import's XML reader, for the GeoJSON page's "open a file" (GPX, KML): an ES module as published.
  copy('node_modules/@tmcw/togeojson/dist/togeojson.es.mjs', 'vendor/togeojson/togeojson.es.mjs');
  const leafletEsm = readFileSync(path.join(root, 'node_modules/leaflet/dist/leaflet-src.esm.js'), 'utf8');
  const minified = await transform(leafletEsm, { minify: true, format: 'esm', target: 'es2017', legalComments: 'inline' });
  writeFileSync(path.join(outDir, 'vendor/leaflet/leaflet.esm.min.js'), minified.code);
  log.push(`vendor/leaflet/leaflet.esm.min.js (${Math.round(minified.code.length / 1024)} KiB)`);

  // Demo data: the files at the top of data/ (not the gazetteer the extractor uses).
  mkdirSync(path.join(outDir, 'data'), { recursive: true });
  for (const name of readdirSync(path.join(root, 'data'))) {
    if (/\.(geo)?json$/.test(name)) cpSync(path.join(root, 'data', name), path.join(outDir, 'data', name));
  }
  const raw = JSON.parse(readFileSync(path.join(root, 'data', `${SEED}.json`), 'utf8'));
  const exported = path.join(outDir, 'data', `${SEED}.geojson`);
  if (!existsSync(exported)) {
    try {
      const core = await import(pathToFileURL(path.join(dist, 'index.js')).href);
      writeFileSync(exported, `${JSON.stringify(core.toGeoJSON(core.parseItinerary(raw)))}\n`);
      log.push(`data/${SEED}.geojson (made from the itinerary)`);
    } catch (e) {
      log.push(`WARNING: data/${SEED}.geojson could not be made (${e instanceof Error ? e.message : e}): geojson.html will not load`);
    }
  }

  for (const { file, bytes } of writeBasemapData(path.join(outDir, 'basemap'))) {
    log.push(`${path.relative(outDir, file)} (${Math.round(bytes / 1024)} KiB)`);
  }
  // The parts list again as a module, so that the pages preload it with the scripts (a JSON
  // module is fetched only once the script importing it has arrived: one round trip more).
  const parts = readFileSync(path.join(outDir, 'basemap/parts.json'), 'utf8');
  writeFileSync(path.join(outDir, 'basemap/parts.js'), `export default ${parts.trim()};\n`);
  const meetings = writeMeetingPages(raw, path.join(outDir, 'examples'));
  log.push(`examples/meetings/ (${meetings.length} meeting pages)`);
  // The package's seed has no meeting urls (its users have no such pages); the gallery's copy
  // links each meeting to the page just written, relative to the example pages.
  const linked = withMeetingPages(raw, meetings);
  if (linked.added) {
    writeFileSync(path.join(outDir, 'data', `${SEED}.json`), `${JSON.stringify(linked.itinerary, null, 2)}\n`);
    log.push(`data/${SEED}.json (${linked.added} meeting links to examples/meetings/ added)`);
  }

  if (existsSync(path.join(root, 'assets'))) copy('assets', 'assets');
  if (existsSync(path.join(root, 'docs/api/index.html'))) copy('docs/api', 'docs/api');
  else {
    // Keep the gallery's link to the reference working before anyone has run `npm run docs`.
    mkdirSync(path.join(outDir, 'docs/api'), { recursive: true });
    writeFileSync(path.join(outDir, 'docs/api/index.html'), API_PLACEHOLDER);
  }
  writeFileSync(path.join(outDir, 'index.html'), ROOT_PAGE);
  let preloads = 0;
  for (const name of readdirSync(path.join(outDir, 'examples'))) {
    if (name.endsWith('.html')) preloads += await addPreloads(path.join(outDir, 'examples', name));
  }
  log.push(`${preloads} preload links in the example pages`);
  log.push(`${precompress(outDir)} files precompressed (.br, .gz)`);
  return log;
}

/** Text files worth compressing. */
const TEXT = /\.(html|js|mjs|css|json|geojson|svg|txt|xml|gpx|kml)$/;

/** Writes `NAME.br` and `NAME.gz` beside every text file over 1 KiB under `dir`; returns how many files. */
export function precompress(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, String(entry));
    if (!TEXT.test(file) || statSync(file).size < 1024) continue;
    const data = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 10, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    count++;
  }
  return count;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'site'));
  try {
    const log = await buildSite(outDir);
    console.log(`gallery built in ${path.relative(process.cwd(), outDir) || '.'}/:\n  ${log.join('\n  ')}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
