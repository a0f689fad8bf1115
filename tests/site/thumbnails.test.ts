import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES, THUMBNAIL_SOURCES, staleThumbnails, thumbnailSources } from '../../scripts/thumbnail-sources.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('gallery thumbnails', () => {
  it('were each taken of their page as it is now (else: npm run screenshots)', () => {
    const file = path.join(root, THUMBNAIL_SOURCES);
    expect(existsSync(file), `${THUMBNAIL_SOURCES} is missing: run npm run screenshots`).toBe(true);
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(staleThumbnails(root, EXAMPLES, recorded), 'pages changed since their thumbnails were taken: run npm run screenshots').toEqual([]);
  });

  it('the gallery index shows a thumbnail of every example, and every one is there', () => {
    const index = readFileSync(path.join(root, 'examples/index.html'), 'utf8');
    const shown = [...index.matchAll(/<img src="\.\.\/assets\/thumbs\/([\w-]+)\.png"/g)].map((m) => m[1]);
    expect(shown.sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const name of shown) expect(existsSync(path.join(root, `assets/thumbs/${name}.png`)), name).toBe(true);
  });
});

describe('staleThumbnails', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the files the seed page is made from, with the manifest as the screenshot script writes it. */
  function copy(): { examples: Record<string, { page: string }>; recorded: Record<string, Record<string, string>> } {
    dir = mkdtempSync(path.join(tmpdir(), 'visitmap-thumbs-'));
    const examples = { seed: { page: 'examples/seed.html' }, pacific: { page: 'examples/pacific.html' } };
    for (const file of new Set(Object.values(examples).flatMap((e) => Object.keys(thumbnailSources(root, e))))) {
      cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
    }
    const recorded = Object.fromEntries(Object.entries(examples).map(([name, e]) => [name, thumbnailSources(dir, e)]));
    return { examples, recorded };
  }

  it('finds none changed right after the pictures', () => {
    const { examples, recorded } = copy();
    expect(staleThumbnails(dir, examples, recorded)).toEqual([]);
  });

  it('names the page whose HTML changed, and only it', () => {
    const { examples, recorded } = copy();
    writeFileSync(path.join(dir, 'examples/seed.html'), `${readFileSync(path.join(dir, 'examples/seed.html'), 'utf8')}<!-- changed -->`);
    expect(staleThumbnails(dir, examples, recorded)).toEqual([{ name: 'seed', changed: ['examples/seed.html'] }]);
  });

  it('names every page that draws data that changed, and those whose shared style changed', () => {
    const { examples, recorded } = copy();
    writeFileSync(path.join(dir, 'data/hk-customs-yrd-visit-2023.json'), '{}');
    expect(staleThumbnails(dir, examples, recorded)).toEqual([{ name: 'seed', changed: ['data/hk-customs-yrd-visit-2023.json'] }]);
    writeFileSync(path.join(dir, 'examples/assets/gallery.css'), '');
    expect(staleThumbnails(dir, examples, recorded).map((s) => s.name)).toEqual(['seed', 'pacific']);
  });

  it('counts a page with no record as changed', () => {
    const { examples } = copy();
    expect(staleThumbnails(dir, examples, {}).map((s) => s.name)).toEqual(['seed', 'pacific']);
  });

  it('says which source of which page is missing', () => {
    const { examples } = copy();
    rmSync(path.join(dir, 'examples/data/pacific-tour.json'));
    expect(() => thumbnailSources(dir, examples.pacific!)).toThrow('examples/data/pacific-tour.json (a source of examples/pacific.html) does not exist');
  });
});
