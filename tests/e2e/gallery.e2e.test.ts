/**
 * The example gallery in real Chromium, served from `site/` as `npm start`
 * serves it: every page loads cleanly and passes axe, the seed map shows its
 * stops and legs, popups lead to meeting pages and back, the keyboard reaches
 * the stops, and the export buttons give files that parse. Screenshots of
 * every page go to tests/e2e/screenshots/ for people to look at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { getIssues } from '@placemarkio/check-geojson';
import { DOMParser } from '@xmldom/xmldom';
import { collectPageErrors, describeBrowser, settle, axeProblems, popupSettled, repoRoot, screenshotDir, siteDir, useGallery } from './harness';

const SEED_STOPS = 7;

const EXAMPLES = ['index', 'seed', 'geojson', 'custom', 'language', 'export', 'large', 'script-tag', 'extract', 'story', 'pacific', 'round-the-world'];

/** The generated meeting pages, `meetings/<id>`, as built into site/. */
function meetingPages(): string[] {
  const dir = path.join(siteDir, 'examples/meetings');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => `meetings/${f.slice(0, -5)}`) : [];
}



/** The stop numbers a marker label stands for: "1 · 7" → 1, 7; "3–6" → 3, 4, 5, 6. */
function numbersOf(label: string): number[] {
  return label.split(/\s*[·,]\s*/).flatMap((part) => {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part.trim());
    if (!range) return /^\d+$/.test(part.trim()) ? [Number(part.trim())] : [];
    const out: number[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(n);
    return out;
  });
}

/** The sizes pages are checked at: the gallery's desktop, a phone, and that phone turned sideways. */
const DESKTOP = { width: 1100, height: 800 };
const PHONE = { width: 390, height: 844 };
const SIDEWAYS = { width: 844, height: 390 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap by more than a pixel's rounding. */
const overlaps = (a: Box, b: Box): boolean => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/**
 * The open popup lies inside the map, under no control, with its tip just above the
 * marker of the current stop.
 */
async function expectPopupPlaced(page: Page, at: string): Promise<void> {
  const { map, popup, tip, marker, controls } = await page.evaluate(() => {
    const box = (e: Element | null) => {
      const r = e!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      map: box(document.querySelector('.leaflet-container')),
      popup: box(document.querySelector('.leaflet-popup-content-wrapper')),
      tip: box(document.querySelector('.leaflet-popup-tip')),
      // Large mode draws stops on a canvas: no marker element to point at.
      marker: document.querySelector('.vm-marker--current .vm-marker__badge') ? box(document.querySelector('.vm-marker--current .vm-marker__badge')) : null,
      controls: [...document.querySelectorAll('.leaflet-control')].map((c) => ({ name: c.className, ...box(c) })),
    };
  });
  expect(popup.left, at).toBeGreaterThanOrEqual(map.left - 1);
  expect(popup.top, at).toBeGreaterThanOrEqual(map.top - 1);
  expect(popup.right, at).toBeLessThanOrEqual(map.right + 1);
  expect(popup.bottom, at).toBeLessThanOrEqual(map.bottom + 1);
  for (const c of controls) {
    expect(overlaps(popup, c), `${at}: the popup is under ${c.name}`).toBe(false);
  }
  if (!marker) return;
  const tipX = (tip.left + tip.right) / 2;
  expect(Math.abs(tipX - (marker.left + marker.right) / 2), `${at}: the tip points at the marker`).toBeLessThan(6);
  expect(marker.top - tip.bottom, `${at}: the tip points at the marker`).toBeLessThan(40);
}

describeBrowser('example gallery', () => {
  const gallery = useGallery();
  let context: BrowserContext;

  beforeAll(async () => {
    console.log(`[e2e] gallery screenshots: ${screenshotDir}`);
    context = await gallery.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  });

  /** Opens a gallery page, recording errors from the very first request. */
  async function open(name: string, hash = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const { errors } = collectPageErrors(page);
    const response = await page.goto(`${gallery.base}${name}.html${hash}`);
    expect(response?.status(), `${name}.html`).toBe(200);
    await settle(page);
    return { page, errors };
  }

  /** Loads a page, photographs it, and checks it for errors, accessibility and tile requests. */
  async function checkPage(name: string): Promise<void> {
    const tileRequests: string[] = [];
    context.on('request', (r) => void (/tile\.openstreetmap\.org/.test(r.url()) && tileRequests.push(r.url())));
    const { page, errors } = await open(name);
    await page.screenshot({ path: path.join(screenshotDir, `${name.replace('/', '-')}.png`) });
    expect(errors, name).toEqual([]);
    expect(await axeProblems(page), name).toEqual([]);
    expect(tileRequests, 'OpenStreetMap tiles are only fetched when chosen').toEqual([]);
    await page.close();
  }

  it.each(EXAMPLES)('%s loads with no page error, console error or failed request, and passes axe', checkPage);

  it('shows the map\'s credits as links by their look, not colour alone, whatever is drawn under them', async () => {
    // axe can judge the credits' colours only where it can work out their background: with the
    // map drawn under them it cannot, and passes them; in the moment before (a fly, a redraw) it
    // found Leaflet's colour-only links serious (link-in-text-block), and CI failed once so.
    const { page } = await open('extract');
    await page.evaluate(() => {
      for (const e of document.querySelectorAll<HTMLElement>('#map canvas, #map svg, #map img, #map .leaflet-tile-pane')) e.style.visibility = 'hidden';
    });
    expect(await axeProblems(page, ['#map .leaflet-control-attribution'])).toEqual([]);
    await page.close();
  });

  it('links from the gallery to an API reference that documents the layer and the core', async () => {
    const { page, errors } = await open('index');
    const href = await page.locator('a', { hasText: 'API reference' }).first().getAttribute('href');
    expect(href).toBeTruthy();
    const api = new URL(href!, page.url());
    expect((await page.goto(api.href))?.status()).toBe(200);
    const modules = { index: ['parseItinerary', 'toGeoJSON', 'fromGeoJSON'], leaflet: ['itineraryLayer', 'ItineraryLayerOptions', 'timelineControl'] };
    for (const [module, names] of Object.entries(modules)) {
      // The reference's own scripts are not ours to check; its pages must exist and name the API.
      const response = await page.goto(new URL(`modules/${module}.html`, api).href);
      expect(response?.status(), module).toBe(200);
      const html = await response!.text();
      for (const name of names) expect(html, `${module} documents ${name}`).toContain(name);
    }
    expect(errors.filter((e) => !e.includes('/docs/api/')), 'the gallery index').toEqual([]);
    await page.close();
  });

  it('every meeting page loads cleanly and passes axe', async () => {
    const pages = meetingPages();
    expect(pages.length).toBeGreaterThan(0.07);
    for (const name of pages) await checkPage(name);
  }, 300_000);

  it('lists every meeting page the seed data has', () => {
    const data = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as {
      stops: { meetings?: { id: string }[] }[];
    };
    const ids = data.stops.flatMap((s) => (s.meetings ?? []).map((m) => `meetings/${m.id}`));
    expect(ids.length).toBeGreaterThan(0.07);
    expect(meetingPages()).toEqual(expect.arrayContaining(ids));
  });

  it('the seed example shows the numbers of all seven stops and draws its legs', async () => {
    const { page } = await open('seed');
    const labels = await page.locator('.leaflet-marker-pane .vm-marker__label').allTextContents();
    const shown = new Set(labels.flatMap(numbersOf));
    expect([...shown].sort((a, b) => a - b)).toEqual(Array.from({ length: SEED_STOPS }, (_, i) => i + 1));
    // One path per leg at least (a leg split at the antimeridian would draw two).
    expect(await page.locator('path.vm-leg').count()).toBeGreaterThanOrEqual(SEED_STOPS - 1);
    for (const mode of ['flight', 'rail', 'road']) {
      expect(await page.locator(`path.vm-leg--${mode}`).count(), mode).toBeGreaterThan(0.07);
    }
    await page.close();
  });

  it('clicking a stop opens a popup whose meeting link opens its details page, which links back to the map at that stop', async () => {
    const { page, errors } = await open('seed');
    // The marker's box is its anchor point; the badge inside is what people see and click.
    await page.locator('.leaflet-marker-pane .vm-marker', { hasText: /^2$/ }).locator('.vm-marker__badge').click();
    const popup = page.locator('.leaflet-popup');
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.textContent()).toContain('Hangzhou');
    // Once the popup has stopped moving: a click during its pan once led nowhere (30 s waiting).
    await popupSettled(page);
    const link = popup.locator('a[href*="meetings/"]').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/meetings\/[\w-]+\.html$/);

    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    expect(response?.status()).toBe(200);
    expect(page.url()).toContain('/examples/meetings/');
    const back = page.locator('a[href*="seed.html#stop=hangzhou"]').first();
    expect(await back.count()).toBe(1);

    await back.click();
    await settle(page);
    expect(page.url()).toMatch(/seed\.html#stop=hangzhou$/);
    await expect.poll(() => page.locator('.leaflet-popup').textContent()).toContain('Hangzhou');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['seed', 'story'])('on %s, every popup opened from the stop list lies inside the map, clear of the controls', async (name) => {
    const { page } = await open(name);
    const stops = page.locator('.vm-stoplist__stop');
    const count = await stops.count();
    expect(count).toBe(SEED_STOPS);
    for (let i = 0; i < count; i++) {
      const stopName = (await stops.nth(i).locator('.vm-stoplist__name').textContent()) ?? '';
      await stops.nth(i).click();
      await expect.poll(() => page.locator('.leaflet-popup .vm-popup__title').textContent()).toBe(stopName);
      await popupSettled(page);
      await expectPopupPlaced(page, `${name}, stop ${i + 1}`);
    }
    await page.close();
  });

  it.each([
    ['seed', DESKTOP],
    ['story', DESKTOP],
    ['seed', PHONE],
    ['story', PHONE],
    ['seed', SIDEWAYS],
  ] as const)('%s opened at #stop=<id> (%o) shows that stop\'s popup inside the map, under no control, pointing at its marker', async (name, viewport) => {
    const data = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as { stops: { id: string }[] };
    const page = await gallery.browser.newPage({ viewport });
    for (const [i, { id }] of data.stops.entries()) {
      // The first goes to a new page; the others change only the hash of the open one.
      await page.goto(`${gallery.base}${name}.html#stop=${id}`);
      await settle(page);
      await expect.poll(() => page.locator('.leaflet-popup .vm-popup__number').textContent(), { message: id }).toBe(`Stop ${i + 1} of ${data.stops.length}`);
      await popupSettled(page);
      await expectPopupPlaced(page, `${name}#stop=${id} at ${viewport.width}×${viewport.height}`);
    }
    await page.close();
  }, 120_000);

  it.each([DESKTOP, PHONE, SIDEWAYS])('at %o, no control of any example covers another', async (viewport) => {
    const page = await gallery.browser.newPage({ viewport });
    for (const name of EXAMPLES.filter((e) => e !== 'index')) {
      await page.goto(`${gallery.base}${name}.html`);
      await settle(page);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.leaflet-control')].map((c) => {
          const r = c.getBoundingClientRect();
          return { name: c.className.split(' ')[0], left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
      );
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          expect(overlaps(a, b), `${name} at ${viewport.width}px: ${a.name} and ${b.name} overlap`).toBe(false);
        }
      }
    }
    await page.close();
  }, 120_000);

  it.each([DESKTOP, PHONE])('at %o, a click on the seed\'s grouped marker shows every stop of the group, none under a control', async (viewport) => {
    const page = await gallery.browser.newPage({ viewport });
    await page.goto(`${gallery.base}seed.html`);
    await settle(page);
    const group = page.locator('.vm-marker--cluster');
    const numbers = numbersOf((await group.locator('.vm-marker__label').textContent()) ?? '');
    expect(numbers.length).toBeGreaterThan(1);
    await group.locator('.vm-marker__badge').click();
    await settle(page);
    const badges = await page.evaluate(() => {
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const controls = [...document.querySelectorAll('.leaflet-control')].map((c) => c.getBoundingClientRect());
      return [...document.querySelectorAll('.leaflet-marker-pane .vm-marker')].map((m) => {
        const r = m.querySelector('.vm-marker__badge')!.getBoundingClientRect();
        const inside = r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
        const covered = controls.some((c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
        return { label: m.querySelector('.vm-marker__label')?.textContent ?? '', clear: inside && !covered };
      });
    });
    const clear = new Set(badges.filter((b) => b.clear).flatMap((b) => numbersOf(b.label)));
    for (const n of numbers) expect(clear.has(n), `stop ${n} in view and clear of the controls`).toBe(true);
    await page.close();
  });

  it.each(['seed', 'story'])('on a phone, a stop chosen in the open stop list folds the list away and shows its popup in the map (%s)', async (name) => {
    const page = await gallery.browser.newPage({ viewport: PHONE });
    await page.goto(`${gallery.base}${name}.html`);
    await settle(page);
    // The list's own header, or on the story its toggle in the bar the story's controls fold into on a phone.
    const toggle = name === 'story' ? page.locator('.vm-bar__toggle', { hasText: 'Itinerary' }) : page.locator('.vm-stoplist-control__toggle');
    for (const stop of ['Yangshan', 'Hangzhou']) {
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.locator('.vm-stoplist__stop', { hasText: stop }).first().click();
      await expect.poll(() => page.locator('.leaflet-popup .vm-popup__title').textContent()).toContain(stop);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await popupSettled(page);
      await expectPopupPlaced(page, `${name} on a phone, ${stop} from the list`);
    }
    await page.close();
  });

  it.each([
    { width: 500, height: 800 },
    SIDEWAYS,
  ])('an open popup fits and pans again when the window is resized to %o', async (size) => {
    const page = await gallery.browser.newPage({ viewport: DESKTOP });
    await page.goto(`${gallery.base}seed.html#stop=hangzhou`);
    await settle(page);
    await expect.poll(() => page.locator('.leaflet-popup .vm-popup__title').textContent()).toBe('Hangzhou');
    await popupSettled(page);
    await page.setViewportSize(size);
    await settle(page);
    await popupSettled(page);
    await expectPopupPlaced(page, `seed#stop=hangzhou resized to ${size.width}×${size.height}`);
    await page.close();
  });

  it('"Also here" in a popup opens the other visit there, and the popup stays open with the focus in it', async () => {
    const { page } = await open('seed');
    await page.locator('.leaflet-marker-pane .vm-marker', { hasText: /^1 · 7$/ }).locator('.vm-marker__badge').click();
    await expect.poll(() => page.locator('.leaflet-popup .vm-popup__number').textContent()).toBe('Stop 1 of 7');
    // The popup pans itself into view first: a click while it moves can land on the map
    // where the button was (seen under load), which closes the popup as a map click should.
    await popupSettled(page);
    await page.locator('.vm-popup__also-stop', { hasText: 'Stop 7 of 7' }).click();
    await page.waitForTimeout(600); // longer than Leaflet's 200 ms fade of a closing popup
    expect(await page.locator('.leaflet-popup').count()).toBe(1);
    expect(await page.locator('.leaflet-popup .vm-popup__number').textContent()).toBe('Stop 7 of 7');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.leaflet-popup')))).toBe(true);
    await page.close();
  });

  it('in the large example, a click on a stop list row opens that stop, and its popup stays open', async () => {
    const { page } = await open('large');
    for (const n of [5, 1]) {
      const row = page.locator('.vm-stoplist__row').nth(n);
      await row.click();
      await page.waitForTimeout(1200); // the map's move, then longer than a closing popup's fade
      expect(await page.locator('.leaflet-popup').count(), `row ${n}`).toBe(1);
      expect(await page.locator('.leaflet-popup .vm-popup__number').textContent()).toMatch(new RegExp(`^Stop ${n + 1} of \\d+$`));
      await popupSettled(page);
      await expectPopupPlaced(page, `large, row ${n}`);
    }
    await page.close();
  });

  it('Tab reaches a stop marker and Enter opens its popup', async () => {
    const { page } = await open('seed');
    let onMarker = false;
    for (let i = 0; i < 40 && !onMarker; i++) {
      await page.keyboard.press('Tab');
      onMarker = await page.evaluate(() => document.activeElement?.classList.contains('vm-marker') ?? false);
    }
    expect(onMarker, 'a stop marker took the focus').toBe(true);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(name).toMatch(/Stop/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(1);
    await page.close();
  });

  it('in forced colours (high contrast), the popup\'s edge and its title\'s focus, the full-screen icon, the arrowheads, the timeline\'s ticks, the legend\'s precisions and the controls\' edges stay visible', async () => {
    // The browser drops box shadows and gradients there, and paints borders in system colours.
    const forced = await gallery.browser.newContext({ viewport: DESKTOP, forcedColors: 'active' });
    const page = await forced.newPage();
    const { errors } = collectPageErrors(page);
    await page.goto(`${gallery.base}seed.html`);
    await settle(page);
    /** The share of an element's pixels that are dark, read from a screenshot of it. */
    const inkOf = async (target: Locator): Promise<number> => {
      const png = (await target.screenshot()).toString('base64');
      return target.page().evaluate(async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 384) dark++;
        return dark / (px.length / 4);
      }, png);
    };
    const ink = (selector: string) => inkOf(page.locator(selector).first());
    // Four corner brackets of 2 px on a 30 px button: gone, the button is blank.
    // Four corner brackets of 2 px on a 30 px button (0.10 of it dark); without them only the frame is (0.04).
    expect(await ink('.vm-fullscreen-control__button'), 'the full-screen icon').toBeGreaterThan(0.07);
    // The arrowheads (a path per travel mode, filled in its colour) are filled in the page's text colour, edged in its background's.
    const head = await page.locator('path.vm-arrow').first().evaluate((e) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'color: CanvasText; background: Canvas';
      document.body.append(probe);
      const system = { text: getComputedStyle(probe).color, canvas: getComputedStyle(probe).backgroundColor };
      probe.remove();
      return { fill: getComputedStyle(e).fill, stroke: getComputedStyle(e).stroke, ...system };
    });
    expect(head.fill, 'an arrowhead is filled in the text colour').toBe(head.text);
    expect(head.stroke, 'and edged in the background colour').toBe(head.canvas);
    await page.locator('.vm-marker').first().focus();
    await page.keyboard.press('Enter');
    await popupSettled(page);
    const title = await page.evaluate(() => {
      const e = document.activeElement!;
      const c = getComputedStyle(e);
      return { focused: e.classList.contains('vm-popup__title'), outline: c.outlineStyle, width: parseFloat(c.outlineWidth) };
    });
    expect(title.focused, 'the popup title has the focus').toBe(true);
    expect(title.outline, 'its focus is marked by an outline, which forced colours keep').not.toBe('none');
    expect(title.width).toBeGreaterThanOrEqual(2);
    // An outside tester's report: the popup and its tip, edged by a shadow, were a borderless box over the map.
    const popupEdges = await page.evaluate(() =>
      ['.leaflet-popup-content-wrapper', '.leaflet-popup-tip'].map((s) => {
        const c = getComputedStyle(document.querySelector(`.vm-popup-container ${s}`)!);
        return `${s}: ${c.outlineStyle === 'none' && c.borderTopStyle === 'none' ? 'no edge' : 'an edge'}`;
      }),
    );
    expect(popupEdges).toEqual(['.leaflet-popup-content-wrapper: an edge', '.leaflet-popup-tip: an edge']);
    // An outside tester's report: the legend's "Exact place" and "City (approximate)" were the same
    // white disc (a ring and a halo drawn as shadows), and the controls had no edge (a shadow).
    // The seed has no exact place: a trip of two stops, one of each, and its legend.
    await page.evaluate(`Promise.all([import('visitmap/leaflet'), import('./assets/gallery-map.js')]).then(([v, g]) => {
      const stop = (id, lng, precision, day) => ({ id, name: id, coordinates: [lng, 30], precision, arrive: day, depart: day, dateCertainty: 'stated' });
      const trip = { id: 'two', title: 'Two', timezone: 'Asia/Shanghai', stops: [stop('a', 120, 'venue', '2025-01-01'), stop('b', 121, 'city', '2025-01-02')], legs: [] };
      const map = g.galleryMaps()[0].map;
      v.legendControl(v.itineraryLayer(trip).addTo(map), { position: 'topleft' }).addTo(map);
    })`);
    const legend = '.vm-legend:has(.vm-marker--venue)';
    const looks = await page.evaluate((legend) => {
      const ring = (s: string) => {
        const c = getComputedStyle(document.querySelector(`${legend} .vm-legend__marker.vm-marker--${s} .vm-marker__badge`)!);
        return `${c.outlineStyle} ${c.outlineWidth} ${c.outlineOffset}`;
      };
      return { venue: ring('venue'), city: ring('city') };
    }, legend);
    expect(looks.venue, 'an exact place has a ring').not.toMatch(/^none/);
    expect(looks.city, 'a city has a ring').not.toMatch(/^none/);
    expect(looks.venue, 'and the two are told apart').not.toBe(looks.city);
    const shot = (s: string) => page.locator(`${legend} .vm-legend__marker.vm-marker--${s}`).screenshot();
    expect((await shot('venue')).equals(await shot('city')), 'they look different').toBe(false);
    /** The controls among `selectors` drawn with no edge (neither outline nor border). */
    const edgeless = (p: Page, selectors: string[]) =>
      p.evaluate((list) => list.filter((s) => {
        const c = getComputedStyle(document.querySelector(s)!);
        return c.outlineStyle === 'none' && c.borderTopStyle === 'none';
      }), selectors);
    expect(await edgeless(page, ['.vm-stoplist-control', '.vm-legend'])).toEqual([]);
    // The timeline: every tick shows, a stated date's filled, an inferred one's a dashed ring
    // (the story's dates are inferred, the Pacific trip's stated).
    const storyErrors: string[] = [];
    const seen = new Set<string>();
    for (const name of ['story', 'pacific']) {
      const story = await forced.newPage();
      storyErrors.push(...collectPageErrors(story).errors);
      await story.goto(`${gallery.base}${name}.html`);
      await settle(story);
      expect(await edgeless(story, ['.vm-timeline', '.vm-days', '.vm-summary'])).toEqual([]);
      const ticks = story.locator('.vm-timeline__tick:not(.vm-timeline__tick--current)');
      const kinds = await ticks.evaluateAll((all) => all.map((t) => (t.classList.contains('vm-timeline__tick--inferred') ? 'inferred' : 'stated')));
      for (let i = 0; i < kinds.length; i++) {
        seen.add(kinds[i]!);
        // An 8 px disc: a stated one is mostly ink (0.72 of its box; 0 when the page's background hid it), an inferred one a fine dashed ring (0.14).
        expect(await inkOf(ticks.nth(i)), `${name}: tick ${i + 1} (${kinds[i]})`).toBeGreaterThan(kinds[i] === 'stated' ? 0.4 : 0.08);
      }
      await story.close();
    }
    expect([...seen].sort()).toEqual(['inferred', 'stated']);
    expect(errors).toEqual([]);
    expect(storyErrors).toEqual([]);
    await forced.close();
  });

  it('with the system set dark, every page passes axe, and the maps draw their controls, popups and basemap dark', async () => {
    const dark = await gallery.browser.newContext({ viewport: DESKTOP, colorScheme: 'dark' });
    /** The relative luminance of a CSS colour `rgb(r, g, b)` or `rgba(…)`. */
    const luminance = (css: string): number => {
      const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const name of EXAMPLES) {
      const page = await dark.newPage();
      const { errors } = collectPageErrors(page);
      await page.goto(`${gallery.base}${name}.html`);
      await settle(page);
      expect(errors, name).toEqual([]);
      expect(await axeProblems(page), `${name}, dark`).toEqual([]);
      expect(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor)), `${name}: the page is dark`).toBeLessThan(0.05);
      if (name !== 'seed') {
        await page.close();
        continue;
      }
      const colours = () =>
        page.evaluate(() => ({
          sea: getComputedStyle(document.querySelector('#map')!).backgroundColor,
          list: getComputedStyle(document.querySelector('.vm-stoplist-control')!).backgroundColor,
          zoom: getComputedStyle(document.querySelector('.leaflet-control-zoom-in')!).backgroundColor,
          popup: document.querySelector('.leaflet-popup-content-wrapper') && getComputedStyle(document.querySelector('.leaflet-popup-content-wrapper')!).backgroundColor,
        }));
      await page.locator('.vm-marker').nth(1).focus();
      await page.keyboard.press('Enter');
      await popupSettled(page);
      const seen = await colours();
      for (const [part, colour] of Object.entries(seen)) expect(luminance(colour!), `seed, dark: ${part} (${colour})`).toBeLessThan(0.05);
      expect(await axeProblems(page), 'seed, dark, with a popup open').toEqual([]);
      // The legs keep their colours in the dark, and so do their arrowheads, edged in white as in the light.
      const heads = await page.evaluate(() =>
        [...document.querySelectorAll('#map path.vm-arrow')].map((p) => {
          const mode = /vm-arrow--(\w+)/.exec(p.getAttribute('class')!)![1]!;
          return { fill: getComputedStyle(p).fill, edge: getComputedStyle(p).stroke, leg: getComputedStyle(document.querySelector(`#map path.vm-leg--${mode}`)!).stroke };
        }),
      );
      expect(heads.length, 'seed, dark: arrowheads drawn').toBeGreaterThan(0);
      for (const head of heads) expect(head, "seed, dark: an arrowhead in its leg's colour").toEqual({ fill: head.leg, edge: 'rgb(255, 255, 255)', leg: head.leg });
      await page.screenshot({ path: path.join(screenshotDir, 'seed-dark.png') });
      // The same page in a light system is light: the theme follows the setting, it is not fixed.
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(async () => luminance((await colours()).sea)).toBeGreaterThan(0.5); // the sea
      expect(luminance((await colours()).popup!), 'seed, back to light: the popup').toBeGreaterThan(0.9);
      await page.close();
    }
    await dark.close();
  });

  it('announcement to map: drafts text into a map and a table, takes fixes, holds back a bad date, downloads GeoJSON', async () => {
    const { page, errors } = await open('extract');
    const status = page.locator('#status');
    const markers = () => page.locator('.leaflet-marker-pane .vm-marker').count();
    await page.fill('#text', 'The Secretary for Transport will depart for Singapore tomorrow (March 5) for a two-day visit.\n\nShe will return to Hong Kong on March 6.');
    await page.fill('#published', '2024-03-04');
    await page.click('button[type="submit"]');
    await expect.poll(() => status.textContent()).toMatch(/^Drafted 3 stops/);
    const places = page.locator('#table tbody input[type="text"]');
    expect(await places.evaluateAll((inputs: HTMLInputElement[]) => inputs.map((i) => i.value))).toEqual(['Hong Kong', 'Singapore', 'Hong Kong']);
    await expect.poll(markers).toBeGreaterThan(0.07);
    const drawn = await markers();

    // A departure before the arrival: that date alone is held back from the map and the download, said in the status,
    // the field marked (tests/e2e/extract.e2e.test.ts says why under it); the rest is drawn and can be downloaded.
    const depart = page.locator('#table tbody tr').nth(1).locator('input[type="date"]').nth(1);
    await depart.fill('2024-03-01');
    await depart.dispatchEvent('change');
    await expect.poll(() => status.textContent()).toBe('Stop 2, Singapore: departure now 2024-03-01. Not drawn or downloaded yet: the departure from stop 2 (the note under it says why).');
    expect(await depart.getAttribute('aria-invalid')).toBe('true');
    expect(await markers()).toBe(drawn);
    expect(await page.locator('#download').isDisabled()).toBe(false);
    await depart.fill('2024-03-06');
    await depart.dispatchEvent('change');
    await expect.poll(() => status.textContent()).toBe('Stop 2, Singapore: departure now 2024-03-06.');
    expect(await depart.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#download').isDisabled()).toBe(false);

    // A place the gazetteer does not know: the table keeps the place the map shows.
    await places.nth(1).fill('Xyzzyville');
    await places.nth(1).dispatchEvent('change');
    await expect.poll(() => status.textContent()).toMatch(/not in the gazetteer: stop 2 is still Singapore/);
    expect(await places.nth(1).inputValue()).toBe('Singapore');
    // One it knows: the stop moves there.
    await places.nth(1).fill('Kuala Lumpur');
    await places.nth(1).dispatchEvent('change');
    await expect.poll(() => status.textContent()).toMatch(/^Stop 2 is now Kuala Lumpur/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const geojson = readFileSync((await download.path())!, 'utf8');
    expect(getIssues(geojson)).toEqual([]);
    const stop = (JSON.parse(geojson) as { features: { id?: string; geometry: { coordinates: number[] }; properties: { kind: string; depart?: string } }[] }).features[1]!;
    expect(stop.geometry.coordinates[0]).toBeCloseTo(101.7, 0); // Kuala Lumpur
    expect(stop.properties.depart).toBe('2024-03-06');

    // Text with no place: nothing drawn, nothing to download.
    await page.fill('#text', 'The Secretary will be on leave next week.');
    await page.click('button[type="submit"]');
    await expect.poll(() => status.textContent()).toMatch(/^Not drawn/);
    expect(await markers()).toBe(0);
    expect(await page.locator('#download').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the language example, Chinese leaves none of the layer\'s own English words', async () => {
    const { page } = await open('language');
    await page.click('[data-language="zh-Hans"]');
    await page.locator('.leaflet-marker-pane .vm-marker', { hasText: /^2$/ }).locator('.vm-marker__badge').click();
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(1);
    const words = await page.evaluate(() =>
      ['.vm-legend', '.vm-popup__header', '.vm-popup__note > summary', '.vm-stoplist-control__toggle', '.leaflet-marker-pane']
        .flatMap((sel) => [...document.querySelectorAll(sel)].map((e) => `${e.textContent} ${[...e.querySelectorAll('[aria-label]')].map((x) => x.getAttribute('aria-label')).join(' ')}`))
        .join(' '),
    );
    for (const english of ['About these facts', 'District', 'City (approximate)', 'Stop ', 'Flight', 'Rail', 'Road', 'inferred', 'press Enter']) {
      expect(words, english).not.toContain(english);
    }
    await page.close();
  });

  it('the export buttons download GeoJSON, GPX and KML files that parse', async () => {
    const { page } = await open('export');
    const files: Record<string, string> = {};
    for (const format of ['geojson', 'gpx', 'kml']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-format="${format}"]`)]);
      expect(download.suggestedFilename()).toBe(`hk-customs-yrd-visit-2023.${format}`);
      files[format] = readFileSync((await download.path())!, 'utf8');
    }

    expect(getIssues(files.geojson!)).toEqual([]);
    const fc = JSON.parse(files.geojson!) as { features: { properties: { kind: string } }[] };
    expect(fc.features.filter((f) => f.properties.kind === 'stop')).toHaveLength(SEED_STOPS);

    for (const [format, root, item] of [
      ['gpx', 'gpx', 'wpt'],
      ['kml', 'kml', 'Placemark'],
    ] as const) {
      const problems: string[] = [];
      const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(
        files[format]!,
        'application/xml',
      );
      expect(problems, format).toEqual([]);
      expect(doc.documentElement?.localName, format).toBe(root);
      expect(doc.getElementsByTagName(item).length, `${format} ${item}`).toBeGreaterThanOrEqual(SEED_STOPS);
    }
    await page.close();
  });

  it('opens a file of the reader\'s own on the GeoJSON page: the export page\'s GPX and KML, an itinerary; a broken one is named and the map kept', async () => {
    const { page: exporter } = await open('export');
    const files: Record<string, string> = {};
    for (const format of ['gpx', 'kml']) {
      const [download] = await Promise.all([exporter.waitForEvent('download'), exporter.click(`[data-format="${format}"]`)]);
      files[`trip.${format}`] = readFileSync((await download.path())!, 'utf8');
    }
    await exporter.close();
    files['trip.json'] = readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8');
    files['three.json'] = JSON.stringify({
      id: 'three',
      title: 'Three',
      stops: [
        { id: 'a', name: 'Lisbon', coordinates: [-9.14, 38.72] },
        { id: 'b', name: 'Porto', coordinates: [-8.61, 41.15] },
        { id: 'c', name: 'Braga', coordinates: [-8.43, 41.55] },
      ],
    });
    const { page, errors } = await open('geojson');
    const pick = (name: string, text: string) => page.setInputFiles('#file', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
    const places = () => page.locator('.vm-stoplist__stop .vm-stoplist__name').allTextContents();
    const seedPlaces = await places();
    expect(seedPlaces).toHaveLength(SEED_STOPS);
    for (const name of ['three.json', 'trip.gpx', 'trip.kml', 'trip.json']) {
      await pick(name, files[name]!);
      const stops = name === 'three.json' ? 3 : SEED_STOPS;
      await expect.poll(() => page.locator('#status').textContent()).toBe(`Opened ${name}: ${stops} stops and ${stops - 1} legs.`);
      // One layer and one set of controls: the file's, in place of what was shown.
      expect(await page.locator('.vm-stoplist-control').count(), name).toBe(1);
      expect(await page.locator('.vm-legend').count(), name).toBe(1);
      expect(await places(), name).toEqual(name === 'three.json' ? ['Lisbon', 'Porto', 'Braga'] : seedPlaces);
    }
    for (const [name, text, problem] of [
      ['cut.kml', files['trip.kml']!.slice(0, 300), /^cut\.kml was not opened: line \d+, column \d+: not well-formed XML/],
      ['notes.json', 'Hangzhou, then Shanghai', /^notes\.json was not opened: not JSON \(/],
      ['bad.json', JSON.stringify({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [200, 0] }] }), /^bad\.json was not opened: stops\[0\]\.coordinates\[0\]: /],
    ] as const) {
      await pick(name, text);
      await expect.poll(() => page.locator('#status').textContent()).toMatch(problem);
      expect(await places(), `${name}: the map keeps what it showed`).toEqual(seedPlaces);
    }
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
