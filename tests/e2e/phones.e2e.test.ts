/**
 * Phones and landscape, and the basics of an embedded map, in real Chromium on the built
 * gallery (`site/`). At 390×844 and 844×390, with a popup open on the seed, story and
 * extract pages, no control overlaps the popup and the visible controls cover at most 35%
 * of the map (the union of their rectangles, measured in the page). Also: the scale bar,
 * the fullscreen button, gesture handling (the wheel scrolls the page until the map is
 * focused or Ctrl is held; one finger does not pan) and axe at phone size. Screenshots go
 * to tests/e2e/screenshots/phones-*.png.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, exposeGalleryMap, openOnPhone, popupSettled, settle, axeProblems, screenshotDir, useGallery } from './harness';


const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
] as const;

/** What the page measures: the map, each visible control and the open popup, in page pixels. */
interface Layout {
  map: { width: number; height: number };
  coverage: number;
  controls: { name: string; l: number; t: number; r: number; b: number }[];
  popup: { l: number; t: number; r: number; b: number } | null;
}

/** Measures, in the page, the visible controls (clipped to the map), their union's share of the map, and the popup. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    const shown = (e: Element) => {
      const style = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
    };
    const controls = Array.from(document.querySelectorAll('#map .leaflet-control'))
      .filter(shown)
      .map((e) => {
        const r = e.getBoundingClientRect();
        const box = { name: e.className.split(' ')[0]!, l: Math.max(r.left, map.left), t: Math.max(r.top, map.top), r: Math.min(r.right, map.right), b: Math.min(r.bottom, map.bottom) };
        return box;
      })
      .filter((c) => c.r > c.l && c.b > c.t);
    // The union's area on a grid made of every control edge: a cell counts once, however many controls cover it.
    const xs = [...new Set(controls.flatMap((c) => [c.l, c.r]))].sort((a, b) => a - b);
    const ys = [...new Set(controls.flatMap((c) => [c.t, c.b]))].sort((a, b) => a - b);
    let area = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
      for (let j = 0; j + 1 < ys.length; j++) {
        const cx = (xs[i]! + xs[i + 1]!) / 2;
        const cy = (ys[j]! + ys[j + 1]!) / 2;
        if (controls.some((c) => c.l <= cx && cx <= c.r && c.t <= cy && cy <= c.b)) area += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!);
      }
    }
    const p = document.querySelector('.leaflet-popup .leaflet-popup-content-wrapper')?.getBoundingClientRect();
    return {
      map: { width: map.width, height: map.height },
      coverage: area / (map.width * map.height),
      controls,
      popup: p ? { l: p.left, t: p.top, r: p.right, b: p.bottom } : null,
    };
  });
}

/** The controls whose rectangle meets the popup's. */
function overlapping(layout: Layout): string[] {
  const p = layout.popup!;
  return layout.controls.filter((c) => c.l < p.r && p.l < c.r && c.t < p.b && p.t < c.b).map((c) => c.name);
}



describeBrowser('phones, landscape and the basics of an embedded map', () => {
  const gallery = useGallery('examples/story.html');

  /** Opens `name` at a phone size with a popup open: by deep link where the page has one, else from a marker with the keyboard. */
  async function openWithPopup(name: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await openOnPhone(gallery, `${name}.html${LINK[name] ?? ''}`, size);
    await page.locator('#map').scrollIntoViewIfNeeded();
    if (name === 'extract') {
      // The icon is a zero-size box at the point: focus it and press Enter, as a keyboard user does.
      await page.locator('#map .leaflet-marker-icon.vm-marker:not(.vm-marker--cluster)').first().focus();
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('.leaflet-popup .vm-popup__title', { timeout: 10_000 });
    await page.waitForTimeout(1000); // the pan that brings the popup into its room
    return { page, errors };
  }

  // A stop to open by deep link on each page (the extract page has none: a marker, by keyboard).
  // Dubai and Honolulu: stops near the world's top edge on a whole-world view, where the map
  // cannot pan the popup clear of the controls without zooming in.
  const LINK: Record<string, string> = { seed: '#stop=hangzhou', story: '#stop=hangzhou', 'round-the-world': '#stop=dubai', pacific: '#stop=honolulu' };

  for (const name of ['seed', 'story', 'extract', 'round-the-world', 'pacific']) {
    for (const size of SIZES) {
      it(`keeps every control off the open popup and under 35% of the map on ${name} at ${size.width}×${size.height}`, async () => {
        const { page, errors } = await openWithPopup(name, size);
        const layout = await measure(page);
        await page.screenshot({ path: path.join(screenshotDir, `phones-${name}-${size.width}x${size.height}.png`) });
        console.log(`[e2e] ${name} at ${size.width}×${size.height}, popup open: controls cover ${(layout.coverage * 100).toFixed(1)}% of the map`);
        expect(layout.popup, 'a popup is open').not.toBeNull();
        expect(overlapping(layout)).toEqual([]);
        expect(layout.coverage).toBeLessThanOrEqual(0.35);
        // The popup is whole on the map: no text cut at its edges.
        const map = await page.locator('#map').boundingBox();
        expect(layout.popup!.t).toBeGreaterThanOrEqual(map!.y);
        expect(layout.popup!.b).toBeLessThanOrEqual(map!.y + map!.height);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  // At 320 and 360 px the story's bar, the layer switcher and the attribution above it leave no band
  // across the map tall enough for the popup: it was panned as high as it goes, its stop under the attribution.
  for (const size of [{ width: 320, height: 640 }, { width: 360, height: 640 }, ...SIZES]) {
    it(`keeps the stop story.html#stop=shanghai opens, its popup and the popup's tip clear of every control at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await openOnPhone(gallery, 'story.html#stop=shanghai', size);
      await page.locator('#map').scrollIntoViewIfNeeded();
      await page.waitForSelector('.leaflet-popup .vm-popup__title');
      await popupSettled(page);
      const seen = await page.evaluate(() => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { l: r.left, t: r.top, r: r.right, b: r.bottom };
        };
        const marker = [...document.querySelectorAll('.leaflet-marker-icon.vm-marker')].find((m) => m.getAttribute('aria-label')?.startsWith('Stops 3 · 6:'))!;
        const parts = {
          marker: box(marker.querySelector('.vm-marker__badge')!),
          popup: box(document.querySelector('.leaflet-popup-content-wrapper')!),
          tip: box(document.querySelector('.leaflet-popup-tip-container')!),
        };
        const controls = [...document.querySelectorAll('#map .leaflet-control')].filter((c) => c.getBoundingClientRect().height > 0);
        const under = Object.entries(parts).flatMap(([part, p]) =>
          controls.filter((c) => {
            const r = c.getBoundingClientRect();
            return r.left < p.r && p.l < r.right && r.top < p.b && p.t < r.bottom;
          }).map((c) => `${part} under ${c.className.split(' ').find((n) => n !== 'leaflet-control') ?? 'leaflet-control'}`),
        );
        const map = box(document.querySelector('#map')!);
        const tipX = (parts.tip.l + parts.tip.r) / 2;
        return {
          under,
          onMap: Object.values(parts).every((p) => p.l >= map.l && p.r <= map.r && p.t >= map.t && p.b <= map.b),
          // The tip's point (the bottom of its box) reaches the badge's ring, not past its middle.
          tipAtMarker: tipX > parts.marker.l && tipX < parts.marker.r && parts.tip.b > parts.marker.t - 12 && parts.tip.b < (parts.marker.t + parts.marker.b) / 2,
        };
      });
      await page.screenshot({ path: path.join(screenshotDir, `phones-story-shanghai-${size.width}x${size.height}.png`) });
      expect(seen).toEqual({ under: [], onMap: true, tipAtMarker: true });
      expect(await axeProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('brings the whole popup into the window when a marker reached by Tab is opened with Enter, at 844×390', async () => {
    // An outside tester's report: the page scrolled to the focused marker, low on the map, and
    // the popup opened above it had its top and close button above the window.
    const { page, errors } = await openOnPhone(gallery, 'seed.html', SIZES[1]);
    await page.locator('#map .leaflet-marker-icon.vm-marker[tabindex="0"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.leaflet-popup .vm-popup__title');
    await popupSettled(page);
    await page.screenshot({ path: path.join(screenshotDir, 'phones-seed-844x390-keyboard-popup.png') });
    const where = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const [popup, close, map] = [r('.leaflet-popup'), r('.leaflet-popup-close-button'), r('#map')];
      return { top: popup.top, bottom: popup.bottom, close: close.top, mapTop: map.top, mapBottom: map.bottom, window: innerHeight };
    });
    expect(where.close, 'the close button in the window').toBeGreaterThanOrEqual(0);
    expect(where.top, 'the popup in the window').toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.window);
    expect(where.top, 'the popup on the map').toBeGreaterThanOrEqual(where.mapTop);
    expect(where.bottom).toBeLessThanOrEqual(where.mapBottom);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('vm-popup__title');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const name of ['seed', 'story']) for (const size of [{ width: 320, height: 640 }, { width: 360, height: 640 }, ...SIZES]) {
    it(`fits the ${name} visit clear of the controls across a ${size.width}×${size.height} map: no marker under the legend, the list, the bar or the buttons`, async () => {
      const { page, errors } = await openOnPhone(gallery, `${name}.html`, size);
      await page.locator('#map').scrollIntoViewIfNeeded();
      const under = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll<HTMLElement>('#map :is(.leaflet-control, .vm-bar)')]
          .map((e) => ({ name: e.className.split(' ').find((c) => c !== 'leaflet-control') ?? '', r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        return [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-pane .vm-marker')].flatMap((m) => {
          const b = m.querySelector('.vm-marker__badge')!.getBoundingClientRect();
          return boxes.filter(({ r }) => b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom).map(({ name }) => `${m.textContent} under ${name}`);
        });
      });
      await page.screenshot({ path: path.join(screenshotDir, `phones-${name}-fit-${size.width}x${size.height}.png`) });
      expect(under).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  // An outside tester's report: the gallery pages fitted before their controls were in place
  // (pacific before its bar, export before its legend), and the extract page's zoom 2 floor
  // left a trip from Gaborone to New York wider than a phone, New York under the buttons.
  const TRANSATLANTIC = 'President to attend the UN General Assembly\n\nThe President will depart tomorrow (September 17) for New York.\n\nHe will return to Gaborone on September 24.';
  const FITTED: [string, { width: number; height: number }][] = [
    ['extract', { width: 390, height: 844 }],
    ['extract', { width: 360, height: 640 }],
    ['pacific', { width: 844, height: 390 }],
    ['pacific', { width: 360, height: 640 }],
    ['export', { width: 360, height: 640 }],
    ['export', { width: 390, height: 844 }],
    // A trip once round the world is wider than the whole world at zoom 0 on a 320 px phone: London's badges were cut at both edges.
    ['round-the-world', { width: 320, height: 640 }],
    ['round-the-world', { width: 360, height: 640 }],
  ];
  for (const [name, size] of FITTED) {
    it(`fits ${name} clear of the controls at ${size.width}×${size.height}: every badge on the map, none under a control`, async () => {
      const { page, errors } = await openOnPhone(gallery, `${name}.html`, size);
      if (name === 'extract') {
        await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toMatch(/^Drafted \d+ stops/);
        await page.fill('#text', TRANSATLANTIC);
        await page.fill('#published', '2023-09-16');
        await page.fill('#home', 'Gaborone');
        await page.click('button[type="submit"]');
        await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toMatch(/^Drafted 3 stops/);
        await settle(page, 1000);
      }
      await page.locator('#map').scrollIntoViewIfNeeded();
      const seen = await page.evaluate(() => {
        const map = document.querySelector('#map')!.getBoundingClientRect();
        const boxes = [...document.querySelectorAll<HTMLElement>('#map :is(.leaflet-control, .vm-bar)')]
          .map((e) => ({ name: e.className.split(' ').find((c) => c !== 'leaflet-control') ?? '', r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        const markers = [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-pane .vm-marker')];
        return {
          places: markers.map((m) => m.getAttribute('aria-label')?.replace(/^Stops? [^:]*: /, '').split(',')[0]),
          misplaced: markers.flatMap((m) => {
            const b = m.querySelector('.vm-marker__badge')!.getBoundingClientRect();
            const off = b.left < map.left || b.right > map.right || b.top < map.top || b.bottom > map.bottom ? [`${m.textContent} off the map`] : [];
            return off.concat(boxes.filter(({ r }) => b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom).map(({ name: c }) => `${m.textContent} under ${c}`));
          }),
        };
      });
      await page.screenshot({ path: path.join(screenshotDir, `phones-${name}-fit-${size.width}x${size.height}.png`) });
      if (name === 'extract') expect(seen.places).toContain('New York');
      expect(seen.misplaced).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('fits the seed again when a phone held sideways is turned upright, and leaves a map the visitor moved where it is', async () => {
    const { page, errors } = await openOnPhone(gallery, 'seed.html', { width: 844, height: 390 });
    await exposeGalleryMap(page);
    // The refit: a move begun after the resize (a resize alone begins none), and over (Leaflet's zoom or pan animation done).
    await page.evaluate(() => {
      const w = window as unknown as { galleryMap: import('leaflet').Map; moves: number };
      w.moves = 0;
      w.galleryMap.on('movestart', () => w.moves++);
    });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('#map').scrollIntoViewIfNeeded();
    const refit = () =>
      page.evaluate(() => {
        const w = window as unknown as { galleryMap: { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } }; moves: number };
        return { moved: w.moves > 0, animating: Boolean(w.galleryMap._animatingZoom || w.galleryMap._panAnim?._inProgress) };
      });
    await expect.poll(refit, { timeout: 10_000 }).toEqual({ moved: true, animating: false });
    // Each badge inside the map and under no control, once the refit has settled.
    const misplaced = () =>
      page.evaluate(() => {
        const map = document.querySelector('#map')!.getBoundingClientRect();
        const boxes = [...document.querySelectorAll<HTMLElement>('#map :is(.leaflet-control, .vm-bar)')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
        return [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-pane .vm-marker')]
          .filter((m) => {
            const b = m.querySelector('.vm-marker__badge')!.getBoundingClientRect();
            const outside = b.left < map.left || b.right > map.right || b.top < map.top || b.bottom > map.bottom;
            return outside || boxes.some((r) => b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom);
          })
          .map((m) => m.textContent);
      });
    await expect.poll(misplaced, { timeout: 10_000 }).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'phones-seed-turned-320x640.png') });
    // The visitor moves the map: turned back sideways, it keeps the centre they chose.
    const chosen = await page.evaluate(() => {
      const map = (window as unknown as { galleryMap: import('leaflet').Map }).galleryMap;
      map.panBy([80, 40], { animate: false });
      (window as unknown as { moves: number }).moves = 0;
      return { center: map.getCenter(), zoom: map.getZoom() };
    });
    await page.setViewportSize({ width: 844, height: 390 });
    await settle(page);
    const kept = await page.evaluate(async (c) => {
      const map = (window as unknown as { galleryMap: import('leaflet').Map }).galleryMap;
      // Leaflet resizes the map on the frame after the window's resize, and a refit would start on the one after.
      await new Promise<void>((resolve) => (function f(k: number) { if (k === 0) resolve(); else requestAnimationFrame(() => f(k - 1)); })(5));
      return { moves: (window as unknown as { moves: number }).moves, size: map.getSize().x, zoom: map.getZoom(), px: Math.round(map.project(map.getCenter(), c.zoom).distanceTo(map.project(c.center, c.zoom))) };
    }, chosen);
    expect(kept.size).toBeGreaterThan(600); // resized
    expect(kept).toMatchObject({ moves: 0, zoom: chosen.zoom });
    expect(kept.px).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const name of ['story', 'round-the-world', 'pacific']) {
    for (const size of SIZES) {
      it(`shows every stop of ${name} on the map at ${size.width}×${size.height} when it loads`, async () => {
        const { page } = await openOnPhone(gallery, `${name}.html`, size);
        // Each marker's badge, what people see (the marker's own box is its anchor point), with
        // its halo (15 px round a city's badge) inside the map: a wide grouped badge's ("1 · 6")
        // was cut by the map's edge.
        const off = await page.evaluate(() => {
          const m = document.querySelector('#map')!.getBoundingClientRect();
          return [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-pane .vm-marker')]
            .filter((e) => {
              const r = e.querySelector('.vm-marker__badge')!.getBoundingClientRect();
              return r.left < m.left + 15 || r.right > m.right - 15 || r.top < m.top + 15 || r.bottom > m.bottom - 15;
            })
            .map((e) => e.getAttribute('aria-label') ?? e.textContent);
        });
        expect(off).toEqual([]);
        await page.context().close();
      });
    }
  }

  /**
   * What lies partly over another thing on the map: each visible control in a corner, the story
   * bar's row and open sheet, the popup and its tip, and the meeting details view, in page pixels
   * (a control inside another, the bar's parts in its row, is not counted against it).
   */
  function panelsOverlapping(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const shown = (e: Element) => {
        const r = e.getBoundingClientRect();
        return getComputedStyle(e).visibility !== 'hidden' && r.width > 0 && r.height > 0;
      };
      const parts: Element[] = [];
      for (const corner of Array.from(document.querySelectorAll('#map .leaflet-control-container > div'))) {
        for (const c of Array.from(corner.children)) parts.push(...(c.classList.contains('vm-bar') ? Array.from(c.querySelectorAll('.vm-bar__row, .vm-bar__sheet:not([hidden])')) : [c]));
      }
      parts.push(...Array.from(document.querySelectorAll('#map :is(.leaflet-popup-content-wrapper, .leaflet-popup-tip-container, .vm-meeting-details:not([hidden]))')));
      const boxes = parts.filter(shown).map((e) => ({ name: e.className.split(' ').find((c) => c !== 'leaflet-control')!, r: e.getBoundingClientRect() }));
      const popup = (name: string) => name.startsWith('leaflet-popup');
      return boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => !(popup(a.name) && popup(b.name)) && a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1)
          .map((b) => `${a.name} / ${b.name}`),
      );
    });
  }

  // An outside tester's report: late in a story, at 844×390, the sheets opened over the last stop's
  // popup (and over the scale and layer switcher standing on the bar), the meeting view a link opened
  // lay over the bar's right half, toggles and all, and on pacific at 390×844 the last day's fit left
  // Tokyo's popup above the map, over the zoom buttons.
  const LAST_MEETING: Record<string, string> = { story: 'hong-kong-enterprises', pacific: 'suva-islands', 'round-the-world': 'new-york-standards' };
  for (const name of Object.keys(LAST_MEETING)) for (const size of SIZES) {
    it(`late in ${name}'s story at ${size.width}×${size.height}, no panel lies over another: the last stop, each sheet, the last day, a #meeting= link`, async () => {
      const { page, errors } = await openOnPhone(gallery, `${name}.html`, size);
      await page.locator('#map').scrollIntoViewIfNeeded();
      const seen: Record<string, string[]> = {};
      await page.locator('#map .vm-timeline__range').focus();
      await page.keyboard.press('End');
      await page.waitForSelector('.leaflet-popup .vm-popup__title');
      await popupSettled(page);
      seen['last stop'] = await panelsOverlapping(page);
      const toggles = page.locator('#map .vm-bar__toggle');
      for (let i = 0; i < (await toggles.count()); i++) {
        const toggle = toggles.nth(i);
        await toggle.click();
        const label = (await toggle.locator('.vm-bar__label').textContent())!;
        seen[`last stop, ${label} open`] = await panelsOverlapping(page);
        await page.screenshot({ path: path.join(screenshotDir, `phones-late-${name}-${size.width}x${size.height}-${label}.png`) });
        // The sheet is the one panel there: no popup in sight while it is open.
        expect(await page.locator('.leaflet-popup').isVisible(), `${label} open: no popup in sight`).toBe(false);
        // Closed again (by its toggle, as a touch would), then the last stop's popup again for what follows.
        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded'), `${label} closed`).toBe('false');
        await page.locator('#map .vm-timeline__range').focus();
        await page.keyboard.press('Home');
        await page.keyboard.press('End');
        await page.waitForSelector('.leaflet-popup .vm-popup__title');
        await popupSettled(page);
      }
      const days = page.locator('#map .vm-days__select');
      await days.selectOption({ index: (await days.locator('option').count()) - 1 });
      await settle(page, 1000);
      await popupSettled(page);
      seen['last day'] = await panelsOverlapping(page);
      await page.screenshot({ path: path.join(screenshotDir, `phones-late-${name}-${size.width}x${size.height}-day.png`) });

      expect(errors).toEqual([]);
      await page.context().close();

      const linked = await openOnPhone(gallery, `${name}.html#meeting=${LAST_MEETING[name]}`, size);
      await linked.page.locator('#map').scrollIntoViewIfNeeded();
      await linked.page.waitForSelector('.vm-meeting-details:not([hidden])');
      seen.meeting = await panelsOverlapping(linked.page);
      await linked.page.screenshot({ path: path.join(screenshotDir, `phones-late-${name}-${size.width}x${size.height}-meeting.png`) });
      // Its close button, by touch, gives back the bar, whose toggles then open their sheets.
      await linked.page.locator('.vm-meeting-details__close').tap();
      const first = linked.page.locator('#map .vm-bar__toggle').first();
      await first.tap({ timeout: 5000 });
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      seen['after the meeting, a sheet open'] = await panelsOverlapping(linked.page);
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
      expect(linked.errors).toEqual([]);
      await linked.page.context().close();
    });
  }

  it('folds the stop list to one line and passes axe on the story at phone size', async () => {
    const { page } = await openWithPopup('story', SIZES[0]);
    // On a phone the stop list's line is its toggle in the story's bar.
    const toggle = page.locator('.vm-bar__toggle', { hasText: 'Itinerary' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const box = await toggle.boundingBox();
    expect(box!.height).toBeLessThan(40);
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  /** Where the story's controls stand: the bar, its parts and the map, in page pixels. */
  function barLayout(page: Page) {
    return page.evaluate(() => {
      const box = (e: Element | null) => {
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? { l: r.left, t: r.top, r: r.right, b: r.bottom } : null;
      };
      const bars = document.querySelectorAll('#map .vm-bar');
      const bar = bars[0] ?? null;
      const toggle = (text: string) => Array.from(bar?.querySelectorAll('.vm-bar__toggle') ?? []).find((b) => b.textContent!.includes(text)) ?? null;
      const sheetOf = (t: Element | null) => (t ? document.getElementById(t.getAttribute('aria-controls')!) : null);
      const stops = toggle('Itinerary');
      const legend = toggle('Legend');
      return {
        bars: bars.length,
        map: box(document.querySelector('#map'))!,
        bar: box(bar),
        row: box(bar?.querySelector('.vm-bar__row') ?? null),
        // Each part that must be in the bar: inside it, and its rectangle.
        parts: [bar?.querySelector('.vm-timeline'), bar?.querySelector('.vm-days'), stops, legend].map((e) => box(e ?? null)),
        sheets: {
          stops: sheetOf(stops)?.contains(document.querySelector('.vm-stoplist-control')) ?? false,
          legend: sheetOf(legend)?.contains(document.querySelector('.vm-legend')) ?? false,
        },
        shown: {
          stopList: box(document.querySelector('.vm-stoplist__list')) !== null,
          legend: box(document.querySelector('.vm-legend')) !== null,
          summary: box(document.querySelector('.vm-summary')) !== null,
        },
      };
    });
  }

  /** The rows the boxes stand in: boxes whose vertical extents overlap share a row. */
  function rows(boxes: { t: number; b: number }[]): number {
    const sorted = [...boxes].sort((a, b) => a.t - b.t);
    let count = 0;
    let bottom = -Infinity;
    for (const box of sorted) {
      if (box.t >= bottom - 1) count++;
      bottom = Math.max(bottom, box.b);
    }
    return count;
  }

  async function openStory(size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await openOnPhone(gallery, 'story.html', size);
    await page.locator('#map').scrollIntoViewIfNeeded();
    return { page, errors };
  }

  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;

    it(`folds the story's timeline, day picker, stop list and legend into one bar along the bottom at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await openStory(size);
      const layout = await barLayout(page);
      await page.screenshot({ path: path.join(screenshotDir, `phone-story-bar-${tag}-closed.png`) });
      expect(layout.bars).toBe(1);
      const bar = layout.bar!;
      // Along the bottom edge, across the map (Leaflet's 10 px corner margins).
      expect(Math.abs(layout.map.b - bar.b - 10)).toBeLessThanOrEqual(2);
      expect(Math.abs(bar.l - layout.map.l - 10)).toBeLessThanOrEqual(2);
      expect(Math.abs(layout.map.r - bar.r - 10)).toBeLessThanOrEqual(2);
      // The timeline, the day picker and the two toggles: each shown, inside the bar, in one row or two.
      const parts = layout.parts;
      expect(parts.every((p) => p !== null)).toBe(true);
      for (const p of parts) expect(p!.l >= bar.l && p!.r <= bar.r && p!.t >= bar.t && p!.b <= bar.b).toBe(true);
      expect(rows(parts as { t: number; b: number }[])).toBeLessThanOrEqual(2);
      // The stop list and the legend wait in the closed sheet; the summary is not shown.
      expect(layout.sheets).toEqual({ stops: true, legend: true });
      expect(layout.shown).toEqual({ stopList: false, legend: false, summary: false });
      expect((await measure(page)).coverage).toBeLessThanOrEqual(0.35);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`gives each of the bar's controls a 24×24 px target, none over another, at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await openStory(size);
      const targets = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#map .vm-bar :is(button, input, select)'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0) // the closed sheets' contents are hidden
          .map(({ e, r }) => ({ name: (e as HTMLInputElement).labels?.[0]?.textContent ?? e.getAttribute('aria-label') ?? e.textContent!.trim(), l: r.left, t: r.top, r: r.right, b: r.bottom })),
      );
      // The previous, play and next buttons, the slider, the day picker and the two toggles.
      expect(targets.length).toBe(7);
      expect(targets.filter((t) => t.r - t.l < 24 || t.b - t.t < 24).map((t) => `${t.name}: ${Math.round(t.r - t.l)}×${Math.round(t.b - t.t)}`)).toEqual([]);
      const over = targets.flatMap((a, i) => targets.slice(i + 1).filter((b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b).map((b) => `${a.name} / ${b.name}`));
      expect(over).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`opens and closes the bottom sheet by click and by keyboard, one at a time, and passes axe with it open at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await openStory(size);
      const stops = page.locator('.vm-bar__toggle', { hasText: 'Itinerary' });
      const legend = page.locator('.vm-bar__toggle', { hasText: 'Legend' });
      const sheet = page.getByRole('region', { name: 'Itinerary' });
      expect(await stops.getAttribute('aria-expanded')).toBe('false');
      expect(await sheet.isVisible()).toBe(false);

      // By click: the sheet opens above the row, over the lower part of the map, the keyboard in the list.
      await stops.click();
      expect(await stops.getAttribute('aria-expanded')).toBe('true');
      expect(await sheet.isVisible()).toBe(true);
      expect(await sheet.evaluate((e) => e.contains(document.activeElement) && document.activeElement!.matches('.vm-stoplist__stop'))).toBe(true);
      const open = await barLayout(page);
      const sheetBox = (await sheet.boundingBox())!;
      expect(sheetBox.y + sheetBox.height).toBeLessThanOrEqual(open.row!.t + 1);
      expect(sheetBox.y).toBeGreaterThan(open.map.t + (open.map.b - open.map.t) * 0.3);
      expect(open.shown.stopList).toBe(true);
      await page.screenshot({ path: path.join(screenshotDir, `phone-story-bar-${tag}-open.png`) });
      expect(await axeProblems(page)).toEqual([]);

      // Opening the legend closes the stop list.
      await legend.click();
      expect(await stops.getAttribute('aria-expanded')).toBe('false');
      expect(await legend.getAttribute('aria-expanded')).toBe('true');
      expect((await barLayout(page)).shown).toMatchObject({ stopList: false, legend: true });
      expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);
      // Its toggle closes it again.
      await legend.click();
      expect(await legend.getAttribute('aria-expanded')).toBe('false');
      expect((await barLayout(page)).shown.legend).toBe(false);

      // By keyboard: Enter opens, Escape closes and gives the keyboard back to the toggle.
      await stops.focus();
      await page.keyboard.press('Enter');
      expect(await stops.getAttribute('aria-expanded')).toBe('true');
      expect(await sheet.evaluate((e) => e.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      expect(await stops.getAttribute('aria-expanded')).toBe('false');
      expect(await stops.evaluate((e) => e === document.activeElement)).toBe(true);
      // Space on the toggle opens it, and Enter on the toggle closes it.
      await page.keyboard.press('Space');
      expect(await stops.getAttribute('aria-expanded')).toBe('true');
      await stops.focus();
      await page.keyboard.press('Enter');
      expect(await stops.getAttribute('aria-expanded')).toBe('false');
      expect(await stops.evaluate((e) => e === document.activeElement)).toBe(true);

      // A stop chosen in the sheet: the sheet makes way for its popup, which no control covers.
      await stops.click();
      await page.locator('.vm-bar__sheet .vm-stoplist__stop', { hasText: 'Lingang' }).click();
      await page.waitForSelector('.leaflet-popup .vm-popup__title');
      await page.waitForTimeout(1000);
      expect(await stops.getAttribute('aria-expanded')).toBe('false');
      expect(await stops.evaluate((e) => e === document.activeElement)).toBe(true);
      const layout = await measure(page);
      expect(overlapping(layout)).toEqual([]);
      expect(layout.coverage).toBeLessThanOrEqual(0.35);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('at 360×640 the attribution stays in sight above the bar as its date grows, and above the open sheet', async () => {
    const { page, errors } = await openOnPhone(gallery, 'story.html#stop=shanghai', { width: 360, height: 640 });
    await page.locator('#map').scrollIntoViewIfNeeded();
    await page.waitForSelector('.leaflet-popup .vm-popup__title');
    // What the attribution covers of the bar, its row and the open sheet (the date, the toggles, the list).
    const covered = () =>
      page.evaluate(() => {
        const a = document.querySelector('#map .leaflet-control-attribution')!.getBoundingClientRect();
        const map = document.querySelector('#map')!.getBoundingClientRect();
        const parts = Array.from(document.querySelectorAll('#map .vm-bar__row, #map .vm-bar__sheet:not([hidden])'));
        return {
          inMap: a.width > 0 && a.top >= map.top && a.bottom <= map.bottom,
          covers: parts.filter((p) => { const r = p.getBoundingClientRect(); return a.left < r.right && r.left < a.right && a.top < r.bottom && r.top < a.bottom; }).map((p) => p.className),
        };
      });
    const closed = await covered();
    await page.getByRole('button', { name: /Itinerary/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Itinerary' }).isVisible()).toBe(true);
    const open = await covered();
    await page.screenshot({ path: path.join(screenshotDir, 'phone-story-attribution-360x640.png') });
    expect({ closed, open }).toEqual({ closed: { inMap: true, covers: [] }, open: { inMap: true, covers: [] } });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [name, hash] of [['story', '#stop=shanghai'], ['pacific', '#stop=tokyo-return']] as const) {
    it(`on a 320 px phone, ${name}'s bar writes its date without the year, in two lines at most, the slider 80 px wide at least`, async () => {
      const { page, errors } = await openOnPhone(gallery, `${name}.html${hash}`, { width: 320, height: 640 });
      await page.locator('#map').scrollIntoViewIfNeeded();
      await page.waitForSelector('.leaflet-popup .vm-popup__title');
      const got = await page.evaluate(() => {
        const readout = document.querySelector('#map .vm-bar .vm-timeline__readout')!;
        // The lines the readout's shown text is on, from each letter's own box: middles 8 px apart or more
        // (half a line) are on different lines; the smaller "inferred" sits on the date's baseline.
        const middles: number[] = [];
        const words: string[] = [];
        for (const span of Array.from(readout.children)) {
          const text = span.firstChild;
          if (!text || getComputedStyle(span).display === 'none') continue;
          words.push(text.textContent!);
          for (let i = 0; i < text.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const r = range.getBoundingClientRect();
            if (r.height > 0) middles.push(r.top + r.height / 2);
          }
        }
        const spoken = document.querySelector('#map .vm-timeline__range')!.getAttribute('aria-valuetext');
        middles.sort((a, b) => a - b);
        const lines = middles.filter((m, i) => i === 0 || m - middles[i - 1]! >= 8).length;
        return { shown: words.join(' | '), lines, slider: Math.round(document.querySelector('#map .vm-bar .vm-timeline__track')!.getBoundingClientRect().width), spoken };
      });
      await page.screenshot({ path: path.join(screenshotDir, `phone-${name}-bar-date-320x640.png`) });
      expect(got.lines, `"${got.shown}"`).toBeLessThanOrEqual(2);
      expect(got.shown, 'no year in the narrow bar').not.toMatch(/20\d\d/);
      expect(got.slider).toBeGreaterThanOrEqual(80);
      expect(got.spoken, 'the slider still says the year').toMatch(/20\d\d/);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('on a 320 px phone, the story\'s bar breaks its date between words and leaves the day picker room for a day', async () => {
    const { page, errors } = await openStory({ width: 320, height: 640 });
    const got = await page.evaluate(() => {
      // The date shown (in a narrow bar, the one without its year).
      const date = Array.from(document.querySelectorAll('#map .vm-bar .vm-timeline__readout > *')).find((e) => getComputedStyle(e).display !== 'none')!;
      const text = date.firstChild!;
      // The line each letter is on, from its own box.
      const lines: number[] = [];
      for (let i = 0; i < text.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        lines.push(Math.round(range.getBoundingClientRect().top));
      }
      const split = text.textContent!.split('').some((c, i, all) => i > 0 && c !== ' ' && all[i - 1] !== ' ' && lines[i] !== lines[i - 1]);
      return { text: text.textContent, split, select: document.querySelector('#map .vm-bar .vm-days__select')!.getBoundingClientRect().width };
    });
    await page.screenshot({ path: path.join(screenshotDir, 'phone-story-bar-320x640.png') });
    expect(got.split, `"${got.text}" breaks inside a word`).toBe(false);
    expect(got.select, 'the day picker\'s width').toBeGreaterThanOrEqual(80);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the corner layout of the story at 1100×750, and folds into the bar when the window is made small and back', async () => {
    const page = await gallery.browser.newPage({ viewport: { width: 1100, height: 750 } });
    await page.goto(`${gallery.base}story.html`);
    await settle(page);
    const corners = () =>
      page.evaluate(() => {
        const where = (selector: string) => {
          const e = document.querySelector(selector);
          const r = e?.getBoundingClientRect();
          if (!e || !r || r.width === 0) return e?.closest('.vm-bar') ? 'bar' : 'none'; // in a closed sheet, or hidden
          return e.closest('.vm-bar') ? 'bar' : e.closest('.leaflet-top, .leaflet-bottom')!.className;
        };
        return {
          bar: document.querySelectorAll('#map .vm-bar').length,
          timeline: where('.vm-timeline'),
          days: where('.vm-days'),
          summary: where('.vm-summary'),
          stopList: where('.vm-stoplist-control'),
          legend: where('.vm-legend'),
        };
      });
    const asBefore = { bar: 0, timeline: 'leaflet-bottom leaflet-left', days: 'leaflet-top leaflet-left', summary: 'leaflet-top leaflet-left', stopList: 'leaflet-top leaflet-right', legend: 'leaflet-bottom leaflet-right' };
    expect(await corners()).toEqual(asBefore);
    expect(await page.locator('.vm-stoplist-control__toggle').isVisible()).toBe(true);
    // The map's resize (here the window's) folds and unfolds it.
    await page.setViewportSize(SIZES[0]);
    await expect.poll(corners).toEqual({ bar: 1, timeline: 'bar', days: 'bar', summary: 'none', stopList: 'bar', legend: 'bar' });
    await page.setViewportSize({ width: 1100, height: 750 });
    await expect.poll(corners).toEqual(asBefore);
    await page.close();
  });

  // The extract page's legend is the widest ("Travel (mode not stated)").
  for (const name of ['extract']) {
    for (const first of SIZES) {
      it(`keeps the legend off the scale bar on ${name} at 390×844 at every zoom, loaded at ${first.width}×${first.height}`, async () => {
        const { page } = await openOnPhone(gallery, `${name}.html`, first);
        // Loaded sideways, then the phone is turned upright.
        if (first !== SIZES[0]) await page.setViewportSize(SIZES[0]);
        await page.waitForTimeout(500);
        const clash = () =>
          page.evaluate(() => {
            const rect = (s: string) => document.querySelector(`#map ${s}`)!.getBoundingClientRect();
            const [a, b] = [rect('.vm-legend'), rect('.leaflet-control-scale')];
            const meet = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            return meet ? `legend ${[a.left, a.top, a.right, a.bottom].map(Math.round)} over scale ${[b.left, b.top, b.right, b.bottom].map(Math.round)}` : null;
          });
        // Each zoom gives the scale another length, up to its longest.
        await exposeGalleryMap(page);
        const seen: (string | null)[] = [await clash()];
        for (let zoom = 3; zoom <= 6; zoom++) {
          await page.evaluate((z) => (window as unknown as { galleryMap: { setZoom(z: number, o: object): void } }).galleryMap.setZoom(z, { animate: false }), zoom);
          seen.push(await clash());
        }
        expect(seen.filter(Boolean)).toEqual([]);
        await page.context().close();
      }, 120_000); // the extract page loads the list of places first
    }
  }

  it('shows a scale bar that follows the zoom', async () => {
    const page = await gallery.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${gallery.base}seed.html`);
    await settle(page);
    const scale = page.locator('#map .leaflet-control-scale-line').first();
    const before = await scale.textContent();
    expect(before).toMatch(/^\d+ (km|m)$/);
    await page.locator('#map .leaflet-control-zoom-in').click();
    await page.waitForTimeout(600);
    expect(await scale.textContent()).not.toBe(before);
    await page.close();
  });

  it('puts the map on the whole screen and back with the fullscreen button', async () => {
    const page = await gallery.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${gallery.base}seed.html`);
    await settle(page);
    const button = page.locator('#map .vm-fullscreen-control__button');
    expect(await button.getAttribute('aria-label')).toBe('Full screen');
    await button.click();
    await page.waitForFunction(() => document.querySelector('#map')!.classList.contains('vm-fullscreen'));
    const box = await page.locator('#map').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1100, height: 800 });
    expect(await button.getAttribute('aria-label')).toBe('Exit full screen');
    await button.click();
    await page.waitForFunction(() => !document.querySelector('#map')!.classList.contains('vm-fullscreen'));
    expect((await page.locator('#map').boundingBox())!.width).toBeLessThan(1100);
    await page.close();
  });

  it('scrolls the page with the wheel over an unfocused map, with a hint, and zooms once focused or with Ctrl', async () => {
    const page = await gallery.browser.newPage({ viewport: { width: 1100, height: 700 } });
    await page.goto(`${gallery.base}seed.html`);
    await settle(page);
    const map = page.locator('#map');
    await map.scrollIntoViewIfNeeded();
    // The scale bar's text changes with the zoom: the page's map object is not global.
    const zoom = () => page.locator('#map .leaflet-control-scale-line').first().textContent();
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
    const scaleBefore = await zoom();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await zoom()).toBe(scaleBefore);
    await expect.poll(() => page.locator('#map .vm-gesture-hint--shown').textContent()).toMatch(/Ctrl \+ scroll/);

    // With Ctrl held, the wheel is the map's.
    const b2 = (await map.boundingBox())!;
    await page.mouse.move(b2.x + b2.width / 3, b2.y + b2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForTimeout(800);
    const scaleCtrl = await zoom();
    expect(scaleCtrl).not.toBe(scaleBefore);

    // Focused (Leaflet focuses the map on a click), the wheel zooms without Ctrl.
    await page.locator('#map').focus();
    const scrollFocused = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800);
    expect(await zoom()).not.toBe(scaleCtrl);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollFocused);
    await page.close();
  });

  it('leaves one finger to the page: no map drag, a hint, and the browser may pan the page', async () => {
    const { page } = await openOnPhone(gallery, 'seed.html', SIZES[0]);
    await page.locator('#map').scrollIntoViewIfNeeded();
    // A coarse pointer: map dragging is off, so Leaflet's CSS lets the browser pan the page.
    expect(await page.locator('#map').evaluate((e) => getComputedStyle(e).touchAction)).toBe('pan-x pan-y');
    const box = (await page.locator('#map').boundingBox())!;
    const pane = () => page.locator('#map .leaflet-map-pane').evaluate((e) => (e as HTMLElement).style.transform);
    const before = await pane();
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + i * 20, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    expect(await pane()).toBe(before);
    expect(await page.locator('#map .vm-gesture-hint').textContent()).toMatch(/two fingers/);
    await page.context().close();
  });
});
