// Builds every entry point of visitmap. See package.json "exports" for how they are published.
//
// - ESM and CommonJS builds of the entries, sharing chunks, with `leaflet` (peer), `cac`
//   (the CLI's dependency) and the XML readers of `visitmap/import` left external.
// - A script-tag build (UMD) exposing the global `visitmap`, using the page's global `L`.
// - One bundled .d.ts (and .d.cts for require users) per entry.
// - The layer's CSS copied to dist/visitmap.css.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';

const pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

// Entries that exist (some land in later commits).
const entries = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    leaflet: 'src/leaflet/index.ts',
    basemap: 'src/basemap/index.ts',
    extract: 'src/extract/index.ts',
    import: 'src/import/index.ts',
    cli: 'src/cli/main.ts',
  }).filter(([, file]) => existsSync(file)),
);
const libraryEntries = Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'cli'));

// `visitmap/import` reads XML with its dependencies @tmcw/togeojson and @xmldom/xmldom (the
// package's `browser` field maps xmldom away: browsers use their own DOMParser).
const external = (id) =>
  id === 'leaflet' || id === 'cac' || id === '@tmcw/togeojson' || id === '@xmldom/xmldom' || id.startsWith('node:');
const target = 'es2019';
// Stable chunk names keep `npm pack` reproducible.
const chunkFileNames = 'chunks/[name]-[hash]';
const define = { __VERSION__: JSON.stringify(pkg.version) };

/** Copies the layer's stylesheet next to the bundles. */
function copyCss() {
  return {
    name: 'visitmap-css',
    async writeBundle() {
      const src = 'src/leaflet/visitmap.css';
      if (!existsSync(src)) return;
      await mkdir('dist', { recursive: true });
      await writeFile('dist/visitmap.css', await readFile(src, 'utf8'));
    },
  };
}

const plugins = () => [json(), nodeResolve({ preferBuiltins: true }), commonjs(), esbuild({ target, define })];

/** @type {import('rollup').RollupOptions[]} */
const configs = [
  {
    input: entries,
    external,
    plugins: [...plugins(), copyCss()],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: (chunk) => (chunk.name === 'cli' ? 'cli.js' : '[name].js'),
        chunkFileNames: `${chunkFileNames}.js`,
        sourcemap: true,
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: `${chunkFileNames}.cjs`,
        sourcemap: true,
        interop: 'auto',
        exports: 'named',
      },
    ],
  },
];

if (['src/umd.ts', 'src/leaflet/index.ts', 'src/basemap/index.ts'].every((f) => existsSync(f))) {
  const umd = (file, minify) => ({
    file,
    format: 'umd',
    name: 'visitmap',
    globals: { leaflet: 'L' },
    sourcemap: true,
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

for (const [name, input] of Object.entries(libraryEntries)) {
  configs.push({
    input,
    external,
    plugins: [dts({ respectExternal: false })],
    output: [
      { file: `dist/${name}.d.ts`, format: 'es' },
      { file: `dist/${name}.d.cts`, format: 'es' },
    ],
  });
}

export default configs;
