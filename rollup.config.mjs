// Builds every entry point of visitmap. See package.json "exports" for how they are published.
//
// - ESM and CommonJS builds of the entries, sharing chunks, with `leaflet` (peer), `cac`
//   (the CLI's dependency) and the XML readers of `visitmap/import` left external. The CLI is ESM only (`bin` runs dist/cli.js).
// - The extractor's world-city gazetteer as ONE file, dist/data/cities15000.js, an ES
//   module that both builds load with `import()` (browsers, bundlers and Node, from ESM
//   and CommonJS alike), instead of a 1.2 MB chunk per module format.
// - No source maps: the ESM, CommonJS and visitmap.umd.js builds keep their names (the ESM
//   and CommonJS ones have their whitespace taken out, keeping their pure annotations), and
//   maps were a third of the package (issue 13's size budget).
// - A script-tag build (UMD) exposing the global `visitmap`, using the page's global `L`.
// - One bundled .d.cts per entry, and a .d.ts for import users that re-exports it; a class
//   two entries export is declared in one of them and imported by the other (SHARED_CLASSES).
// - The layer's CSS copied to dist/visitmap.css.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { minify } from 'terser';

const pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

// Entries that exist (some land in later commits).
const entries = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    leaflet: 'src/leaflet/index.ts',
    basemap: 'src/basemap/index.ts',
    extract: 'src/extract/index.ts',
    story: 'src/story/index.ts',
    import: 'src/import/index.ts',
    cli: 'src/cli/main.ts',
  }).filter(([, file]) => existsSync(file)),
);
const libraryEntries = Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'cli'));

// `visitmap/import` reads XML with its dependencies @tmcw/togeojson and @xmldom/xmldom (the
// package's `browser` field maps xmldom away: browsers use their own DOMParser).
const external = (id) =>
  id === 'leaflet' || id === 'cac' || id === '@tmcw/togeojson' || id === '@xmldom/xmldom' || id.startsWith('node:');
const target = 'es2020';
// Stable chunk names keep `npm pack` reproducible.
const chunkFileNames = 'chunks/[name]-[hash]';
const define = { __VERSION__: JSON.stringify(pkg.version) };

const GAZETTEER = /[\\/]data[\\/]gazetteer[\\/]cities15000\.json$/;
const GAZETTEER_OUT = 'data/cities15000.js';
/**
 * Keeps the gazetteer out of the chunks: its import becomes an external `import()` of
 * dist/data/cities15000.js (Rollup writes the path relative to each output file), and
 * that file is written once, as `export default <the JSON>` (checked equal by check-package).
 */
function sharedGazetteer() {
  return {
    name: 'visitmap-gazetteer',
    async resolveId(source, importer) {
      if (!importer || !GAZETTEER.test(source)) return null;
      // Rollup writes an absolute external relative to where the chunk would sit among the
      // inputs (their common folder, src/), so this id comes out as './data/cities15000.js'
      // in dist/*.js and '../data/cities15000.js' in dist/chunks/*.
      return { id: path.resolve('src', GAZETTEER_OUT), external: true };
    },
    async buildStart() {
      const file = JSON.parse(await readFile('data/gazetteer/cities15000.json', 'utf8'));
      // The columns of several lines (names, populations) as template literals, with real newlines: 44 kB less than JSON's escapes (4 kB packed).
      const literal = (s) => `\`${s.replace(/[`\\]|\$\{|\r/g, (m) => (m === '\r' ? '\\r' : `\\${m}`))}\``;
      const members = Object.entries(file).map(([k, v]) => `${JSON.stringify(k)}:${typeof v === 'string' && v.includes('\n') ? literal(v) : JSON.stringify(v)}`);
      const source = `export default {${members.join(',')}};\n`;
      this.emitFile({ type: 'asset', fileName: GAZETTEER_OUT, source });
    },
  };
}

/**
 * Takes the whitespace out of each ESM or CommonJS chunk (issue 13's tarball budget) and keeps
 * its `/* @__PURE__ *\/` annotations, which esbuild's `minifyWhitespace` drops. Without them a
 * page's bundler cannot drop what the page does not use from dist/leaflet.js: the controls'
 * evented base class and every `Object.freeze`d table of words (some 200 B gzipped of
 * `{ itineraryLayer }`). Names are kept: the builds stay debuggable.
 */
function compactKeepingAnnotations(module) {
  return {
    name: 'visitmap-compact',
    async renderChunk(code, chunk) {
      // The extractor's code (visitmap/extract and the CLI only; no size-limited bundle loads it) in lines of at most 500
      // characters: Node prints the source line an uncaught error was thrown on before its message, and one line was the
      // whole 290 kB chunk (an outside tester's, round 19). About 600 newlines, a few hundred bytes packed.
      const extractor = chunk.moduleIds.some((id) => id.includes(`${path.sep}src${path.sep}extract${path.sep}`));
      const out = await minify(code, { compress: false, mangle: false, module, format: { comments: false, preserve_annotations: true, ...(extractor ? { max_line_len: 500 } : {}) } });
      return { code: out.code, map: null };
    },
  };
}

/**
 * Copies the layer's stylesheet next to the bundles, with its comments left in the source but
 * its header (how to restyle with custom properties): they were a third of the file, and the
 * tarball has a budget (issue 13). Nothing in this stylesheet writes a comment inside a string.
 */
function copyCss() {
  return {
    name: 'visitmap-css',
    async writeBundle() {
      const src = 'src/leaflet/visitmap.css';
      if (!existsSync(src)) return;
      await mkdir('dist', { recursive: true });
      let header = true;
      const css = (await readFile(src, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, (comment) => (header ? ((header = false), comment) : '')).replace(/\n\s*\n+/g, '\n');
      await writeFile('dist/visitmap.css', css);
    },
  };
}

const plugins = (minifyWhitespace = false) => [json(), nodeResolve({ preferBuiltins: true }), commonjs(), esbuild({ target, define, minifyWhitespace })];

/** @type {import('rollup').RollupOptions[]} */
const configs = [
  {
    input: entries,
    external,
    plugins: [sharedGazetteer(), ...plugins(), compactKeepingAnnotations(true), copyCss()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: (chunk) => (chunk.name === 'cli' ? 'cli.js' : '[name].js'),
      chunkFileNames: `${chunkFileNames}.js`,
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
  },
  {
    input: libraryEntries,
    external,
    plugins: [sharedGazetteer(), ...plugins(), compactKeepingAnnotations(false)],
    output: {
      dir: 'dist',
      format: 'cjs',
      entryFileNames: '[name].cjs',
      chunkFileNames: `${chunkFileNames}.cjs`,
      interop: 'auto',
      exports: 'named',
      dynamicImportInCjs: true,
    },
  },
];

if (['src/umd.ts', 'src/leaflet/index.ts', 'src/basemap/index.ts'].every((f) => existsSync(f))) {
  const umd = (file, minify) => ({
    file,
    format: 'umd',
    name: 'visitmap',
    globals: { leaflet: 'L' },
    exports: 'named',
    plugins: minify ? [] : [],
  });
  configs.push({
    input: 'src/umd.ts',
    external: (id) => id === 'leaflet',
    plugins: plugins(),
    output: [umd('dist/visitmap.umd.js', false)],
  });
  configs.push({
    input: 'src/umd.ts',
    external: (id) => id === 'leaflet',
    plugins: [json(), nodeResolve(), commonjs(), esbuild({ target, define, minify: true })],
    output: [umd('dist/visitmap.umd.min.js', true)],
  });
}

/**
 * Takes out of the bundled types the doc comments of private and protected members: no user can
 * reach those members, and the comments were some 10 kB in each of .d.ts and .d.cts (issue 13's
 * tarball budget). The members themselves stay, as TypeScript needs them to compare classes.
 */
function privateDocs() {
  return {
    name: 'visitmap-private-docs',
    renderChunk: (code) => code.replace(/^[ \t]*\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?=[ \t]*(?:private|protected) )/gm, ''),
  };
}

/**
 * Writes the ESM types of an entry, dist/<name>.d.ts, as one line that re-exports its CommonJS
 * types, dist/<name>.d.cts: an ES module may import a CommonJS one, not the other way round under
 * `node16`, so the declarations live in the .d.cts and are shipped once (two copies were 70 kB of
 * the packed package, issue 13's budget). No entry has a default export for `export *` to miss.
 */
function esmTypes(name) {
  return {
    name: 'visitmap-esm-types',
    async writeBundle() {
      await writeFile(`dist/${name}.d.ts`, `export * from './${name}.cjs';\n`);
    },
  };
}

/**
 * The modules whose classes another entry re-exports, and the entry that declares them: each
 * other entry's types import them from that entry's .d.cts rather than declare them again. A
 * class with private members declared twice is two types to TypeScript: a `StoryPlayback` made
 * from `visitmap/story` was not assignable to `visitmap/leaflet`'s (TS2322, "separate
 * declarations of a private property"), though at run time it is one class.
 */
const SHARED_CLASSES = { 'src/story/playback': 'story' };

/** Makes the entry `name`'s imports of {@link SHARED_CLASSES} from other entries external, as `./<entry>.cjs`. */
function sharedClasses(name) {
  const shared = Object.fromEntries(Object.entries(SHARED_CLASSES).map(([file, entry]) => [path.resolve(file), entry]));
  return {
    name: 'visitmap-shared-classes',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const entry = shared[path.resolve(path.dirname(importer), source).replace(/\.(d\.)?ts$/, '')];
      return entry && entry !== name ? { id: `./${entry}.cjs`, external: true } : null;
    },
  };
}

for (const [name, input] of Object.entries(libraryEntries)) {
  configs.push({
    input,
    external,
    plugins: [sharedClasses(name), dts({ respectExternal: false }), privateDocs(), esmTypes(name)],
    output: { file: `dist/${name}.d.cts`, format: 'es' },
  });
}

export default configs;
