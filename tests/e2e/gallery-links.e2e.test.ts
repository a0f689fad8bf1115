/**
 * Links into and out of the gallery's maps, in real Chromium on the built site/: every page
 * that shows meetings opens a meeting's details from `#meeting=<id>`, and Back from a meeting
 * page (reached from a popup's link) finds the popup it was left from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, popupSettled, repoRoot, settle, useGallery } from './harness';

type Data = { stops: { meetings?: { id: string; title: string | Record<string, string> }[] }[] };

/** The first meeting of a data file, with its English title. */
function firstMeeting(file: string): { id: string; title: string } {
  const data = JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Data;
  const meeting = data.stops.flatMap((s) => s.meetings ?? [])[0]!;
  return { id: meeting.id, title: typeof meeting.title === 'string' ? meeting.title : meeting.title.en! };
}

const SEED = 'data/hk-customs-yrd-visit-2023.json';

/** Every gallery page that shows meetings, and the data it draws. */
const MEETING_PAGES: [string, string][] = [
  ['seed', SEED],
  ['story', SEED],
  ['custom', SEED],
  ['language', SEED],
  ['geojson', SEED],
  ['export', SEED],
  ['script-tag', SEED],
  ['pacific', 'examples/data/pacific-tour.json'],
  ['round-the-world', 'examples/data/round-the-world.json'],
];

/** The pages whose popups link to the generated meeting pages (the gallery's copy of the seed has their urls). */
const LINKING_PAGES = ['seed', 'story', 'custom', 'language', 'export', 'script-tag'];

describeBrowser('gallery links', () => {
  const gallery = useGallery();

  it.each(MEETING_PAGES)('%s opened at #meeting=<id> shows that meeting\'s details', async (name, data) => {
    const meeting = firstMeeting(data);
    const page = await gallery.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { errors } = collectPageErrors(page);
    await page.goto(`${gallery.base}${name}.html#meeting=${meeting.id}`);
    await settle(page);
    const title = page.locator('.vm-meeting-details:not([hidden]) .vm-meeting-details__title');
    await expect.poll(() => title.textContent(), { message: `${name}#meeting=${meeting.id}` }).toBe(meeting.title);
    expect(errors, name).toEqual([]);
    await page.close();
  });

  it.each(LINKING_PAGES)('on %s, Back from a meeting page reached from a popup opens that popup again', async (name) => {
    const page = await gallery.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { errors } = collectPageErrors(page);
    await page.goto(`${gallery.base}${name}.html`);
    await settle(page);
    // Stop 2, Hangzhou: its marker's badge is what people click.
    await page.locator('.leaflet-marker-pane .vm-marker', { hasText: /^2$/ }).locator('.vm-marker__badge').click();
    const popup = page.locator('.leaflet-popup');
    await expect.poll(() => popup.textContent()).toContain('Hangzhou');
    await popupSettled(page);
    const link = popup.locator('a[href*="meetings/"]').first();
    await Promise.all([page.waitForURL(/\/meetings\/[\w-]+\.html$/), link.click()]);

    await page.goBack();
    await settle(page);
    expect(page.url()).toContain(`/${name}.html`);
    await expect.poll(() => popup.count(), { message: `${name}: the popup after Back` }).toBe(1);
    expect(await popup.textContent()).toContain('Hangzhou');
    expect(errors, name).toEqual([]);
    await page.close();
  });
});
