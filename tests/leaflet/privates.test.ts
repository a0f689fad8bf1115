import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './fixtures';

// Issue 12: one file alone reads or writes Leaflet's private members, so that a Leaflet upgrade is
// checked there. A cast through `unknown` is how any other file would reach them.
const dir = path.join(repoRoot, 'src/leaflet');
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && path.basename(f) !== 'leaflet-privates.ts');

describe("Leaflet's private members", () => {
  it('are found in the files this test reads', () => {
    expect(files).toContain(path.join('layer', 'itinerary-layer.ts'));
  });

  it.each(files)('%s reaches none of them but through leaflet-privates.ts', (file) => {
    const code = readFileSync(path.join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bas unknown as\b/);
    // Nor through a helper that hands out the private object: a canvas renderer's members are read by name there.
    expect(code).not.toMatch(/\._(bounds|ctx|redraw|redrawBounds|container|postponeUpdatePaths|drawing|pxBounds|rings)\b/);
  });
});
