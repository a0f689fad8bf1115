/**
 * The extract page in real Chromium (issue 17): the sample draws without a stray stop,
 * quotes body sentences, speaks the page's words (no command-line flags), lets a person
 * place what the gazetteer lacks (searched in the full list or clicked on the map, saved
 * with an honest precision), and turns the table into cards on a phone with nothing off
 * screen. axe runs on the page at both sizes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, describeBrowser, axeProblems, screenshotDir, useGallery } from './harness';



const MALACCA = 'Minister to visit Malaysia\n\nThe Minister will depart tomorrow (May 6) for Kuala Lumpur.\n\nShe will then travel to Malacca on May 8.\n\nShe will return to Singapore on May 9.';
const PENANG = 'Minister to visit Malaysia\n\nThe Minister will depart tomorrow (May 6) for Kuala Lumpur.\n\nShe will then travel to Penang on May 8.\n\nShe will return to Singapore on May 9.';

describeBrowser('extract page', () => {
  const gallery = useGallery('examples/extract.html');
  const url = () => `${gallery.base}extract.html`;

  async function open(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const page = await (await gallery.browser.newContext({ viewport })).newPage();
    const { errors } = collectPageErrors(page);
    expect((await page.goto(url()))?.status()).toBe(200);
    // The gazetteer (1.2 MB) loads on first use: slow on a busy machine.
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/^Drafted \d+ stops/);
    return { page, errors };
  }

  const places = (page: Page) => page.locator('#table tbody input[type="text"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((i) => i.value));

  /** The page with `text` drafted (published 5 May 2025, home Singapore) into `stops` stops. */
  async function draft(text: string, stops: number): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await open({ width: 1100, height: 800 });
    await page.fill('#text', text);
    await page.fill('#published', '2025-05-05');
    await page.fill('#home', 'Singapore');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`^Drafted ${stops} stops`));
    return { page, errors };
  }

  /**
   * The page with MALACCA drafted: Malacca's row (arrival stated, May 8; departure inferred, the
   * return, May 9), the font style of its two dates, and Malacca's properties in a download.
   */
  async function draftMalacca() {
    const { page, errors } = await draft(MALACCA, 4);
    const row = page.locator('#table tbody tr').nth(2);
    const italic = () => row.locator('input[type="date"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((i) => getComputedStyle(i).fontStyle));
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      const stops = (JSON.parse(readFileSync((await file.path())!, 'utf8')) as { features: { id?: string; properties: { dateCertainty?: string; note?: string } }[] }).features;
      return stops.find((f) => f.id === 'malacca')!.properties;
    };
    return { page, errors, row, italic, download };
  }

  it('drafts the sample without a city beside its own district, quoting body sentences, with no command-line words', async () => {
    const { page, errors } = await open({ width: 1100, height: 800 });
    const names = await places(page);
    expect(names).toContain('Qianhai');
    expect(names).not.toContain('Shenzhen');
    const headline = (await page.locator('#text').inputValue()).split('\n')[0]!;
    const quoted = await page.locator('#table td.src').allTextContents();
    expect(quoted.filter((q) => q === headline)).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(/--places|--home|--published/);
    expect(errors).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('adds a place the gazetteer lacks by a click on the map, with the precision of the zoom it was clicked at', async () => {
    const { page, errors } = await draft(PENANG, 3);
    const warning = page.locator('#warnings li', { hasText: 'Penang' });
    expect(await warning.textContent()).toMatch(/“Penang” looks like a place visited, but it is not in the list of places\./);
    await warning.locator('button').click();
    expect(await page.locator('#picker').isVisible()).toBe(true);
    expect(await page.locator('#picker-what').textContent()).toBe('Where is “Penang”? It will be added as a stop.');
    await page.click('#picker-click');
    // Away from the drawn route (Kuala Lumpur to Singapore runs from the upper left to the lower right) and the controls.
    const box = (await page.locator('#map').boundingBox())!;
    await page.locator('#map').click({ position: { x: box.width * 0.75, y: box.height * 0.3 } });
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Stop 3, Penang, placed by a click on the map at zoom \d+ \((city|district)\)\.$/);
    expect(await places(page)).toEqual(['Singapore', 'Kuala Lumpur', 'Penang', 'Singapore']);
    expect(await page.locator('#picker').isVisible()).toBe(false);
    expect(await page.locator('#download').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds a typed place in the full list of places when the exact name is unknown', async () => {
    const { page, errors } = await open({ width: 1100, height: 800 });
    const place = page.locator('#table tbody tr').nth(1).locator('input[type="text"]');
    await place.fill('Penang');
    await place.dispatchEvent('change');
    await expect.poll(() => page.locator('#picker').isVisible()).toBe(true);
    expect(await page.locator('#status').textContent()).toBe('“Penang” is not in the gazetteer: stop 2 is still Guangzhou. Search the full list of places for it, or place it by clicking the map.');
    await page.fill('#picker-search', 'George Town');
    const choice = page.locator('#picker-results button', { hasText: 'George Town, Malaysia' }).first();
    await choice.click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Stop 2, George Town, placed from the list of places \(city\)\.$/);
    expect((await places(page))[1]).toBe('George Town');
    // The row was drawn again: focus is on the placed stop's field, not lost on the page's body.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Place of stop 2');
    expect(errors).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('marks only the date a person changed as theirs: the other inferred date stays inferred, in the file and in italics', async () => {
    const { page, errors, row, italic, download } = await draftMalacca();
    expect(await places(page)).toEqual(['Singapore', 'Kuala Lumpur', 'Malacca', 'Singapore']);
    expect(await italic()).toEqual(['normal', 'italic']);
    const arrive = row.locator('input[type="date"]').nth(0);
    await arrive.fill('2025-05-09'); // a day later than the text gave: the person's own (the same date again changes nothing, below)
    await arrive.dispatchEvent('change');
    // The departure is still the draft's guess: the stop stays inferred, the note says which date is the person's.
    expect(await italic()).toEqual(['normal', 'italic']);
    let stop = await download();
    expect(stop.dateCertainty).toBe('inferred');
    expect(stop.note).toMatch(/\bdepart inferred, not stated\./);
    expect(stop.note).toMatch(/\barrive set by hand\./);
    // Both dates checked: stated, nothing left in italics.
    const depart = row.locator('input[type="date"]').nth(1);
    // The return is on May 9, the only day left for it: cleared, then given again by the person.
    for (const value of ['', '2025-05-09']) {
      await depart.fill(value);
      await depart.dispatchEvent('change');
    }
    expect(await italic()).toEqual(['normal', 'normal']);
    expect(await row.getAttribute('class')).not.toMatch(/inferred/);
    stop = await download();
    expect(stop.dateCertainty).toBe('stated');
    expect(stop.note).not.toMatch(/inferred/);
    expect(stop.note).toMatch(/\barrive set by hand\. depart set by hand\./);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves a date re-entered unchanged as it was: not set by hand, still inferred where it was', async () => {
    const { page, errors, row, italic, download } = await draftMalacca();
    const before = await download();
    for (const [nth, value] of [[0, '2025-05-08'], [1, '2025-05-09']] as const) {
      const date = row.locator('input[type="date"]').nth(nth);
      expect(await date.inputValue()).toBe(value);
      await date.fill(value); // the same date again: the field fires change, nothing changed
      await date.dispatchEvent('change');
    }
    expect(await italic()).toEqual(['normal', 'italic']);
    const after = await download();
    expect(after.note ?? '').not.toMatch(/set by hand/);
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives focus back to the field that opened the place picker when it is cancelled', async () => {
    const { page, errors } = await open({ width: 1100, height: 800 });
    const place = page.locator('#table tbody tr').nth(2).locator('input[type="text"]');
    await place.fill('Qwxyzabad');
    await place.dispatchEvent('change');
    await expect.poll(() => page.locator('#picker').isVisible()).toBe(true);
    await page.click('#picker-cancel');
    expect(await page.locator('#picker').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Place of stop 3');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows each stop as a card on a 390×844 phone, with nothing off screen', async () => {
    const { page, errors } = await open({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(screenshotDir, 'extract-phone.png'), fullPage: true });
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      rows: [...document.querySelectorAll('#table tbody tr')].map((tr) => getComputedStyle(tr).display),
      cells: [...document.querySelectorAll('#table tbody td')].map((td) => {
        const r = td.getBoundingClientRect();
        return { left: r.left, right: r.right, label: (td as HTMLElement).dataset.label };
      }),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.rows.every((d) => d === 'block')).toBe(true);
    for (const c of layout.cells) {
      expect(c.left, c.label).toBeGreaterThanOrEqual(0);
      expect(c.right, c.label).toBeLessThanOrEqual(390);
    }
    expect(new Set(layout.cells.map((c) => c.label))).toEqual(new Set(['Stop', 'Place', 'Arrive', 'Depart', 'Meetings', 'From the sentence']));
    expect(errors).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });
});
