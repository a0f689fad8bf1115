import { execFileSync, spawnSync } from 'node:child_process';

// GDAL reads what QGIS, PostGIS loaders and most GIS pipelines read. Without it the
// tests cannot run here; in CI (gdal-bin is installed there) its absence is a failure.
export const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasGdal) {
  if (process.env.CI === 'true') throw new Error('ogrinfo is missing: install gdal-bin (CI must run the GDAL tests)');
  console.log('tests/gdal: ogrinfo not found (install gdal-bin): GDAL read-back tests do not run here.');
}

/** Whether this GDAL has the LIBKML driver (GDAL's other KML driver writes times as its own text, not as KML times). */
export const hasLibkml = hasGdal && execFileSync('ogrinfo', ['--formats'], { encoding: 'utf8' }).includes('LIBKML');

export interface Layer {
  name: string;
  geometry: string;
  count: number;
  /** Field name → GDAL type (`String`, `Integer`, `Real`, `Date`, …). */
  fields: Record<string, string>;
}

/** `ogrinfo -ro -al -so`: each layer's name, geometry type, feature count and field types. */
export function ogrinfo(file: string): Layer[] {
  const text = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
  return text
    .split(/^Layer name: /m)
    .slice(1)
    .map((block) => ({
      name: block.split('\n')[0]!.trim(),
      geometry: /^Geometry: (.*)$/m.exec(block)?.[1] ?? '',
      count: Number(/^Feature Count: (\d+)$/m.exec(block)?.[1]),
      fields: Object.fromEntries([...block.matchAll(/^(\S+): (\w+) \(/gm)].map((m) => [m[1]!, m[2]!])),
    }));
}

/** `ogr2ogr` with its arguments; GDAL's warnings go to the test's output, errors throw. */
export const ogr2ogr = (...args: string[]) => execFileSync('ogr2ogr', args, { encoding: 'utf8' });

/** A layer (or the only one) of any file GDAL reads, as GeoJSON parsed. */
export function readBack(file: string, layer?: string): { type: 'FeatureCollection'; features: Array<{ geometry: { type: string }; properties: Record<string, unknown> }> } & Record<string, unknown> {
  return JSON.parse(ogr2ogr('-f', 'GeoJSON', '/vsistdout/', file, ...(layer ? [layer] : [])));
}
