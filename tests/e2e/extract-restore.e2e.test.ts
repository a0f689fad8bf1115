/**
 * The extract page after the browser's Back (an outside tester's finding): Chromium came back to the page without
 * its back/forward cache, poured the fields it had saved into the sample's table by position ("Place of stop 4" =
 * a meeting's title), showed the edited text and title over the sample's map, and downloaded the sample. The page
 * now keeps its own draft in the tab (text, fields, edits) and restores it whole: text, table, map and download are
 * one draft, the one the person left, and the browser restores none of the fields itself.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, describeBrowser, settle, useGallery } from './harness';
import { fromGeoJSON, parseItinerary, localize, type Itinerary } from '../../src/index';

// Our own words, after the tester's: two cities, a meeting at each, home Hong Kong.
const TEXT = 'Secretary to visit Zhuhai and Guangzhou\n\nThe Secretary will depart tomorrow (November 20) for a two-day visit to Zhuhai and Guangzhou.\n\nIn Zhuhai, the Secretary will meet the Executive Vice Mayor of Zhuhai, Ms Chen Yu, on November 20.\n\nOn November 21, she will travel to Guangzhou and meet officials of the Guangzhou Municipal Commerce Bureau.\n\nShe will return to Hong Kong in the evening of November 21.';

describeBrowser('extract page, back to it', () => {
  const gallery = useGallery('examples/extract.html');

  const places = (page: Page) => page.locator('#table tbody input[aria-label^="Place of stop"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((i) => i.value));
  // Every field of the table by its name: a value poured into the wrong row shows as a name with another's value.
  const fields = (page: Page) => page.locator('#table tbody :is(input, select)').evaluateAll((els: HTMLInputElement[]) => els.map((e) => `${e.getAttribute('aria-label')}=${e.value}`));
  const markers = (page: Page) => page.locator('.vm-marker').evaluateAll((els) => els.map((m) => m.getAttribute('aria-label')));
  async function download(page: Page): Promise<Itinerary> {
    await expect.poll(() => page.locator('#download').isDisabled()).toBe(false);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    return parseItinerary(fromGeoJSON(JSON.parse(readFileSync((await file.path())!, 'utf8'))));
  }

  it('comes back after Back with the draft left: text, title, table, map and download one and the same', async () => {
    const page = await (await gallery.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    const { errors } = collectPageErrors(page);
    await page.goto(`${gallery.base}extract.html`);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/^Drafted \d+ stops/);
    await page.fill('#text', TEXT);
    await page.fill('#published', '2025-11-19');
    await page.fill('#home', 'Hong Kong');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Drafted 4 stops and 2 meetings/);
    expect(await places(page)).toEqual(['Hong Kong', 'Zhuhai', 'Guangzhou', 'Hong Kong']);
    await page.fill('#trip-title', 'EDITED TITLE');
    await page.locator('#trip-title').press('Tab');
    await page.getByRole('button', { name: /^Delete stop 3,/ }).click();
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Zhuhai', 'Hong Kong']);
    const left = { text: await page.locator('#text').inputValue(), fields: await fields(page), markers: await markers(page) };
    const before = await download(page);
    expect(localize(before.title)).toBe('EDITED TITLE');

    await page.click('a:has-text("All examples")');
    await page.waitForURL(/examples\/(index\.html)?$/);
    await settle(page); // the gallery's thumbnails loaded, not cut off by Back
    await page.goBack();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/draft/i);
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Zhuhai', 'Hong Kong']);
    expect(await page.locator('#text').inputValue()).toBe(left.text);
    expect(await page.locator('#published').inputValue()).toBe('2025-11-19');
    expect(await page.locator('#home').inputValue()).toBe('Hong Kong');
    expect(await page.locator('#trip-title').inputValue()).toBe('EDITED TITLE');
    expect(await fields(page)).toEqual(left.fields);
    await expect.poll(() => markers(page)).toEqual(left.markers);
    expect(await download(page)).toEqual(before);

    // Again after a reload (a tab the phone discarded comes back so): the same draft, whole.
    await page.reload();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/draft/i);
    expect(await page.locator('#trip-title').inputValue()).toBe('EDITED TITLE');
    expect(await fields(page)).toEqual(left.fields);
    expect(await download(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets the browser restore none of the draft's fields by itself", async () => {
    const page = await (await gallery.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${gallery.base}extract.html`);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/^Drafted \d+ stops/);
    const restorable = await page.locator('#form, #trip, #picker, #table').locator('input, textarea, select').evaluateAll((els) => els.filter((e) => e.getAttribute('autocomplete') !== 'off').map((e) => e.id || e.getAttribute('aria-label')));
    expect(restorable).toEqual([]);
    await page.context().close();
  });
});
