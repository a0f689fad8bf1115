/**
 * A page holding a Leaflet map and the script-tag build, set up without a server:
 * `setContent` plus script and style tags from disk. `VISITMAP_UMD` / `VISITMAP_CSS`
 * point at another build (default `dist/`, made by `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

declare const L: typeof import('leaflet');

export const repoRoot = path.resolve(__dirname, '../../..');
const umd = path.resolve(repoRoot, process.env.VISITMAP_UMD ?? 'dist/visitmap.umd.js');
const css = path.resolve(repoRoot, process.env.VISITMAP_CSS ?? 'dist/visitmap.css');

/** The seed visit's JSON text. */
/** The seed as the gallery shows it: each meeting linked to its page (the shipped file has no urls). */
export const seedJson = (() => {
  const seed = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as { stops: { meetings?: { id: string; url?: string }[] }[] };
  for (const stop of seed.stops) for (const meeting of stop.meetings ?? []) meeting.url ??= `meetings/${meeting.id}.html`;
  return JSON.stringify(seed);
})();

/**
 * Opens a blank page with a map (`window.map`) of the given size, Leaflet and visitmap
 * loaded; without animations unless `animated` (every step of a test lands at once).
 */
export async function mapPage(browser: Browser, viewport = { width: 1100, height: 700 }, animated = false): Promise<Page> {
  if (!existsSync(umd)) throw new Error(`${umd} is missing: run \`npm run build\` first`);
  const page = await browser.newPage({ viewport });
  await page.setContent(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html,body,#map{margin:0;height:100%}</style></head>' +
      '<body><div id="map"></div></body></html>',
  );
  await page.addStyleTag({ path: path.join(repoRoot, 'node_modules/leaflet/dist/leaflet.css') });
  await page.addStyleTag({ path: css });
  await page.addScriptTag({ path: path.join(repoRoot, 'node_modules/leaflet/dist/leaflet.js') });
  await page.addScriptTag({ path: umd });
  await page.evaluate((animated) => {
    (window as unknown as { __scripts: number }).__scripts = document.scripts.length;
    const still = { fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false };
    (window as unknown as { map: unknown }).map = L.map('map', animated ? {} : still).setView([28, 118], 5);
  }, animated);
  return page;
}

/** Every problem a hostile string could have left in the page: `on*` attributes, script links, a tripped trap. */
export async function pageHarm(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const harm: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned) harm.push('window.__pwned was set');
    for (const node of document.querySelectorAll('*')) {
      for (const attr of node.getAttributeNames()) {
        if (attr.toLowerCase().startsWith('on')) harm.push(`${node.tagName} has ${attr}`);
        const value = node.getAttribute(attr) ?? '';
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr) && /^\s*(javascript|data|vbscript):/i.test(Array.from(value).filter((c) => c.charCodeAt(0) > 32).join(''))) {
          harm.push(`${node.tagName} ${attr}=${value}`);
        }
      }
    }
    const scripts = (window as unknown as { __scripts: number }).__scripts;
    if (document.scripts.length !== scripts || document.querySelector('iframe, object, embed')) harm.push('a script, frame or object appeared');
    return harm;
  });
}
