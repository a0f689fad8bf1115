/**
 * What each gallery thumbnail is a picture of: the files its page is made from, each with a
 * hash of its content. scripts/screenshot-readme.mjs writes them to `assets/thumbs/sources.json`
 * when it takes the thumbnails, and tests/site/thumbnails.test.ts fails when one of those files
 * has changed since: a page changed without its thumbnail (`npm run screenshots` takes them again).
 *
 * A page is made from its HTML, the gallery's shared assets and the data it fetches (or, for a
 * generated page, the `sources` its entry names). The library itself (dist/) is not counted:
 * every change to it would otherwise ask for new pictures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The examples, by thumbnail name: the page (as served from site/), what to photograph on it,
 * what to click first, and for a generated page the files it is made from.
 */
export const EXAMPLES = {
  seed: { page: 'examples/seed.html', element: '#map' },
  // Written by the build from the seed data (scripts/meeting-pages.mjs).
  meetings: {
    page: 'examples/meetings/index.html',
    element: 'body',
    sources: ['scripts/meeting-pages.mjs', 'examples/meetings/meeting.css', 'data/hk-customs-yrd-visit-2023.json'],
  },
  geojson: { page: 'examples/geojson.html', element: '#map' },
  // Hangzhou's popup, to show the custom one; the badge is what is visible of a marker.
  custom: { page: 'examples/custom.html', element: '#map', click: (p) => p.locator('.vm-marker', { hasText: /^2$/ }).locator('.vm-marker__badge') },
  language: { page: 'examples/language.html', element: '#map', click: (p) => p.locator('[data-language="zh-Hans"]') },
  export: { page: 'examples/export.html', element: 'main' },
  large: { page: 'examples/large.html', element: '#map' },
  'script-tag': { page: 'examples/script-tag.html', element: '#map' },
  extract: { page: 'examples/extract.html', element: 'main' },
  story: { page: 'examples/story.html', element: '#map' },
  pacific: { page: 'examples/pacific.html', element: '#map' },
  'round-the-world': { page: 'examples/round-the-world.html', element: '#map' },
};

/** The manifest, relative to the repository's root. */
export const THUMBNAIL_SOURCES = 'assets/thumbs/sources.json';

/** Files every example page is made from. */
const SHARED = ['examples/assets/gallery.css', 'examples/assets/gallery-map.js', 'examples/assets/show-source.js'];

/**
 * The files a thumbnail's page is made from (paths from `root`, sorted), each with the
 * first 16 hex digits of its SHA-256.
 *
 * @param {string} root the repository's root
 * @param {{ page: string, sources?: string[] }} example `page` as served from site/ (`examples/seed.html`);
 *   `sources` replaces the files worked out from it (for pages the build generates)
 * @returns {Record<string, string>}
 * @example
 *   thumbnailSources(root, { page: 'examples/seed.html' }); // { 'data/hk-….json': '3f…', 'examples/seed.html': 'a1…', … }
 */
export function thumbnailSources(root, { page, sources }) {
  const files = sources ?? [page, ...SHARED, ...fetchedBy(root, page)];
  return Object.fromEntries([...new Set(files)].sort().map((file) => {
    const full = path.join(root, file);
    if (!existsSync(full)) throw new Error(`thumbnailSources: ${file} (a source of ${page}) does not exist`);
    return [file, createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16)];
  }));
}

/**
 * The thumbnails whose page has changed since they were taken, each with the files that
 * changed (or appeared, or went); none when every one is current.
 *
 * @param {string} root the repository's root
 * @param {Record<string, { page: string, sources?: string[] }>} examples the thumbnails by name
 * @param {Record<string, Record<string, string>>} recorded the manifest as written with the thumbnails
 * @returns {{ name: string, changed: string[] }[]}
 */
export function staleThumbnails(root, examples, recorded) {
  return Object.entries(examples).flatMap(([name, example]) => {
    const now = thumbnailSources(root, example);
    const then = recorded[name] ?? {};
    const changed = [...new Set([...Object.keys(now), ...Object.keys(then)])].filter((f) => now[f] !== then[f]).sort();
    return changed.length ? [{ name, changed }] : [];
  });
}

/** The files of the repository that a page fetches with `fetch('…')`, as the site serves them. */
function fetchedBy(root, page) {
  const html = readFileSync(path.join(root, page), 'utf8');
  return [...html.matchAll(/fetch\(\s*['"]([^'"?#]+)['"]/g)]
    .map((m) => path.posix.join(path.posix.dirname(page), m[1]));
}
