/**
 * The extract page loses nothing the person made to one click (an outside tester's finding): deleting a stop deleted its
 * meetings with it, and removing a meeting took it away, with no way back; the only Undo was for a draft replaced by a
 * new one. Every deletion is now kept whole and offered back by the same Undo (its button, in sight wherever the page is
 * scrolled, or Ctrl+Z outside a text field): the table, the map and the download come back exactly as they were.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, collectPageErrors, describeBrowser, useGallery } from './harness';

describeBrowser('extract page, undo', () => {
  const gallery = useGallery('examples/extract.html');

  async function open(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const page = await (await gallery.browser.newContext({ viewport, acceptDownloads: true })).newPage();
    const { errors } = collectPageErrors(page);
    await page.goto(`${gallery.base}extract.html`);
    // The gazetteer (1.2 MB) loads on first use: slow on a busy machine.
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30000 }).toMatch(/^Drafted \d+ stops/);
    return { page, errors };
  }
  const status = (page: Page) => page.locator('#status').textContent();
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
  const places = (page: Page) => page.locator('#table tbody input[aria-label^="Place of stop"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((i) => i.value));
  /** What the person sees of the draft: the trip's and the table's fields (named), the notes, the warnings, the map's markers. */
  const seen = (page: Page) => page.evaluate(() => ({
    trip: ['trip-title', 'traveller', 'traveller-role', 'traveller-org'].map((id) => (document.getElementById(id) as HTMLInputElement).value),
    table: [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#table tbody :is(input, select, button)')].map((f) => `${f.getAttribute('aria-label')}=${f.value}${f.getAttribute('aria-invalid') ? ' (invalid)' : ''}`),
    held: [...document.querySelectorAll('#table .held')].map((p) => p.textContent),
    warnings: [...document.querySelectorAll('#warnings li')].map((li) => li.textContent),
    note: document.getElementById('download-note')!.textContent,
    markers: [...document.querySelectorAll('#map .vm-marker')].map((m) => m.getAttribute('aria-label')),
  }));
  /** The download, byte for byte. */
  async function raw(page: Page): Promise<string> {
    await expect.poll(() => page.locator('#download').isDisabled()).toBe(false);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    return readFileSync((await file.path())!, 'utf8');
  }
  /** The Undo button lies wholly on the screen, wherever the page is scrolled. */
  const inSight = (page: Page) => page.locator('#undo-button').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 0;
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`brings back a stop deleted with its meeting, in place with its edits: table, map and download as before, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await open(viewport);
      expect(await places(page)).toEqual(['Hong Kong', 'Guangzhou', 'Nansha', 'Qianhai', 'Hong Kong']);
      // Edits of the stop and its meeting first: they must come back too.
      const title = page.getByRole('textbox', { name: 'Title of meeting 1 of stop 2' });
      await title.fill('Talks with the Vice Governor');
      await title.dispatchEvent('change');
      await page.getByRole('combobox', { name: 'How stop 2 was reached from stop 1' }).selectOption('rail');
      await expect.poll(() => status(page)).toBe('Stop 2 is now reached by: Rail.');
      const before = await seen(page);
      const file = await raw(page);

      await page.getByRole('button', { name: 'Delete stop 2, Guangzhou' }).click();
      expect(await status(page)).toMatch(/^Stop 2, Guangzhou, deleted with its meeting\..* “Undo” below brings it back\.$/);
      expect(await focused(page)).toBe('Delete stop 2, Nansha');
      expect(await places(page)).toEqual(['Hong Kong', 'Nansha', 'Qianhai', 'Hong Kong']);
      expect(await raw(page)).not.toBe(file);
      expect(await page.locator('#undo-button').textContent()).toBe('Undo: bring back stop 2, Guangzhou, with its meeting');
      // In sight where the deletion was made: far down the cards on a phone.
      await page.getByRole('button', { name: 'Delete stop 2, Nansha' }).scrollIntoViewIfNeeded();
      expect(await inSight(page)).toBe(true);
      await page.screenshot({ path: path.join(os.tmpdir(), `h-page25-undo-${viewport.width}.png`) });
      expect(await axeProblems(page)).toEqual([]);

      // By keyboard: Ctrl+Z from the button focus went to, on a desktop; a tap on the button, on a phone.
      await page.getByRole('button', { name: 'Delete stop 2, Nansha' }).focus(); // where the deletion left it (the download took it)
      if (viewport.width > 900) await page.keyboard.press('Control+z');
      else await page.getByRole('button', { name: 'Undo: bring back stop 2, Guangzhou, with its meeting' }).tap().catch(() => page.click('#undo-button'));
      await expect.poll(() => status(page)).toBe('Stop 2, Guangzhou, is back with its meeting, as it was.');
      expect(await page.locator('#undo').isHidden()).toBe(true);
      expect(await focused(page)).toBe('Delete stop 2, Guangzhou');
      expect(await seen(page)).toEqual(before);
      expect(await raw(page)).toBe(file);
      expect(await axeProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('brings back a meeting removed, by Ctrl+Z outside a text field only, the latest deletion first; another edit ends the offer', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 });
    const before = await seen(page);
    const file = await raw(page);
    await page.getByRole('button', { name: 'Remove meeting 1 of stop 3' }).click();
    expect(await status(page)).toBe('Meeting 1 of stop 3, “Port at Nansha”, removed. “Undo” below brings it back.');
    await page.getByRole('button', { name: 'Delete stop 4, Qianhai' }).click();
    expect(await page.locator('#undo-button').textContent()).toBe('Undo: bring back stop 4, Qianhai, with its meeting');
    // In a text field, Ctrl+Z is the field's own: nothing comes back.
    await page.focus('#trip-title');
    await page.keyboard.press('Control+z');
    expect(await places(page)).toEqual(['Hong Kong', 'Guangzhou', 'Nansha', 'Hong Kong']);
    expect(await page.locator('#undo').isVisible()).toBe(true);
    // Outside one, the latest deletion comes back first, then the one before it, each focused.
    await page.getByRole('button', { name: 'Add a meeting to stop 3' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => places(page)).toEqual(['Hong Kong', 'Guangzhou', 'Nansha', 'Qianhai', 'Hong Kong']);
    expect(await status(page)).toBe('Stop 4, Qianhai, is back with its meeting, as it was.');
    expect(await focused(page)).toBe('Delete stop 4, Qianhai');
    expect(await page.locator('#undo-button').textContent()).toBe('Undo: bring back meeting 1 of stop 3, “Port at Nansha”');
    await page.keyboard.press('Control+z');
    await expect.poll(() => status(page)).toBe('Meeting 1 of stop 3, “Port at Nansha”, is back, as it was.');
    expect(await focused(page)).toBe('Remove meeting 1 of stop 3');
    expect(await page.locator('#undo').isHidden()).toBe(true);
    expect(await seen(page)).toEqual(before);
    expect(await raw(page)).toBe(file);
    // An edit after a deletion ends its offer: bringing the deletion back would undo the edit too.
    await page.getByRole('button', { name: 'Delete stop 4, Qianhai' }).click();
    expect(await page.locator('#undo').isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'How stop 3 was reached from stop 2' }).selectOption('sea');
    expect(await page.locator('#undo').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Add a meeting to stop 3' }).focus();
    await page.keyboard.press('Control+z');
    expect(await places(page)).toEqual(['Hong Kong', 'Guangzhou', 'Nansha', 'Hong Kong']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the offer through a reload of the tab: the stop deleted before it comes back after', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 });
    const before = await seen(page);
    await page.getByRole('button', { name: 'Delete stop 3, Nansha' }).click();
    await page.reload();
    await expect.poll(() => status(page), { timeout: 30000 }).toMatch(/^The draft you were working on in this tab is back/);
    expect(await places(page)).toEqual(['Hong Kong', 'Guangzhou', 'Qianhai', 'Hong Kong']);
    expect(await page.locator('#undo-button').textContent()).toBe('Undo: bring back stop 3, Nansha, with its meeting');
    await page.click('#undo-button');
    await expect.poll(() => status(page)).toBe('Stop 3, Nansha, is back with its meeting, as it was.');
    expect(await seen(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shares one Undo between a deletion and a draft replaced: the deletion first, then the draft edited by hand', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 });
    await page.getByRole('combobox', { name: 'How stop 2 was reached from stop 1' }).selectOption('rail');
    const edited = await seen(page);
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#undo-button').textContent()).toBe('Undo: back to the draft you edited');
    const drafted = await seen(page);
    await page.getByRole('button', { name: 'Delete stop 3, Nansha' }).click();
    expect(await page.locator('#undo-button').textContent()).toBe('Undo: bring back stop 3, Nansha, with its meeting');
    await page.click('#undo-button');
    await expect.poll(() => status(page)).toBe('Stop 3, Nansha, is back with its meeting, as it was.');
    expect(await seen(page)).toEqual(drafted);
    expect(await page.locator('#undo-button').textContent()).toBe('Undo: back to the draft you edited');
    await page.click('#undo-button');
    await expect.poll(() => status(page)).toMatch(/^Back to the draft you edited: 5 stops and 3 meetings, as you left them\./);
    expect(await seen(page)).toEqual(edited);
    expect(await page.locator('#undo').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
