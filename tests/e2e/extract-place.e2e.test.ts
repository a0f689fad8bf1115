/**
 * The extract page with places its list lacks (an outside tester's finding): with home "Hong Kong", a text about two
 * Lamma Island bays drafted no stop and offered only the first bay; the bay placed by hand had no date though the text
 * gives one, no leg from or to home, and the meeting there was gone. A place the text names, placed by hand, now gets
 * what the text says of it, as a place the list knew would; every unknown place named is offered; and the place
 * search's words are selected as it opens, so that typing replaces them.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, describeBrowser, exposeGalleryMap, useGallery } from './harness';
import { fromGeoJSON, parseItinerary, localize, type Itinerary } from '../../src/index';

// Our own words, after the tester's.
const BAYS = 'Director of Marine visits outlying island piers\n\nThe Director of Marine will visit Sok Kwu Wan and Mo Tat Wan tomorrow (September 12) to inspect pier improvement works.\n\nShe will travel by launch from Central and meet representatives of the Lamma Island Rural Committee at Mo Tat Wan.\n\nShe will return to Hong Kong on the same day.';

describeBrowser('extract page, a place the list lacks', () => {
  const gallery = useGallery('examples/extract.html');
  const places = (page: Page) => page.locator('#table tbody input[aria-label^="Place of stop"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((i) => i.value));
  async function download(page: Page): Promise<Itinerary> {
    await expect.poll(() => page.locator('#download').isDisabled()).toBe(false);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    return parseItinerary(fromGeoJSON(JSON.parse(readFileSync((await file.path())!, 'utf8'))));
  }
  /** The page with `text` (BAYS unless given) drafted (published 11 September 2025, home Hong Kong): no stop, as no list has either bay. */
  async function draftBays(text = BAYS): Promise<{ page: Page; errors: string[] }> {
    const page = await (await gallery.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    const { errors } = collectPageErrors(page);
    await page.goto(`${gallery.base}extract.html`);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/^Drafted \d+ stops/);
    await exposeGalleryMap(page);
    await page.fill('#text', text);
    await page.fill('#published', '2025-09-11');
    await page.fill('#home', 'Hong Kong');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Not drawn/);
    return { page, errors };
  }
  /** Opens the picker from the warning's "Add" button and places the point at `[lat, lng]` by Enter on the map. */
  async function placeByKeyboard(page: Page, name: string, at: [number, number]): Promise<void> {
    await page.getByRole('button', { name: `Add “${name}”` }).click();
    // The name it opened with is selected: typing replaces it (it was appended: "Sok Kwu WanSok Kwu").
    expect(await page.locator('#picker-search').evaluate((f: HTMLInputElement) => [f.value, f.selectionStart, f.selectionEnd])).toEqual([name, 0, name.length]);
    await page.keyboard.type(name.split(' ')[0]!);
    expect(await page.locator('#picker-search').inputValue()).toBe(name.split(' ')[0]);
    await page.locator('#picker-search').fill(name);
    await page.click('#picker-click');
    await page.evaluate((c) => (window as unknown as { galleryMap: { setView(c: number[], z: number, o: object): void } }).galleryMap.setView(c, 13, { animate: false }), at);
    await page.keyboard.press('Enter');
  }

  it('gives a place placed by hand its day, its meeting and the legs from and to home, and offers every unknown place', async () => {
    const { page, errors } = await draftBays();
    // Both bays are offered, the second too (it was in no warning).
    expect(await page.locator('#warnings button').allTextContents()).toEqual(expect.arrayContaining(['Add “Sok Kwu Wan”', 'Add “Mo Tat Wan”']));

    await placeByKeyboard(page, 'Sok Kwu Wan', [22.207, 114.131]);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Hong Kong']);
    expect(await page.locator('#status').textContent()).toMatch(/^Stop 2, Sok Kwu Wan, placed by Enter on the map’s centre at zoom 13 \(district\), dated as the text says \(2025-09-12 to 2025-09-12\)/);
    await placeByKeyboard(page, 'Mo Tat Wan', [22.211, 114.142]);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Mo Tat Wan', 'Hong Kong']);
    expect(await page.locator('#warnings button').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringMatching(/Sok Kwu Wan|Mo Tat Wan/)]));

    const it = await download(page);
    expect(it.stops.map((s) => [localize(s.name), s.arrive ?? null, s.depart ?? null])).toEqual([
      ['Hong Kong', null, '2025-09-12'],
      ['Sok Kwu Wan', '2025-09-12', '2025-09-12'],
      ['Mo Tat Wan', '2025-09-12', '2025-09-12'],
      ['Hong Kong', '2025-09-12', null],
    ]);
    expect(it.stops[2]!.meetings.map((m) => localize(m.title))).toEqual([expect.stringContaining('Lamma Island Rural Committee')]);
    expect(it.stops[1]!.coordinates).toEqual([114.131, 22.207]);
    expect(it.stops[2]!.note).toMatch(/Placed by hand by Enter on the map’s centre at zoom 13 \(district\)\.$/);
    expect(it.legs.map((l) => `${l.from}>${l.to}`)).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps what the person set by hand when a place the text names is placed after: the place comes in with its day', async () => {
    const { page, errors } = await draftBays();
    await placeByKeyboard(page, 'Sok Kwu Wan', [22.207, 114.131]);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Hong Kong']);
    await page.fill('#trip-title', 'Pier works, Lamma');
    await page.locator('#trip-title').press('Tab');
    await placeByKeyboard(page, 'Mo Tat Wan', [22.211, 114.142]);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Mo Tat Wan', 'Hong Kong']);
    const it = await download(page);
    expect(localize(it.title)).toBe('Pier works, Lamma');
    expect([it.stops[2]!.arrive, it.stops[2]!.depart]).toEqual(['2025-09-12', '2025-09-12']);
    // The meeting stays where the draft held it (one meeting, not two).
    expect(it.stops.flatMap((s) => s.meetings)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
  // A place placed after a hand edit came in as a stop alone: the draft, edited while it had no stop, had no home to
  // leave from or come back to, and got neither, nor the legs the text gives. It now gets both ends and the legs, as the
  // draft made again unedited does; the edit stays.
  const LAUNCH = 'Director of Marine inspects Lamma pier\n\nThe Director of Marine will visit Sok Kwu Wan tomorrow (September 12) to inspect pier improvement works.\n\nShe will travel there by ferry and meet representatives of the Lamma Island Rural Committee at Sok Kwu Wan.\n\nShe will return to Hong Kong by helicopter in the afternoon.';
  it('brings in the departure from and the return to home, and the legs the text gives, when a place is placed after a hand edit', async () => {
    const unedited = await draftBays(LAUNCH);
    await placeByKeyboard(unedited.page, 'Sok Kwu Wan', [22.207, 114.131]);
    await expect.poll(() => places(unedited.page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Hong Kong']);
    const whole = await download(unedited.page);
    await unedited.page.context().close();

    const { page, errors } = await draftBays(LAUNCH);
    await page.fill('#trip-title', 'Lamma pier inspection');
    await page.locator('#trip-title').press('Tab');
    await placeByKeyboard(page, 'Sok Kwu Wan', [22.207, 114.131]);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Hong Kong']);
    expect(await page.locator('#status').textContent()).toMatch(
      /^Stop 2, Sok Kwu Wan, placed by Enter on the map’s centre at zoom 13 \(district\), dated as the text says \(2025-09-12 to 2025-09-12\), with 1 meeting, with the departure from and the return to Hong Kong as the text gives them\./,
    );
    const it = await download(page);
    expect(localize(it.title)).toBe('Lamma pier inspection');
    expect(it.legs.map((l) => [l.from, l.to, l.mode])).toEqual([
      ['hong-kong-departure', 'sok-kwu-wan', 'sea'],
      ['sok-kwu-wan', 'hong-kong-return', 'flight'],
    ]);
    // Stops and legs as the draft made again unedited has them.
    expect(it.stops).toEqual(whole.stops);
    expect(it.legs).toEqual(whole.legs);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves out a home stop the person deleted when a place is placed after', async () => {
    const { page, errors } = await draftBays();
    await placeByKeyboard(page, 'Sok Kwu Wan', [22.207, 114.131]);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Sok Kwu Wan', 'Hong Kong']);
    await page.getByRole('button', { name: 'Delete stop 1, Hong Kong' }).click();
    await expect.poll(() => places(page)).toEqual(['Sok Kwu Wan', 'Hong Kong']);
    await placeByKeyboard(page, 'Mo Tat Wan', [22.211, 114.142]);
    await expect.poll(() => places(page)).toEqual(['Sok Kwu Wan', 'Mo Tat Wan', 'Hong Kong']);
    const it = await download(page);
    expect(it.legs.map((l) => `${l.from}>${l.to}`)).toEqual(['sok-kwu-wan>mo-tat-wan', 'mo-tat-wan>hong-kong-return']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
