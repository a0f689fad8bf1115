/**
 * The meeting details view in real Chromium: the seed with its meeting urls taken away (as
 * the package ships it), drawn by the script-tag build (which sets `meetingDetails`) with a
 * DeepLink, on a page served from a temporary folder. A stop's popup links each meeting to
 * `#meeting=<id>`; the link opens the view by click and by keyboard; the view shows the
 * meeting's facts, Escape returns focus to the link, `#meeting=<id>` opens it on load, it
 * fits phones upright and sideways, and axe finds nothing serious with it open.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, describeBrowser, launchBrowser, serveDir, type ServedDir, settle, axeProblems } from './harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repoRoot, 'tests/e2e/screenshots');

type SeedJson = { stops: { id: string; meetings?: { id: string; url?: string; title: string | Record<string, string> }[] }[] };
const seed = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as SeedJson;
for (const stop of seed.stops) for (const meeting of stop.meetings ?? []) delete meeting.url;
const titleOf = (m: { title: string | Record<string, string> }) => (typeof m.title === 'string' ? m.title : m.title.en!);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meeting details</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="leaflet.css"><link rel="stylesheet" href="visitmap.css">
<style>html,body,main,#map{margin:0;height:100%}</style></head>
<body><main><h1 class="vm-visually-hidden">Visit map</h1><div id="map"></div></main>
<script src="leaflet.js"></script><script src="visitmap.umd.js"></script>
<script>
  var map = L.map('map', { fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
  var layer = visitmap.itineraryLayer(${JSON.stringify(seed)}, { animate: false, fitBounds: true }).addTo(map);
  visitmap.deepLink(layer);
</script></body></html>`;



/** Opens stop 2's popup (Hangzhou: two meetings) by clicking its marker. */
async function openHangzhou(page: Page): Promise<void> {
  await page.locator('.leaflet-marker-pane .vm-marker', { hasText: /^2$/ }).locator('.vm-marker__badge').click();
  await page.waitForFunction(() => document.querySelector('.leaflet-popup .vm-popup__title')?.textContent === 'Hangzhou');
}

const view = (page: Page) => page.locator('.vm-meeting-details');

describeBrowser('meeting details view', () => {
  let dir: string;
  let server: ServedDir;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'visitmap-meeting-'));
    for (const [from, to] of [
      ['node_modules/leaflet/dist/leaflet.js', 'leaflet.js'],
      ['node_modules/leaflet/dist/leaflet.css', 'leaflet.css'],
      ['dist/visitmap.umd.js', 'visitmap.umd.js'],
      ['dist/visitmap.css', 'visitmap.css'],
    ]) copyFileSync(path.join(repoRoot, from!), path.join(dir, to!));
    writeFileSync(path.join(dir, 'index.html'), PAGE);
    mkdirSync(shots, { recursive: true });
    server = await serveDir(dir);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('links every meeting without a url to #meeting=<id>, and a click opens its facts, focused, named by its title', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 750 } });
    const { errors } = collectPageErrors(page);
    await page.goto(server.url);
    await settle(page, 200);
    await openHangzhou(page);
    const hrefs = await page.locator('.leaflet-popup a.vm-meeting__details').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(seed.stops[1]!.meetings!.map((m) => `#meeting=${m.id}`));
    await page.locator('.leaflet-popup a.vm-meeting__details').first().click();
    await expect.poll(() => view(page).isVisible()).toBe(true);
    const first = seed.stops[1]!.meetings![0]!;
    expect(await view(page).getAttribute('role')).toBe('dialog');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('vm-meeting-details__title'))).toBe(true);
    const name = await page.evaluate(() => document.getElementById(document.querySelector('.vm-meeting-details')!.getAttribute('aria-labelledby')!)?.textContent);
    expect(name).toBe(titleOf(first));
    const text = await view(page).innerText();
    for (const part of ['Stop 2 of 7', '10 Dec 2023 · inferred', 'Wang Wei (Director General, Hangzhou Customs District)', 'Smart Customs', 'paragraph 3, sentence 1']) {
      expect(text).toContain(part);
    }
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#stop=hangzhou&meeting=${first.id}`);
    await page.locator('.vm-meeting-details__close').click();
    await expect.poll(() => view(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe('#stop=hangzhou');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens by keyboard from the popup link, keeps its keys from the map, and Escape returns focus to the link', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 750 } });
    await page.goto(server.url);
    await settle(page, 200);
    await openHangzhou(page);
    const second = page.locator('.leaflet-popup a.vm-meeting__details').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => view(page).isVisible()).toBe(true);
    expect(await view(page).locator('.vm-meeting-details__title').textContent()).toBe(titleOf(seed.stops[1]!.meetings![1]!));
    await page.keyboard.press('n'); // the layer's next-stop key: not while reading the view
    expect(await page.locator('.leaflet-popup .vm-popup__title').textContent()).toBe('Hangzhou');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.vm-meeting-details'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => view(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#meeting=${seed.stops[1]!.meetings![1]!.id}`);
    expect(await page.locator('.leaflet-popup').count()).toBe(1);
    await page.close();
  });

  it('Escape on a view a #meeting= link opened gives focus to its stop’s marker, not the page, and the link drops the meeting', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 750 } });
    const { errors } = collectPageErrors(page);
    const meeting = seed.stops[1]!.meetings![0]!;
    await page.goto(`${server.url}#meeting=${meeting.id}`);
    await settle(page, 200);
    await expect.poll(() => view(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('vm-meeting-details__title');
    await page.keyboard.press('Escape');
    await expect.poll(() => view(page).isVisible()).toBe(false);
    const focus = () => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label')?.replace(/,.*/, ''), hash: location.hash }));
    expect(await focus()).toEqual({ label: 'Stop 2 of 7: Hangzhou', hash: '' });
    // Its marker's popup open and closed again: the view it opens gives focus back to its link,
    // and with that popup gone, to the marker again.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.leaflet-popup .vm-popup__title')?.textContent === 'Hangzhou');
    await page.locator('.leaflet-popup a.vm-meeting__details').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => view(page).isVisible()).toBe(true);
    await page.evaluate(() => document.querySelector<HTMLElement>('.leaflet-popup-close-button')!.click());
    await page.locator('.vm-meeting-details__title').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => view(page).isVisible()).toBe(false);
    expect(await focus()).toEqual({ label: 'Stop 2 of 7: Hangzhou', hash: '' });
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const viewport of [
    { width: 1100, height: 750 },
    { width: 390, height: 844 },
    { width: 844, height: 390 },
  ]) {
    it(`opens from #meeting=<id> on load, fits ${viewport.width}×${viewport.height} with no control over it, and passes axe`, async () => {
      const page = await browser.newPage({ viewport });
      const { errors } = collectPageErrors(page);
      const meeting = seed.stops[4]!.meetings![0]!;
      await page.goto(`${server.url}#meeting=${meeting.id}`);
      await settle(page, 200);
      await expect.poll(() => view(page).isVisible()).toBe(true);
      expect(await view(page).locator('.vm-meeting-details__title').textContent()).toBe(titleOf(meeting));
      const fit = await page.evaluate(() => {
        const panel = document.querySelector('.vm-meeting-details')!.getBoundingClientRect();
        const close = document.querySelector('.vm-meeting-details__close')!.getBoundingClientRect();
        const title = document.querySelector('.vm-meeting-details__title')!;
        const covered = [...document.querySelectorAll('.leaflet-control')].filter((c) => {
          const r = c.getBoundingClientRect();
          const x = Math.min(Math.max(r.left + r.width / 2, panel.left + 1), panel.right - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, panel.top + 1), panel.bottom - 1);
          const overlaps = r.right > panel.left && r.left < panel.right && r.bottom > panel.top && r.top < panel.bottom;
          return overlaps && c.contains(document.elementFromPoint(x, y));
        });
        return {
          inside: panel.left >= 0 && panel.top >= 0 && panel.right <= innerWidth + 0.5 && panel.bottom <= innerHeight + 0.5,
          closeInside: close.right <= innerWidth && close.top >= 0 && close.width >= 44,
          titleFont: parseFloat(getComputedStyle(title).fontSize),
          bodyFont: parseFloat(getComputedStyle(document.querySelector('.vm-meeting-details')!).fontSize),
          horizontalScroll: document.querySelector('.vm-meeting-details__body')!.scrollWidth > document.querySelector('.vm-meeting-details__body')!.clientWidth,
          controlsOver: covered.length,
        };
      });
      expect(fit).toEqual({ inside: true, closeInside: true, titleFont: 20, bodyFont: 15, horizontalScroll: false, controlsOver: 0 });
      await page.screenshot({ path: path.join(shots, `meeting-details-${viewport.width}x${viewport.height}.png`) });
      expect(await axeProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
