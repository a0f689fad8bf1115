import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../geojson/helpers';

describe('visitmap/import bundles', () => {
  it('leaves @xmldom/xmldom out of a browser bundle (package.json "browser" field)', async () => {
    const bundle = async (platform: 'browser' | 'node') =>
      (await build({ entryPoints: [path.join(repoRoot, 'src/import/index.ts')], bundle: true, write: false, platform, format: 'esm', logLevel: 'silent' })).outputFiles[0]!.text;
    const [browser, node] = await Promise.all([bundle('browser'), bundle('node')]);
    expect(node).toContain('node_modules/@xmldom/xmldom');
    expect(browser).not.toContain('node_modules/@xmldom/xmldom');
  });
});
