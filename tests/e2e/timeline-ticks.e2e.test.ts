/**
 * The timeline's stop ticks on a phone, in real Chromium on the built gallery (`site/`): at
 * 390×844 and 844×390 the slider is short (the story's bar), and stops close in time would
 * put their 8 px dots on top of each other. The ticks shown never overlap, every stop still
 * has a tick shown within 10 px of where it is, and the keyboard still reaches every stop.
 * Measured in the page on the story pages, after a rotation (the slider's width changes), and
 * on the 5,000-stop page with a timeline added. Screenshots go to tests/e2e/screenshots/ticks-*.png.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, exposeGalleryMap, openOnPhone, screenshotDir, settle, useGallery } from './harness';

const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
] as const;

/** Each tick's box (page px, `null` when not shown) and where its stop is on the row (px from the row's left). */
interface Ticks {
  boxes: ({ l: number; r: number; t: number; b: number } | null)[];
  at: number[];
  row: { l: number; width: number };
}

function measureTicks(page: Page): Promise<Ticks> {
  return page.evaluate(() => {
    const row = document.querySelector('.vm-timeline__ticks')!.getBoundingClientRect();
    const ticks = [...document.querySelectorAll<HTMLElement>('.vm-timeline__tick')];
    return {
      row: { l: row.left, width: row.width },
      at: ticks.map((t) => (parseFloat(t.style.left) / 100) * row.width),
      boxes: ticks.map((t) => {
        const r = t.getBoundingClientRect();
        const shown = getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden' && r.width > 0;
        return shown ? { l: r.left, r: r.right, t: r.top, b: r.bottom } : null;
      }),
    };
  });
}

/** The pairs of shown ticks whose boxes meet (by more than a rounding's half pixel), as "i+1/j+1". */
function overlaps({ boxes }: Ticks): string[] {
  const shown = boxes.flatMap((b, i) => (b ? [{ ...b, i }] : []));
  const out: string[] = [];
  shown.forEach((a, k) => {
    for (const b of shown.slice(k + 1)) if (a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b && b.t < a.b) out.push(`${a.i + 1}/${b.i + 1}`);
  });
  return out;
}

/** The stops with no tick shown within 10 px of their place on the row (1-based). */
function unmarked({ boxes, at, row }: Ticks): number[] {
  const centres = boxes.flatMap((b) => (b ? [(b.l + b.r) / 2 - row.l] : []));
  return at.flatMap((x, i) => (centres.some((c) => Math.abs(c - x) <= 10) ? [] : [i + 1]));
}

describeBrowser('the timeline ticks on a phone', () => {
  const gallery = useGallery('examples/story.html');

  const open = (name: string, size: { width: number; height: number }) => openOnPhone(gallery, `${name}.html`, size);

  for (const name of ['story', 'pacific', 'round-the-world']) {
    for (const size of SIZES) {
      it(`shows no overlapping ticks on ${name} at ${size.width}×${size.height}, each stop marked and reached by the keys`, async () => {
        const { page, errors } = await open(name, size);
        await page.locator('.vm-timeline').screenshot({ path: path.join(screenshotDir, `ticks-${name}-${size.width}x${size.height}.png`) });
        const ticks = await measureTicks(page);
        expect(ticks.boxes.filter(Boolean).length, 'ticks are shown').toBeGreaterThan(1);
        expect(overlaps(ticks)).toEqual([]);
        expect(unmarked(ticks)).toEqual([]);
        // Step through the whole story from the keyboard: every stop is reached, and the ticks stay apart at each.
        const n = ticks.at.length;
        const range = page.locator('.vm-timeline__range');
        await range.focus();
        await page.keyboard.press('Home');
        for (let k = 1; k <= n; k++) {
          expect(await range.getAttribute('aria-valuetext')).toMatch(new RegExp(`stop ${k} of ${n}, `));
          expect(overlaps(await measureTicks(page)), `at stop ${k}`).toEqual([]);
          if (k < n) await page.keyboard.press('ArrowRight');
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('thins the ticks again when the phone turns (the slider changes width)', async () => {
    const { page, errors } = await open('round-the-world', SIZES[1]);
    for (const size of [SIZES[0], { width: 1280, height: 800 }, SIZES[1]]) {
      await page.setViewportSize(size);
      await settle(page);
      const ticks = await measureTicks(page);
      expect(overlaps(ticks), `at ${size.width}×${size.height}`).toEqual([]);
      expect(unmarked(ticks), `at ${size.width}×${size.height}`).toEqual([]);
    }
    // On a large map the slider is wide: the stops a phone merges show apart again.
    await page.setViewportSize({ width: 1280, height: 800 });
    await settle(page);
    expect((await measureTicks(page)).boxes.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const size of SIZES) {
    it(`keeps 5,000 stops' ticks apart at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await open('large', size);
      await exposeGalleryMap(page);
      await page.evaluate(`import('visitmap/leaflet').then((v) => { window.timeline = v.timelineControl(window.layer).addTo(window.galleryMap); })`);
      await settle(page);
      await page.locator('.vm-timeline').screenshot({ path: path.join(screenshotDir, `ticks-large-${size.width}x${size.height}.png`) });
      const ticks = await measureTicks(page);
      expect(ticks.at.length).toBe(5000);
      expect(overlaps(ticks)).toEqual([]);
      expect(unmarked(ticks)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
