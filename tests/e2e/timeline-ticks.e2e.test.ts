/**
 * The timeline's stop ticks on a phone, in real Chromium on the built gallery (`site/`): at
 * 390×844 and 844×390 the slider is short (the story's bar), and stops close in time would
 * put their 8 px dots on top of each other. The ticks shown never overlap, every stop still
 * has a tick shown within 10 px of where it is, and the keyboard still reaches every stop.
 * Only the ticks shown are elements: a trip of 5,000 stops has no more than the slider's
 * pixels can show. Measured in the page on the story pages, after a rotation (the slider's
 * width changes), and on the 5,000-stop page with a timeline added. Screenshots go to
 * tests/e2e/screenshots/ticks-*.png.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, exposeGalleryMap, openOnPhone, screenshotDir, settle, useGallery } from './harness';

const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
] as const;

/** Each tick's box (page px, `null` when not shown) and the tick row's place and width. */
interface Ticks {
  boxes: ({ l: number; r: number; t: number; b: number } | null)[];
  row: { l: number; width: number };
}

function measureTicks(page: Page): Promise<Ticks> {
  return page.evaluate(() => {
    const row = document.querySelector('.vm-timeline__ticks')!.getBoundingClientRect();
    const ticks = [...document.querySelectorAll<HTMLElement>('.vm-timeline__tick')];
    return {
      row: { l: row.left, width: row.width },
      boxes: ticks.map((t) => {
        const r = t.getBoundingClientRect();
        const shown = getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden' && r.width > 0;
        return shown ? { l: r.left, r: r.right, t: r.top, b: r.bottom } : null;
      }),
    };
  });
}

/** Where the slider stands at the stop it is at, as a share of its axis: where that stop's tick belongs on the row. */
function sliderShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const range = document.querySelector<HTMLInputElement>('.vm-timeline__range')!;
    return Number(range.value) / Number(range.max);
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

/** The stops (at `shares` of the slider's axis) with no tick shown within 10 px of their place on the row (1-based). */
function unmarked({ boxes, row }: Ticks, shares: readonly number[]): number[] {
  const centres = boxes.flatMap((b) => (b ? [(b.l + b.r) / 2 - row.l] : []));
  return shares.flatMap((share, i) => (centres.some((c) => Math.abs(c - share * row.width) <= 10) ? [] : [i + 1]));
}

/** Steps through the whole story from the keyboard: each stop is reached and named; where it stands on the slider's axis. */
async function stepThrough(page: Page, each?: (k: number) => Promise<void>): Promise<number[]> {
  const range = page.locator('.vm-timeline__range');
  await range.focus();
  await page.keyboard.press('Home');
  const n = Number(/ of (\d+), /.exec((await range.getAttribute('aria-valuetext')) ?? '')?.[1]);
  const shares: number[] = [];
  for (let k = 1; k <= n; k++) {
    expect(await range.getAttribute('aria-valuetext')).toMatch(new RegExp(`stop ${k} of ${n}, `));
    shares.push(await sliderShare(page));
    await each?.(k);
    if (k < n) await page.keyboard.press('ArrowRight');
  }
  return shares;
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
        // Step through the whole story from the keyboard: every stop is reached, and the ticks stay apart at each.
        const shares = await stepThrough(page, async (k) => expect(overlaps(await measureTicks(page)), `at stop ${k}`).toEqual([]));
        expect(shares.length).toBeGreaterThan(1);
        expect(unmarked(ticks, shares)).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('thins the ticks again when the phone turns (the slider changes width)', async () => {
    const { page, errors } = await open('round-the-world', SIZES[1]);
    const shares = await stepThrough(page);
    for (const size of [SIZES[0], { width: 1280, height: 800 }, SIZES[1]]) {
      await page.setViewportSize(size);
      await settle(page);
      const ticks = await measureTicks(page);
      expect(overlaps(ticks), `at ${size.width}×${size.height}`).toEqual([]);
      expect(unmarked(ticks, shares), `at ${size.width}×${size.height}`).toEqual([]);
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
      // Where each of the 5,000 stops stands on the slider's axis (minutes from the first; for a story without dates, its
      // place in the order), as the slider stands at it.
      const shares = (await page.evaluate(`(() => {
        const range = document.querySelector('.vm-timeline__range');
        const m = window.timeline.moments;
        const timed = Number.isFinite(window.timeline.getTime());
        return m.map((s, i) => (timed ? (s.time - m[0].time) / 60000 : i) / Number(range.max));
      })()`)) as number[];
      await page.evaluate('window.timeline.seekStop(1234)');
      expect(await sliderShare(page)).toBeCloseTo(shares[1234]!, 9);
      expect(shares.length).toBe(5000);
      expect(overlaps(ticks)).toEqual([]);
      expect(unmarked(ticks, shares)).toEqual([]);
      // A tick an element only where one shows: at most one per 10 px of the row (5,000 before).
      expect(ticks.boxes.length).toBeLessThanOrEqual(Math.floor(ticks.row.width / 10) + 1);
      expect(ticks.boxes.every(Boolean)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
