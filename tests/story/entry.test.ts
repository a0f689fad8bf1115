import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as story from '../../src/story/index';
import { repoRoot } from '../leaflet/fixtures';

const dir = path.join(repoRoot, 'src/story');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('visitmap/story', () => {
  it('loads and works in plain Node, with no DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(story.parseStoryHash('#stop=a&day=2023-12-10')).toEqual({ stop: 'a', day: '2023-12-10' });
    expect(story.clusterPoints([{ x: 0, y: 0 }, { x: 5, y: 0 }], 10)).toEqual([[0, 1]]);
  });

  it.each(files)('%s imports only the layers below it (itinerary, geo, geojson) and no browser globals', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const sources = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const source of sources) expect(source, `${file} imports ${source}`).toMatch(/^\.\/|^\.\.\/(itinerary|geo|geojson)\//);
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code, file).not.toMatch(/\b(window|document|navigator|matchMedia|requestAnimationFrame)\b/);
  });
});
