// The published types (dist/*.d.ts and dist/*.d.cts, as `npm run build` writes them) compiled by
// a consumer with the strictest common settings: `strict` + `exactOptionalPropertyTypes`, and
// skipLibCheck unset (tsc's default, false), so the .d.ts files themselves are checked, as in a
// user's project. Under that flag the layer's typed `on` once stopped extending Leaflet's
// FeatureGroup (TS2415, TS2430). One Node16 project reads both builds of the types: its .mts file
// the ESM .d.ts (what `moduleResolution: bundler` reads too), its .cts file the CommonJS .d.cts.
// scripts/check-package.mjs type-checks a consumer with these settings on the packed tarball too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../geojson/helpers';

const ENTRIES = ['index', 'leaflet', 'basemap', 'extract', 'story', 'import'];
const built = ENTRIES.every((e) => existsSync(path.join(repoRoot, `dist/${e}.d.ts`)) && existsSync(path.join(repoRoot, `dist/${e}.d.cts`)));
if (!built) console.log('tests/types/published: dist/*.d.ts or .d.cts is missing (run npm run build): the published-types test does not run.');

// Uses the layer's and a control's typed events both ways, so the fix keeps them typed.
const CONSUMER = `import * as visitmap from 'visitmap';
import * as leaflet from 'visitmap/leaflet';
import * as basemap from 'visitmap/basemap';
import * as extract from 'visitmap/extract';
import * as story from 'visitmap/story';
import * as importer from 'visitmap/import';
declare const data: visitmap.Itinerary;
const layer = leaflet.itineraryLayer(data, { fitBounds: true });
layer.on('stopclick', (e) => e.stop.id.toUpperCase());
layer.on({ stopfocus: (e) => e.index.toFixed(), add: () => undefined });
layer.off('stopfilter');
leaflet.timelineControl(layer).on('change', (e) => e.position.toFixed());
// @ts-expect-error: a misspelt event name
layer.on('stopclik', () => undefined);
// One class, exported by two entries: declared twice, it was two types (TS2322, "separate declarations of a private property").
const playback: leaflet.StoryPlayback = new story.StoryPlayback({ stops: 2, legDuration: () => 1000, dwell: 500, reducedMotion: () => false });
const options: story.StoryPlaybackOptions = { stops: 1, legDuration: () => 1, dwell: 1, reducedMotion: () => true };
export const used = [visitmap, basemap, extract, story, importer, layer, playback, new leaflet.StoryPlayback(options)];
`;

const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
const work = built ? mkdtempSync(path.join(tmpdir(), 'visitmap-types-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A consumer project in `dir` whose node_modules/visitmap is this repository (its package.json exports map to dist). */
function consumer(dir: string, files: Record<string, string>, compilerOptions: object): string {
  const root = path.join(work, dir);
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, path.join(root, 'node_modules/visitmap'), 'dir');
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: `consumer-${dir}`, private: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  const strictest = { strict: true, exactOptionalPropertyTypes: true, noEmit: true, lib: ['es2022', 'dom'], types: [] };
  writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strictest, ...compilerOptions }, files: Object.keys(files) }));
  return root;
}

/** tsc's diagnostics for the project in `root` ('' when it type-checks). */
function typeErrors(root: string): string {
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout || error);
  }
}

it.runIf(built)('a Node16 consumer with strict + exactOptionalPropertyTypes, no skipLibCheck, type-checks against dist/*.d.ts (ESM) and dist/*.d.cts (CommonJS)', () => {
  const root = consumer('node16', { 'esm.mts': CONSUMER, 'cjs.cts': CONSUMER }, { module: 'node16', moduleResolution: 'node16' });
  expect(typeErrors(root)).toBe('');
});
