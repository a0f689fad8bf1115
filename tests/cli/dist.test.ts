import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, SEED, SEED_GEOJSON } from '../geojson/helpers';
import { syntheticItinerary } from '../../bench/synthetic.mjs';
import { toGPX } from '../../src/geojson/gpx';
import { parseItinerary } from '../../src/itinerary/parse';

const cli = path.join(repoRoot, 'dist/cli.js');
const built = existsSync(cli);
if (!built) console.log(`tests/cli/dist: ${cli} is missing (run npm run build): the spawned-CLI test does not run.`);

it.runIf(built)('the built dist/cli.js makes the committed seed GeoJSON and exits 1 on a missing file', () => {
  const out = execFileSync(process.execPath, [cli, 'geojson', SEED], { cwd: repoRoot, encoding: 'utf8' });
  expect(out).toBe(readFileSync(path.join(repoRoot, SEED_GEOJSON), 'utf8'));
  const missing = spawnSync(process.execPath, [cli, 'validate', 'missing.json'], { cwd: repoRoot, encoding: 'utf8' });
  expect([missing.status, missing.stderr]).toEqual([1, 'visitmap: cannot read missing.json: no such file\n']);
  const usage = spawnSync(process.execPath, [cli, 'frobnicate'], { cwd: repoRoot, encoding: 'utf8' });
  expect(usage.status).toBe(2);
});

it.runIf(built)('stops quietly, status 0, when the reader closes the pipe early (visitmap geojson big.json | head)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-epipe-'));
  try {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(syntheticItinerary(20_000))); // megabytes of output: far more than a pipe holds
    const child = spawn(process.execPath, [cli, 'geojson', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
    expect([status, stderr]).toEqual([0, '']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it.runIf(built)('refuses, before parsing, a GPX its heap cannot hold, with the way to raise it, rather than crash out of memory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-heap-'));
  try {
    const file = path.join(dir, 'big.gpx');
    writeFileSync(file, toGPX(parseItinerary(syntheticItinerary(2_000)))); // a few MB: a DOM of hundreds of MB
    const small = spawnSync(process.execPath, ['--max-old-space-size=64', cli, 'import', 'big.gpx'], { cwd: dir, encoding: 'utf8' });
    expect(small.stderr).toMatch(/^big\.gpx: too large to import with this process's memory: its \d+ MB of XML \(\d+ tags\) need about \d+ MB of heap to parse, and the heap's limit is \d+ MB; raise it, e\.g\. NODE_OPTIONS=--max-old-space-size=\d+ visitmap import …\n$/);
    expect([small.status, small.stdout]).toEqual([1, '']);
    const raise = /--max-old-space-size=(\d+)/.exec(small.stderr)![1]!;
    const raised = spawnSync(process.execPath, [`--max-old-space-size=${raise}`, cli, 'import', 'big.gpx'], { cwd: dir, encoding: 'utf8', maxBuffer: 2 ** 28 });
    expect([raised.status, raised.stderr]).toEqual([0, '']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
