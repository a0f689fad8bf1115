import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { fakeIO } from '../cli/fake-io';
import { repoRoot, SEED, SEED_GEOJSON } from './helpers';

it('the committed seed GeoJSON is what `visitmap geojson` makes of the seed JSON (regenerate with npm run data)', async () => {
  const io = fakeIO({ cwd: repoRoot, files: { [path.join(repoRoot, SEED)]: readFileSync(path.join(repoRoot, SEED), 'utf8') } });
  expect(await run(['geojson', SEED], io)).toBe(0);
  // REGEN=1 rewrites it, as for the fixtures (the same bytes as `npm run data`).
  if (process.env.REGEN === '1') writeFileSync(path.join(repoRoot, SEED_GEOJSON), io.out());
  const committed = readFileSync(path.join(repoRoot, SEED_GEOJSON), 'utf8');
  expect(io.out(), `${SEED_GEOJSON} is stale: run \`npm run data\` (node dist/cli.js geojson ${SEED} -o ${SEED_GEOJSON})`).toBe(committed);
});
