// @vitest-environment jsdom
/**
 * Place names on paper (issue 16): a printed page has no next animation frame, so names drawn
 * for the screen would be printed where they no longer belong once the map is framed for paper,
 * and a canvas drawn while printing comes out of Chromium's PDF with a white box over the page:
 * while the page is laid out for print, a move or resize hides the names instead.
 */
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabelLayer } from '../../src/basemap/index';

// jsdom has no 2D canvas: a context that records the names written is enough.
let written: string[];
const fakeContext = new Proxy(
  {},
  {
    get: (_t, key) =>
      key === 'canvas' ? undefined : key === 'measureText' ? (text: string) => ({ width: text.length * 7 }) : key === 'fillText' ? (text: string) => written.push(text) : () => undefined,
    set: () => true,
  },
);

const labels = { type: 'VisitmapLabels', labels: [['p', 120.15, 30.27, 0, 'Hangzhou'], ['p', 114.17, 22.32, 0, 'Hong Kong']] };
let printing: boolean;
let map: L.Map;

beforeEach(() => {
  written = [];
  printing = false;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fakeContext as never);
  vi.stubGlobal('matchMedia', (media: string) => ({ matches: media === 'print' && printing, media }));
  document.body.innerHTML = '<div id="map"></div>';
  map = L.map('map', { fadeAnimation: false, zoomAnimation: false });
  vi.spyOn(map, 'getSize').mockImplementation(() => L.point(800, 500));
  map.setView([26, 117], 5);
});
afterEach(() => {
  map.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Waits for the label layer's first drawing (its data is in memory: it loads on the first frame). */
async function added(): Promise<LabelLayer> {
  const layer = new LabelLayer({ source: labels }).addTo(map);
  await new Promise<void>((resolve) => layer.once('load', () => resolve()));
  written = [];
  return layer;
}

describe('LabelLayer on paper', () => {
  it('redraws on the next frame on screen, not at once', async () => {
    await added();
    map.setView([30, 120], 6, { animate: false });
    expect(written).toEqual([]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(written).toContain('Hangzhou');
  });

  it('hides the names at once when the map moves while the page is laid out for print, and draws them again on screen', async () => {
    const layer = await added();
    const canvas = map.getContainer().querySelector<HTMLCanvasElement>('canvas.visitmap-labels')!;
    printing = true;
    map.setView([30, 120], 6, { animate: false });
    expect(canvas.style.visibility).toBe('hidden');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(written).toEqual([]); // nothing drawn for paper
    printing = false;
    map.setView([30, 121], 6, { animate: false });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(canvas.style.visibility).toBe('');
    expect(layer.drawnLabels().map((l) => l.text)).toContain('Hangzhou');
  });
});
