import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, SEED, SEED_GEOJSON } from '../geojson/helpers';

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
